import type { MeetingText } from './view.js';

/** Words of how one takes part from afar or in person: "remotely", "by video link", "via a video call", "in person". */
const MANNER = /^(?:remotely|virtually|online|personally|in|person|by|via|through|a|video|videoconference|videolink|video-link|link|call|conference|teleconference|telephone|phone|-)$/;
/** Words that may open such a phrase. */
const MANNER_OPENS = /^(?:remotely|virtually|online|personally|in|by|via|through)$/;
/** Most tokens of the phrase. */
const MANNER_REACH = 5;
/** What may close it: the end of the clause. */
const CLAUSE_END = /^(?:\.|;|,|too|as|$)$/;

/**
 * "Minister X took part remotely.", "Y joined by video link", "Z attended in person", "W joined
 * from Geneva": a phrase of how one takes part, right after a verb of attending and closing its
 * clause (a place it is done from may end it), names nothing attended, so the subject joins the
 * meeting reported. `k` is the token after the verb; "in the talks" is no such phrase, as "talks"
 * is no word of manner.
 */
export function attendedInManner(v: MeetingText, k: number, last: number): boolean {
  // "joined from Geneva": where one takes part from, with nothing attended named.
  if (v.lower(k) === 'from') return fromPlaceEnds(v, k, last);
  if (!MANNER_OPENS.test(v.lower(k))) return false;
  // "in person" only: "in" opens what is attended otherwise.
  if (v.lower(k) === 'in' && v.lower(k + 1) !== 'person') return false;
  for (let j = k; j < last && j - k < MANNER_REACH; j++) {
    if (!MANNER.test(v.lower(j))) return j > k && (CLAUSE_END.test(v.lower(j)) || fromPlaceEnds(v, j, last));
  }
  return k + MANNER_REACH >= last ? true : CLAUSE_END.test(v.lower(k + MANNER_REACH)) || fromPlaceEnds(v, k + MANNER_REACH, last);
}

/** At k, "from" and a place's name that close the clause: "from Geneva.", "from New Delhi,". */
function fromPlaceEnds(v: MeetingText, k: number, last: number): boolean {
  if (v.lower(k) !== 'from') return false;
  const m = v.mentionAt(k + 1);
  if (!m || m.type !== 'place') return false;
  const after = v.tokenRange(m)[1];
  return after >= last || CLAUSE_END.test(v.lower(after));
}

/** Words between a preposition of means and its noun: "by video call", "via a secure video link". */
const MEANS_FILLER = /^(?:a|an|the|video|secure|live|-)$/;

/**
 * Whether the meeting noun at i ("call", "videoconference") is the means by which one joins, after a
 * verb of attending and "by", "via" or "through": "joined by video call", "took part remotely, via a
 * video call". It names how the subject joined the meeting reported, not a call of its own.
 * `attends(j)` tells whether a verb of attending ends at token j.
 */
export function meansOfJoining(v: MeetingText, i: number, first: number, attends: (j: number) => boolean): boolean {
  let j = i - 1;
  while (j >= first && i - j <= 4 && MEANS_FILLER.test(v.lower(j))) j--;
  if (j < first || !/^(?:by|via|through)$/.test(v.lower(j))) return false;
  j--;
  // "took part remotely, via": an adverb of manner and its comma may stand between.
  while (j >= first && (v.tok(j)?.pos === 'ADV' || /^(?:remotely|virtually|online|,)$/.test(v.lower(j)))) j--;
  return j >= first && attends(j);
}
