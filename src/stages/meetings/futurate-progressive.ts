import type { MeetingText } from './view.js';

/** Present forms of "be" that make a progressive with a following -ing verb. */
const PRESENT_BE = /^(?:is|are|am|'s|’s|'re|’re|'m|’m)$/;
/** Most adverbs stepped over between "be" and the -ing verb ("is also meeting"). */
const ADVERB_REACH = 2;

/**
 * "She is meeting X next week", "they are visiting Oslo tomorrow": a present progressive, which
 * with a time still ahead tells an arrangement, not an act in progress. True when token i is an
 * -ing verb after a present form of "be" (adverbs between allowed). A gerund after a preposition
 * ("after meeting X") or a past progressive ("was meeting") is none.
 */
export function presentProgressive(v: MeetingText, i: number, first: number): boolean {
  if (!v.lower(i).endsWith('ing')) return false;
  let j = i - 1;
  while (j >= first && i - j <= ADVERB_REACH && v.tok(j)?.pos === 'ADV') j--;
  return j >= first && PRESENT_BE.test(v.lower(j));
}
