import type { MeetingText } from './view.js';

/** Participles of providing an occasion for others: "hosted by", "organised by", "sponsored by". */
const PROVIDED = /^(?:hosted|organised|organized|sponsored|funded|financed|supported|co-hosted|co-organised|co-organized)$/;

/**
 * "The forum was hosted by the Regional Council, chaired by X": a body that is the agent of a
 * participle of hosting or organising provides the occasion; a participle set off after it says
 * who leads the body, not that the leader sat at the meeting. True when token g is "by" after
 * such a participle.
 */
export function agentOfHosting(v: MeetingText, g: number): boolean {
  return v.lower(g) === 'by' && PROVIDED.test(v.lower(g - 1));
}
