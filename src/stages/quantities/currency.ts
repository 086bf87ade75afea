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

let prefixRe: RegExp | null = null;
let suffixRe: RegExp | null = null;

/** Symbol or code right before a figure: "$", "US$ ", "BYN ", "Rs. ", "€". */
function prefixPattern(): RegExp {
  if (prefixRe) return prefixRe;
  const alts = currencyLexicon().prefixList.map(escapeRegExp).join('|');
  prefixRe = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alts})[ \u00a0]?$`, 'u');
  return prefixRe;
}

/** Currency name or code right after a figure: " euros", " Russian rubles", " USD". */
function suffixPattern(): RegExp {
  if (suffixRe) return suffixRe;
  const lex = currencyLexicon();
  const names = lex.nameList.map(escapeRegExp).join('|');
  // Case-insensitive for names; codes are checked to be written in capitals below.
  suffixRe = new RegExp(String.raw`^[ \u00a0]*(?:(${names})|([A-Z]{3}))(?![\p{L}\p{N}])`, 'iu');
  return suffixRe;
}

let finalUnits: Set<number> | null = null;

/** The last UTF-16 unit of every symbol and code: "$", "D" of "USD", "s" of "Rs", "." of "Rs.". */
function prefixFinalUnits(): Set<number> {
  if (finalUnits) return finalUnits;
  finalUnits = new Set([...currencyLexicon().prefixes.keys()].map((p) => p.charCodeAt(p.length - 1)));
  return finalUnits;
}

/**
 * Looks for a currency ending exactly where `before` ends. A symbol never ends in a space, so it
 * ends on the last character or, after one space, on the one before: most texts before a figure
 * ("grew by ", "to ", "in ") end in a character no symbol ends in, and are not searched at all.
 */
export function currencyBefore(before: string): CurrencyMatch | null {
  const lastUnit = before.charCodeAt(before.length - 1);
  const symbolEnd = lastUnit === 0x20 || lastUnit === 0xa0 ? before.length - 2 : before.length - 1;
  if (symbolEnd < 0 || !prefixFinalUnits().has(before.charCodeAt(symbolEnd))) return null;
  const m = prefixPattern().exec(before);
  if (!m) return null;
  const symbol = m[0].trimEnd();
  const lex = currencyLexicon();
  const code = lex.prefixes.get(symbol);
  if (!code) return null;
  return { code, index: m.index, length: m[0].length, weak: lex.weakPrefixes.has(symbol) };
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
