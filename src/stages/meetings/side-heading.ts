import type { DateMention, Sentence } from '../../document/layers.js';
import { draftOfWords } from './draft.js';
import { peopleAfter } from './grammar.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/**
 * "For the European Union: President A and High Representative B.", "For Japan: Prime Minister C.",
 * "On behalf of Japan: C.", "Japan: C.": a sentence that is only a state or a body (after "for" or
 * "on behalf of"), a colon and a list of named people heads one side of
 * the delegations at the meeting being reported, as "On the EU side: ..." does. The list must fill
 * the rest of the sentence: "For Japan: Minister C announced a new fund" is a statement, no list.
 */
export function sideHeading(v: MeetingText, s: Sentence, dates: readonly DateMention[]): MeetingDraft | null {
  const first = s.tokenStart;
  // "For Japan:", "On behalf of Japan:", or the side alone: "Japan:", "The European Union:".
  let k = first;
  if (v.lower(k) === 'for') k++;
  else if (v.lower(k) === 'on' && v.lower(k + 1) === 'behalf' && v.lower(k + 2) === 'of') k += 3;
  if (v.lower(k) === 'the') k++;
  const side = v.mentionAt(k);
  if (!side || (side.type !== 'place' && side.type !== 'organization')) return null;
  // A city or a region heading a sentence is a dateline or a place, not a side: "Tokyo: ...".
  if (side.type === 'place' && side.placeKind !== 'country') return null;
  const colon = v.tokenRange(side)[1];
  if (v.lower(colon) !== ':') return null;
  const { people, end } = peopleAfter(v, colon + 1, s.tokenEnd, true);
  if (people.length === 0) return null;
  if (end < s.tokenEnd && !/^[.;]$/.test(v.lower(end))) return null;
  return draftOfWords(v, s, dates, first, colon, { kind: 'meeting', status: 'held', people, rule: 'join:side-heading', joinOnly: true });
}
