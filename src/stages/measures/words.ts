import type { Sentence, Token } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { measureLexicon, phraseEndingAt, phraseStartingAt, type MeasureCue } from '../../lexicon/measures.js';

/** The tokens of one sentence and its clause boundaries, as the measure readers see them. */
export interface SentenceWords {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  /** Token indices where a clause boundary word stands ("but", "while", ";"), in order. */
  readonly boundaries: readonly number[];
  word(i: number): string;
}

export function sentenceWords(tokens: readonly Token[], sentence: Sentence): SentenceWords {
  const word = (i: number) => (i >= sentence.tokenStart && i < sentence.tokenEnd ? tokens[i]!.lower : '');
  const boundaries: number[] = [];
  const { cues } = measureLexicon();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const hit = phraseStartingAt(cues, word, i, sentence.tokenEnd);
    if (hit?.value.has('boundary')) boundaries.push(i);
  }
  return { tokens, sentence, boundaries, word };
}

/** The token index at (or after) a character offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens, offset);
}

/** Token range [start, end) of the clause around token `i`: between the boundaries either side. */
export function clauseOf(sw: SentenceWords, i: number): { start: number; end: number } {
  const b = sw.boundaries;
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (b[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return { start: lo > 0 ? b[lo - 1]! + 1 : sw.sentence.tokenStart, end: lo < b.length ? b[lo]! : sw.sentence.tokenEnd };
}

/**
 * The nearest cue of one of `kinds` in tokens [from, to), searching outward from `near`
 * (backwards when `near` >= to, forwards when `near` < from). Returns the token index it starts at.
 */
export function cueBefore(sw: SentenceWords, kinds: readonly MeasureCue[], from: number, to: number): { start: number; end: number; cue: MeasureCue } | null {
  const { cues } = measureLexicon();
  for (let end = to; end > from; end--) {
    const hit = phraseEndingAt(cues, sw.word, end, from);
    const kind = hit ? firstKindIn(kinds, hit.value) : undefined;
    if (hit && kind) return { start: hit.start, end, cue: kind };
  }
  return null;
}

/** The first of `kinds` a phrase is a cue of (a loop, not a closure made per phrase found). */
function firstKindIn(kinds: readonly MeasureCue[], of: ReadonlySet<string>): MeasureCue | undefined {
  for (const k of kinds) if (of.has(k)) return k;
  return undefined;
}

export function cueAfter(sw: SentenceWords, kinds: readonly MeasureCue[], from: number, to: number): { start: number; end: number; cue: MeasureCue } | null {
  const { cues } = measureLexicon();
  for (let start = from; start < to; start++) {
    const hit = phraseStartingAt(cues, sw.word, start, to);
    const kind = hit ? firstKindIn(kinds, hit.value) : undefined;
    if (hit && kind) return { start, end: hit.end, cue: kind };
  }
  return null;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);

/**
 * The topic whose head noun ends nearest before token `before` (not before `from`): "trade",
 * "the volume of trade", "trade turnover". A form followed by another noun is a modifier,
 * not the head ("trade house", "trade union", "export duties").
 */
export function topicBefore(sw: SentenceWords, from: number, before: number): { start: number; end: number; topic: string } | null {
  const { topics } = measureLexicon();
  for (let end = before; end > from; end--) {
    const hit = phraseEndingAt(topics, sw.word, end, from);
    if (!hit) continue;
    const next = sw.tokens[end];
    if (end < before && next && NOUNISH.has(next.pos) && !/^\d/.test(next.text)) continue;
    return { start: hit.start, end, topic: hit.value };
  }
  return null;
}

/** A topic named right after a figure: "$80 million in exports", "$2 billion worth of trade". */
export function topicAfter(sw: SentenceWords, from: number, to: number): { start: number; end: number; topic: string } | null {
  const { topics } = measureLexicon();
  let i = from;
  if (sw.word(i) === 'worth') i++;
  if (sw.word(i) !== 'in' && sw.word(i) !== 'of') return null;
  i++;
  for (const skip of ['the', 'bilateral', 'mutual']) if (sw.word(i) === skip) i++;
  const hit = phraseStartingAt(topics, sw.word, i, to);
  if (!hit) return null;
  const next = sw.tokens[hit.end];
  if (hit.end < to && next && NOUNISH.has(next.pos)) return null;
  return { start: i, end: hit.end, topic: hit.value };
}
