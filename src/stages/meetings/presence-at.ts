import { peopleAfter, peopleBefore, predicateAdjectiveAt } from './grammar.js';
import type { MeetingText, PersonRef } from './view.js';

const COPULA = /^(?:was|were|is|are)$/;
/** Most tokens between the meeting noun and the copula of an inverted clause: "on the call with the President were". */
const INVERSION_REACH = 6;
/** Verbs that list the members of a group of people: "the leaders at the summit included A and B". */
const LISTING = /^(?:included|includes|include|comprised|comprises|were|are)$/;
/** Nouns for those who take part in a meeting as a group: "leaders", "dignitaries", "heads of state". */
const TAKING_PART = /^(?:leaders|dignitaries|delegates|officials|heads|representatives|envoys|participants|guests|attendees)$/;

/**
 * Whether tokens first..k are a noun phrase of those who take part, opening the sentence: "The
 * foreign leaders", "Heads of state", "Among the dignitaries". Its head is a noun of TAKING_PART or
 * an office in the plural ("ministers"); no one is named in it.
 */
function takingPartPhrase(v: MeetingText, first: number, k: number): boolean {
  let head = false;
  for (let j = first; j <= k; j++) {
    if (v.mentionAt(j) && v.person(v.mentionAt(j))) return false;
    const l = v.lower(j);
    if (TAKING_PART.test(l) || v.isPluralOffice(j)) head = true;
    else if (j === first && l === 'among') continue;
    else if (!/^(?:the|of|foreign|visiting|other)$/.test(l) && !/^(?:ADJ|NOUN|PROPN)$/.test(v.tok(j)?.pos ?? '')) return false;
  }
  return head;
}

/**
 * Those a clause places at a meeting by a phrase of place: the fronted phrase of a locative
 * inversion ("Also on the call were A and B", "Also at the meeting with the Minister was C"), or
 * a copula's complement ("D was also on the call"). `lead` is where the meeting noun's phrase
 * starts, `end` the token after the noun. Returns the people and the copula, or null.
 */
export function presenceAt(v: MeetingText, lead: number, end: number, first: number, last: number,
  skip: ReadonlySet<number>): { people: PersonRef[]; verb: number } | null {
  const prep = v.lower(lead - 1);
  if (!/^(?:on|at|in)$/.test(prep)) return null;
  // The inversion: only "also" before the phrase, a copula after it (past a "with" phrase), then the list.
  let k = lead - 2;
  // "The leaders at the summit included A and B", "Among the dignitaries at the ceremony were C":
  // a group of those taking part, placed at the meeting, and its members listed after the verb.
  if (prep !== 'on' && k >= first && takingPartPhrase(v, first, k)) {
    for (let j = end; j < last && j - end <= INVERSION_REACH; j++) {
      if (LISTING.test(v.lower(j))) {
        // The list right after the verb: "were unhappy with X", "were critical of Y" list no one.
        if ((!v.mentionAt(j + 1) && !v.inNounPhrase(j + 1)) || predicateAdjectiveAt(v, j + 1)) return null;
        const people = peopleAfter(v, j + 1, last, true).people;
        return people.length > 0 ? { people, verb: j } : null;
      }
      if (v.isVerb(j) || /^[,;:.]$/.test(v.lower(j))) return null;
    }
    return null;
  }
  if (k >= first && v.lower(k) === 'also') k--;
  if (k < first) {
    for (let j = end; j < last && j - end <= INVERSION_REACH; j++) {
      if (COPULA.test(v.lower(j))) {
        const people = peopleAfter(v, j + 1, last, true).people;
        return people.length > 0 ? { people, verb: j } : null;
      }
      if (v.isVerb(j) || /^[,;:.]$/.test(v.lower(j))) return null;
    }
    return null;
  }
  // "D was also on the call": a call has people on it as a line does; "at" and "in" are read by the clause.
  if (prep !== 'on') return null;
  while (k >= first && v.tok(k)?.pos === 'ADV') k--;
  if (k < first || !COPULA.test(v.lower(k))) return null;
  const people = peopleBefore(v, k, first, skip);
  return people.length > 0 ? { people, verb: k } : null;
}
