import type { DateMention } from '../../document/layers.js';
import type { Document } from '../../document/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { eventDrafts } from './from-events.js';
import { groupMembersOf } from './group-members.js';
import { resolveGuests } from './guests.js';
import { dropInviterBesideHost } from './inviting-host.js';
import { listAfter } from './list-items.js';
import { lookersOn } from './looked-on.js';
import { pressStatementMakers, talksHeld } from './press-statements.js';
import { mergeMeetings } from './merge.js';
import { messageReader } from './message-reader.js';
import { presenterOf } from './presenters.js';
import { tookOfficeAtCeremony } from './took-office.js';
import { dropSignersAfterOthersTalks } from './signed-after.js';
import { recalledTellers } from './recalled-teller.js';
import { signersOfClosing, speakerOfHeading, speakersOfQuotes, speakersOfTurns, transcriptMeeting } from './transcript.js';
import { type MeetingDraft, PRESENT_WORD, STATEMENT_WORD, VOICE_WORD, WATCH_WORD, sentenceClasses, sentenceMeetings } from './triggers.js';
import { MeetingText } from './view.js';
import { meetingTrace } from './trace.js';
import { dropSaidAbsent } from './said-absent.js';
import { sortInPlace } from '../../document/order.js';
import { datelineLead, datelineOf, dayOfWriting } from './meeting-date.js';
import { lowerBound } from '../../document/span.js';

/**
 * Meetings, calls, visits, talks and ceremonies as records of their own: who took part (the
 * subject and object of the meeting words, attendee and delegation lists, the speakers and
 * addressees of a transcript), when and where, and whether the text reports them as held or
 * only as planned. Reports of the same meeting across sentences become one record.
 */
export const meetings: Stage = {
  name: 'meetings',
  reads: ['paragraphs', 'sentences', 'tokens', 'mentions', 'actors', 'dates', 'quotes', 'events'],
  writes: ['meetings'],
  run(doc: Document) {
    const v = new MeetingText(doc);
    const dates = doc.layer('dates');
    const drafts: MeetingDraft[] = [];
    const paragraphs = doc.layer('paragraphs');
    /** Whether talks held are reported up to the sentence being read (pressStatementMakers). */
    let talksBefore = false;
    for (const s of v.sentences) {
      if (s.end <= doc.meta.bodyStart) continue;
      const classes = sentenceClasses(v, s);
      const found = sentenceMeetings(v, s, dates, classes);
      for (const d of found) drafts.push(d);
      const listed = listAfter(v, paragraphs, s, found[0]?.status ?? 'held');
      if (listed) drafts.push(listed);
      const lookers = classes & WATCH_WORD ? lookersOn(v, s, dates, found) : null;
      if (lookers) drafts.push(lookers);
      const reader = classes & VOICE_WORD ? messageReader(v, s, dates, found) : null;
      if (reader) drafts.push(reader);
      const tookOffice = found.length > 0 ? tookOfficeAtCeremony(v, s, found) : null;
      if (tookOffice) drafts.push(tookOffice);
      if (!talksBefore) talksBefore = found.some(talksHeld);
      const statements = classes & STATEMENT_WORD ? pressStatementMakers(v, s, dates, talksBefore) : null;
      if (statements) drafts.push(statements);
      // "The Russian part of the commission included A": a cue that found no one ("part of") leaves
      // the sentence to the readings of those who join a meeting told before.
      const presenter = found.length === 0 ? (classes & PRESENT_WORD ? presenterOf(v, s, drafts) : null) ?? groupMembersOf(v, s, drafts)
        : found.every((d) => d.people.length === 0) ? groupMembersOf(v, s, drafts) : null;
      if (presenter) drafts.push(presenter);
    }
    // The event coder's meetings, calls and visits add the parties its own reading found.
    // One by one: spreading a document's worth of drafts into one call would pass them all as arguments.
    for (const d of eventDrafts(v, doc.layer('events'), dates)) drafts.push(d);
    sortInPlace(drafts, (a, b) => a.trigger.start - b.trigger.start);
    // "At the invitation of A, B visited Lisbon. He held talks with C": the inviter is no host beside C.
    dropInviterBesideHost(v, drafts);
    dropSignersAfterOthersTalks(v, drafts);
    resolveGuests(drafts);
    speakersOfTurns(v, doc.layer('quotes'), drafts);
    speakersOfQuotes(v, doc.layer('quotes'), drafts);
    speakerOfHeading(v, doc.meta.bodyStart, doc.layer('quotes'), drafts);
    signersOfClosing(v, doc.layer('quotes'), drafts);
    recalledTellers(v, drafts);
    const anyHeld = drafts.some((d) => d.status === 'held');
    const transcript = transcriptMeeting(v, doc.layer('quotes'));
    if (transcript && (anyHeld || transcript.people.length >= 2)) {
      // The transcript's meeting is the one the text reports; it goes where its first turn stands.
      const at = drafts.findIndex((d) => d.trigger.start > transcript.trigger.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, transcript);
    }
    // Last, so that no reading above can bring back one whose own words say they were not there.
    dropSaidAbsent(v, drafts);
    datelineDated(v, doc.meta.bodyStart, dates, drafts);
    meetingTrace.drafts?.(drafts);
    doc.setLayer('meetings', mergeMeetings(v, drafts), this.name);
  },
};

/**
 * A held meeting the lead reports, in a sentence with no day or month of its own, took place on the
 * dateline's day: "July 14, 2022, The Kremlin" above "The President had a working meeting with X". One told
 * as another than the one reported ("our previous meeting", "last met") is left undated.
 */
function datelineDated(v: MeetingText, bodyStart: number, dates: readonly DateMention[], drafts: MeetingDraft[]): void {
  const dateline = datelineOf(v.text, dates, bodyStart);
  if (!dateline) return;
  const lead = datelineLead(v.text, v.sentences, dates, dateline);
  if (!lead) return;
  // "Riyadh, February 04, 2025, SPA -- X received today ...": the lead's "today" is the dateline's day,
  // whatever day the page was put up.
  const writing = new Set<string>();
  for (let j = lowerBound(dates, lead.start); j < dates.length && dates[j]!.start < lead.end; j++) if (dayOfWriting(dates[j]!)) writing.add(dates[j]!.value);
  for (const d of drafts) {
    if (d.sentence === lead.index && d.status === 'held' && (d.date === null || writing.has(d.date)) && !d.distinct && !toldAsEarlier(v, d)) d.date = dateline.day.value;
  }
}

/** Most tokens read back from a meeting word for a word that tells it as earlier. */
const EARLIER_REACH = 3;
/** Adverbs that put a meeting before the one reported: "last met", "first visited", "had previously met". */
const EARLIER = /^(?:last|first|previously|earlier|once|formerly)$/;

/** Verbs of coming home from a visit: "returned from Seoul" tells of a visit over before that day. */
const RETURN_FROM = /^(?:returned|returns|returning|came back|comes back|coming back)\b/i;

/**
 * Whether a meeting's words tell it as one before the time of the report: "the two leaders last
 * met in Riga", "had held talks" (the past perfect: "had" before a verb, not "had a meeting"), a
 * visit one "returned from".
 */
function toldAsEarlier(v: MeetingText, d: MeetingDraft): boolean {
  if (RETURN_FROM.test(d.trigger.text)) return true;
  const t = lowerBound(v.tokens, d.trigger.start);
  for (let j = t - 1; j >= 0 && t - j <= EARLIER_REACH && v.tok(j)!.sentence === d.sentence; j--) {
    const l = v.lower(j);
    if (EARLIER.test(l) || (/^(?:had|’d|'d)$/.test(l) && v.isVerb(j + 1))) return true;
  }
  return false;
}
