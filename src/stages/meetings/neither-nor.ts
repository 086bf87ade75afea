import type { MeetingText } from './view.js';

/** Most tokens from the verb back to the "neither" that opens its subject: "Neither the President nor Prime Minister X". */
const SUBJECT_REACH = 16;

/**
 * "Neither the President nor Prime Minister X attended the summit": a subject of "neither ... nor"
 * denies the verb for each of its members. True when, going back from the verb at i within its
 * clause, a "nor" and then a "neither" stand before any other verb.
 */
export function neitherNorSubject(v: MeetingText, i: number, first: number): boolean {
  let nor = false;
  for (let k = i - 1; k >= first && i - k <= SUBJECT_REACH; k--) {
    const l = v.lower(k);
    if (l === 'nor') nor = true;
    else if (l === 'neither') return nor;
    else if (l === '.' || l === ';' || l === ':' || (v.isVerb(k) && !v.mentionAt(k))) return false;
  }
  return false;
}
