import { emptyList, sortInPlace } from '../../document/order.js';
import type { DateCandidate } from './candidate.js';

/**
 * Keeps one date per stretch of text: where finds overlap, the longer one wins
 * ("25 September 2019" over "2019"), and on equal length the earlier rule in the list.
 * Input order is rule order; output is text order. One sort and one sweep per sentence.
 */
export function keepLongest(candidates: readonly DateCandidate[]): DateCandidate[] {
  // Plain loops over lists begun by emptyList(): the finds arrive in lists of more than one
  // layout, and a loop compiled for one of them is thrown away on meeting another.
  const n = candidates.length;
  const out: DateCandidate[] = emptyList();
  if (n <= 1) {
    if (n === 1) out.push(candidates[0]!);
    return out;
  }
  const ranked: Ranked[] = emptyList();
  for (let order = 0; order < n; order++) ranked.push({ c: candidates[order]!, order });
  sortInPlace(ranked, byStartThenLongest);
  const kept: Ranked[] = emptyList();
  for (let k = 0; k < ranked.length; k++) {
    const item = ranked[k]!;
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
  for (let k = 0; k < kept.length; k++) out.push(kept[k]!.c);
  return out;
}

/** A find with its place in rule order. */
interface Ranked {
  readonly c: DateCandidate;
  readonly order: number;
}

/** By start; on the same start the longer first; then in rule order. */
const byStartThenLongest = (a: Ranked, b: Ranked): number => a.c.start - b.c.start || b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order;

/** "between January and August 2020", "from 3 to 5 October 2019": words that join two dates of one range. */
const RANGE_JOIN = /^[\s,]*(?:and|to|until|till|through|-|–|—)[\s,]*$/i;

/**
 * A date written without its year takes the year of the date it forms a range with:
 * in "between January and August 2020", January is January 2020. Input in text order.
 */
export function shareYears(found: readonly DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = emptyList();
  for (let k = 0; k < found.length; k++) out.push(found[k]!);
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i]!;
    const next = out[i + 1]!;
    if (!/^chrono\/(?:month|day-month)/.test(cur.rule) || !/^chrono\/(?:month-year|full-date)/.test(next.rule)) continue;
    if (!RANGE_JOIN.test(text.slice(cur.end, next.start))) continue;
    const year = next.value.slice(0, 4);
    out[i] = { start: cur.start, end: cur.end, value: year + cur.value.slice(4), grain: cur.grain, rule: `${cur.rule}+range-year` };
  }
  return out;
}
