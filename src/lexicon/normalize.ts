import { setBounded } from './bounded-cache.js';

/**
 * Same as /^[!-_a-~]+(?: [!-_a-~]+)*$/.test(s): printable ASCII other than the backtick, in words
 * joined by single spaces. Read a character at a time: every look-up asks, mostly of a short word,
 * and a loop over its characters costs less than a call of the expression.
 */
function isPlain(s: string): boolean {
  let space = true;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c < 33 || c > 126 || c === 96) return false;
    else space = false;
  }
  return !space;
}

/**
 * Look-up keys for lexicon phrases and text: lower case, accents folded, typographic
 * apostrophes and dashes made plain, whitespace collapsed. Both sides of every look-up
 * go through this one function so that "Côte d’Ivoire" in a text finds "Cote d'Ivoire".
 */
export function lookupKey(s: string): string {
  // Most words are plain ASCII with single spaces; they need only lower-casing.
  if (isPlain(s)) return s.toLowerCase();
  // The others are mostly typographic marks and accented words, asked for again and again.
  if (s.length > MAX_FOLDED_LENGTH) return fold(s);
  let key = FOLDED.get(s);
  if (key === undefined) {
    key = fold(s);
    setBounded(FOLDED, MAX_FOLDED, s, key);
  }
  return key;
}

/**
 * Keys of short texts that need folding (quotation marks, dashes, accented words), by text; at
 * most MAX_FOLDED of them. Only texts of up to 12 characters are kept: the engine copies a piece
 * that short rather than pointing into the text it was cut from, so no document stays in memory
 * through this table.
 */
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 5000;
const MAX_FOLDED_LENGTH = 12;

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Characters besides U+0020 that /\s/ matches and trim() removes, above ASCII. */
export function wideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The same as text.replace(/\s+/g, ' '). Phrases cut from a text are mostly words between single
 * spaces, which that leaves as they are: one look at each character tells so, where the
 * expression would be run over the phrase for every candidate a rule reads.
 */
export function singleSpaced(text: string): string {
  let space = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (space) return text.replace(/\s+/g, ' ');
      space = true;
    } else if ((c >= 9 && c <= 13) || (c > 127 && wideSpace(c))) return text.replace(/\s+/g, ' ');
    else space = false;
  }
  return text;
}

/** True when the word begins with an upper-case letter (any script). */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for words written wholly in capitals, such as acronyms ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  // An ASCII word is read a character at a time, as the expressions below would read it; others go to them.
  const n = word.length;
  let upper = false;
  let lower = false;
  for (let k = 0; k < n; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return allCapsByExpression(word);
    if (c >= 65 && c <= 90) upper = true;
    // A plural "s" after a capital ("NGOs") is no lower-case letter of the word.
    else if (c >= 97 && c <= 122 && !(k === n - 1 && c === 115 && k > 0 && word.charCodeAt(k - 1) >= 65 && word.charCodeAt(k - 1) <= 90)) lower = true;
  }
  return upper && !lower;
}

function allCapsByExpression(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word.replace(/(?<=\p{Lu})s$/u, ''));
}

/** Every leading substring of every key, so a phrase scan can stop as soon as no key can follow. */
export function prefixesOf(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  addPrefixes(keys, out, (prefix) => out.add(prefix));
  return out;
}

/**
 * Passes to `add`, key by key and shortest first, every leading substring of every key that `known`
 * does not hold yet; `known` holds every leading substring of what it holds, and each one added.
 * The ones of a key already held are then those up to some length: that length is found by
 * halving, and only the longer ones are cut, in the order a loop over every length would add them.
 */
export function addPrefixes(keys: Iterable<string>, known: { has(text: string): boolean }, add: (prefix: string) => void): void {
  for (const k of keys) {
    let lo = 0;
    let hi = k.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (known.has(k.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    for (let n = lo + 1; n <= k.length; n++) add(k.slice(0, n));
  }
}

/**
 * A copy of the text that points into no other string, for keys of caches shared across
 * documents: V8 keeps a piece cut from a document as a view of the whole, so a cached piece would
 * keep its document alive. Short pieces are copied anyway.
 */
export function ownCopy(text: string): string {
  return text.length > 12 ? ` ${text}`.slice(1) : text;
}
