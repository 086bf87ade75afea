import { currencyLexicon } from '../../lexicon/currencies.js';
import { escapeRegExp } from '../../lexicon/escape-regexp.js';

export interface CurrencyMatch {
  readonly code: string;
  /** Offset of the match inside the string it was found in. */
  readonly index: number;
  readonly length: number;
  /** A weak name ("pounds", "won") or one-letter symbol ("R") that counts only with a scale. */
  readonly weak: boolean;
}

let suffixRe: RegExp | null = null;

/** Currency name or code right after a figure: " euros", " Russian rubles", " USD". */
function suffixPattern(): RegExp {
  if (suffixRe) return suffixRe;
  const lex = currencyLexicon();
  const names = lex.nameList.map(escapeRegExp).join('|');
  // Case-insensitive for names; codes are checked to be written in capitals below.
  suffixRe = new RegExp(String.raw`^[ \u00a0]*(?:(${names})|([A-Z]{3}))(?![\p{L}\p{N}])`, 'iu');
  return suffixRe;
}

let longestPrefix = -1;

/** The length of the longest symbol or code, so that only the last few starts of `before` are tried. */
function longestPrefixLength(): number {
  if (longestPrefix < 0) longestPrefix = currencyLexicon().prefixList[0]?.length ?? 0;
  return longestPrefix;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the character (a whole code point) ending at `i` is a letter or digit: a symbol glued to a word is not one. */
function letterOrDigitBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  let from = i - 1;
  const c = s.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff && from > 0) {
    const high = s.charCodeAt(from - 1);
    if (high >= 0xd800 && high <= 0xdbff) from--;
  }
  return LETTER_OR_DIGIT.test(s.slice(from, i));
}

/**
 * Looks for a currency ending exactly where `before` ends: a symbol or code ("$", "US$", "BYN",
 * "Rs.", "€") then at most one space, not glued to a letter or digit before it. The earliest start
 * that fits wins. Symbols never end in a space, so each start has at most one reading; a look-up
 * per start replaces a pattern of every symbol tried at every start.
 */
export function currencyBefore(before: string): CurrencyMatch | null {
  const lex = currencyLexicon();
  const from = Math.max(0, before.length - longestPrefixLength() - 1);
  for (let i = from; i < before.length; i++) {
    const rest = before.slice(i);
    const last = rest.charCodeAt(rest.length - 1);
    const symbol = lex.prefixes.has(rest) ? rest : last === 0x20 || last === 0xa0 ? rest.slice(0, -1) : null;
    const code = symbol ? lex.prefixes.get(symbol) : undefined;
    if (!code || letterOrDigitBefore(before, i)) continue;
    return { code, index: i, length: rest.length, weak: lex.weakPrefixes.has(symbol!) };
  }
  return null;
}

/** Looks for a currency name or ISO code at the start of `after`. */
export function currencyAfter(after: string): CurrencyMatch | null {
  const m = suffixPattern().exec(after);
  if (!m) return null;
  const lex = currencyLexicon();
  if (m[1]) {
    const name = m[1].toLowerCase().replace(/\s+/g, ' ');
    const strong = lex.names.get(name);
    const code = strong ?? lex.weakNames.get(name);
    if (!code) return null;
    return { code, index: 0, length: m[0].length, weak: strong === undefined };
  }
  const code = m[2]!;
  if (code !== code.toUpperCase()) return null;
  if (!lex.prefixes.has(code) || lex.prefixes.get(code) !== code) return null;
  return { code, index: 0, length: m[0].length, weak: false };
}

/** "¥" is the yen unless the passage speaks of yuan or renminbi. */
export function refineYen(code: string, passage: string): string {
  return code === 'JPY' && speaksOfYuan(passage) ? 'CNY' : code;
}

const YUAN = /\b(?:yuan|RMB|renminbi|China|Chinese)\b/i;
let yuanPassage: string | null = null;
let yuanAnswer = false;

/** Asked once per passage however many "¥" figures it holds, so that a long passage is not reread for each. */
function speaksOfYuan(passage: string): boolean {
  if (passage !== yuanPassage) {
    yuanAnswer = YUAN.test(passage);
    yuanPassage = passage;
  }
  return yuanAnswer;
}

/** Lets go of the last passage asked about (called when a document is done, so no text is kept). */
export function forgetPassage(): void {
  yuanPassage = null;
}
