import type { MeetingText } from './view.js';

/** Pronouns of a guest after "hosting": "for hosting us", "for hosting him". */
const GUEST_PRONOUN = /^(?:us|me|him|her|them)$/;
/** Most tokens from "hosting" to the noun of what was hosted: "for hosting [the third annual] talks". */
const HOSTED_REACH = 5;

/**
 * "thanked X for hosting the talks", "for hosting us": thanks for hosting report a meeting only when
 * what was hosted is a meeting or event (`isEvent` at the noun) or the guests themselves; "for
 * hosting refugees", "for hosting the headquarters" report none. `j` is "hosting".
 */
export function hostedMeetingAfter(v: MeetingText, j: number, last: number, isEvent: (k: number) => boolean): boolean {
  const next = v.lower(j + 1);
  if (GUEST_PRONOUN.test(next) || j + 1 >= last || /^[.,;]$/.test(next)) return true;
  for (let k = j + 1; k < last && k - j <= HOSTED_REACH; k++) {
    if (isEvent(k)) return true;
    if (!/^(?:DET|ADJ|ADV|NUM|NOUN|PROPN|PART)$/.test(v.tok(k)?.pos ?? '') && !/^(?:the|this|these|our|their|its)$/.test(v.lower(k))) return false;
  }
  return false;
}

/**
 * "The Secretary thanked X for the warm welcome", "She thanked Y for her hospitality": a thanker
 * named only by a title or a pronoun is still someone there; the host thanked took part. Whether the
 * words right before the verb at `verb` (past adverbs) are such a subject: a capitalised title or a
 * personal pronoun, with no comma between.
 */
export function titledThanker(v: MeetingText, verb: number, first: number): boolean {
  let j = verb - 1;
  while (j >= first && (v.tok(j)?.pos === 'ADV' || /^(?:also|then)$/.test(v.lower(j)))) j--;
  if (j < first) return false;
  if (/^(?:he|she|they)$/.test(v.lower(j))) return true;
  if (!v.isCap(j) || v.tok(j)?.pos === 'VERB') return false;
  // "The Secretary", "the Prime Minister": a title after "the" at the head of the clause.
  let k = j;
  while (k > first && v.isCap(k - 1) && v.lower(k - 1) !== 'the' && j - k < 4) k--;
  return /^the$/.test(v.lower(k - 1)) && (k - 1 === first || /^[,;]$/.test(v.lower(k - 2)) || !v.isCap(k - 2));
}
