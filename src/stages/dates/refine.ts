import type { DateCandidate } from './candidate.js';

/**
 * Keeps one date per stretch of text: where finds overlap, the longer one wins
 * ("25 September 2019" over "2019"), and on equal length the earlier rule in the list.
 * Input order is rule order; output is text order. One sort and one sweep per sentence.
 */
export function keepLongest(candidates: readonly DateCandidate[]): DateCandidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
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
