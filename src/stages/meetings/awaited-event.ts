import { nounReading, verbReading } from './status.js';
import type { MeetingText } from './view.js';

/**
 * "looked forward to the Quad Leaders' Summit hosted by Prime Minister X", "ahead of the summit
 * chaired by Y": a participle with no auxiliary describes the noun right before it, and when the
 * words before that noun put it still ahead, the hosting or chairing it tells of is still to come
 * too, whatever tense the clause's own verb has. `i` is the participle.
 */
export function awaitedEventBefore(v: MeetingText, i: number, first: number): boolean {
  const head = i - 1;
  if (head < first) return false;
  const pos = v.tok(head)?.pos;
  if (pos !== 'NOUN' && pos !== 'PROPN') return false;
  // Only the words before the noun are read: past it stands the participle itself.
  return nounReading(v, head, -1, first, i) === 'planned';
}

/** Most tokens from a participle back to the verb of its clause. */
const CLAUSE_VERB_REACH = 16;

/**
 * "The Commissioner will brief ministers at the Council (Trade) chaired by Minister X": a participle
 * with no auxiliary tells of what its clause's verb places; when that verb is still to come ("will
 * brief", "is to attend"), so is the chairing or hosting. Only the nearest verb before it counts.
 */
export function clauseAheadBefore(v: MeetingText, i: number, first: number): boolean {
  for (let j = i - 1; j >= first && i - j <= CLAUSE_VERB_REACH; j--) {
    if (/^[;:]$/.test(v.lower(j))) return false;
    if (v.isVerb(j)) return verbReading(v, j, first) === 'planned';
  }
  return false;
}

/** Most tokens of the noun phrase read back from a phrase of presence to the meeting noun it follows. */
const PHRASE_REACH = 10;

/**
 * "discussed preparations for the meeting of the Supreme Council with the participation of X": a
 * phrase of presence ("with the participation of", "in the presence of") right after a meeting's noun
 * phrase completes that noun, so it tells who is to be at the meeting when the words before the noun
 * put it still ahead. `at` is the first token of the phrase ("with", "in"); the walk back stops at a
 * verb or punctuation, so only the phrase it completes is read.
 */
export function awaitedPhraseBefore(v: MeetingText, at: number, first: number, isEventNoun: (j: number) => boolean): boolean {
  for (let j = at - 1; j >= first && at - j <= PHRASE_REACH; j--) {
    if (/^[,;:.]$/.test(v.lower(j)) || v.isVerb(j)) return false;
    if (isEventNoun(j) && nounReading(v, j, -1, first, j + 1) === 'planned') return true;
  }
  return false;
}
