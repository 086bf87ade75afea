/**
 * wink-nlp's tokenizer costs time quadratic in the length of a token (its punctuation
 * regexes rescan the token from every position), so 300 KB of one letter took over a
 * minute. No word of prose is a hundred characters long: a run of that many characters
 * without white space is a blob (base64, a hash, a pasted line without spaces, a very long
 * URL). Such runs never reach wink. Each is replaced by a short placeholder word in the
 * text wink reads, and comes back as one opaque token covering the whole run.
 */

/** Longer runs without white space than this become one opaque token. */
export const MAX_TOKEN_CHARS = 100;

/** Placeholder wink reads in place of a run: one ordinary noun, split cleanly from punctuation. */
export const PLACEHOLDER = 'xxxx';

/**
 * Opening and closing marks around a run are left to wink (at most this many on each side),
 * so a long URL at the end of a sentence still leaves its full stop to end the sentence.
 */
const MAX_EDGE_MARKS = 8;
const OPENING = new Set(['(', '[', '{', '"', "'", '“', '‘', '«', '„', '<']);
const CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '"', "'", '”', '’', '»', '…', '>']);

/** One long run in the text: [start, end) in the original text. */
export interface LongRun {
  start: number;
  end: number;
}

function isSpace(c: number): boolean {
  // The characters wink-nlp splits tokens on, plus the Unicode spaces it treats as such.
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0xfeff || c === 0x85;
}

/**
 * Every run of more than MAX_TOKEN_CHARS characters without white space in [from, to), minus its edge marks.
 * Such a run covers at least one of every MAX_TOKEN_CHARS + 1 positions, so only those positions are
 * looked at, and the run around one that is no white space is read out to its ends: the words of
 * prose are short, so most of the text is never read.
 */
export function findLongRuns(text: string, from: number, to: number): LongRun[] {
  const runs: LongRun[] = [];
  let probe = from + MAX_TOKEN_CHARS;
  while (probe < to) {
    if (isSpace(text.charCodeAt(probe))) {
      probe += MAX_TOKEN_CHARS + 1;
      continue;
    }
    let start = probe;
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
    let i = probe + 1;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    // The next run starts after the white space that ends this one; it covers a probe from there on.
    probe = i + 1 + MAX_TOKEN_CHARS;
    if (i - start <= MAX_TOKEN_CHARS) continue;
    let s = start;
    let e = i;
    for (let k = 0; k < MAX_EDGE_MARKS && s < e && OPENING.has(text[s]!); k++) s++;
    for (let k = 0; k < MAX_EDGE_MARKS && e > s && CLOSING.has(text[e - 1]!); k++) e--;
    if (e > s) runs.push({ start: s, end: e });
  }
  return runs;
}

/**
 * The text wink reads for [from, to) with every long run replaced by the placeholder, and
 * a map back: `toOriginal(p)` turns an offset in the masked text into one in the original.
 * An offset inside a placeholder maps to the start of its run (or its end, for `end`).
 */
export interface Masked {
  text: string;
  toOriginal(p: number, end: boolean): number;
  /** The run whose placeholder starts at masked offset p, if any. */
  runAt(p: number): LongRun | null;
}

export function maskLongRuns(text: string, from: number, to: number, runs: readonly LongRun[]): Masked {
  const parts: string[] = [];
  // Masked start of each placeholder, in order; offsets between placeholders shift by a constant.
  const maskedStarts: number[] = [];
  let cursor = from;
  let length = 0;
  for (const run of runs) {
    parts.push(text.slice(cursor, run.start));
    length += run.start - cursor;
    maskedStarts.push(length);
    parts.push(PLACEHOLDER);
    length += PLACEHOLDER.length;
    cursor = run.end;
  }
  parts.push(text.slice(cursor, to));
  /** Index of the last placeholder starting at or before p (-1 if none); binary search. */
  const lastAtOrBefore = (p: number): number => {
    let lo = 0;
    let hi = maskedStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (maskedStarts[mid]! <= p) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return {
    text: parts.join(''),
    toOriginal(p, end) {
      const k = lastAtOrBefore(end ? p - 1 : p);
      if (k < 0) return from + p;
      const run = runs[k]!;
      const inside = p - maskedStarts[k]!;
      if (end ? inside <= PLACEHOLDER.length && inside > 0 : inside < PLACEHOLDER.length) return end ? run.end : run.start;
      return run.end + (inside - PLACEHOLDER.length);
    },
    runAt(p) {
      const k = lastAtOrBefore(p);
      return k >= 0 && maskedStarts[k] === p ? runs[k]! : null;
    },
  };
}
