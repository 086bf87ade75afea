import type { DateMention, PloverType, Sentence, Token } from '../../document/layers.js';
import { lowerBound, type Span } from '../../document/span.js';
import { emptyList } from '../../document/order.js';
import { eventLexicon, type EventCues, type EventLexicon } from './lexicon.js';
import type { PatternMatch } from './match.js';

/**
 * Light syntax around a trigger, read from wink-nlp tags and the cue words: the verb group
 * (negation, modality, passive), whether the word is used as a noun or a describing
 * participle, and whether it sits in a background clause.
 */

/** Speech acts a participle clause after a comma can report (", criticising X for ..."). */
const SPEECH_ACTS = new Set<PloverType>(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE']);

const NOMINAL_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', "'s", '’s', 'of', 'any', 'no']);
const WH_WORDS = new Set(['when', 'where', 'why', 'how', 'while', 'as', 'so', 'then', 'there', 'here', 'also']);

export interface VerbGroup {
  start: number;
  negated: boolean;
  future: boolean;
  speculative: boolean;
  obligation: boolean;
  passive: boolean;
  purpose: boolean;
  words: string[];
}

export function isParticiple(tok: Token, lexicon: EventLexicon): boolean {
  return /(ed|en)$/.test(tok.lower) || lexicon.participles.has(tok.lower);
}

/** What a cue word of the verb group is, one bit per list of EventCues it is in. */
const NEGATION = 1;
const FUTURE = 2;
const SPECULATIVE = 4;
const OBLIGATION = 8;
const BE = 16;
/** An auxiliary or a verb of aspect: part of the group, with no meaning of its own here. */
const GROUP = 32;

const groupWordsCache = new WeakMap<EventCues, ReadonlyMap<string, number>>();

/** Per cue word, its bits: one look-up per word before a trigger instead of one per list. */
function groupWords(c: EventCues): ReadonlyMap<string, number> {
  let words = groupWordsCache.get(c);
  if (words) return words;
  const out = new Map<string, number>();
  const mark = (list: ReadonlySet<string>, bit: number) => {
    for (const w of list) out.set(w, (out.get(w) ?? 0) | bit);
  };
  mark(c.auxiliary, GROUP);
  mark(c.aspect, GROUP);
  mark(c.negation, NEGATION);
  mark(c.future, FUTURE);
  mark(c.speculative, SPECULATIVE);
  mark(c.obligation, OBLIGATION);
  mark(c.be, BE);
  groupWordsCache.set(c, (words = out));
  return words;
}

/** The auxiliaries, modals, negation and adverbs right before a trigger. */
export function readVerbGroup(tokens: readonly Token[], s: Sentence, head: number, lexicon: EventLexicon): VerbGroup {
  const c = lexicon.cues;
  const cueBits = groupWords(c);
  const g: VerbGroup = { start: head, negated: false, future: false, speculative: false, obligation: false, passive: false, purpose: false, words: emptyList() };
  let sawBe = false;
  for (let t = head - 1; t >= s.tokenStart && t >= head - 8; t--) {
    const tok = tokens[t]!;
    const w = tok.lower;
    const bits = cueBits.get(w) ?? 0;
    const adverb = tok.pos === 'ADV' && !WH_WORDS.has(w);
    if (bits === 0 && !adverb) break;
    // "no" and "without" only negate as part of the verb group ("no longer", "without returning").
    if (w === 'no' && tokens[t + 1]?.lower !== 'longer') break;
    g.start = t;
    g.words.unshift(tok.text);
    if (bits & NEGATION) g.negated = true;
    if (bits & FUTURE) g.future = true;
    if (bits & SPECULATIVE) g.speculative = true;
    if (bits & OBLIGATION) g.obligation = true;
    if ((bits & BE) !== 0 && g.words.length <= 3) sawBe = true;
    if (w === 'to' && t > s.tokenStart) {
      const before = tokens[t - 1]!.lower;
      if (before === 'has' || before === 'have' || before === 'had' || before === 'need' || before === 'needs') g.obligation = true;
      if (before === 'going') g.future = true;
    }
  }
  const headTok = tokens[head]!;
  g.passive = sawBe && isParticiple(headTok, lexicon) && headTok.pos === 'VERB';
  // "to" + verb: part of the verb group after "ready", "tried", "has" ...; otherwise an
  // infinitive of purpose or the complement of a verb that is not an event ("opened fire to
  // disperse", "the first minister to visit"). A gerund after "to" ("resorted to throwing") is not.
  for (let t = g.start; t < head; t++) {
    if (tokens[t]!.lower !== 'to') continue;
    const host = t > s.tokenStart ? tokens[t - 1]!.lower : '';
    if (!c.infinitiveHosts.has(host) && !headTok.lower.endsWith('ing')) g.purpose = true;
    if (c.future.has(host)) g.future = true;
  }
  if (g.start === head && head > s.tokenStart && tokens[head - 1]!.lower === 'to' && !headTok.lower.endsWith('ing')) g.purpose = true;
  return g;
}

/**
 * The clause opener governing a trigger, if it makes the clause background: "... in Montenegro
 * where 28 people have been killed", "a plan that will not allow", "after a jet shot down".
 */
/** A past-tense or participle form by its shape ("attacked", "shot", "held"). */
export function pastForm(tok: Token): boolean {
  return /ed$/.test(tok.lower) || eventLexicon().participles.has(tok.lower);
}

const PREPOSITION_OPENERS = new Set(['after', 'before', 'since', 'following', 'until', 'despite', 'amid']);

export function backgroundOpener(tokens: readonly Token[], s: Sentence, from: number, cues: EventCues, head: number, inDate: Uint8Array): string | null {
  for (let t = from; t >= s.tokenStart && t > from - 25; t--) {
    const tok = tokens[t]!;
    const w = tok.lower;
    if (w === ';' || w === ',' || w === ':' || w === 'and' || w === 'but' || w === '"' || w === '“' || w === '”') {
      // "where, it said, 100 people were killed": a comma right after the opener does not close it.
      const prev = tokens[t - 1];
      if (w === ',' && prev && cues.backgroundClause.has(prev.lower)) continue;
      if (w === ',' && prev && cues.reporting.has(prev.lower)) continue;
      return null;
    }
    if (cues.backgroundClause.has(w)) {
      // "after talks with", "after the telephone conversation": a preposition before a noun, not a clause.
      if (PREPOSITION_OPENERS.has(w) && !pastForm(tokens[head]!) && tokens[head]!.pos !== 'VERB' && !tokens.slice(t + 1, head).some((x) => x.pos === 'VERB')) return null;
      return tok.text;
    }
    if (w === 'that' && t > s.tokenStart && (tokens[t - 1]!.pos === 'NOUN' || tokens[t - 1]!.pos === 'PROPN')) {
      // "said on Sunday that ...": after a time expression "that" still introduces what was said.
      let k = t - 1;
      while (k > s.tokenStart && (inDate[k] === 1 || tokens[k]!.lower === 'on')) k--;
      if (k < t - 1 && (tokens[k]!.pos === 'VERB' || cues.reporting.has(tokens[k]!.lower))) continue;
      return tok.text;
    }
  }
  return null;
}

/** "the demonstration staged by students", "refugees fleeing the war": a participle describing a noun. */
export function participleModifier(tokens: readonly Token[], s: Sentence, m: PatternMatch, vg: VerbGroup, lexicon: EventLexicon): boolean {
  if (vg.words.length > 0) return false;
  const head = tokens[m.first]!;
  if (head.lower.endsWith('ing')) {
    // ", criticising Belgrade for ...", ", calling on X to ...": a speech act of the sentence's
    // subject, coded; other participles ("refugees fleeing", ", killing two") describe, not report.
    const afterComma = tokens[m.first - 1]?.text === ',';
    return !m.pattern.flags.noun && !(afterComma && m.pattern.type !== null && SPEECH_ACTS.has(m.pattern.type));
  }
  if (!isParticiple(head, lexicon) || m.first === s.tokenStart) return false;
  const prev = tokens[m.first - 1]!;
  // "the rally staged by students", "most West Africans ordered out of Nigeria".
  const afterName = prev.pos === 'PROPN';
  if (prev.pos !== 'NOUN' && !afterName) return false;
  // An active verb takes its object right away ("missiles killed 4 Iraqis"); a participle
  // describing a noun goes on with "by", a preposition or nothing ("the rally staged by students").
  const next = tokens[m.last + 1];
  if (next && next.sentence === s.index && ['DET', 'NUM', 'PROPN', 'PRON', 'NOUN', 'ADJ'].includes(next.pos)) return false;
  // The verb of the clause is before the name, whose capitalised words the tagger may misread ("Prosper").
  let from = m.first - 2;
  if (afterName) while (from >= s.tokenStart && /^\p{Lu}/u.test(tokens[from]!.text)) from--;
  for (let t = from; t >= s.tokenStart && t > m.first - 30; t--) {
    const w = tokens[t]!;
    if (w.text === ',' || w.text === ';') break;
    // After a name, a verb before "and" or "but" is another clause's ("Russia opened the border
    // and Ukraine retaliated in kind"): the name is this verb's subject.
    if (afterName && (w.lower === 'and' || w.lower === 'but' || w.lower === 'or')) break;
    if (w.pos === 'VERB' && !w.lower.endsWith('ing') && !lexicon.cues.reporting.has(w.lower)) return true;
  }
  return false;
}

/** A trigger in the simple present or present progressive ("meets", "is visiting"). */
export function reportedAsNow(head: Token, vg: VerbGroup): boolean {
  if (head.pos !== 'VERB') return false;
  // Read in place: a lower-cased copy of a group without words would be a list of another kind.
  let present = false;
  for (const word of vg.words) {
    const w = word.toLowerCase();
    if (w === 'was' || w === 'were' || w === 'had' || w === 'did' || w === 'has' || w === 'have' || w === 'been') return false;
    if (w === 'is' || w === 'are') present = true;
  }
  if (head.lower.endsWith('ing')) return present;
  return vg.words.length === 0 && head.lower.endsWith('s') && !head.lower.endsWith('ss');
}

export function isNominalUse(tokens: readonly Token[], s: Sentence, m: PatternMatch): boolean {
  if (m.pattern.flags.noun) return false;
  const head = tokens[m.first]!;
  const prev = m.first > s.tokenStart ? tokens[m.first - 1]! : null;
  if (!prev) return false;
  // Part of a compound modifier ("long-threatened invasion").
  if (prev.text === '-' || prev.text === '‐') return true;
  // A word piece glued to the one before it ("Erdo|ğ|an" from the tokenizer) is not a determiner.
  const glued = m.first - 2 >= s.tokenStart && tokens[m.first - 2]!.end === prev.start;
  if (NOMINAL_BEFORE.has(prev.lower) && !glued) return head.pos !== 'VERB' || prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'of';
  // "fierce fighting", "sporadic clashes", "a state visit": a noun inside a noun phrase.
  if (prev.pos === 'ADJ' && head.pos === 'NOUN' && !head.lower.endsWith('ed')) return true;
  if (prev.pos === 'NOUN' && head.pos === 'NOUN' && !head.lower.endsWith('ed')) {
    for (let t = m.first - 2; t >= s.tokenStart && t >= m.first - 3; t--) if (tokens[t]!.pos === 'DET' || tokens[t]!.pos === 'ADP') return true;
  }
  if (head.lower.endsWith('ing') && prev.pos === 'ADP' && prev.lower !== 'by') return true;
  // "sent a minister for talks", "after fighting": a noun after a preposition.
  if (prev.pos === 'ADP' && head.pos === 'NOUN' && prev.lower !== 'to') return true;
  return false;
}

export function verbUseOk(tokens: readonly Token[], s: Sentence, m: PatternMatch): boolean {
  if (!m.pattern.flags.verb) return true;
  const head = tokens[m.first]!;
  if (head.pos === 'VERB' || head.pos === 'AUX') return true;
  if (head.pos === 'ADJ' || head.pos === 'ADP' || head.pos === 'ADV') return false;
  const prev = m.first > s.tokenStart ? tokens[m.first - 1]! : null;
  const next = tokens[m.first + 1];
  // wink sometimes tags a present-tense verb as a noun ("rebels attack the town").
  return !!prev && ['PRON', 'PROPN', 'NOUN', 'AUX', 'PART'].includes(prev.pos) && !!next && ['DET', 'PROPN', 'PRON', 'NUM'].includes(next.pos);
}

/** Where an expression's complement ends: the next strong break in the sentence. */
export function complementEnd(tokens: readonly Token[], s: Sentence, from: number, cues: EventCues, governor?: Token): number {
  // Bounded so that a run-on "sentence" (a list without full stops) stays linear.
  const end = Math.min(s.tokenEnd, from + 40);
  // "accused China of harassing a vessel and warned that ...": a second past-tense verb after
  // "and" is the subject's next act, not part of what it accused China of. A base form after
  // "and" ("agreed to expand trade and boost investment") stays in the complement.
  const pastGovernor = governor !== undefined && governor.pos === 'VERB' && governor.lower.endsWith('ed');
  for (let t = from; t < end; t++) {
    const w = tokens[t]!.lower;
    if (w === ';' || w === 'but' || w === 'while' || w === 'whereas') return t - 1;
    if (pastGovernor && w === 'and' && t + 1 < s.tokenEnd) {
      const next = tokens[t + 1]!;
      if (next.pos === 'VERB' && (next.lower.endsWith('ed') || cues.reporting.has(next.lower)) && tokens[t - 1]?.lower !== 'to') {
        return tokens[t - 1]?.text === ',' ? t - 2 : t - 1;
      }
    }
    if (w === ',' && t + 2 < s.tokenEnd && (cues.reporting.has(tokens[t + 1]!.lower) || cues.reporting.has(tokens[t + 2]!.lower) || cues.reporting.has(tokens[t + 3]?.lower ?? ''))) return t - 1;
  }
  return end - 1;
}

export function hasConditionalAfter(tokens: readonly Token[], s: Sentence, from: number, cues: EventCues): boolean {
  for (let t = from; t < s.tokenEnd && t < from + 40; t++) if (cues.conditional.has(tokens[t]!.lower)) return true;
  return false;
}

export function spanOfTokens(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** The date expression of the sentence nearest the trigger (dates sorted by start). */
export function nearestDate(dates: readonly DateMention[], s: Sentence, at: number, text = ''): { value: string; span: Span } | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (let i = lowerBound(dates, s.start); i < dates.length && dates[i]!.start < s.end; i++) {
    const d = dates[i]!;
    if (d.end > s.end) continue;
    if (notWhenItHappened(text, d.start, s.start)) continue;
    const dist = Math.abs(d.start - at);
    if (dist < bestDist) {
      bestDist = dist;
      best = d;
    }
  }
  return best ? { value: best.value, span: { start: best.start, end: best.end } } : null;
}

/**
 * A date that bounds or names a period ("a road map for 2019-2021", "until 2030", "by the end of
 * 2025", "the 2022 programme" aside) says what the act is about, not when it happened.
 */
const PERIOD_BEFORE = /(?:(?:^|[^\p{L}])(?:for|until|till|through|by|before|ahead of|since|up to)[ \t\u00a0]+|[-–][ \t\u00a0]*)(?:the[ \t\u00a0]+)?(?:end[ \t\u00a0]+of[ \t\u00a0]+|period[ \t\u00a0]+)?$/iu;
function notWhenItHappened(text: string, start: number, sentenceStart: number): boolean {
  if (!text) return false;
  return PERIOD_BEFORE.test(text.slice(Math.max(sentenceStart, start - 24), start));
}
