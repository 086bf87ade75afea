import type { Sentence } from '../../document/layers.js';
import { pastLeader } from './attendee-lists.js';
import { peopleAfter } from './grammar.js';
import { heldInParagraph } from './presenters.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Nouns of a party of people that a text names again after receiving it: "the group", "the visitors". */
const GROUP = /^(?:group|team|mission|visitors)$/;
/** Most words describing the group between "the" and its noun: "the Japanese business group". */
const GROUP_MODIFIERS = 3;

/**
 * "The President received a delegation of investors. The group included A and B": a sentence that
 * opens with "the" and a noun of a party of people, whose verb lists its members ("included",
 * "comprised", "consisted of", "was made up of", "was led by X and included"), names those the
 * paragraph's held meeting received. Joins that meeting; never opens one, and says nothing
 * outside a paragraph with a held meeting ("The group included three banks" reports none).
 */
export function groupMembersOf(v: MeetingText, s: Sentence, drafts: readonly MeetingDraft[]): MeetingDraft | null {
  const last = s.tokenEnd;
  let i = s.tokenStart;
  if (v.lower(i) !== 'the') return null;
  i++;
  for (let n = 0; n < GROUP_MODIFIERS && i < last && !GROUP.test(v.lower(i)) && /^(?:ADJ|NOUN|PROPN)$/.test(v.tok(i)?.pos ?? '') && !v.mentionAt(i); n++) i++;
  if (!GROUP.test(v.lower(i))) return null;
  let j = i + 1;
  while (j < last && /^(?:also|further)$/.test(v.lower(j))) j++;
  const led = pastLeader(v, j, last);
  if (led > j) j = led;
  let start = -1;
  const l = v.lower(j);
  if (/^(?:included|includes|comprised|comprises)$/.test(l)) start = j + 1;
  else if (/^(?:consisted|consists)$/.test(l) && v.lower(j + 1) === 'of') start = j + 2;
  else if (/^(?:was|were)$/.test(l) && v.lower(j + 1) === 'made' && v.lower(j + 2) === 'up' && v.lower(j + 3) === 'of') start = j + 4;
  if (start < 0) return null;
  const people = peopleAfter(v, start, last, true).people;
  if (people.length === 0 || !heldInParagraph(v, s, drafts)) return null;
  const t = v.tokens[j]!;
  return {
    kind: 'meeting', status: 'held', trigger: { start: t.start, end: t.end, text: v.text.slice(t.start, t.end) }, people, parties: [],
    date: null, place: null, sentence: s.index, rule: `join:group-${v.lower(j)}`, joinOnly: true, distinct: false,
  };
}
