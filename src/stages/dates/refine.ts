import { sortInPlace } from '../../document/order.js';
import type { DateCandidate } from './candidate.js';

/**
 * Keeps one date per stretch of text: where finds overlap, the longer one wins
 * ("25 September 2019" over "2019"), and on equal length the earlier rule in the list.
 * Input order is rule order; output is text order. One sort and one sweep per sentence.
 */
export function keepLongest(candidates: readonly DateCandidate[]): DateCandidate[] {
  if (candidates.length <= 1) return candidates.slice();
  const ranked = sortInPlace(
    candidates.map((c, order) => ({ c, order })),
    (a, b) => a.c.start - b.c.start || b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order,
  );
  const kept: { c: DateCandidate; order: number }[] = [];
  for (const item of ranked) {
    const last = kept[kept.length - 1];
    if (!last || last.c.end <= item.c.start) {
      kept.push(item);
      continue;
    }
    // Overlap with the last kept find: keep the longer, or the earlier rule on a tie.
    const lastLen = last.c.end - last.c.start;
    const len = item.c.end - item.c.start;
    if (len > lastLen || (len === lastLen && item.order < last.order)) kept[kept.length - 1] = item;
  }
  return kept.map((k) => k.c);
}

/** "between January and August 2020", "from 3 to 5 October 2019": words that join two dates of one range. */
const RANGE_JOIN = /^[\s,]*(?:and|to|until|till|through|-|–|—)[\s,]*$/i;

/**
 * A date written without its year takes the year of the date it forms a range with:
 * in "between January and August 2020", January is January 2020. Input in text order.
 */
export function shareYears(found: readonly DateCandidate[], text: string): DateCandidate[] {
  const out = [...found];
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i]!;
    const next = out[i + 1]!;
    if (!/^chrono\/(?:month|day-month)/.test(cur.rule) || !/^chrono\/(?:month-year|full-date)/.test(next.rule)) continue;
    if (!RANGE_JOIN.test(text.slice(cur.end, next.start))) continue;
    const year = next.value.slice(0, 4);
    out[i] = { ...cur, value: year + cur.value.slice(4), rule: `${cur.rule}+range-year` };
  }
  return out;
}
