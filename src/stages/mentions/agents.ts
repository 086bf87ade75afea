import { cameoAgentIndex, type CameoAgent, type CameoAgentEntry, type CameoAgentIndex } from '../../lexicon/cameo-agents.js';
import { countryName } from '../../lexicon/countries.js';
import { WordAnswers } from '../../lexicon/word-table.js';
import { Mark } from './word-facts.js';
import { Claim, type SentenceScan } from './context.js';
import { countryAfter, countryWordBefore } from './country-words.js';
import type { DraftMention } from './draft.js';
import { isInternationalCode } from '../../lexicon/organizations.js';

/**
 * Unnamed actors: words that name an actor by what it is ("police", "Afghan guerrillas", "the
 * military government", "a human rights group", "businessmen"), from the CAMEO agents
 * dictionary (data/cameo/agents.tsv). The sector comes from the dictionary; the country from
 * the words themselves ("Serb forces", "police in Harare"), else from the sentence when it
 * places its actors in one country ("Karen guerrillas attacked a Burmese army post").
 * Runs after every other mention rule: it takes only words no rule has claimed, and fills only
 * countries no rule has found.
 */

/** Modifiers allowed between a country word and its agent ("Afghan [Islamic] guerrillas"). */
const MAX_MODIFIERS = 2;
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'VERB', 'PROPN']);
/** Words that start no agent phrase ("the", "of", "and", numbers, punctuation). */
const FUNCTION_POS = new Set(['DET', 'ADP', 'AUX', 'PUNCT', 'NUM', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'SYM', 'SPACE']);
const LOCATIVE = new Set(['in', 'of', 'from']);
/** "the presidents", "the ministers", "the delegations": the parties just named, which the event coder reads as such. */
const SIDE_NOUNS = new Set(['sides', 'parties', 'leaders', 'ministers', 'presidents', 'delegations', 'countries', 'governments', 'heads', 'counterparts', 'premiers', 'officials', 'nations', 'states', 'regions']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'some', 'several', 'many', 'armed', 'angry']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);

interface AgentHit {
  readonly start: number;
  readonly end: number;
  readonly agent: CameoAgent;
  /**
   * An actor even when only the sentence gives its country. The project's own group nouns say
   * which are ("rebels" are; "the two leaders" after a meeting are its parties, not a group).
   */
  readonly standalone: boolean;
}

/**
 * The longest agent phrase starting at token i, over free lower-case words: the project's own
 * group nouns (data/lexicon/groups.tsv) first, then the CAMEO agents.
 */
function agentAt(s: SentenceScan, i: number, agents: CameoAgentIndex): AgentHit | null {
  const first = s.lower(i);
  // Most words start no group phrase: the prefix table tells at once.
  const g = s.startsGroup(i) ? s.groupAt(i) : undefined;
  const own = g && s.free(g.start, g.end) ? { start: g.start, end: g.end, agent: { sector: g.noun.sector, ownCode: null, code: g.noun.sector, line: 0 }, standalone: g.noun.standalone } : null;
  if (g && !own) return null;
  let cameo: AgentHit | null = null;
  // Phrases of two words or more by their first two words, then the word alone.
  const two = i + 1 < s.last ? phrasesByFirstTwo(agents, s, i, first) : undefined;
  for (const { words, agent } of two ?? []) {
    if (i + words.length > s.last) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = s.lower(i + k) === words[k] && s.claimOf(i + k) === Claim.Free;
    if (ok) {
      cameo = { start: i, end: i + words.length, agent, standalone: false };
      break;
    }
  }
  const one = cameo ? undefined : agents.single.get(first);
  if (one) cameo = { start: i, end: i + 1, agent: one.agent, standalone: false };
  // The longer phrase names the actor ("the military government" over "military").
  return cameo && (!own || cameo.end > own.end) ? cameo : own;
}

/**
 * Per word: the agent phrases of two words or more it starts, by their second word, in the order
 * of byFirstTwo; null for a word holding a space, whose key is joined and looked up instead.
 */
const SECOND_WORDS = new WordAnswers((text: string): ReadonlyMap<string, readonly CameoAgentEntry[]> | null => {
  const first = text.toLowerCase();
  if (first.includes(' ')) return null;
  const out = new Map<string, CameoAgentEntry[]>();
  for (const e of cameoAgentIndex().byFirstWord.get(first) ?? []) {
    if (e.words.length < 2) continue;
    const list = out.get(e.words[1]!);
    if (list) list.push(e);
    else out.set(e.words[1]!, [e]);
  }
  return out;
});

/** agents.byFirstTwo for tokens i and i + 1, read without joining the two words into a key. */
function phrasesByFirstTwo(agents: CameoAgentIndex, s: SentenceScan, i: number, first: string): readonly CameoAgentEntry[] | undefined {
  const second = s.lower(i + 1);
  const bySecond = agents === cameoAgentIndex() && !second.includes(' ') ? SECOND_WORDS.get(s.wordId(i), s.tok(i)!.text) : null;
  return bySecond ? bySecond.get(second) : agents.byFirstTwo.get(`${first} ${second}`);
}

/** A people noun right before ("Serb" in "Serb forces"): its draft, which the group then takes in. */
function peopleNounBefore(s: SentenceScan, start: number): DraftMention | null {
  return s.out.find((d) => d.tokenEnd === start && d.rule === 'people-noun') ?? null;
}

/** The one country the sentence places its actors in, if the sentence says: a place after "in", else the only country named. */
export function sentenceCountry(s: SentenceScan): string | null {
  const countries = new Set<string>();
  let placed: string | null = null;
  for (const d of s.out) {
    if (!d.country || d.country.length !== 3 || isInternationalCode(d.country)) continue;
    countries.add(d.country);
    if (d.type === 'place' && placed === null && PLACE_PREPOSITIONS.has(s.lower(d.tokenStart - 1) || s.lower(d.tokenStart - 2))) placed = d.country;
  }
  if (countries.size === 1) return [...countries][0]!;
  return placed;
}

function pushAgent(s: SentenceScan, start: number, end: number, agent: CameoAgent, country: string | null, rule: string): void {
  const words = s.key(start, end);
  const own = agent.ownCode;
  const code = country ?? own;
  s.push({
    start: s.tokens[start]!.start, end: s.tokens[end - 1]!.end, tokenStart: start, tokenEnd: end,
    type: 'organization', form: 'nominal',
    canonical: code && code === country ? `${countryName(code) ?? code} ${words}` : words,
    country: code, sector: agent.sector, rule: agent.line ? `${rule} (agents.tsv:${agent.line} ${agent.code})` : `${rule} (groups.tsv)`,
  });
}

/*
 * The look-ups of the sentence's drafts below are functions of their own rather than closures
 * inside agentMentions' loop: a closure there over the loop's variables makes the engine allocate
 * those variables anew for every token the loop passes, match or not.
 */

/** Whether a named (not nominal) organisation's draft ends right before token `end`. */
function namedBodyEndsAt(s: SentenceScan, end: number): boolean {
  for (const d of s.out) if (d.tokenEnd === end && d.type === 'organization' && d.form !== 'nominal') return true;
  return false;
}

/** Whether a demonym's draft starts at token `start`. */
function demonymStartsAt(s: SentenceScan, start: number): boolean {
  for (const d of s.out) if (d.tokenStart === start && d.form === 'demonym') return true;
  return false;
}

/** The first demonym draft of `country` ending within the modifiers allowed before token `start`. */
function demonymBefore(s: SentenceScan, start: number, country: string): DraftMention | undefined {
  for (const d of s.out) if (d.tokenEnd <= start && d.tokenEnd >= start - MAX_MODIFIERS - 1 && d.form === 'demonym' && d.country === country) return d;
  return undefined;
}

/** Agent phrases on free words, with the country their own words give. */
export function agentMentions(s: SentenceScan): void {
  const agents = cameoAgentIndex();
  for (let i = s.first; i < s.last; i++) {
    // The claim, then the word (whether an agent phrase or a group noun starts with it: a bit of its
    // facts, which rules out most tokens), then the tag and the capital rule.
    if (s.claimOf(i) !== Claim.Free || !s.marked(i, Mark.StartsAgent) || FUNCTION_POS.has(s.tokens[i]!.pos) || (s.isCap(i) && !s.atClauseStart(i))) continue;
    const hit = agentAt(s, i, agents);
    if (!hit) continue;
    // "Hezbollah fighters", "the NATO alliance": a noun right after a named body describes it.
    if (namedBodyEndsAt(s, hit.start)) {
      i = hit.end - 1;
      continue;
    }
    // "Afghan guerrillas", "Iraq's interim government": a country word up to two modifiers before.
    let start = hit.start;
    let country: string | null = null;
    let rule = 'agent';
    for (let k = hit.start, skipped = 0; k > s.first && skipped <= MAX_MODIFIERS; k--, skipped++) {
      const cw = countryWordBefore(s, k);
      if (cw && s.free(cw.start, cw.end) === false && !demonymStartsAt(s, cw.start)) break;
      if (cw) {
        country = cw.country;
        break;
      }
      const people = peopleNounBefore(s, k);
      if (people) {
        // "Serb forces": the people noun names the forces' country; one mention takes both.
        s.out.splice(s.out.indexOf(people), 1);
        start = people.tokenStart;
        country = people.country;
        rule = 'people-agent';
        break;
      }
      const t = s.tok(k - 1);
      if (!t || !MODIFIER_POS.has(t.pos) || s.claimOf(k - 1) !== Claim.Free) break;
    }
    const demonym = country && rule === 'agent' ? demonymBefore(s, hit.start, country) : undefined;
    if (demonym) {
      // The demonym and the agent are one actor ("Burundian militiamen"): drop the demonym's own mention.
      s.out.splice(s.out.indexOf(demonym), 1);
      start = demonym.tokenStart;
      rule = 'demonym-agent';
    }
    if (!country) {
      const after = countryAfter(s, hit.end, LOCATIVE);
      // "settlements in Chinese yuan": a country word of a currency's name places nothing.
      if (after && s.claimOf(after.start) !== Claim.Currency) {
        country = after.country;
        rule = 'agent-in-country';
      }
    }
    if (!country && !hit.agent.ownCode && !hit.standalone) {
      // "police", "officials", "villagers": an actor once the sentence places them in one country;
      // "the two leaders", "both ministers" are the parties the text just named, left to the event coder.
      const prev = s.lower(start - 1);
      const sides = SIDE_NOUNS.has(s.lower(hit.end - 1)) && (prev === 'the' || prev === 'these');
      if (sides || prev === 'two' || prev === 'both' || s.lower(start - 2) === 'both') {
        i = hit.end - 1;
        continue;
      }
      // A single dictionary word in mid-sentence is too often an everyday noun ("settlements in
      // yuan"): it stands for an actor at the head of the sentence or after a determiner.
      const dictionaryWord = hit.agent.line > 0 && hit.end - hit.start === 1 && !s.atClauseStart(start) && !DETERMINERS.has(prev);
      country = dictionaryWord ? null : sentenceCountry(s);
      rule = 'agent-in-context';
      if (!country) {
        i = hit.end - 1;
        continue;
      }
    }
    pushAgent(s, start, hit.end, hit.agent, country, rule);
    i = hit.end - 1;
  }
}

/**
 * Groups the text names without a country ("rebels", "the opposition", "the military
 * government") take the country the sentence places its actors in, when it names one.
 */
export function groupsInContext(s: SentenceScan): void {
  let country: string | null | undefined;
  for (const d of s.out) {
    if (d.form !== 'nominal' || d.type !== 'organization' || d.country) continue;
    country ??= sentenceCountry(s);
    if (!country) return;
    d.country = country;
    d.canonical = `${countryName(country) ?? country} ${d.canonical ?? s.key(d.tokenStart, d.tokenEnd)}`;
    d.rule = `${d.rule}; country of the sentence`;
  }
}

/**
 * "ethnic Albanians in Serbia", "ethnic Albanian guerrillas operating in Macedonia": an ethnic
 * group is coded by the country it lives in, as PLOVER codes actors, when the sentence places
 * it in one; the demonym only names its people.
 */
export function ethnicGroups(s: SentenceScan): void {
  for (const d of s.out) {
    if (d.type !== 'organization' || d.form !== 'nominal' || s.lower(d.tokenStart - 1) !== 'ethnic') continue;
    const home = placedIn(s, d.tokenEnd);
    if (!home || home === d.country) continue;
    d.country = home;
    d.rule = `${d.rule}; ethnic group coded by where it lives`;
  }
}

/** The country of the first place after a locative preposition from token `from` on, within the sentence. */
function placedIn(s: SentenceScan, from: number): string | null {
  for (const d of s.out) {
    if (d.tokenStart < from || d.type !== 'place' || !d.country) continue;
    for (let k = d.tokenStart - 1; k >= from && k >= d.tokenStart - 3; k--) if (PLACE_PREPOSITIONS.has(s.lower(k))) return d.country;
  }
  return null;
}
