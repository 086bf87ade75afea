import type { MeetingText } from './view.js';

/** People a country or its leader shelters rather than meets: "hosted refugees", "received migrants". */
const SHELTERED = /^(?:refugees|migrants|asylum|asylum-seekers|displaced|evacuees|orphans|exiles)$/;
/** Most tokens of the object phrase searched: "[more than a million Syrian] refugees". */
const SHELTERED_REACH = 6;

/**
 * "King X has hosted Syrian refugees for decades", "welcomed more than a million migrants": refugees
 * and migrants hosted or received are sheltered, not met; the verb reports no meeting. Whether the
 * object phrase starting at k has such a noun for its head.
 */
export function shelteredGroupAt(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k < SHELTERED_REACH; j++) {
    if (SHELTERED.test(v.lower(j))) return true;
    if (v.person(v.mentionAt(j))) return false;
    if (!/^(?:DET|ADJ|ADV|NUM|NOUN|PROPN)$/.test(v.tok(j)?.pos ?? '') && !/^(?:more|than|over|about|some|nearly|almost)$/.test(v.lower(j))) return false;
  }
  return false;
}
