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
