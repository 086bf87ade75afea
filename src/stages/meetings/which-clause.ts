import { awardRecipients } from './award-recipients.js';
import { peopleAfter } from './grammar.js';
import { handoverPartner } from './handover-partner.js';
import type { MeetingText, PersonRef } from './view.js';

/**
 * "The ceremony, at which General A took over from General B, was held", "the reception, during
 * which X decorated Y": a relative clause of place or time right after a meeting noun tells what
 * happened there; its subject, and the other party of a handover or the recipient of an award it
 * tells of, took part. `end` is the token after the noun. Empty when no such clause opens there
 * or its subject is no person.
 */
export function peopleOfWhichClause(v: MeetingText, end: number, last: number): PersonRef[] {
  if (v.lower(end) !== ',' || !/^(?:at|during|in)$/.test(v.lower(end + 1)) || v.lower(end + 2) !== 'which') return [];
  const start = end + 3;
  if (!v.isCap(start) && !v.person(v.mentionAt(start))) return [];
  const { people, end: after } = peopleAfter(v, start, last);
  if (people.length === 0) return [];
  let verb = after;
  // "at which X also took over", "had decorated": the verb group may open with an adverb or an auxiliary; the helpers step over them.
  while (verb < last && v.tok(verb)?.pos === 'ADV') verb++;
  if (!v.isVerb(verb)) return [];
  // "at which A will take over from B": what is still to come there puts no one there yet.
  if (/^(?:will|shall|would|may|might|is|are|to|'ll|’ll)$/.test(v.lower(verb))) return [];
  return [...people, ...awardRecipients(v, verb, last), ...handoverPartner(v, verb, last)];
}
