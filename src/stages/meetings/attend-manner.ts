import type { MeetingText } from './view.js';

/** Words of how one takes part from afar or in person: "remotely", "by video link", "via videoconference", "in person". */
const MANNER = /^(?:remotely|virtually|online|personally|in|person|by|via|through|video|videoconference|videolink|video-link|link|conference|teleconference|telephone|phone|-)$/;
/** Words that may open such a phrase. */
const MANNER_OPENS = /^(?:remotely|virtually|online|personally|in|by|via|through)$/;
/** Most tokens of the phrase. */
const MANNER_REACH = 4;
/** What may close it: the end of the clause. */
const CLAUSE_END = /^(?:\.|;|,|too|as|$)$/;

/**
 * "Minister X took part remotely.", "Y joined by video link", "Z attended in person": a phrase of
 * how one takes part, right after a verb of attending and closing its clause, names nothing
 * attended, so the subject joins the meeting reported. `k` is the token after the verb; "in the
 * talks" is no such phrase, as "talks" is no word of manner.
 */
export function attendedInManner(v: MeetingText, k: number, last: number): boolean {
  if (!MANNER_OPENS.test(v.lower(k))) return false;
  // "in person" only: "in" opens what is attended otherwise.
  if (v.lower(k) === 'in' && v.lower(k + 1) !== 'person') return false;
  for (let j = k; j < last && j - k < MANNER_REACH; j++) {
    if (!MANNER.test(v.lower(j))) return j > k && CLAUSE_END.test(v.lower(j));
  }
  return k + MANNER_REACH >= last ? true : CLAUSE_END.test(v.lower(k + MANNER_REACH));
}
