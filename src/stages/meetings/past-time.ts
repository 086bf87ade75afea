import { MONTH_OR_WEEKDAY } from './date-phrase.js';
import { dateAdjunctEnd } from './grammar.js';
import type { MeetingText } from './view.js';

/** Nouns of a stretch of time that "last" or "ago" may go with: "last week", "two days ago"; months and weekdays too ("last May"). */
const TIME_SPANS = /^(?:week|weekend|month|year|night|time|days?|weeks|months|years|spring|summer|autumn|fall|winter)$/;
const timeNoun = (w: string): boolean => TIME_SPANS.test(w) || MONTH_OR_WEEKDAY.test(w);
/** Most tokens read after a meeting's noun for a time adverbial of its own phrase. */
const PAST_TIME_REACH = 14;

/**
 * Whether the phrase of a meeting noun ending before token k carries an adverbial that can only
 * tell of the past: "the meeting between A and B in Washington last week", "their talks yesterday",
 * "the visit two months ago", "the call earlier this month". Read up to the next verb, punctuation
 * that ends a clause, or clause opener, so a time that belongs to another clause is not taken.
 */
export function pastTimeAfter(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k < PAST_TIME_REACH; j++) {
    const l = v.lower(j);
    if (/^[;:.]$/.test(l) || (v.isVerb(j) && !v.mentionAt(j)) || v.isClauseOpener(j)) return false;
    if (l === 'yesterday') return true;
    if (l === 'last' && timeNoun(v.lower(j + 1))) return true;
    if (l === 'ago' && j > k && timeNoun(v.lower(j - 1))) return true;
    if (l === 'earlier' && /^(?:this|that|in)$/.test(v.lower(j + 1))) return true;
  }
  return false;
}

/**
 * The token after a time adjunct of the past starting at k ("on Monday", "on 12 May", "last week",
 * "yesterday", "earlier this month"), or -1 when none starts there.
 */
export function pastTimeAdjunctEnd(v: MeetingText, k: number, last: number): number {
  const l = v.lower(k);
  if (l === 'yesterday') return k + 1;
  if (l === 'last') return timeNoun(v.lower(k + 1)) ? k + 2 : -1;
  if (l === 'earlier') return /^(?:this|that)$/.test(v.lower(k + 1)) && timeNoun(v.lower(k + 2)) ? k + 3 : -1;
  return dateAdjunctEnd(v, k, last);
}
