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
 * Nouns of one state's half of a joint body, after the state's adjective: "the Russian part of the
 * commission", "the Kazakh section". Without a state's word a part is a share of anything.
 */
const SECTION = /^(?:part|section)$/;
/** Most tokens of the body a section belongs to: "of the intergovernmental commission". */
const BODY_REACH = 4;

/**
 * "The President received a delegation of investors. The group included A and B": a sentence that
 * opens with "the" and a noun of a party of people, whose verb lists its members ("included",
 * "comprised", "consisted of", "was made up of", "was led by X and included"), names those the
 * paragraph's held meeting received. Joins that meeting; never opens one, and says nothing
 * outside a paragraph with a held meeting ("The group included three banks" reports none).
 * "A and B co-chaired the commission. / The Uzbek part of the commission included C": one state's
 * section of a joint body lists its members, who sat in the meeting of the paragraph before as well.
 */
export function groupMembersOf(v: MeetingText, s: Sentence, drafts: readonly MeetingDraft[]): MeetingDraft | null {
  const last = s.tokenEnd;
  let i = s.tokenStart;
  if (v.lower(i) !== 'the') return null;
  i++;
  const section = sectionEnd(v, i, last);
  let j: number;
  if (section > 0) j = section;
  else {
    for (let n = 0; n < GROUP_MODIFIERS && i < last && !GROUP.test(v.lower(i)) && /^(?:ADJ|NOUN|PROPN)$/.test(v.tok(i)?.pos ?? '') && !v.mentionAt(i); n++) i++;
    if (!GROUP.test(v.lower(i))) return null;
    j = i + 1;
  }
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
  if (people.length === 0 || !heldInParagraph(v, s, drafts, section > 0 ? 1 : 0)) return null;
  const t = v.tokens[j]!;
  return {
    kind: 'meeting', status: 'held', trigger: { start: t.start, end: t.end, text: v.text.slice(t.start, t.end) }, people, parties: [],
    date: null, place: null, sentence: s.index, rule: `join:group-${v.lower(j)}`, joinOnly: true, distinct: false,
  };
}

/**
 * At i, a state's adjective and a noun of its section ("Russian part", "Kazakh section of the
 * commission"): the token after the phrase, or -1.
 */
function sectionEnd(v: MeetingText, i: number, last: number): number {
  const state = v.mentionAt(i);
  if (!state || state.form !== 'demonym') return -1;
  let j = v.tokenRange(state)[1];
  if (!SECTION.test(v.lower(j))) return -1;
  j++;
  if (v.lower(j) !== 'of') return j;
  for (let k = j + 1; k < last && k - j <= BODY_REACH; k++) {
    if (/^(?:NOUN|PROPN)$/.test(v.tok(k)?.pos ?? '') && v.lower(k + 1) !== 'of' && !/^(?:NOUN|PROPN)$/.test(v.tok(k + 1)?.pos ?? '')) return k + 1;
    if (!/^(?:the|its|their|joint|ADJ)$/.test(v.lower(k)) && v.tok(k)?.pos !== 'ADJ' && !/^(?:NOUN|PROPN)$/.test(v.tok(k)?.pos ?? '')) return -1;
  }
  return -1;
}
