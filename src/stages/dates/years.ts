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

/**
 * Bare years: "in 2019" -> "2019" at year grain. A number followed by a unit or currency
 * ("2019 tonnes", "2019 dollars") or introduced like an amount ("about 2000") is left to the
 * quantities stage.
 */
export function bareYears(ctx: DateContext): DateCandidate[] {
  const sentence = ctx.text.slice(ctx.span.start, ctx.span.end);
  const units = countUnitLexicon().units;
  const currencies = currencyLexicon();
  const found: DateCandidate[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m; m = YEAR.exec(sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // Glued to a word by a hyphen: "mid-2020" is a date, "Su-2020" or "COVID-2019" is a name.
    const hyphenated = /(\p{L}+)-$/u.exec(before);
    if (hyphenated && !HYPHEN_PREFIXES.has(hyphenated[1]!.toLowerCase())) continue;
    const prevWord = /([\p{L}]+)[\s–—-]*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    const nextWord = /^\s+([\p{L}]+(?:\s+[\p{L}]+)?)/u.exec(after)?.[1]?.toLowerCase() ?? '';
    const nextFirst = nextWord.split(/\s+/)[0] ?? '';
    if (AMOUNT_BEFORE.has(prevWord)) continue;
    if (units.has(nextFirst) || units.has(nextWord) || currencies.names.has(nextFirst) || currencies.names.has(nextWord)) continue;
    if (/^\s*(?:per\s*cent|percent|times|million|billion|thousand|trillion)\b/i.test(after)) continue;
    if (/^\s*-?\s*(?:year|strong|member|page|seat|bed|kilometre|kilometer|km|metre|meter|tonne|ton)s?\b/i.test(after)) continue;
    const endsClause = /^\s*(?:$|[.,;:!?)\]”"’'–—-]|and\b|or\b|to\b|when\b|as\b|'s\b|’s\b)/.test(after);
    const afterRange = /(?:1[89]|20)\d\d\s*[–—-]\s*$/.test(before);
    const yearNoun = /^\s*(?:elections?|election campaign|budget|season|census|summit|olympics|games|championship|world cup|report|plan|programme|program|agreement|accord|protests?|war|crisis|pandemic|campaign|edition|level|figures?|results|forecast|target)\b/i.test(after);
    if (!YEAR_BEFORE.has(prevWord) && !endsClause && !afterRange && !yearNoun) continue;
    const start = ctx.span.start + m.index;
    found.push({ start, end: start + m[0].length, value: formatYear(Number(m[1])), grain: 'year', rule: 'year/bare' });
  }
  return found;
}
