import type { DateMention, EventAnnotation, MeetingKind, Sentence } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { meetingLexicon } from '../../lexicon/meetings.js';
import { agentOfDescribingParticiple, authorBy, complementAfter, ofCommonNounItem, peopleAfter, remembered, stoodInFor, subjectAfterComma, tellerAfterComma, subjectOfContactClause, subjectOfRelativeClause } from './grammar.js';
import { backgroundVisit } from './background-visit.js';
import { dateIn } from './meeting-date.js';
import { pressPartnerAt } from './press.js';
import { sentOthers } from './sent-party.js';
import { shelteredGroupAt } from './sheltered-groups.js';
import { nounReading, presentInTimeClause, type Reading, verbReading } from './status.js';
import { complementPeople, cueAt, eventNoun, governingVerb, type MeetingDraft, opensThatClause, WELCOMES, withAfterMeetingOf, withPeople } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';
import { welcomeInWriting } from './written-welcome.js';

const MODE_KIND: Record<string, MeetingKind> = { meet: 'meeting', call: 'call', visit: 'visit', host: 'meeting' };

const WITH = new Set(['with', 'between']);

/** Verbs of speech, which report a meeting only with a partner: "spoke with", "talked to". */
const SPEECH = /^(?:spoke|speaks|speak|speaking|spoken|talked|talks|talk|talking|chatted|chats|chat)$/;

/**
 * Whether the meeting grammar leaves the event's partner standing: an active verb the meetings
 * lexicon knows as hosting whose object is a thing ("welcomed the opportunity to meet X next
 * month", "received a letter from X"), or a verb of discussion whose "with" names no one of the
 * event ("discussed the situation with her staff and spoke about X"), gives no partner, whatever
 * the coder read. Other triggers, passives and objects the grammar cannot read are left to the coder.
 */
function partnerInGrammar(v: MeetingText, k: number, first: number, last: number, people: readonly PersonRef[]): boolean {
  const cues = meetingLexicon().byFirstWord.get(v.lower(k)) ?? [];
  // "exchanged views": a cue of several words is read whole.
  const cls = cues.find((c) => c.form === v.lower(k))?.cueClass ?? cueAt(v, k, last)?.cue.cueClass;
  if (cls !== 'host' && cls !== 'discuss') return true;
  if (/^(?:was|were|is|are|been|be|being)$/.test(v.lower(k - 1))) return true;
  if (cls === 'host') {
    // "In a statement, X welcomed Ambassador Y": a welcome in writing greets no guest (welcomeInWriting).
    if (WELCOMES.test(v.lower(k)) && welcomeInWriting(v, k, first)) return false;
    // "the message King X received from Y": one receives a guest, and a thing from someone; with
    // "from" right after the verb its object stands elsewhere and the one after "from" sent it,
    // unless the object is a meeting's, moved past the phrase ("received from X his letters of credence").
    if (v.lower(k + 1) === 'from') return meetingNounAfter(v, k + 2, last);
    // "has hosted Syrian refugees for decades": refugees hosted are sheltered, not met.
    if (shelteredGroupAt(v, k + 1, last)) return false;
    let j = k + 1;
    while (j < last && /^(?:DET|ADJ|NUM)$/.test(v.tok(j)?.pos ?? '') && !v.mentionAt(j)) j++;
    // "welcomed the peace initiative": lower-case nouns before a noun modify it; the last is the head.
    while (j + 1 < last && lowerNoun(v, j) && lowerNoun(v, j + 1)) j++;
    const t = v.tok(j);
    // The object is a common noun of no person: "the opportunity", "a letter".
    // "hosted a lunch for X", "received the credentials of X": a meeting noun is read by the grammar of its own.
    const meetingNoun = cueAt(v, j, last)?.cue.cueClass === 'noun';
    // "welcomed the talks between A and B", "welcomed the meeting of A with B": one welcomes a
    // meeting that has parties of its own as news; "welcomed the visit of X" may be the host's.
    if (meetingNoun && WELCOMES.test(v.lower(k)) && ownParties(v, j + 1, last) >= 2) return false;
    // "welcomed the forthcoming visit of X": a meeting still ahead is welcomed as news, not hosted.
    if (meetingNoun && nounReading(v, j, k, k + 1, last) === 'planned') return false;
    return !(t && t.pos === 'NOUN' && !v.isCap(j) && !v.mentionAt(j) && !v.inNounPhrase(j) && !PEOPLE_WORDS.test(t.lower) && !meetingNoun);
  }
  const w = complementAfter(v, k + 1, last, WITH, 20);
  if (w < 0) return true;
  // "exchanged views on the talks between A and B": "between" right after a meeting noun is that meeting's.
  if (v.lower(w) === 'between' && eventNoun(v, w - 1)) return false;
  // "discussed the upcoming meeting of A with B": so is "with" after the meeting's own "of" phrase.
  if (v.lower(w) === 'with' && withAfterMeetingOf(v, k + 1, w)) return false;
  const ids = new Set(people.map((p) => p.actor.id));
  return complementPeople(v, w, last, WITH).some((p) => ids.has(p.actor.id));
}

/** A lower-case common noun that names no one at token j. */
function lowerNoun(v: MeetingText, j: number): boolean {
  return v.tok(j)?.pos === 'NOUN' && !v.isCap(j) && !v.mentionAt(j);
}

/** How many people the phrase after a meeting noun names as its parties: "of A with B", "between A and B". */
function ownParties(v: MeetingText, k: number, last: number): number {
  const of = v.lower(k) === 'of' ? peopleAfter(v, k + 1, last).people.length : 0;
  return of + withPeople(v, k, last, WITH, 12).length;
}

/** Most tokens from "from" to an object moved past it: "from Ambassador of the Republic of X Y his letters of credence". */
const SHIFTED_REACH = 16;

/** Whether a meeting noun stands in the clause within reach after k. */
function meetingNounAfter(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k < SHIFTED_REACH; j++) {
    if (/^[;:.]$/.test(v.lower(j)) || v.isClauseOpener(j)) return false;
    if (cueAt(v, j, last)?.cue.cueClass === 'noun') return true;
  }
  return false;
}

/** Most tokens between a visit's trigger and the place it names: "arrived [on a working trip] in Omsk". */
const PLACE_REACH = 8;

/** The place a visit names after its trigger at k: "arrived in Omsk", "travelled to Lima", "visited Herat". */
function visitedPlace(v: MeetingText, k: number, last: number): string | null {
  for (let j = k + 1; j < last && j - k <= PLACE_REACH; j++) {
    const l = v.lower(j);
    if (l === ',' || l === ';' || v.isClauseOpener(j)) break;
    const m = v.mentionAt(j);
    if (m && m.type === 'place' && m.actor && m.form !== 'demonym' && /^(?:in|at|to|visited|visit|visits|visiting)$/.test(v.lower(j - 1))) return m.actor;
  }
  return null;
}

/** Whether the possessor of the word at k, when it has a person as one ("Locke's visit"), is among the people. */
function possessorAmong(v: MeetingText, k: number, people: readonly PersonRef[]): boolean {
  if (!v.isPossessive(k - 1)) return true;
  const owner = v.mentionAt(k - 2);
  const actor = owner ? v.person(owner)?.actor : undefined;
  return !actor || people.some((p) => p.actor.id === actor.id);
}

/** Whether the phrase after "to" at k names a place or a person: "to Dakar", "to the Netherlands", "to President X". */
function goesToSomeone(v: MeetingText, k: number, last: number): boolean {
  let j = k + 1;
  while (j < last && /^(?:DET|ADJ|NUM)$/.test(v.tok(j)?.pos ?? '') && !v.mentionAt(j)) j++;
  const m = v.mentionAt(j);
  return !!m && (m.type === 'place' || m.type === 'person' || m.type === 'organization') && m.form !== 'demonym';
}

/** Common nouns of people a host receives: "received the delegation", "welcomed the guests". */
const PEOPLE_WORDS = /^(?:delegation|delegations|guests?|visitors?|participants?|members?|heads?|leaders?|representatives?|ministers?|ambassadors?|envoys?|officials?|counterparts?|president|premier|minister|governor|ambassador)$/;

/**
 * The day of an event's meeting: the coder's, unless it is a date of the event's own sentence,
 * whose dates are read here as for every meeting word ("met X, who had arrived on 3 May," was not
 * on 3 May).
 */
function eventDate(v: MeetingText, dates: readonly DateMention[], s: Sentence, e: EventAnnotation): string | null {
  if (!e.date || !/^\d{4}-\d\d-\d\d$/.test(e.date)) return null;
  for (let k = lowerBound(dates, s.start); k < dates.length && dates[k]!.start < s.end; k++) {
    if (dates[k]!.value === e.date) return dateIn(v.text, dates, s, e.trigger.start);
  }
  return e.date;
}

/**
 * CONSULT events of the event coder as reports of meetings: their people take part. The
 * coder's reading of who met whom complements the meeting words of this stage; whether the
 * meeting was held is read here, from the words around the event's trigger.
 */
export function eventDrafts(v: MeetingText, events: readonly EventAnnotation[], dates: readonly DateMention[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (const e of events) {
    if (e.type !== 'CONSULT' || !e.mode || !(e.mode in MODE_KIND)) continue;
    const people: PersonRef[] = [];
    let targets = 0;
    let targetsKept = 0;
    const targetIds = new Set(e.target);
    // The event's sentence and the token its trigger starts at, found once for all its parties.
    const s = v.sentences[e.sentence]!;
    const k = lowerBound(v.tokens, e.trigger.start);
    for (const id of [...e.source, ...e.target]) {
      const actor = v.actors.get(id);
      if (!actor || actor.type !== 'person') continue;
      const mention = v.mentionOfWithin(id, s.start, s.end);
      // "The two sides exchanged views", "they agreed": a party named in no word of the sentence
      // is the coder's look-back to an earlier meeting, which this stage reads where it is told;
      // the look-back may land on a meeting only hoped for ("looks forward to welcoming X").
      // "met the family of X": the coder's target is the noun's, not X's.
      // "met X's successor, Y": a possessor names whose the office is, not someone met.
      if (targetIds.has(id)) targets++;
      if (!mention) continue;
      // "received the ministers that X appointed": the subject of a relative clause is no party.
      // "met the farmers Governor X had invited": nor is the subject of a contact relative clause after the trigger.
      const contact = v.tokenRange(mention)[0] > k && subjectOfContactClause(v, mention, k + 1, s.tokenEnd);
      // "received the envoys sent by X": nor is the agent of a participle describing the one met; those
      // met are the people the participle describes, unnamed, so the meeting stands without X.
      // So the same with a contact clause: "met the growers Governor X had invited".
      // "attended the summit instead of President X": nor is one stood in for.
      // "met B, C, a spokesman for the ministry, said": nor one who tells of the meeting after it.
      const teller = v.tokenRange(mention)[0] > k && tellerAfterComma(v, mention, k + 1, s.tokenEnd);
      // "a reception in honour of the late X, attended by Y": nor one remembered after death.
      // "attended a concert of works by X": nor the author of a thing.
      if (contact || teller || agentOfDescribingParticiple(v, mention) || stoodInFor(v, mention) || remembered(v, mention) || authorBy(v, mention)) {
        if (targetIds.has(id)) targets--;
        continue;
      }
      if (mention && !ofCommonNounItem(v, mention) && !v.isPossessive(v.tokenRange(mention)[1]) && !subjectOfRelativeClause(v, mention)) {
        people.push({ mention, actor });
        if (targetIds.has(id)) targetsKept++;
      }
    }
    if (people.length === 0) continue;
    // "X sent a delegation": the sender stays behind.
    if (sentOthers(e.trigger.text)) continue;
    // "welcomed the decision of X", "received a letter from X": the person the coder took for
    // the one met is whose the thing is; the one welcoming met no one.
    if (targets > 0 && targetsKept === 0) continue;
    if (!partnerInGrammar(v, k, s.tokenStart, s.tokenEnd, people)) continue;
    // "X said that, on a visit to Lima, Y opened a school", "that, in a phone call, Y had pledged": a
    // meeting noun of any kind in a phrase that opens a clause after "that" is that clause's subject's,
    // not the teller's before "that", as the meetings grammar reads it (nounCue).
    if (!isVerbAt(v, k) && inThatClausePhraseOfOthers(v, k, s.tokenStart, s.tokenEnd, people)) continue;
    // "X spoke with reporters": speech is a meeting only with someone named (see the meetings
    // grammar of "spoke"); the coder's partner here is the press, which is no party.
    if (targetsKept === 0 && people.length < 2 && SPEECH.test(v.lower(k)) && pressPartnerAt(v, lowerBound(v.tokens, e.trigger.end), s.tokenEnd)) continue;
    // "Locke's visit comes as Secretary X prepares to travel": a meeting noun with a person as its
    // possessor is that person's; the coder's parties without them are read from another clause.
    if (!possessorAmong(v, k, people)) continue;
    // "X, on a visit to Lima, told reporters": a visit in an aside of one who only speaks is background (nounCue).
    if (e.mode === 'visit' && people.length === 1 && !isVerbAt(v, k) && backgroundVisit(v, k, articleBefore(v, k, s.tokenStart), s.tokenStart, s.tokenEnd)) continue;
    // "when A and B led the two countries to independence": a visit "to" somewhere goes to a place
    // or to someone; one whose "to" names neither is a verb of motion used of something else.
    if (e.mode === 'visit' && e.target.length === 0 && / to$/.test(e.trigger.text) && !goesToSomeone(v, lowerBound(v.tokens, e.trigger.end) - 1, s.tokenEnd)) continue;
    // "will meet with investors, host a roundtable": after a modal or "to", or tagged so, the trigger is a verb.
    let b = k - 1;
    while (b >= s.tokenStart && v.tok(b)?.pos === 'ADV') b--;
    // A word the meetings lexicon knows only as a verb ("host", "receive") is one, whatever the tagger says.
    const cues = meetingLexicon().byFirstWord.get(v.lower(k)) ?? [];
    const verbOnly = cues.length > 0 && cues.every((c) => c.cueClass !== 'noun' && c.cueClass !== 'present');
    // "until President X visits Riga": the word right after the subject of a clause of time is its verb.
    const verb = verbOnly || v.isVerb(k) || /^(?:will|would|shall|to|'ll|’ll)$/.test(v.lower(b)) || /^(?:VERB|AUX)$/.test(v.tok(k)?.pos ?? '') || presentInTimeClause(v, k, s.tokenStart);
    // "will accompany the President on her visit to Peru": a noun with no reading of its own is read
    // as the meeting words' own reading reads it, with the verb that governs its phrase.
    const reading = verb ? verbReading(v, k, s.tokenStart)
      : nounReading(v, k, -1, s.tokenStart, s.tokenEnd) ?? governedReading(v, k, s.tokenStart);
    if (reading === 'negated') continue;
    out.push({
      kind: MODE_KIND[e.mode ?? ''] ?? 'meeting',
      status: reading === 'planned' ? 'planned' : 'held',
      trigger: { start: e.trigger.start, end: e.trigger.end, text: v.text.slice(e.trigger.start, e.trigger.end) },
      people,
      parties: [],
      date: eventDate(v, dates, s, e),
      place: e.mode === 'visit' ? visitedPlace(v, k, s.tokenEnd) : null,
      sentence: e.sentence,
      rule: `event:${e.rule}`,
      joinOnly: false,
      distinct: false,
    });
  }
  return out;
}

/** Whether the word at k is a verb, by the meeting grammar or the tagger: the coder's trigger "visited", not the noun "visit". */
function isVerbAt(v: MeetingText, k: number): boolean {
  return v.isVerb(k) || v.tok(k)?.pos === 'VERB';
}

/**
 * Whether the noun at k stands in a phrase that opens a clause after "that" ("said that, on a
 * visit to Lima, Y ..."), that clause has a person for subject after the phrase, and every one
 * of `people` is named before the phrase.
 */
function inThatClausePhraseOfOthers(v: MeetingText, k: number, first: number, last: number, people: readonly PersonRef[]): boolean {
  let p = k - 1;
  while (p > first && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(v.tok(p)?.pos ?? '') && !v.mentionAt(p)) p--;
  if (v.tok(p)?.pos !== 'ADP' || !opensThatClause(v, p)) return false;
  if (subjectAfterComma(v, k + 1, last).length === 0) return false;
  return people.every((q) => v.tokenRange(q.mention)[1] <= p);
}

/** The reading of the verb governing the meeting noun at k, when one does: "will accompany X on her visit". */
function governedReading(v: MeetingText, k: number, first: number): Reading | null {
  const g = governingVerb(v, k, first);
  return g >= 0 ? verbReading(v, g, first) : null;
}

/** The article of the noun phrase whose head is at k, stepping back over its modifiers: "an [official] visit". */
function articleBefore(v: MeetingText, k: number, first: number): number {
  let a = k - 1;
  while (a > first && /^(?:ADJ|NOUN|PROPN)$/.test(v.tok(a)?.pos ?? '') && !v.mentionAt(a)) a--;
  return a;
}
