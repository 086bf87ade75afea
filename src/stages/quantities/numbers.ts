/**
 * Numerals as written in news copy, turned into exact values. Values are built from the
 * decimal string ("1.2" and exponent 9 -> Number("1.2e9")) so that 1.2 billion is exactly
 * 1200000000, not 1199999999.9999998.
 */

/** Scale words and their powers of ten; lakh and crore for South Asian copy. */
const SCALE_EXPONENTS: Readonly<Record<string, number>> = {
  thousand: 3, k: 3, million: 6, mln: 6, mn: 6, m: 6, billion: 9, bln: 9, bn: 9, b: 9,
  trillion: 12, trln: 12, tn: 12, trn: 12, lakh: 5, lakhs: 5, crore: 7, crores: 7,
};

export function scaleExponent(word: string): number | null {
  return SCALE_EXPONENTS[word.toLowerCase()] ?? null;
}

/** Scale words written apart from the number ("284 million", "$1.2-billion"). */
export const SCALE_WORD = /^(?:[\s\u00a0]*|-)(thousand|million|billion|trillion|mln|mn|bln|bn|trln|tn|lakhs?|crores?)\b/i;

/** Scales glued to digits ("$1.2bn", "£300m") — only trusted next to a currency. */
export const GLUED_SCALE = /^(bn|mn|mln|bln|m|b|k|tn|trn)(?![\p{L}\p{N}])/iu;

/**
 * Digits with their separators. Alternatives in order: 1,200,000.5 / 1.200.000 (European,
 * only with two or more dot groups) / 1.200,5 / 1 200 (thin, no-break or plain space) / 12.5 or 2,5.
 */
const DIGITS =
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![,.]?\d)` +
  String.raw`|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![,.]?\d)` +
  String.raw`|\d{1,3}(?:\.\d{3})+,\d+(?![,.]?\d)` +
  String.raw`|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?![,.]\d)` +
  String.raw`|\d+(?:[.,]\d+)?(?![,.]?\d)`;

/**
 * A run of digits, not hyphenated to a word ("COVID-19", "Su-30") and not a signed or phone
 * number ("+375"). Digits glued to letters ("G20", "EUR2.4bn") are kept here and judged by
 * the figure reader: only a currency may be glued to a figure.
 */
export const DIGIT_NUMBER = new RegExp(String.raw`(?<![\p{N}_+#.,/:])(?<!\p{L}-)(?:${DIGITS})`, 'gu');

/** Turns a matched digit string into a plain decimal string ("1,200.5" -> "1200.5", "1.200,5" -> "1200.5"). */
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const DOT_GROUPS_DECIMAL_COMMA = /^\d{1,3}(?:\.\d{3})+,\d+$/;

export function normaliseDigits(raw: string): string {
  const s = raw.replace(GROUP_SPACES, '');
  if (COMMA_GROUPS.test(s)) return s.replace(/,/g, '');
  if (DOT_GROUPS.test(s) || DOT_GROUPS_DECIMAL_COMMA.test(s)) {
    return s.replace(/\./g, '').replace(',', '.');
  }
  // A lone comma with one or two digits after it is a decimal comma ("2,5 million").
  return s.replace(',', '.');
}

const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
const ONE_TO_NINE = 'one|two|three|four|five|six|seven|eight|nine';

/**
 * Numbers in words: "three", "twenty-five", "two hundred", "a dozen", and the words that only
 * make a number together with a scale: "a million", "half a billion".
 */
export const WORD_NUMBER = new RegExp(
  String.raw`\b(?:(a dozen|dozen)|(half an?|an?)|(?:(${TEN_WORDS})(?:[- ](${ONE_TO_NINE}))?|(${UNIT_WORDS}))(?:\s+(hundred))?)\b`,
  'gi',
);

export interface WordNumber {
  readonly value: number;
  /** "a", "an", "half a": a number only when a scale word follows. */
  readonly needsScale: boolean;
}

export function wordNumberValue(m: RegExpExecArray): WordNumber {
  if (m[1]) return { value: 12, needsScale: false };
  if (m[2]) return { value: m[2].toLowerCase().startsWith('half') ? 0.5 : 1, needsScale: true };
  let v = m[3] ? TENS[m[3].toLowerCase()]! + (m[4] ? UNITS[m[4].toLowerCase()]! : 0) : UNITS[m[5]!.toLowerCase()]!;
  if (m[6]) v *= 100;
  return { value: v, needsScale: false };
}

/** value x 10^exponent computed on the decimal string, then trimmed of float noise. */
export function scaled(decimal: string, exponent: number): number {
  const v = Number(`${decimal}e${exponent}`);
  if (!Number.isFinite(v)) return NaN;
  // A decimal of at most 15 significant digits comes back unchanged from a double printed to 15
  // digits (doubles carry 15 decimal digits faithfully), so the round trip through toPrecision
  // would give `v` again and is skipped.
  return significantDigitsAtMost15(decimal) ? v : Number(v.toPrecision(15));
}

/** True for a plain decimal string ("1200", "0.05", "12.5") with at most 15 digits after its leading zeros. */
function significantDigitsAtMost15(decimal: string): boolean {
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < decimal.length; i++) {
    const c = decimal.charCodeAt(i);
    if (c === 46) {
      if (++dots > 1) return false;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 || c !== 48) digits++;
    } else return false;
  }
  return digits <= 15;
}
