import type { MeetingText } from './view.js';

/*
 * "an agreement prepared by the working group led by A and B": a group named as the maker of a
 * thing (the agent of "prepared", "drafted", "drawn up") did its work elsewhere; "led by" names
 * who leads it, not anyone at the meeting told of.
 */

/** Participles of making a document or a thing, whose agent after "by" is its maker. */
const MADE = /^(?:prepared|drafted|developed|written|compiled|produced|designed|proposed|submitted|published|issued|commissioned|funded|financed|negotiated|elaborated|drawn)$/;
/** Most tokens of the group's noun phrase between "by" and "led". */
const GROUP_REACH = 6;

/** Whether the participle at i ("led", "headed") follows a noun phrase that is the maker of a thing: "prepared by the working group led by". */
export function makerGroupBefore(v: MeetingText, i: number, first: number): boolean {
  let j = i - 1;
  if (v.lower(j) === ',') j--;
  for (; j >= first && i - j <= GROUP_REACH; j--) {
    const l = v.lower(j);
    if (l === 'by') {
      const p = v.lower(j - 1) === 'up' ? j - 2 : j - 1;
      return MADE.test(v.lower(p));
    }
    if (v.person(v.mentionAt(j))) return false;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(v.tok(j)?.pos ?? '') && l !== '-') return false;
  }
  return false;
}
