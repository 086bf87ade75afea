import type { MeetingText } from './view.js';

/** Forms of "be" that take a word of schedule as their complement. */
const BE = /^(?:is|are|am|was|were|be|been|'s|’s|'re|’re)$/;
/** Words of schedule after "be": "is due in Brasilia", "was expected in Lima", "are set for talks". */
const SCHEDULE = /^(?:due|expected|scheduled|slated|set)$/;

/**
 * "Campos is due in Brasilia for talks with X", "the President was expected in Lima": a form of
 * "be" whose complement is a word of schedule tells a plan, not a presence. True when token i is
 * such a form with the word of schedule right after it (one adverb may stand between).
 */
export function dueAt(v: MeetingText, i: number): boolean {
  if (!BE.test(v.lower(i))) return false;
  const next = v.tok(i + 1)?.pos === 'ADV' && !SCHEDULE.test(v.lower(i + 1)) ? i + 2 : i + 1;
  return SCHEDULE.test(v.lower(next));
}
