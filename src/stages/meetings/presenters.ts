import type { Sentence } from '../../document/layers.js';
import { WordTest } from '../../lexicon/word-table.js';
import { NO_SKIP, peopleBefore } from './grammar.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Verbs of laying out an account before others. */
export const PRESENT = new Set(['presented', 'outlined', 'unveiled']);
/**
 * Per word of the process, whether it is one of PRESENT: asked at every token of a sentence with
 * no meeting, a byte read by the word's id answers without hashing the token's string.
 */
const PRESENTS = new WordTest((lower: string) => PRESENT.has(lower));
/** Nouns of an account laid before a meeting: a plan, a timetable, findings. */
const ACCOUNT = /^(?:plans?|timetables?|schedules?|proposals?|programmes?|programs?|projects?|roadmaps?|strateg(?:y|ies)|results|overview|findings|priorities|vision|initiatives?|assessment|progress|concept|outline|details|figures|update|analysis|report)$/;
/** Most tokens from the verb to the head noun of its object: "the company's new investment plans". */
const OBJECT_REACH = 6;
/** Auxiliaries that make the verb a passive or a perfect of another clause: "was presented", "had been outlined". */
const BE = /^(?:is|are|was|were|be|been|being)$/;

/** Most drafts looked back through for the paragraph's meeting. */
const LOOK_BACK = 40;

/**
 * Whether a meeting reported as held in an earlier sentence of the paragraph of s is among the last
 * drafts; with `paragraphsBack`, also in as many paragraphs just before it.
 */
export function heldInParagraph(v: MeetingText, s: Sentence, drafts: readonly MeetingDraft[], paragraphsBack = 0): boolean {
  for (let k = drafts.length - 1; k >= 0 && drafts.length - k <= LOOK_BACK; k--) {
    const d = drafts[k]!;
    const p = v.sentences[d.sentence]?.paragraph ?? -1;
    if (p > s.paragraph || p < s.paragraph - paragraphsBack) return false;
    if (d.status === 'held' && d.sentence < s.index) return true;
  }
  return false;
}

/**
 * "The two ministers met representatives of three companies. Hydro's chief executive, X,
 * presented the company's plans": one who lays out a plan, a timetable or findings, in the
 * paragraph of a meeting the text reports as held, takes part in that meeting. Only the
 * paragraph's own meeting: the same words elsewhere ("the ministry presented its plans on
 * Monday") report none. Joins the meeting; never opens one.
 */
export function presenterOf(v: MeetingText, s: Sentence, drafts: readonly MeetingDraft[]): MeetingDraft | null {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (!PRESENTS.has(v.wordId(i), v.lower(i)) || BE.test(v.lower(i - 1))) continue;
    let head = -1;
    for (let j = i + 1; j < s.tokenEnd && j - i <= OBJECT_REACH; j++) {
      if (ACCOUNT.test(v.lower(j))) {
        head = j;
        break;
      }
      // "outlined the relief plan", "the new investment plans": nouns and adjectives before the head.
      if (!v.inNounPhrase(j) && !v.isPossessive(j) && !/^(?:the|a|an|his|her|its|their|our)$/.test(v.lower(j)) && !/^(?:NOUN|ADJ)$/.test(v.tok(j)?.pos ?? '')) break;
    }
    if (head < 0) continue;
    const people = peopleBefore(v, i, s.tokenStart, NO_SKIP);
    if (people.length === 0 || !heldInParagraph(v, s, drafts)) continue;
    const t = v.tokens[i]!;
    return {
      kind: 'meeting', status: 'held', trigger: { start: t.start, end: t.end, text: v.text.slice(t.start, t.end) }, people, parties: [],
      date: null, place: null, sentence: s.index, rule: 'join:presented', joinOnly: true, distinct: false,
    };
  }
  return null;
}
