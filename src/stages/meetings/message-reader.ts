import type { DateMention, Sentence } from '../../document/layers.js';
import { draftOfWords } from './draft.js';
import { NO_SKIP, peopleBefore } from './grammar.js';
import { verbReading } from './status.js';
import { type MeetingDraft, withPeople } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/** Verbs of giving voice to words written by another: "read out a message", "delivered the greetings of". */
export const VOICED = /^(?:read|reads|reading|delivered|delivers|delivering|conveyed|conveys|conveying|relayed|relays)$/;
/** Nouns of words sent to a gathering. */
const MESSAGE = /^(?:message|messages|greeting|greetings|address|letter|statement|remarks)$/;
/** Words that open the one on whose behalf the words are read: "a message from", "on behalf of". */
const AUTHOR = /^(?:from|of|behalf)$/;
/** Nouns of a gathering at which words are read out, or of those who hear them there. */
const GATHERING = /^(?:summit|forum|conference|congress|meeting|session|assembly|ceremony|opening|gathering|participants|delegates|attendees|audience|guests|event|celebration|reception|rally|convention|symposium|plenary)$/;
/** Most tokens from the verb to the message's noun: "read out a short video message". */
const NOUN_REACH = 5;
/**
 * Most tokens of a message's subject read back from its passive verb: its noun, its author and its
 * addressee, each with an office ("a letter from President of Portugal X to President of Slovenia Y").
 */
const SUBJECT_REACH = 24;
/** Most tokens of the sentence before read for the gathering it tells of. */
const BEFORE_REACH = 40;
const BY = new Set(['by']);

/**
 * "At the summit, Minister A read out a message from President B", "The forum opened on Monday.
 * The greetings of President B were read out by Minister A": one who reads out another's message
 * to a gathering is there, and the one who sent it, by that, is not. The gathering is named in the
 * sentence or in the one before it; "read a letter from B" with no gathering near is no presence.
 * A reader the sentence's other readings already place at a meeting is left to them.
 */
export function messageReader(v: MeetingText, s: Sentence, dates: readonly DateMention[], found: readonly MeetingDraft[]): MeetingDraft | null {
  const first = s.tokenStart;
  const last = s.tokenEnd;
  for (let i = first + 1; i < last; i++) {
    if (!VOICED.test(v.lower(i)) || !v.isVerb(i)) continue;
    const passive = /^(?:was|were|been|being|is|are)$/.test(v.lower(i - 1));
    const after = v.lower(i + 1) === 'out' ? i + 2 : i + 1;
    let people;
    if (passive) {
      // "the message of President B was read out by Minister A": the message before, the reader after.
      if (!messageAuthoredIn(v, Math.max(first, i - 1 - SUBJECT_REACH), i - 1)) continue;
      people = withPeople(v, after, last, BY, 6);
    } else {
      if (!messageAuthoredIn(v, after, Math.min(last, after + NOUN_REACH * 2))) continue;
      people = peopleBefore(v, i, first, NO_SKIP);
    }
    if (people.length === 0) continue;
    // "A message from A to B was delivered by C during the meeting": one a message is handed to at a
    // meeting the sentence names received it there; one it is read out to may be far away ("a letter
    // to B was read out"), and so may one it is sent on to after a meeting told of before ("They met.
    // A conveyed the greetings of B to C": C was not there).
    const gathering = gatheringIn(v, first, last);
    const addressee = !HANDED_ON.test(v.lower(i)) || !gathering ? null
      : passive ? addresseeIn(v, Math.max(first, i - 1 - SUBJECT_REACH), i - 1) : addresseeIn(v, after, Math.min(last, after + NOUN_REACH * 2));
    const placed = (q: PersonRef) => found.some((d) => d.people.some((p) => p.actor.id === q.actor.id));
    if (people.some(placed) && !(addressee && !placed(addressee))) continue;
    if (addressee && !people.some((p) => p.actor.id === addressee.actor.id)) people = [...people, addressee];
    if (!gathering && !gatheringBefore(v, s)) continue;
    const reading = verbReading(v, i, first);
    if (reading === 'negated') continue;
    return draftOfWords(v, s, dates, i, after - 1, {
      kind: 'meeting', status: reading === 'planned' ? 'planned' : 'held', people, rule: 'message-reader', joinOnly: false,
    });
  }
  return null;
}

/** Whether tokens from..to hold a message's noun with its author after it or a possessive before it. */
function messageAuthoredIn(v: MeetingText, from: number, to: number): boolean {
  for (let n = from; n < to; n++) {
    if (!MESSAGE.test(v.lower(n))) continue;
    // "President B's message", "the message of President B", "a message from B", "on behalf of B".
    if (v.lower(n - 1) === "'s" || v.lower(n - 1) === '’s') return true;
    for (let k = n + 1; k < to + NOUN_REACH && k - n <= 4; k++) {
      if (AUTHOR.test(v.lower(k)) && personAfter(v, k + 1)) return true;
    }
  }
  return false;
}

/** Verbs of handing words on to the one they are addressed to. */
const HANDED_ON = /^(?:delivered|delivers|delivering|conveyed|conveys|conveying|relayed|relays)$/;

/** "a message from President A to President B": the one a message's noun in from..to is addressed to, else null. */
function addresseeIn(v: MeetingText, from: number, to: number): PersonRef | null {
  for (let n = from; n < to; n++) {
    if (!MESSAGE.test(v.lower(n))) continue;
    for (let k = n + 1; k < to && k - n <= SUBJECT_REACH; k++) {
      if (v.lower(k) !== 'to' || !personAfter(v, k + 1)) continue;
      for (let j = k + 1; j - k <= 5; j++) {
        const p = v.person(v.mentionAt(j));
        if (p) return p;
      }
    }
  }
  return null;
}

/** Whether a person is named within a title's reach after token k: "from President B". */
function personAfter(v: MeetingText, k: number): boolean {
  for (let j = k; j - k <= 4; j++) {
    if (v.mentionAt(j)?.type === 'person') return true;
    if (v.lower(j) === 'of' && j > k) continue;
    if (!v.isCap(j) && !/^(?:the|of)$/.test(v.lower(j))) return false;
  }
  return false;
}

function gatheringIn(v: MeetingText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (GATHERING.test(v.lower(k))) return true;
  return false;
}

/** Whether the sentence before s tells of a gathering: "The summit opened in Accra on Monday." */
function gatheringBefore(v: MeetingText, s: Sentence): boolean {
  const before = s.index > 0 ? v.sentences[s.index - 1] : undefined;
  if (!before) return false;
  return gatheringIn(v, Math.max(before.tokenStart, before.tokenEnd - BEFORE_REACH), before.tokenEnd);
}
