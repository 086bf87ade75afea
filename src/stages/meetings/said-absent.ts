import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/**
 * "thanked former Minister X, who was unable to attend, for his work": a relative clause set off
 * by a comma after a name that denies the person came says in so many words that they were not
 * at the meeting, whatever the verb before the name would suggest ("thanked", "welcomed").
 */

/** Verbs of coming to a meeting, after "unable to" or a negation. */
const COME = /^(?:attend|come|join|travel|participate|be|take)$/;
/** Words after "be" or "take" that make them verbs of coming: "be present", "take part". */
const COME_PARTICLE = /^(?:present|there|part)$/;
/** Auxiliaries that may stand between "who" and the negation: "who was unable", "who had been unable". */
const AUX = /^(?:was|were|is|are|had|has|have|been)$/;
/** Modal or "did" that a "not" negates: "who could not attend", "who did not travel". */
const NEGATED_MODAL = /^(?:could|can|did|would)$/;

/** The index after "not" or "n't" at k, or -1. */
function afterNot(v: MeetingText, k: number): number {
  return v.lower(k) === 'not' || v.lower(k) === "n't" || v.lower(k) === 'n’t' ? k + 1 : -1;
}

/** Whether a verb of coming starts at k: "attend", "be present", "take part". */
function comesAt(v: MeetingText, k: number): boolean {
  const l = v.lower(k);
  if (!COME.test(l)) return false;
  return l === 'be' || l === 'take' ? COME_PARTICLE.test(v.lower(k + 1)) : true;
}

/** Whether ", who [was] unable to attend", ", who could not come", ", who was absent" follows the person's name. */
export function saidAbsent(v: MeetingText, p: PersonRef): boolean {
  const end = v.tokenRange(p.mention)[1];
  if (v.lower(end) !== ',' || v.lower(end + 1) !== 'who') return false;
  let k = end + 2;
  while (AUX.test(v.lower(k)) && k - end < 5) k++;
  if (v.lower(k) === 'absent') return true;
  if (v.lower(k) === 'unable' && v.lower(k + 1) === 'to') return comesAt(v, k + 2);
  if (v.lower(k) === 'cannot') return comesAt(v, k + 1);
  // "who could not attend", "who did not travel", "who was not able to attend" ("was" read above).
  if (NEGATED_MODAL.test(v.lower(k))) k++;
  const not = afterNot(v, k);
  if (not < 0) return false;
  if (v.lower(not) === 'able' && v.lower(not + 1) === 'to') return comesAt(v, not + 2);
  return comesAt(v, not);
}

/** Drops from every draft the people whose own words say they did not come. */
export function dropSaidAbsent(v: MeetingText, drafts: MeetingDraft[]): void {
  for (const d of drafts) {
    const present = d.people.filter((p) => !saidAbsent(v, p));
    if (present.length < d.people.length) d.people = present;
  }
}
