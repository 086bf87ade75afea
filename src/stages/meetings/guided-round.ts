import { peopleAfter } from './grammar.js';
import type { MeetingText } from './view.js';

/*
 * Verbs of showing or guiding a visitor round a place ("X showed Y around the plant", "X guided Y
 * through the exhibition"), and verbs of standing in for someone at a meeting ("X was replaced at
 * the meeting by Y"). Both need a phrase of their own to tell of a meeting: without the particle
 * of going round, showing is of a thing ("showed Y the plans"); without the meeting, a
 * replacement is in an office ("was replaced by Y as Minister").
 */

/** Verbs of showing or guiding someone: the lexicon's host cues that need a particle of going round. */
export const GUIDES = /^(?:show|shows|showed|showing|guide|guides|guided|guiding)$/;
/** Particles of going round a place: "around the plant", "through the exhibition". */
const ROUND = /^(?:around|round|through)$/;
/** Object pronouns a guide may show round. */
const OBJECT_PRONOUN = /^(?:him|her|them|us|me)$/;

/**
 * Whether the active verb of guiding whose words end before token `end` has a person object
 * followed right after by a particle of going round: "showed [the Ambassador] around the plant",
 * "guided Deputy Minister Y through the exhibition", "showed him round".
 */
export function guidedRound(v: MeetingText, end: number, last: number): boolean {
  if (OBJECT_PRONOUN.test(v.lower(end))) return ROUND.test(v.lower(end + 1)) || placeShown(v, end + 1, last);
  // "showed the Ambassador around": a definite office standing for one person named before.
  if (v.lower(end) === 'the' && v.isCap(end + 1) && !v.mentionAt(end + 1) && ROUND.test(v.lower(end + 2))) return true;
  const { people, end: after } = peopleAfter(v, end, last);
  // "showed Minister Y the new laboratory": a named first object before a place shown, as a pronoun's.
  // The list reader runs on into the second object's article, so the place is read from the last name's end.
  if (people.length === 0) return false;
  return ROUND.test(v.lower(after)) || placeShown(v, v.tokenRange(people[people.length - 1]!.mention)[1], last);
}

/** Head nouns of places one is shown in person: "the plant", "the new laboratory", "the storage ring hall". */
const PLACE_SHOWN = /^(?:plant|factory|facility|site|laboratory|lab|hall|museum|exhibition|workshop|depot|shipyard|port|terminal|warehouse|farm|school|hospital|clinic|campus|premises|grounds|ward|station|mine)$/;
/** Most words of the noun phrase of the place shown: "the [new] [storage ring] hall". */
const PLACE_PHRASE_REACH = 5;

/**
 * "X showed him the new laboratory", "showed Minister Y the storage ring hall": after an object pronoun or a named person, a
 * second object, a definite noun phrase headed by a noun of a place, is a place the guest was shown
 * round, as "around" would say. "showed him the plans", "showed her a film", "showed her the plant's
 * figures" are things, and tell of no visit by themselves.
 */
function placeShown(v: MeetingText, k: number, last: number): boolean {
  if (!/^(?:the|its|their|his|her|our)$/.test(v.lower(k))) return false;
  for (let j = k + 1; j < last && j - k <= PLACE_PHRASE_REACH; j++) {
    const pos = v.tok(j)?.pos ?? '';
    if (!/^(?:ADJ|NOUN|PROPN|NUM)$/.test(pos)) return false;
    if (PLACE_SHOWN.test(v.lower(j)) && (j + 1 >= last || /^(?:PUNCT|ADP|CCONJ)$/.test(v.tok(j + 1)?.pos ?? '')) && !/^['’]s?$/.test(v.lower(j + 1))) return true;
  }
  return false;
}

/**
 * Whether the passive verb of guiding ending before `end` is followed right away by a particle
 * of going round: "was guided through the exhibition by X", "was shown around".
 */
export function guidedRoundPassive(v: MeetingText, end: number): boolean {
  return ROUND.test(v.lower(end));
}

/** Verbs of being replaced at a meeting by one who stands in: "was replaced at the talks by Y". */
export const REPLACED = /^(?:replaced|substituted)$/;
/** Most tokens from the verb to its "by": "replaced at the ministerial meeting in Riga by". */
const STAND_IN_REACH = 8;

/**
 * Whether a phrase "at" or "in" a meeting noun stands between the passive verb ending before
 * `end` and its "by": "replaced at the meeting by", "substituted in the talks by". `event` tells
 * whether a token is a meeting noun.
 */
export function replacedAtMeeting(v: MeetingText, end: number, last: number, event: (j: number) => boolean): boolean {
  if (!/^(?:at|in|during|for)$/.test(v.lower(end))) return false;
  let meeting = false;
  for (let j = end + 1; j < last && j - end <= STAND_IN_REACH; j++) {
    const l = v.lower(j);
    if (l === 'by') return meeting;
    if (l === ',' || l === ';' || v.isVerb(j)) return false;
    if (event(j)) meeting = true;
  }
  return false;
}

/**
 * "Y replaced Minister X at the meeting": the one who takes the place of a person named as the
 * object at a meeting named right after it stands in there. Whether that phrase follows the
 * person object after the verb ending before `end`; "Y replaced X as Minister" tells of an office.
 */
export function replacesAtMeeting(v: MeetingText, end: number, last: number, event: (j: number) => boolean): boolean {
  const { people, end: after } = peopleAfter(v, end, last);
  if (people.length === 0 || !/^(?:at|in|during)$/.test(v.lower(after))) return false;
  for (let j = after + 1; j < last && j - after <= STAND_IN_REACH; j++) {
    if (event(j)) return true;
    if (/^[,;:]$/.test(v.lower(j)) || v.isVerb(j)) return false;
  }
  return false;
}

/** Pronoun that opens a relative clause of place: "the Forum, where X also spoke". */
const WHERE = 'where';
/** Most tokens from "where" to the verb of its clause, so that each speech verb looks back a bounded way. */
const WHERE_REACH = 24;

/**
 * Whether the verb at i stands in a relative clause of place opened by ", where" right after a
 * meeting noun or a named event ("addressed the Forum, where Minister Y also spoke"), with no
 * other punctuation between. Then the clause's subject speaks at that same event.
 */
export function inWhereClauseOfEvent(v: MeetingText, i: number, first: number, event: (j: number) => boolean): boolean {
  for (let j = i - 1; j > first + 1 && i - j <= WHERE_REACH; j--) {
    const l = v.lower(j);
    if (l === WHERE) return v.lower(j - 1) === ',' && (event(j - 2) || eventInPlace(v, j - 2, first, event));
    if (/^[,;:()"“”]$/.test(l) || v.isClauseOpener(j)) return false;
  }
  return false;
}

/**
 * Whether the place named ending at token k is where the meeting noun before it was held: "the
 * Forum in Manila", "the summit at Cairns". A place reached by a journey ("flew to Cebu") is not.
 */
function eventInPlace(v: MeetingText, k: number, first: number, event: (j: number) => boolean): boolean {
  const m = v.mentionAt(k);
  if (!m || m.type !== 'place' || m.form === 'demonym') return false;
  const start = v.tokenRange(m)[0];
  return start - 2 >= first && /^(?:in|at)$/.test(v.lower(start - 1)) && event(start - 2);
}
