import { peopleBefore } from './grammar.js';
import type { MeetingText, PersonRef } from './view.js';

/** Most words of an office written before the name of one represented: "Prime Minister of the Republic X". */
const OFFICE_REACH = 6;

/** Most tokens of the phrase after "at" or "in" that names the meeting: "at the 16th BRICS summit". */
const OCCASION_REACH = 8;

/**
 * "President X represented Russia at the summit", "Y represented Brazil in person": one who stands
 * for a state or a body somewhere takes part in what they are there for. The object is a place or
 * an organisation, or a person stood in for at a meeting named after "at" or "in" ("represented
 * President Z at the summit"); otherwise a person represented is a client ("represented the defendant"). An "at" or "in"
 * phrase naming a meeting opens that meeting (`own`); a clause that ends after the side, or after
 * "in person", joins the meeting the text is reporting. Anything else ("represented Chile in the
 * case", "at the funeral", "for ten years") reports no meeting: null.
 */
export function representedSide(v: MeetingText, i: number, end: number, first: number, last: number,
  skip: ReadonlySet<number>, isEventNoun: (j: number) => boolean): { people: PersonRef[]; own: boolean } | null {
  let k = v.lower(end) === 'the' ? end + 1 : end;
  // "represented President X": an office written before a name that is not part of its mention.
  for (let n = 0; n < OFFICE_REACH && !v.mentionAt(k) && v.isCap(k); n++) k++;
  const side = v.mentionAt(k);
  // "represented President X at the summit": one who stands in for a person at a meeting is there in
  // that person's place; the person represented is not ("represented X in the case" reports no meeting).
  const forPerson = side !== undefined && v.person(side) !== null;
  if (!side || (!forPerson && side.type !== 'place' && side.type !== 'organization')) return null;
  k = v.tokenRange(side)[1];
  let inPerson = false;
  if (v.lower(k) === 'in' && v.lower(k + 1) === 'person') {
    k += 2;
    inPerson = true;
  }
  let own = false;
  if (/^(?:at|in)$/.test(v.lower(k))) {
    for (let j = k + 1; j < last && j - k <= OCCASION_REACH && !own; j++) {
      if (isEventNoun(j)) own = true;
      else if (!v.inNounPhrase(j) && !/^(?:the|a|an|of)$/.test(v.lower(j)) && v.tok(j)?.pos !== 'NUM') break;
    }
    if (!own) return null;
  } else if (forPerson) return null;
  else if (!inPerson && !/^(?:[.;,]|while|whereas|and)$/.test(v.lower(k)) && k < last) return null;
  const people = peopleBefore(v, i, first, skip);
  return people.length > 0 ? { people, own } : null;
}
