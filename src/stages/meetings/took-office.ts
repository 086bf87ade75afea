import type { Sentence } from '../../document/layers.js';
import { WordTest } from '../../lexicon/word-table.js';
import { NO_SKIP, peopleBefore } from './grammar.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Nouns of the ceremony of taking an office: "the inauguration", "the ceremony", "the swearing-in". */
const CEREMONY_OF_OFFICE = /^(?:inauguration|investiture|ceremony|swearing)$/;
/** CEREMONY_OF_OFFICE asked once per word of the process: it is asked of every token of a sentence with a meeting held. */
const CEREMONY_WORDS = new WordTest((lower: string) => CEREMONY_OF_OFFICE.test(lower));
/** Determiners that point back to a ceremony told of before: "the ceremony", "this inauguration". */
const POINTING_BACK = /^(?:the|this|that)$/;
/** Passive participles of being put into an office: "was sworn in", "was inaugurated". */
const PUT_IN_OFFICE = /^(?:inaugurated|invested|installed)$/;
/** The past of "be" before such a participle: a ceremony held, not one to come. */
const WAS = /^(?:was|were)$/;

/**
 * Where the clause of taking an office in sentence p stands, read by its first word: "X was sworn
 * in" and "X was inaugurated" by "was"; "X took the oath" and "X took office" by "took"; or -1.
 */
function tookOfficeAt(v: MeetingText, p: Sentence): number {
  for (let i = p.tokenStart; i < p.tokenEnd; i++) {
    const l = v.lower(i);
    if (WAS.test(l) && v.lower(i + 1) === 'sworn' && v.lower(i + 2) === 'in') return i;
    if (WAS.test(l) && PUT_IN_OFFICE.test(v.lower(i + 1)) && v.lower(i + 2) === 'as') return i;
    if ((l === 'took' || l === 'assumed') && (v.lower(i + 1) === 'office' || (v.lower(i + 1) === 'the' && v.lower(i + 2) === 'oath'))) return i;
  }
  return -1;
}

/**
 * "X was sworn in as President on Monday. The inauguration was attended by A and B": a ceremony
 * of taking office, named again with "the" in the next sentence (of the paragraph, or opening the
 * next one), is the one the sentence before told of, and the one who took office there is at it with those who attended.
 * Only for a ceremony the sentence reports as held, and only for a noun no "of" follows ("the
 * inauguration of the new port" is another ceremony). Joins that meeting; never opens one.
 */
export function tookOfficeAtCeremony(v: MeetingText, s: Sentence, found: readonly MeetingDraft[]): MeetingDraft | null {
  const held = found.find((d) => d.status === 'held');
  if (!held) return null;
  // The sentence right before, in this paragraph or closing the one before: a release tells who took
  // office in its first paragraph and who attended in the next.
  const p = v.sentences[s.index - 1];
  if (!p) return null;
  let noun = -1;
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    if (CEREMONY_WORDS.has(v.wordId(i), v.lower(i)) && POINTING_BACK.test(v.lower(i - 1)) && v.lower(i + 1) !== 'of') {
      noun = i;
      break;
    }
  }
  if (noun < 0) return null;
  const at = tookOfficeAt(v, p);
  if (at < 0) return null;
  const people = peopleBefore(v, at, p.tokenStart, NO_SKIP);
  if (people.length === 0) return null;
  // Read with the sentence's own meeting, where its words stand, so that the two are one.
  return {
    kind: held.kind, status: 'held', trigger: { ...held.trigger }, people, parties: [],
    date: null, place: null, sentence: s.index, rule: 'join:took-office', joinOnly: true, distinct: false,
  };
}
