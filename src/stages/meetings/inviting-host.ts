import type { MeetingText, PersonRef } from './view.js';

/** Most tokens the inviters' names and offices run to. */
const MAX_INVITERS = 30;

/**
 * "At the invitation of President X, President Y paid a state visit to Astana": one who invites a
 * visitor to come is the host the visit is paid to. The phrase is "at (upon, on) the invitation
 * of", anywhere in the visit's sentence; an invitation merely mentioned ("thanked X for the
 * invitation", "accepted the invitation of X") names no host here. The people listed after "of"
 * are read directly: the general list reader takes a person after "of" and a common noun for one
 * spoken of ("the family of X").
 */
export function invitingHost(v: MeetingText, first: number, last: number): PersonRef[] {
  for (let k = first + 2; k + 1 < last; k++) {
    if (v.lower(k) !== 'invitation' || v.lower(k + 1) !== 'of' || v.lower(k - 1) !== 'the' || !/^(?:at|upon|on)$/.test(v.lower(k - 2))) continue;
    const out: PersonRef[] = [];
    for (let j = k + 2; j < last && j - k <= MAX_INVITERS;) {
      const m = v.mentionAt(j);
      if (m) {
        const p = v.person(m);
        if (p && !v.isPossessive(v.tokenRange(m)[1])) out.push(p);
        j = Math.max(v.tokenRange(m)[1], j + 1);
      } else if (v.inNounPhrase(j) || v.lower(j) === 'and') j++;
      else break;
    }
    return out;
  }
  return [];
}
