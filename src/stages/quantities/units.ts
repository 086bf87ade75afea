import { countUnitLexicon } from '../../lexicon/count-units.js';
import { escapeRegExp } from '../../lexicon/escape-regexp.js';

/** Words that may stand between a figure and its unit ("5,000 new jobs") but never do in a count. */
const NOT_MODIFIERS = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'than', 'per', 'that',
  'which', 'who', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'its', 'their',
  'his', 'her', 'our', 'these', 'those', 'this', 'times', 'years', 'year', 'days', 'months', 'percent',
]);

let unitRe: RegExp | null = null;

function unitPattern(): RegExp {
  if (unitRe) return unitRe;
  const forms = countUnitLexicon().forms.map(escapeRegExp).join('|');
  // Up to two modifier words, then a unit word; the shortest modifier run is tried first.
  unitRe = new RegExp(String.raw`^[ \u00a0]+((?:[\p{L}][\p{L}.'’-]*[ \u00a0]+){0,2}?)(${forms})(?![\p{L}\p{N}])`, 'iu');
  return unitRe;
}

/** A trie over the lexicon's forms, lower case, one ASCII character per step. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** A whole form ends here. */
  form: boolean;
}

const trieNode = (): TrieNode => ({ next: new Map(), form: false });

/**
 * matchUnit() finds the same match as unitPattern() by walking this trie instead of trying some
 * two hundred alternatives at each of three places. Null when the forms are not all plain ASCII,
 * and the pattern must be used.
 */
let trie: TrieNode | null | undefined;

function unitTrie(): TrieNode | null {
  if (trie !== undefined) return trie;
  const { forms } = countUnitLexicon();
  if (!forms.every((f) => /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(f) && f === f.toLowerCase())) {
    trie = null;
    return trie;
  }
  const root = trieNode();
  for (const f of forms) {
    let node = root;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = trieNode()));
      node = child;
    }
    node.form = true;
  }
  trie = root;
  return trie;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** UTF-16 units of the letter (code point) at `i`, or 0 when there is none. */
function letterAt(s: string, i: number): number {
  // Past the end there is none: asked here, not by reading a character that is not there.
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return c === c /* not NaN */ && LETTER.test(s[i]!) ? 1 : 0;
}

const isBlank = (c: number) => c === 32 || c === 0xa0;

/**
 * Length of the longest form of the lexicon written at `p` (in any case) and not followed by a
 * letter or digit, or 0. The case-insensitive pattern also reads the Kelvin sign as "k"; the
 * long s, which it reads as "s", is left to the pattern by the caller.
 */
function formAt(after: string, p: number, root: TrieNode): number {
  let node: TrieNode | undefined = root;
  let best = 0;
  for (let i = p; i < after.length; i++) {
    let c = after.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x212a) c = 107;
    else if (c >= 128) break;
    node = node.next.get(c);
    if (!node) break;
    if (node.form && !letterOrDigitAt(after, i + 1)) best = i + 1 - p;
  }
  return best;
}

function letterOrDigitAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(s.slice(i, i + 2));
}

function matchUnit(after: string): { length: number; modifiers: string; form: string } | null | undefined {
  const root = unitTrie();
  if (!root || after.includes('ſ')) return undefined;
  let p = 0;
  while (p < after.length && isBlank(after.charCodeAt(p))) p++;
  if (p === 0) return null;
  const modifiersStart = p;
  for (let words = 0; ; words++) {
    const len = formAt(after, p, root);
    if (len > 0) return { length: p + len, modifiers: after.slice(modifiersStart, p), form: after.slice(p, p + len) };
    if (words === 2) return null;
    // One modifier word: a letter, then letters, dots, apostrophes or hyphens, then blanks.
    let q = p + letterAt(after, p);
    if (q === p) return null;
    while (q < after.length) {
      const c = after.charCodeAt(q);
      if (c === 46 || c === 39 || c === 0x2019 || c === 45) q++;
      else {
        const n = letterAt(after, q);
        if (n === 0) break;
        q += n;
      }
    }
    if (q >= after.length || !isBlank(after.charCodeAt(q))) return null;
    while (q < after.length && isBlank(after.charCodeAt(q))) q++;
    p = q;
  }
}

export interface UnitMatch {
  readonly unit: string;
  /** Characters consumed from the start of the searched string. */
  readonly length: number;
}

/** The unit of a count right after a figure: " tonnes", " new jobs", " intergovernmental agreements". */
export function unitAfter(after: string): UnitMatch | null {
  let form: string;
  let modifierText: string;
  let length: number;
  const found = matchUnit(after);
  if (found === null) return null;
  if (found) {
    ({ form, length } = found);
    modifierText = found.modifiers;
  } else {
    const m = unitPattern().exec(after);
    if (!m) return null;
    form = m[2]!;
    modifierText = m[1]!;
    length = m[0].length;
  }
  const modifiers = modifierText.trim();
  if (modifiers) {
    // Abbreviations ("t", "km", "MW") must follow the figure directly.
    if (form.length <= 3) return null;
    for (const word of modifiers.split(/[ \u00a0]+/)) if (NOT_MODIFIERS.has(word.toLowerCase())) return null;
  }
  const unit = countUnitLexicon().units.get(form.toLowerCase().replace(/\s+/g, ' '));
  return unit ? { unit, length } : null;
}
