import { CameoFileError, cameoLines } from './cameo-data.js';
import { cached } from './data.js';

/**
 * The CAMEO agents dictionary (data/cameo/agents.tsv): words that name an actor by what it is
 * ("police", "rebels", "businessmen", "military government"), with the sector they give.
 */

export interface CameoAgent {
  /** PLOVER sector ("~GOVMIL" gives GOV; CAMEO's MED, the media, is PLOVER's JRN). */
  readonly sector: string;
  /** The code the agent has when the text gives no country ("NGO~", "IGO~"; human-rights groups are NGOs). */
  readonly ownCode: string | null;
  /** The CAMEO code as written ("~GOVMIL"), for explanations. */
  readonly code: string;
  readonly line: number;
}

export interface CameoAgentIndex {
  /** First word -> [remaining words, agent], longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly CameoAgentEntry[]>;
  /** "First second" -> the phrases of two words or more starting so, longest first. */
  readonly byFirstTwo: ReadonlyMap<string, readonly CameoAgentEntry[]>;
  /** First word -> the one-word phrase, when there is one. */
  readonly single: ReadonlyMap<string, CameoAgentEntry>;
}

export interface CameoAgentEntry {
  readonly words: readonly string[];
  readonly agent: CameoAgent;
}

/** CAMEO agent codes as PLOVER sectors; codes PLOVER has no sector for fall back to the closest. */
const SECTOR: Readonly<Record<string, string>> = {
  MED: 'JRN', HLH: 'MED', HRI: 'SOC', ENV: 'SOC', DEV: 'SOC', NGM: 'SOC', MUS: 'REL', CHR: 'REL', JEW: 'REL', BUD: 'REL',
  HIN: 'REL', RAD: 'REL', INS: 'REB', ELI: 'ELI', PPL: 'CVL', SPY: 'SPY', UAF: 'UAF', IGO: 'GOV', NGO: 'SOC',
};

function sectorOf(code: string): string {
  const first = code.replace('~', '').slice(0, 3);
  return SECTOR[first] ?? first;
}

export const cameoAgentIndex = cached((): CameoAgentIndex => {
  const byFirstWord = new Map<string, { words: string[]; agent: CameoAgent }[]>();
  const seen = new Map<string, { words: string[]; agent: CameoAgent }>();
  for (const { text, line } of cameoLines('agents.tsv')) {
    const [forms, code] = text.split('\t');
    if (!forms || !code) throw new CameoFileError('agents.tsv', line, 'expected forms and a code');
    // Human-rights and aid bodies with no country word are non-governmental ("a human rights group").
    const own = code.endsWith('~') ? code.slice(0, 3) : /^~(?:HRI|NGO|NGM)/.test(code) ? 'NGO' : null;
    const agent: CameoAgent = { sector: sectorOf(code), ownCode: own, code, line };
    for (const f of forms.split('|')) {
      // A phrase listed twice keeps its last code, as PETRARCH2 reads the file.
      const old = seen.get(f);
      if (old) {
        old.agent = agent;
        continue;
      }
      const words = f.split(' ');
      const entry = { words, agent };
      seen.set(f, entry);
      const list = byFirstWord.get(words[0]!);
      if (list) list.push(entry);
      else byFirstWord.set(words[0]!, [entry]);
    }
  }
  const byFirstTwo = new Map<string, CameoAgentEntry[]>();
  const single = new Map<string, CameoAgentEntry>();
  for (const list of byFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
    for (const e of list) {
      if (e.words.length === 1) {
        single.set(e.words[0]!, e);
        continue;
      }
      const key = `${e.words[0]} ${e.words[1]}`;
      const two = byFirstTwo.get(key);
      if (two) two.push(e);
      else byFirstTwo.set(key, [e]);
    }
  }
  return { byFirstWord, byFirstTwo, single };
});
