import type { Token } from '../../document/layers.js';
import { WordAnswers, wordIds } from '../../lexicon/word-table.js';
import type { EventLexicon, EventPattern, PatternElement } from './lexicon.js';

/** One lexicon expression found in a sentence. Token indices are into the document's `tokens` layer. */
export interface PatternMatch {
  readonly pattern: EventPattern;
  /** Every token that matched a pattern word, in order. */
  readonly tokens: readonly number[];
  readonly first: number;
  readonly last: number;
  /** Where the pattern says the target is (the CAMEO dictionary's "(to +)"), when it says. */
  readonly targetFrom?: number | null;
  /** Where the clause of the verb ends, when known (the CAMEO dictionary reads it): the target is before it. */
  readonly clauseEnd?: number;
}

const DEFAULT_GAP = 4;
const LONG_GAP = 8;
/** Tokens a short gap may skip: modifiers inside the phrase ("held their first direct talks"). */
const GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV', 'PROPN', 'NOUN', 'PART']);
const HARD_PUNCT = new Set(['.', ';', ':', ',', '!', '?', '"', '“', '”', '(', ')', '—', '–']);

function skippable(t: Token, prev: Token | undefined, long: boolean): boolean {
  if (HARD_PUNCT.has(t.text)) return false;
  // A gap never crosses a verb: "trade unions staged a strike against the rising cost" is not "trade ... rise".
  if (long) return t.pos !== 'VERB' && t.pos !== 'AUX';
  // Second half of a hyphenated modifier ("long-threatened", "Israeli-occupied").
  if (prev?.text === '-') return true;
  return GAP_POS.has(t.pos) || t.text === '-' || t.text === "'s" || t.text === '’s';
}

/** Words between a reporting preposition and its noun ("after [his first official] visit"). */
const MODIFIER_POS = new Set(['DET', 'ADJ', 'PRON', 'NUM', 'NOUN', 'PROPN']);
const REPORTING_PREPOSITIONS = new Set(['after', 'during', 'following', 'at', 'in', 'before', 'on', 'upon']);

/** "after talks", "during his first official visit": a preposition a few modifiers before the noun. */
function afterReportingPreposition(tokens: readonly Token[], start: number, first: number): boolean {
  for (let t = first - 1; t >= start && t >= first - 5; t--) {
    const tok = tokens[t]!;
    if (REPORTING_PREPOSITIONS.has(tok.lower)) return true;
    if (!MODIFIER_POS.has(tok.pos) && tok.text !== '-') return false;
  }
  return false;
}

/** Matches one element at `at`; returns the index after it, or -1. */
function matchElement(el: PatternElement, tokens: readonly Token[], at: number, end: number): number {
  for (const alt of el.alternatives) {
    if (at + alt.length > end) continue;
    let ok = true;
    for (let k = 0; k < alt.length; k++) {
      if (!alt[k]!.has(tokens[at + k]!.lower)) {
        ok = false;
        break;
      }
    }
    if (ok) return at + alt.length;
  }
  return -1;
}

function tryPattern(p: EventPattern, tokens: readonly Token[], start: number, end: number): number[] | null {
  let next = matchElement(p.elements[0]!, tokens, start, end);
  if (next < 0) return null;
  const matched: number[] = [];
  for (let i = start; i < next; i++) matched.push(i);
  for (let e = 1; e < p.elements.length; e++) {
    const el = p.elements[e]!;
    const maxGap = el.longGap ? LONG_GAP : DEFAULT_GAP;
    let found = -1;
    let at = next;
    for (let gap = 0; gap <= maxGap && at < end; gap++, at++) {
      const after = matchElement(el, tokens, at, end);
      if (after >= 0) {
        for (let i = at; i < after; i++) matched.push(i);
        found = after;
        break;
      }
      if (!skippable(tokens[at]!, tokens[at - 1], el.longGap)) break;
    }
    if (found < 0) return null;
    next = found;
  }
  return matched;
}

/**
 * An expression a word can start, with what the matcher asks of it before reading the words
 * after it: whether it needs a reporting preposition before, and the bits of its later elements
 * (see LaterWords). Made once per expression, so no table is consulted per candidate.
 */
interface Candidate {
  readonly pattern: EventPattern;
  readonly afterPrep: boolean;
  readonly needs: readonly number[];
}

/**
 * What the matcher asks of one word: the expressions it can start, and where its bits of later
 * elements start in LaterWords.pool (-1 for none). One record per word, so that a sentence's words
 * are read from one table, not from one per question.
 */
interface MatchWord {
  readonly candidates: readonly Candidate[] | undefined;
  readonly laterAt: number;
}

/** The record of most words: they start no expression and can begin no later element. */
const NO_MATCH_WORD: MatchWord = { candidates: undefined, laterAt: -1 };

/** Per lexicon, each word's MatchWord, read from the word table (word-table.ts). */
const matchWordAnswers = new WeakMap<EventLexicon, WordAnswers<MatchWord>>();

function matchWordsOf(lexicon: EventLexicon): WordAnswers<MatchWord> {
  let answers = matchWordAnswers.get(lexicon);
  if (!answers) {
    const later = laterWordsOf(lexicon);
    const needs = later.needs;
    const candidateOf = new Map<EventPattern, Candidate>();
    const lists = new Map<readonly EventPattern[], readonly Candidate[]>();
    for (const list of lexicon.byFirstForm.values()) {
      lists.set(list, list.map((pattern) => {
        let c = candidateOf.get(pattern);
        if (!c) candidateOf.set(pattern, (c = { pattern, afterPrep: pattern.flags.afterPrep, needs: needs.get(pattern) ?? [] }));
        return c;
      }));
    }
    const byFirstForm = lexicon.byFirstForm;
    matchWordAnswers.set(lexicon, (answers = new WordAnswers((text: string): MatchWord => {
      const lower = text.toLowerCase();
      const list = byFirstForm.get(lower);
      const candidates = list ? lists.get(list) : undefined;
      const laterAt = later.offsetOfLower(lower);
      return candidates === undefined && laterAt < 0 ? NO_MATCH_WORD : { candidates, laterAt };
    })));
  }
  return answers;
}

/**
 * Which words each expression needs after its first: one bit per later element of any expression
 * of the lexicon, set for the words that can begin it. An expression none of whose later elements
 * may be missing from the sentence is tried; one whose later element no word of the sentence can
 * begin is passed over without reading the sentence word by word for it.
 */
interface LaterWords {
  /** Per expression: the bits of its later elements (none for an element that can begin without a word). */
  readonly needs: ReadonlyMap<EventPattern, readonly number[]>;
  /**
   * Every word's bits, only the numbers of them that are not zero: at a word's offset the count of
   * such numbers, then for each its place among the `words` numbers and its bits.
   */
  readonly pool: Int32Array;
  readonly words: number;
  /** Where a word's bits start in `pool` (-1 for a word that can begin no element), from its lower case; MatchWord.laterAt keeps it per word of the word table. */
  readonly offsetOfLower: (lower: string) => number;
  /** The sentence's union of bits, cleared and filled again for each sentence (findMatches calls nothing that asks for it). */
  readonly scratch: Uint32Array;
}

const laterWordsCache = new WeakMap<EventLexicon, LaterWords>();

function laterWordsOf(lexicon: EventLexicon): LaterWords {
  let later = laterWordsCache.get(lexicon);
  if (later) return later;
  const bitOf = new Map<PatternElement, number>();
  const firstWords: (readonly ReadonlySet<string>[])[] = [];
  const needs = new Map<EventPattern, number[]>();
  for (const list of lexicon.byFirstForm.values()) {
    for (const p of list) {
      if (needs.has(p)) continue;
      const bits: number[] = [];
      for (let e = 1; e < p.elements.length; e++) {
        const el = p.elements[e]!;
        // An alternative of no words matches anywhere: the element needs no word.
        if (el.alternatives.length === 0 || el.alternatives.some((alt) => alt.length === 0)) continue;
        let bit = bitOf.get(el);
        if (bit === undefined) {
          bitOf.set(el, (bit = firstWords.length));
          firstWords.push(el.alternatives.map((alt) => alt[0]!));
        }
        bits.push(bit);
      }
      needs.set(p, bits);
    }
  }
  const words = Math.max(1, Math.ceil(firstWords.length / 32));
  // Word -> its bits, read off the elements' first word slots once.
  const bitsOf = new Map<string, Uint32Array>();
  firstWords.forEach((sets, bit) => {
    for (const set of sets) {
      for (const word of set) {
        let dense = bitsOf.get(word);
        if (dense === undefined) bitsOf.set(word, (dense = new Uint32Array(words)));
        dense[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  });
  // Most words begin elements of one or two of the numbers: only those are kept and read.
  const packed: number[] = [];
  const offsetOf = new Map<string, number>();
  for (const [word, dense] of bitsOf) {
    offsetOf.set(word, packed.length);
    const countAt = packed.push(0) - 1;
    for (let w = 0; w < words; w++) {
      if (dense[w] === 0) continue;
      packed.push(w, dense[w]! | 0);
      packed[countAt]!++;
    }
  }
  const pool = Int32Array.from(packed);
  const offsetOfLower = (lower: string): number => offsetOf.get(lower) ?? -1;
  later = {
    needs, pool, words, offsetOfLower, scratch: new Uint32Array(words),
  };
  laterWordsCache.set(lexicon, later);
  return later;
}

/** The union of the later-element bits of the words of tokens [start, end), in `later.scratch`. */
function sentenceMask(later: LaterWords, matchWords: WordAnswers<MatchWord>, tokens: readonly Token[], ids: Int32Array, start: number, end: number): Uint32Array {
  const out = later.scratch;
  const pool = later.pool;
  out.fill(0);
  for (let t = start; t < end; t++) {
    const id = ids[t]!;
    const at = id >= 0 ? matchWords.get(id, tokens[t]!.text).laterAt : later.offsetOfLower(tokens[t]!.lower);
    if (at < 0) continue;
    const last = at + 2 * pool[at]!;
    for (let k = at + 1; k < last; k += 2) out[pool[k]!]! |= pool[k + 1]!;
  }
  return out;
}

/** Whether every later element of an expression (its bits) has a word of the sentence that can begin it. */
function mayMatch(bits: readonly number[], mask: Uint32Array): boolean {
  for (let k = 0; k < bits.length; k++) {
    const bit = bits[k]!;
    if ((mask[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/**
 * All lexicon expressions in the tokens [start, end), left to right, without overlap. At each
 * position the most specific expression wins: more pattern words, then the tighter span,
 * then the earlier lexicon line.
 */
export function findMatches(lexicon: EventLexicon, tokens: readonly Token[], start: number, end: number): PatternMatch[] {
  const out: PatternMatch[] = [];
  // Made on the sentence's first match.
  let consumed: Set<number> | null = null;
  const matchWords = matchWordsOf(lexicon);
  const ids = wordIds(tokens);
  const later = laterWordsOf(lexicon);
  let mask: Uint32Array | null = null;
  let i = start;
  while (i < end) {
    const candidates = consumed !== null && consumed.has(i) ? undefined : matchWords.get(ids[i]!, tokens[i]!.text).candidates;
    let best: PatternMatch | null = null;
    if (candidates) {
      for (let k = 0; k < candidates.length; k++) {
        const candidate = candidates[k]!;
        const p = candidate.pattern;
        // A noun expression that needs a reporting preposition ("after talks with") is tried only after one.
        if (candidate.afterPrep && !afterReportingPreposition(tokens, start, i)) continue;
        // Read once per sentence, on its first candidate.
        mask ??= sentenceMask(later, matchWords, tokens, ids, start, end);
        if (!mayMatch(candidate.needs, mask)) continue;
        const m = tryPattern(p, tokens, i, end);
        if (!m) continue;
        // The fields the dictionary's matches have too, unset: one hidden class for both kinds of match.
        const cand: PatternMatch = { pattern: p, tokens: m, first: m[0]!, last: m[m.length - 1]!, targetFrom: undefined, clauseEnd: undefined };
        const n = p.elements.length;
        const bn = best?.pattern.elements.length ?? 0;
        if (
          !best ||
          n > bn ||
          (n === bn && (cand.last < best.last || (cand.last === best.last && p.flags.afterPrep && !best.pattern.flags.afterPrep)))
        ) best = cand;
      }
    }
    if (best) {
      out.push(best);
      consumed ??= new Set<number>();
      for (const t of best.tokens) consumed.add(t);
      // Later expressions may start inside a gap, but never on a matched word.
      i = best.first + 1;
      while (i <= best.last && best.tokens.includes(i)) i++;
    } else i++;
  }
  return out;
}
