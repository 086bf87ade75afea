import { countUnitLexicon } from '../../lexicon/count-units.js';
import { currencyLexicon } from '../../lexicon/currencies.js';
import { formatYear } from './calendar.js';
import type { DateCandidate, DateContext } from './candidate.js';

/**
 * A four-digit year standing alone: not glued to letters or other digits (COVID-2019, 12,2019),
 * not a decimal, not after a currency symbol.
 */
const YEAR = /(?<![\p{L}\p{N}$€£¥₽₹.,:/#])(1[89]\d\d|20\d\d)(?![\p{N}%]|[.,]\d|[:/]\d|\p{L})/gu;

/** Words after which a bare number is a year: "in 2019", "since 2014", "compared with 2018". */
const YEAR_BEFORE = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'for', 'before', 'after', 'through', 'throughout',
  'early', 'late', 'mid', 'end', 'beginning', 'start', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'to', 'and', 'between', 'the', 'with', 'than', 'versus', 'vs', 'against', 'as', 'on', 'back', 'calendar', 'fiscal', 'financial',
  'its', 'their', 'his', 'her', 'this', 'that', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'last', 'next', 'or',
]);

/** Words that may be glued to a year by a hyphen. */
const HYPHEN_PREFIXES = new Set(['mid', 'early', 'late', 'end', 'pre', 'post', 'since', 'fy']);

/** Words after which a number is an amount even if it looks like a year. */
const AMOUNT_BEFORE = new Set([
  'about', 'around', 'approximately', 'some', 'over', 'nearly', 'almost', 'more', 'less', 'fewer', 'least', 'total', 'only',
  'number', 'no', 'exactly', 'roughly', 'totalling', 'totaling', 'employs', 'employed', 'hired', 'killed', 'injured',
]);

/** What follows a number that makes it an amount, a count or a compound, not a year. */
const AMOUNT_AFTER = /^\s*(?:per\s*cent|percent|times|million|billion|thousand|trillion)\b/i;
const COMPOUND_AFTER = /^\s*-?\s*(?:year|strong|member|page|seat|bed|kilometre|kilometer|km|metre|meter|tonne|ton)s?\b/i;
/** A year ending its clause: "in May 2019.", "2019 and 2020", "2019's". */
const ENDS_CLAUSE = /^\s*(?:$|[.,;:!?)\]”"’'–—-]|and\b|or\b|to\b|when\b|as\b|'s\b|’s\b)/;
/** The second year of a range: "2019-2020". */
const AFTER_RANGE = /(?:1[89]|20)\d\d\s*[–—-]\s*$/;
/** Nouns a year commonly qualifies: "the 2024 elections", "the 2019 budget". */
const YEAR_NOUN = /^\s*(?:elections?|election campaign|budget|season|census|summit|olympics|games|championship|world cup|report|plan|programme|program|agreement|accord|protests?|war|crisis|pandemic|campaign|edition|level|figures?|results|forecast|target)\b/i;
const HYPHENATED = /(\p{L}+)-$/u;
const NEXT_WORDS = /^\s+([\p{L}]+(?:\s+[\p{L}]+)?)/u;
const LETTER = /^\p{L}$/u;
const SEPARATOR = /^[\s–—-]$/;

/** Whether the code point ending at `end - 1` is a letter, and how many UTF-16 units it takes (0: not a letter). */
function letterBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const h = s.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(s.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER.test(s[end - 1]!) ? 1 : 0;
}

/**
 * The last word of `before`, lower case, ignoring white space and dashes after it, or '' when
 * something else ends it: what /([\p{L}]+)[\s–—-]*$/u finds, read backwards from the end.
 */
function lastWord(before: string): string {
  let end = before.length;
  while (end > 0) {
    const c = before.charCodeAt(end - 1);
    if (c === 32 || (c > 127 || c < 32 ? SEPARATOR.test(before[end - 1]!) : c === 45)) end--;
    else break;
  }
  let start = end;
  while (start > 0) {
    const n = letterBefore(before, start);
    if (n === 0) break;
    start -= n;
  }
  return before.slice(start, end).toLowerCase();
}

/**
 * Bare years: "in 2019" -> "2019" at year grain. A number followed by a unit or currency
 * ("2019 tonnes", "2019 dollars") or introduced like an amount ("about 2000") is left to the
 * quantities stage.
 */
export function bareYears(ctx: DateContext): DateCandidate[] {
  const sentence = ctx.sentence;
  const found: DateCandidate[] = [];
  YEAR.lastIndex = 0;
  let m = YEAR.exec(sentence);
  if (!m) return found;
  const units = countUnitLexicon().units;
  const currencies = currencyLexicon();
  for (; m; m = YEAR.exec(sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // Glued to a word by a hyphen: "mid-2020" is a date, "Su-2020" or "COVID-2019" is a name.
    const hyphenated = before.endsWith('-') ? HYPHENATED.exec(before) : null;
    if (hyphenated && !HYPHEN_PREFIXES.has(hyphenated[1]!.toLowerCase())) continue;
    const prevWord = lastWord(before);
    const nextWord = NEXT_WORDS.exec(after)?.[1]?.toLowerCase() ?? '';
    const space = nextWord.search(/\s/);
    const nextFirst = space < 0 ? nextWord : nextWord.slice(0, space);
    if (AMOUNT_BEFORE.has(prevWord)) continue;
    if (units.has(nextFirst) || units.has(nextWord) || currencies.names.has(nextFirst) || currencies.names.has(nextWord)) continue;
    if (AMOUNT_AFTER.test(after)) continue;
    if (COMPOUND_AFTER.test(after)) continue;
    // Tested in order of cost; the first that holds decides.
    if (!YEAR_BEFORE.has(prevWord) && !ENDS_CLAUSE.test(after) && !AFTER_RANGE.test(before) && !YEAR_NOUN.test(after)) continue;
    const start = ctx.span.start + m.index;
    found.push({ start, end: start + m[0].length, value: formatYear(Number(m[1])), grain: 'year', rule: 'year/bare' });
  }
  return found;
}
