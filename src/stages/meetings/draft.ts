import type { DateMention, MeetingKind, MeetingStatus, Sentence } from '../../document/layers.js';
import { dateIn } from './meeting-date.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/** What a rule that reads a meeting from a stretch of words decides: the rest follows from the words. */
export interface WordsDraft {
  kind: MeetingKind;
  status: MeetingStatus;
  people: PersonRef[];
  rule: string;
  joinOnly: boolean;
}

/**
 * The draft of a meeting told by the tokens `from` to `to` (both included) of sentence s: they are
 * its trigger, and the sentence's date nearest them is its date; it names no party other than its
 * people, no place, and may be the meeting being reported.
 */
export function draftOfWords(v: MeetingText, s: Sentence, dates: readonly DateMention[], from: number, to: number, d: WordsDraft): MeetingDraft {
  const t = v.tok(from)!;
  const e = v.tok(to)!;
  return {
    kind: d.kind, status: d.status, trigger: { start: t.start, end: e.end, text: v.text.slice(t.start, e.end) },
    people: d.people, parties: [], date: dateIn(v.text, dates, s, t.start), place: null, sentence: s.index,
    rule: d.rule, joinOnly: d.joinOnly, distinct: false,
  };
}
