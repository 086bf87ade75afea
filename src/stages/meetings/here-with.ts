import type { DateMention, Sentence } from '../../document/layers.js';
import { peopleAfter, peopleBefore } from './grammar.js';
import { draftOfWords } from './draft.js';
import { verbReading } from './status.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Verbs of standing or being somewhere before "here": "to be here with", "I am here with", "to stand here with". */
const BE_HERE = /^(?:be|am|are|is|was|were|stand|standing|stood)$/;
/** Words that may stand between "here" and "with": "here today with", "here together with". */
const HERE_FILLER = /^(?:today|together|again|tonight|this|morning|afternoon|evening|,)$/;
/** Prepositions of company after "here". */
const COMPANY = /^(?:with|alongside|beside)$/;
/** Most tokens between "here" and its preposition. */
const FILLER_REACH = 3;
/** Most tokens back from "be" to a first-person speaker or an opening of pleasure ("It is a pleasure to"). */
const SPEAKER_REACH = 8;

/**
 * "It is a pleasure to be here with Foreign Minister X", "I am glad to stand here today alongside
 * President Y": the speaker of remarks stands with those named there, at the press conference or
 * meeting the remarks come from; they take part. Only in the first person or after words of
 * pleasure, and not of a time still to come ("I will be here with X next year").
 */
export function hereWithSpeaker(v: MeetingText, s: Sentence, dates: readonly DateMention[]): MeetingDraft | null {
  for (let j = s.tokenStart + 1; j < s.tokenEnd - 2; j++) {
    if (v.lower(j) !== 'here' || !BE_HERE.test(v.lower(j - 1))) continue;
    let k = j + 1;
    while (k < s.tokenEnd && k - j <= FILLER_REACH && HERE_FILLER.test(v.lower(k))) k++;
    if (!COMPANY.test(v.lower(k))) continue;
    if (!spokenByTheSpeaker(v, j - 1, s.tokenStart)) continue;
    const { people } = peopleAfter(v, k + 1, s.tokenEnd);
    if (people.length === 0) continue;
    const reading = verbReading(v, j - 1, s.tokenStart);
    if (reading === 'negated') return null;
    return draftOfWords(v, s, dates, j - 1, k, { kind: 'meeting', status: reading === 'planned' ? 'planned' : 'held', people, rule: 'here-with-the-speaker', joinOnly: false });
  }
  return null;
}

/** Whether the verb at i is said by the speaker: "I am", "we are", "to be" after "pleasure", "glad", "honour". */
function spokenByTheSpeaker(v: MeetingText, i: number, first: number): boolean {
  for (let j = i - 1; j >= first && i - j <= SPEAKER_REACH; j--) {
    const l = v.lower(j);
    if (/^(?:i|we)$/.test(l)) return true;
    if (/^(?:pleasure|honour|honor|privilege|glad|delighted|happy|pleased|proud|great)$/.test(l)) return true;
    if (l === ',' || l === ';' || (v.isVerb(j) && !/^(?:am|are|is|was|were|be|to)$/.test(l))) return false;
  }
  return false;
}

/** Verbs of telling an audience what was done: "to report on", "inform you", "present the results". */
const TELL_AUDIENCE = /^(?:report|inform|announce|present|brief|update|outline|share)$/;
/** Words that may stand between the speaker and such a verb: "I want to", "we would like to", "we are pleased to". */
const TELLING_FILLER = /^(?:want|wish|would|like|am|are|is|pleased|glad|happy|delighted|now|also|today|here|to|can|let|me|us)$/;
/** Most tokens from the speaker to the verb of telling. */
const TELLING_REACH = 6;

/**
 * "Together with President X, I want to report on the results": one with whom the speaker tells
 * the audience what was done stands beside the speaker before the press, at the meeting the
 * remarks come from; they take part. Only a verb of telling an audience ("Together with our
 * partners, we will build ..." tells nothing), said by the speaker right after the companion.
 */
export function togetherWithSpeaker(v: MeetingText, s: Sentence, dates: readonly DateMention[]): MeetingDraft | null {
  const j = s.tokenStart;
  if (v.lower(j) !== 'together' || v.lower(j + 1) !== 'with') return null;
  const { people, end } = peopleAfter(v, j + 2, s.tokenEnd);
  // The list ends at its comma or just past it.
  const speaker = v.lower(end) === ',' ? end + 1 : end;
  if (people.length === 0 || v.lower(speaker - 1) !== ',' || !/^(?:i|we)$/.test(v.lower(speaker))) return null;
  let k = speaker + 1;
  while (k < s.tokenEnd && k - speaker <= TELLING_REACH && TELLING_FILLER.test(v.lower(k))) k++;
  if (!TELL_AUDIENCE.test(v.lower(k))) return null;
  return draftOfWords(v, s, dates, j, k, { kind: 'meeting', status: 'held', people, rule: 'together-with-the-speaker', joinOnly: false });
}

/** A transcript turn opens a paragraph with a speaker's name and a colon: "Rui Pinto: ...". */
const TURN_OPENING = /^\p{Lu}[\p{L}.'’ -]{1,60}:\s/u;

/** Whether sentence s is spoken: in a transcript turn, or inside a quotation mark opened in its paragraph. */
export function spoken(v: MeetingText, s: Sentence): boolean {
  const paragraph = v.text.lastIndexOf('\n', s.start - 1) + 1;
  if (TURN_OPENING.test(v.text.slice(paragraph, paragraph + 64))) return true;
  const before = v.text.slice(paragraph, s.start);
  return (before.match(/[“]/g)?.length ?? 0) > (before.match(/[”]/g)?.length ?? 0);
}

/** Words after "here" that leave it a plain statement of presence: "here with us as well", "here today too". */
const HERE_AFTER = /^(?:with|us|me|today|too|as|well|again|also|now)$/;

/**
 * "Mr X is here with us as well", "Minister A and Minister B are also here today": in spoken words
 * (a transcript turn or a quotation), those said to be here stand where the speaker stands, at the
 * meeting the remarks come from; they join it. Not "X was here last year", nor "here on holiday".
 */
export function namedHereInRemarks(v: MeetingText, s: Sentence, dates: readonly DateMention[]): MeetingDraft | null {
  for (let j = s.tokenStart + 2; j < s.tokenEnd; j++) {
    if (v.lower(j) !== 'here') continue;
    let b = j - 1;
    while (b > s.tokenStart && /^(?:also|today|now|all)$/.test(v.lower(b))) b--;
    if (!/^(?:is|are)$/.test(v.lower(b))) continue;
    let k = j + 1;
    while (k < s.tokenEnd && HERE_AFTER.test(v.lower(k))) k++;
    if (k < s.tokenEnd && !/^[,.;!]$/.test(v.lower(k))) continue;
    if (v.lower(j + 1) === 'with' && !/^(?:us|me)$/.test(v.lower(j + 2))) continue;
    const people = peopleBefore(v, b, s.tokenStart, new Set());
    if (people.length === 0 || !spoken(v, s)) continue;
    return draftOfWords(v, s, dates, b, j, { kind: 'meeting', status: 'held', people, rule: 'named-here-in-remarks', joinOnly: true });
  }
  return null;
}
