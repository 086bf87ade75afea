import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PloverType } from '../../document/layers.js';
import { compileCameoVerbs, type CameoVerbDictionary } from '../../lexicon/cameo-verbs.js';
import { inflections } from './inflect.js';

/**
 * The event lexicon (data/lexicon/events/*): expressions, irregular verbs and cue words,
 * parsed and indexed once per process.
 */

export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export interface PatternElement {
  /**
   * Alternatives; each is a sequence of word slots (most have one; "hand_over" has two).
   * Only the first word of an alternative is inflected.
   */
  readonly alternatives: readonly (readonly ReadonlySet<string>[])[];
  /** "..." before this element: a long gap is allowed. */
  readonly longGap: boolean;
  readonly source: string;
}

export interface PatternFlags {
  readonly gov: boolean;
  readonly modal: boolean;
  readonly pass: boolean;
  readonly verb: boolean;
  readonly noun: boolean;
  readonly notarget: boolean;
  readonly needtarget: boolean;
  readonly inverse: boolean;
  readonly recip: boolean;
  readonly nopassive: boolean;
  readonly reported: boolean;
  readonly negType: PloverType | null;
  /** Type when a governing expression has no "to"-infinitive after it. */
  readonly noInfType: PloverType | null;
  readonly hostPerson: boolean;
  /** Counted only after "after", "during", "on" ... ("after talks with"). */
  readonly afterPrep: boolean;
  /**
   * A bare verb of the CAMEO dictionary: coded only as a dyad, with a target named as such (a
   * place after "in", "at", "near" is where it happened, a target only for force and protest)
   * or several parties acting together. Not settable in patterns.tsv.
   */
  readonly dyad?: boolean;
}

/** Where a pattern read from the CAMEO dictionary comes from, for `readout explain`. */
export interface DictionaryOrigin {
  readonly file: 'verbs.txt';
  /** Line of the pattern (or of the verb, when its own code applied) in verbs.txt. */
  readonly line: number;
  readonly block: string;
  /** The verb as the dictionary writes it ("+call_off"). */
  readonly verb: string;
  /** The pattern, or null when the verb's own code applied. */
  readonly pattern: string | null;
  /** The CAMEO code as the dictionary gives it ("042:043"). */
  readonly code: string;
  /** The CAMEO description from the CAMEO to PLOVER table. */
  readonly description: string | null;
}

export interface EventPattern {
  /** Line number in patterns.tsv (or in data/cameo/verbs.txt for the dictionary): the rule id users see in `readout explain`. */
  readonly line: number;
  readonly text: string;
  /** null for a blocker. */
  readonly type: PloverType | null;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly elements: readonly PatternElement[];
  readonly flags: PatternFlags;
  /** Set for patterns of the CAMEO dictionary; hand-written ones have none. */
  readonly origin?: DictionaryOrigin;
}

export interface EventCues {
  readonly negation: ReadonlySet<string>;
  readonly future: ReadonlySet<string>;
  readonly speculative: ReadonlySet<string>;
  readonly obligation: ReadonlySet<string>;
  readonly aspect: ReadonlySet<string>;
  readonly auxiliary: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  readonly reporting: ReadonlySet<string>;
  readonly clauseBreak: ReadonlySet<string>;
  readonly conditional: ReadonlySet<string>;
  readonly coordination: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  readonly thingPronouns: ReadonlySet<string>;
  readonly firstPersonPronouns: ReadonlySet<string>;
  readonly secondPersonPronouns: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly nounPrepositions: ReadonlySet<string>;
  /** Words after which "to" + verb belongs to the verb group ("ready to", "tried to"). */
  readonly infinitiveHosts: ReadonlySet<string>;
  /** Words opening a relative or adverbial clause whose acts are background, not news. */
  readonly backgroundClause: ReadonlySet<string>;
}

export interface EventLexicon {
  readonly patterns: readonly EventPattern[];
  /** First-element surface form -> patterns starting with it. */
  readonly byFirstForm: ReadonlyMap<string, readonly EventPattern[]>;
  readonly cues: EventCues;
  /** Every past participle the lexicon knows (regular -ed forms are recognised by shape). */
  readonly participles: ReadonlySet<string>;
  /** The CAMEO verb dictionary (data/cameo/verbs.txt), tried on verbs no pattern here claims; null to code with these patterns only. */
  readonly dictionary: CameoVerbDictionary | null;
}

export class EventLexiconError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}. Fix the line in data/lexicon/events/${file} (see README.md there).`);
    this.name = 'EventLexiconError';
  }
}

/** Words matched exactly: inflecting them would only invent non-words or collide with others. */
const UNINFLECTED = new Set([
  'to', 'with', 'on', 'upon', 'for', 'at', 'by', 'in', 'into', 'of', 'from', 'against', 'over', 'up', 'down',
  'out', 'off', 'back', 'as', 'under', 'the', 'a', 'an', 'that', 'about', 'and', 'death', 'law',
]);

const FLAG_NAMES = new Set(['gov', 'modal', 'pass', 'verb', 'noun', 'notarget', 'needtarget', 'inverse', 'recip', 'nopassive', 'reported', 'hostperson', 'afterprep']);

function dataDir(): string {
  return fileURLToPath(new URL('../../../data/lexicon/events/', import.meta.url));
}

function readData(file: string): string {
  return readFileSync(`${dataDir()}${file}`, 'utf8');
}

function parseIrregular(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length < 3) throw new EventLexiconError('verb-forms.tsv', i + 1, 'expected base, past and past participle separated by tabs');
    const forms = cols.slice(1).flatMap((c) => c.split('|')).map((f) => f.trim()).filter(Boolean);
    map.set(cols[0]!.trim(), forms);
  });
  return map;
}

function parseFlags(raw: string, line: number): PatternFlags {
  const names = raw.split(',').map((f) => f.trim()).filter(Boolean);
  let negType: PloverType | null = null;
  let noInfType: PloverType | null = null;
  const set = new Set<string>();
  for (const n of names) {
    if (n.startsWith('neg=') || n.startsWith('noinf=')) {
      const t = n.slice(n.indexOf('=') + 1) as PloverType;
      if (!PLOVER_TYPES.includes(t)) throw new EventLexiconError('patterns.tsv', line, `unknown type in flag "${n}"`);
      if (n.startsWith('neg=')) negType = t;
      else noInfType = t;
    } else if (FLAG_NAMES.has(n)) set.add(n);
    else throw new EventLexiconError('patterns.tsv', line, `unknown flag "${n}"`);
  }
  return {
    gov: set.has('gov'), modal: set.has('modal'), pass: set.has('pass'), verb: set.has('verb'),
    noun: set.has('noun'), notarget: set.has('notarget'), needtarget: set.has('needtarget'),
    inverse: set.has('inverse'), recip: set.has('recip'), nopassive: set.has('nopassive'),
    reported: set.has('reported'), negType, noInfType, hostPerson: set.has('hostperson'), afterPrep: set.has('afterprep'),
    // Written out, as the dictionary's flags write it: both kinds of pattern share one shape.
    dyad: false,
  };
}

function parseElements(pattern: string, irregular: ReadonlyMap<string, readonly string[]>, line: number): PatternElement[] {
  const elements: PatternElement[] = [];
  let longGap = false;
  // Multi-word alternatives ("hand over", "carry out") are written with spaces inside an
  // alternative group; we split on spaces, so such a group becomes consecutive elements.
  for (const part of pattern.split(/\s+/)) {
    if (part === '...') {
      longGap = true;
      continue;
    }
    // Single-word alternatives share one slot set; multi-word ones ("hand_over") get their own.
    const single = new Set<string>();
    const alternatives: ReadonlySet<string>[][] = [[single]];
    for (const alt of part.split('|')) {
      const words = alt.toLowerCase().split('_');
      if (words.some((w) => !w)) throw new EventLexiconError('patterns.tsv', line, `empty alternative in "${part}"`);
      const slot = (word: string, inflect: boolean): Set<string> => {
        const forms = new Set<string>();
        if (!inflect || word.startsWith('=') || UNINFLECTED.has(word)) forms.add(word.replace(/^=/, ''));
        else for (const f of inflections(word, irregular)) forms.add(f);
        return forms;
      };
      if (words.length === 1) for (const f of slot(words[0]!, true)) single.add(f);
      else alternatives.push(words.map((w, i) => slot(w, i === 0)));
      // wink-nlp splits most hyphenated words ("cease - fire", "sit - in"): match that form too.
      if (alt.includes('-') && !alt.startsWith('-')) {
        const pieces = words.flatMap((w) => w.split(/(-)/).filter(Boolean));
        alternatives.push(pieces.map((w, i) => slot(w, i === pieces.length - 1 && !UNINFLECTED.has(w))));
      }
    }
    // Longer alternatives first: "break_off" must be tried before "break".
    const ordered = (single.size ? alternatives : alternatives.slice(1)).sort((a, b) => b.length - a.length);
    elements.push({ alternatives: ordered, longGap, source: part });
    longGap = false;
  }
  if (elements.length === 0) throw new EventLexiconError('patterns.tsv', line, 'empty pattern');
  return elements;
}

function parsePatterns(text: string, irregular: ReadonlyMap<string, readonly string[]>): EventPattern[] {
  const patterns: EventPattern[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.startsWith('#') || raw.startsWith('pattern\t')) return;
    const cols = raw.split('\t');
    if (cols.length < 2) throw new EventLexiconError('patterns.tsv', line, 'expected tab-separated columns pattern, type, mode, cameo, flags');
    const [pattern, typeRaw, mode, cameo, flags] = cols.map((c) => c.trim());
    const type = typeRaw === '-' ? null : (typeRaw as PloverType);
    if (type !== null && !PLOVER_TYPES.includes(type)) throw new EventLexiconError('patterns.tsv', line, `unknown PLOVER type "${typeRaw}"`);
    if (cameo && !/^(0[1-9]|1\d|20)\d{0,2}$/.test(cameo)) throw new EventLexiconError('patterns.tsv', line, `CAMEO code "${cameo}" is not a code of 2 to 4 digits under the roots 01..20`);
    patterns.push({
      line,
      text: pattern!,
      type,
      mode: mode || null,
      cameo: cameo || null,
      elements: parseElements(pattern!, irregular, line),
      flags: parseFlags(flags ?? '', line),
      origin: undefined,
    });
  });
  return patterns;
}

function parseCues(text: string): EventCues {
  const raw = JSON.parse(text) as Record<string, unknown>;
  const set = (key: string): ReadonlySet<string> => {
    const v = raw[key];
    if (!Array.isArray(v)) throw new EventLexiconError('cues.json', 1, `missing list "${key}"`);
    return new Set(v.map((w) => String(w).toLowerCase()));
  };
  return {
    negation: set('negation'), future: set('future'), speculative: set('speculative'), obligation: set('obligation'),
    aspect: set('aspect'), auxiliary: set('auxiliary'), be: set('be'), reporting: set('reporting'),
    clauseBreak: set('clauseBreak'), conditional: set('conditional'), coordination: set('coordination'),
    personPronouns: set('personPronouns'), thingPronouns: set('thingPronouns'),
    firstPersonPronouns: set('firstPersonPronouns'), secondPersonPronouns: set('secondPersonPronouns'),
    determiners: set('determiners'), nounPrepositions: set('nounPrepositions'), infinitiveHosts: set('infinitiveHosts'), backgroundClause: set('backgroundClause'),
  };
}

/**
 * Builds a lexicon from file contents (tests use this to try lexicon lines in isolation). With
 * `dictionary` the CAMEO verb dictionary is compiled in, inflected with the same irregular verbs.
 */
export function buildEventLexicon(patternsTsv: string, verbFormsTsv: string, cuesJson: string, dictionary = false): EventLexicon {
  const irregular = parseIrregular(verbFormsTsv);
  const patterns = parsePatterns(patternsTsv, irregular);
  const byFirstForm = new Map<string, EventPattern[]>();
  for (const p of patterns) {
    const firstForms = new Set<string>();
    for (const alt of p.elements[0]!.alternatives) for (const f of alt[0]!) firstForms.add(f);
    for (const f of firstForms) {
      let list = byFirstForm.get(f);
      if (!list) byFirstForm.set(f, (list = []));
      list.push(p);
    }
  }
  const participles = new Set<string>();
  for (const forms of irregular.values()) for (const f of forms) participles.add(f);
  const verbs = dictionary ? compileCameoVerbs((w) => inflections(w, irregular)) : null;
  return { patterns, byFirstForm, cues: parseCues(cuesJson), participles, dictionary: verbs };
}

let cached: EventLexicon | null = null;
let dictionaryOnly: EventLexicon | null = null;

/** The lexicon from data/lexicon/events with the CAMEO verb dictionary, loaded once per process. */
export function eventLexicon(): EventLexicon {
  cached ??= buildEventLexicon(readData('patterns.tsv'), readData('verb-forms.tsv'), readData('cues.json'), true);
  return cached;
}

/**
 * The CAMEO dictionary and the general rules without the hand-written patterns: how the coder
 * does on wording nobody tuned a pattern for (the eval's estimate for unseen text).
 */
export function dictionaryOnlyLexicon(): EventLexicon {
  dictionaryOnly ??= { ...buildEventLexicon('', readData('verb-forms.tsv'), readData('cues.json')), dictionary: eventLexicon().dictionary };
  return dictionaryOnly;
}
