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

/** Verbs whose object a meeting noun is: "the talks which A and B held", "the summit that A attended". */
const HOLDING_VERB = /^(?:held|had|conducted|chaired|co-chaired|cochaired|hosted|attended)$/;
/** Most tokens from the relative pronoun to the verb: the people, their offices and an adverb. */
const OBJECT_RELATIVE_REACH = 30;
/** Most tokens from the verb to the "with" of its partners: "held in Brussels last week with". */
const PARTNER_REACH = 5;

/**
 * "the first Strategic Dialogue, which the High Representative, A, and Foreign Minister B held in
 * Brussels", "the talks that A and B had in June": a relative clause right after a meeting noun
 * whose subject held or attended that meeting names who took part. `end` is the token after the
 * noun. Empty when the clause's verb is not one of holding or attending, is still to come ("which
 * A will host"), or its subject is no person.
 */
export function subjectsOfObjectRelative(v: MeetingText, end: number, last: number): PersonRef[] {
  let k = end;
  if (v.lower(k) === ',') k++;
  if (!/^(?:which|that)$/.test(v.lower(k))) return [];
  k++;
  if (!v.isCap(k) && !v.person(v.mentionAt(k)) && v.lower(k) !== 'the') return [];
  // The verb of the clause first: the subject's list is read up to it, so that the verb after the
  // last name does not make that name open a clause of its own.
  let verb = k + 1;
  while (verb < last && verb - k <= OBJECT_RELATIVE_REACH && !HOLDING_VERB.test(v.lower(verb)) && !/^[.;:!?]$/.test(v.lower(verb))) verb++;
  if (!HOLDING_VERB.test(v.lower(verb))) return [];
  // "which A had held": "had" is the auxiliary of the verb after it; "which A had proposed": of another verb.
  if (v.lower(verb) === 'had' && v.isVerb(verb + 1)) {
    if (!HOLDING_VERB.test(v.lower(verb + 1))) return [];
    verb++;
  }
  // "which A will host", "which A is to attend": what is still to come puts no one there yet.
  if (/^(?:will|shall|would|is|are|to|'ll|’ll)$/.test(v.lower(verb - 1))) return [];
  // "told the meeting that A attended the forum": a verb with an object of its own does not hold the
  // meeting noun; a clause whose object the noun is goes on with a place, a time or a partner.
  if (ownObject(v, verb + 1)) return [];
  let subjectEnd = verb;
  // "which A and B had held", "which A also attended": an auxiliary and adverbs before the verb.
  while (subjectEnd > k && (v.tok(subjectEnd - 1)?.pos === 'ADV' || v.lower(subjectEnd - 1) === 'had')) subjectEnd--;
  const { people, end: after } = peopleAfter(v, k, subjectEnd);
  if (people.length === 0 || after < subjectEnd) return [];
  // "the talks which A held with B": those the subject held them with took part as well.
  // "held last week with B": a short phrase of place or time may come before "with".
  let w = verb + 1;
  while (w < last && w - verb <= PARTNER_REACH && v.lower(w) !== 'with' && !v.isVerb(w) && !v.mentionAt(w) && !/^[,.;:!?]$/.test(v.lower(w))) w++;
  const partners = v.lower(w) === 'with' ? peopleAfter(v, w + 1, last).people : [];
  return [...people, ...partners];
}

/** Words of time a determiner or an adjective may open after the verb: "held last week", "held this month". */
const TIME_NOUN = /^(?:week|month|year|day|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|weekend|time)$/;

/** Whether the verb's own object opens at k: a noun phrase, not a phrase of time such as "last week". */
function ownObject(v: MeetingText, k: number): boolean {
  if (v.mentionAt(k)) return true;
  const pos = v.tok(k)?.pos ?? '';
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM') return true;
  if (pos === 'DET' || pos === 'ADJ') return !TIME_NOUN.test(v.lower(k + 1));
  return false;
}
