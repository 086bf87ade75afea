import type { DateCandidate } from './candidate.js';

/**
 * Keeps one date per stretch of text: where finds overlap, the longer one wins
 * ("25 September 2019" over "2019"), and on equal length the earlier rule in the list.
 * Input order is rule order; output is text order.
 */
export function keepLongest(candidates: readonly DateCandidate[]): DateCandidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: DateCandidate[] = [];
  for (const { c } of ranked) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
