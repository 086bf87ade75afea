import { currencyAfter, currencyBefore, type CurrencyMatch } from './currency.js';
import { GLUED_SCALE, SCALE_WORD, normaliseDigits, scaleExponent } from './numbers.js';
import { qualifierBefore, type QualifierMatch } from './qualifiers.js';
import { unitAfter, type UnitMatch } from './units.js';

/** A number in a passage with everything around it that may make it a quantity. Offsets are passage-relative. */
export interface Figure {
  readonly passage: string;
  readonly start: number;
  /** End of the numeral and any glued scale ("1.2bn"). */
  readonly numeralEnd: number;
  /** End of the numeral, its scale word and anything read before classification. */
  readonly end: number;
  /** Decimal string of the numeral alone ("1200.5"), for exact scaling. */
  readonly decimal: string;
  readonly isWord: boolean;
  /** "a", "half a": a number only with a scale word. */
  readonly needsScale: boolean;
  readonly integer: boolean;
  readonly gluedScale: number | null;
  readonly scaleWord: number | null;
  readonly prefix: (CurrencyMatch & { start: number }) | null;
  readonly qualifier: (QualifierMatch & { start: number }) | null;
  /** Text after the numeral and scale, up to a short window. */
  readonly after: string;
  readonly suffixCurrency: CurrencyMatch | null;
  readonly unit: UnitMatch | null;
}

const WINDOW = 60;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT_FIRST = /^[\p{L}\p{N}]/u;
/** "10:30", "222-33-44", "3/4", "1.2.3": the figure runs on into another number. */
const JOINED_AHEAD = /^[-–:/]\d|^\.\d/;
const JOINED_BEHIND = /\d[-–:/]$/;

/**
 * Whether a glued scale (GLUED_SCALE) may start with this character: b, m, k or t in either case,
 * or the Kelvin sign, which the case-insensitive pattern reads as "k".
 */
function mayStartGluedScale(c: number): boolean {
  const lower = c | 0x20;
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ? lower === 98 || lower === 109 || lower === 107 || lower === 116 : c === 0x212a;
}
/** "3-5%": a range of percentages is the one place a hyphen may follow a figure. */
const PERCENT_RANGE_AHEAD = /^[-–]\d+(?:[.,]\d+)?[ \u00a0]*(?:%|per[ \u00a0]?cent|percent)/i;

/**
 * Reads the words around a numeral: currency symbol and qualifier before it, glued or
 * separate scale, currency name and unit after it. Returns null when the numeral is glued
 * to letters after it ("2nd", "5G", "300m" without a currency) or is part of a time,
 * phone number or numeric code ("10:30", "222-33-44", "3/4").
 */
export function readFigure(
  passage: string,
  start: number,
  numeralEnd: number,
  decimal: string,
  opts: { isWord: boolean; needsScale: boolean },
): Figure | null {
  let pos = numeralEnd;
  let gluedScale: number | null = null;
  if (!opts.isWord) {
    const g = mayStartGluedScale(passage.charCodeAt(pos)) ? GLUED_SCALE.exec(passage.slice(pos, pos + 4)) : null;
    if (g) {
      gluedScale = scaleExponent(g[1]!);
      pos += g[0].length;
    } else if (LETTER_OR_DIGIT_FIRST.test(passage.slice(pos, pos + 1))) {
      return null;
    }
    const next = passage.slice(pos, pos + 24);
    if (JOINED_AHEAD.test(next) && gluedScale === null && !PERCENT_RANGE_AHEAD.test(next)) return null;
    if (JOINED_BEHIND.test(passage.slice(Math.max(0, start - 2), start))) return null;
  }
  const numeralWithGlue = pos;
  let scaleWord: number | null = null;
  const s = SCALE_WORD.exec(passage.slice(pos, pos + 16));
  if (s) {
    scaleWord = scaleExponent(s[1]!);
    pos += s[0].length;
    // "1.5 lakh crore", "10 thousand crore": a scale word before a larger one multiplies it.
    const s2 = SCALE_WORD.exec(passage.slice(pos, pos + 16));
    const larger = s2 ? scaleExponent(s2[1]!) : null;
    if (s2 && larger !== null && scaleWord !== null && larger > scaleWord) {
      scaleWord += larger;
      pos += s2[0].length;
    }
  }
  const after = passage.slice(pos, pos + WINDOW);
  let prefix: Figure['prefix'] = null;
  if (!opts.isWord) {
    const lookback = Math.max(0, start - 8);
    const p = currencyBefore(passage.slice(lookback, start));
    // A one-letter symbol ("R300 billion") is money only with a scale; "the R2" stays a name.
    if (p && (!p.weak || scaleWord !== null || gluedScale !== null)) prefix = { code: p.code, index: p.index, length: p.length, weak: p.weak, start: lookback + p.index };
  }
  // "G20", "A320", "Su30": letters glued to a figure make a name, unless they are a currency ("EUR2.4bn").
  if (!prefix && LETTER.test(passage.slice(start - 1, start))) return null;
  const qualifierEnd = prefix ? prefix.start : start;
  const qLookback = Math.max(0, qualifierEnd - 24);
  const q = qualifierBefore(passage.slice(qLookback, qualifierEnd));
  // Written out field by field (as the matches are made), not spread: a spread copies through a slow path at every figure.
  const qualifier = q ? { text: q.text, index: q.index, start: qLookback + q.index } : null;
  const norm = opts.isWord ? decimal : normaliseDigits(decimal);
  return {
    passage,
    start,
    numeralEnd: numeralWithGlue,
    end: pos,
    decimal: norm,
    isWord: opts.isWord,
    needsScale: opts.needsScale,
    integer: !norm.includes('.'),
    gluedScale,
    scaleWord,
    prefix,
    qualifier,
    after,
    suffixCurrency: currencyAfter(after),
    unit: unitAfter(after),
  };
}
