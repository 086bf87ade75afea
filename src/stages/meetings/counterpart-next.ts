import type { DateMention, Sentence } from '../../document/layers.js';
import { meetingLexicon } from '../../lexicon/meetings.js';
import { draftOfWords } from './draft.js';
import { verbReading } from './status.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/** Past forms of verbs of meeting: "hosted", "met". */
const PAST = /^(?:\p{L}+ed|met)$/u;

/** Quotation marks that open and close a quotation. */
const OPENING_QUOTE = /^[“"]$/;
const CLOSING_QUOTE = /^[”"]$/;
/** Verbs of saying written before their speaker after a quotation: "said X". */
const SAID = /^(?:said|says|added|noted|stressed|declared)$/;

/** Most tokens of the office words that open the next sentence before its subject's name. */
const OFFICE_REACH = 8;

/**
 * "The Secretary hosted his Qatari counterpart at the State Department. Prime Minister and Foreign
 * Minister X thanked him ...": a counterpart of a named state left unnamed in a sentence that reports
 * a held meeting is the person the next sentence opens with as its subject, when that person serves
 * the same state or no state the text gives. A counterpart named in apposition ("his Qatari
 * counterpart, X") is read with its own name, and one of no state ("his counterpart") by no rule here.
 * The state may follow: "her counterpart from Qatar".
 */
export function counterpartNamedNext(v: MeetingText, s: Sentence, drafts: readonly MeetingDraft[], dates: readonly DateMention[]): MeetingDraft | null {
  for (let j = s.tokenStart + 2; j < s.tokenEnd; j++) {
    if (v.lower(j) !== 'counterpart') continue;
    const state = stateOfCounterpart(v, j);
    if (!state || !/^(?:his|her|their)$/.test(v.lower(state.demonym ? j - 2 : j - 1))) continue;
    const lead = state.demonym ? j - 2 : j - 1;
    // "hosted his Qatari counterpart", "met with her Qatari counterpart": the object of a verb of
    // meeting told as done; a host verb with no person for object leaves no draft of its own.
    const verb = v.lower(lead - 1) === 'with' ? lead - 2 : lead - 1;
    const cues = meetingLexicon().byFirstWord.get(v.lower(verb));
    const held = drafts.find((d) => !d.joinOnly && d.status === 'held');
    // "held talks with his Qatari counterpart": the "with" of a meeting noun the sentence reports as held.
    const withNoun = v.lower(verb + 1) === 'with' && held !== undefined && (cues?.some((c) => c.cueClass === 'noun') ?? false);
    const cue = withNoun ? held : cues?.find((c) => c.cueClass === 'host' || c.cueClass === 'meet');
    if (!cue) return null;
    if (!withNoun) {
      if (!PAST.test(v.lower(verb)) || (verbReading(v, verb, s.tokenStart) ?? 'held') !== 'held') return null;
      // "The Secretary hosted": a subject named by office alone is someone, whether or not the text names them.
      if (!held && v.mentionAt(verb - 1)?.type !== 'person') return null;
    }
    const after = state.end;
    if (v.person(v.mentionAt(after)) || (v.lower(after) === ',' && v.person(v.mentionAt(after + 1)))) return null;
    const next = v.sentences[s.index + 1];
    if (!next || next.paragraph !== s.paragraph) return null;
    const subject = openingSubject(v, next);
    if (!subject || (subject.actor.country && subject.actor.country !== state.country)) return null;
    if (drafts.some((d) => d.people.some((p) => p.actor.id === subject.actor.id))) return null;
    return draftOfWords(v, s, dates, lead, j, { kind: cue.kind, status: 'held', people: [subject], rule: 'counterpart-named-next', joinOnly: true });
  }
  return null;
}

/**
 * The state of the counterpart noun at j: "his Qatari counterpart" (a demonym before it) or "his
 * counterpart from Qatar" (a country after "from"); with the token after the phrase. Null for none.
 */
function stateOfCounterpart(v: MeetingText, j: number): { country: string; demonym: boolean; end: number } | null {
  const before = v.mentionAt(j - 1);
  if (before && before.form === 'demonym' && before.country) return { country: before.country, demonym: true, end: j + 1 };
  if (v.lower(j + 1) !== 'from') return null;
  const k = v.lower(j + 2) === 'the' ? j + 3 : j + 2;
  const place = v.mentionAt(k);
  if (!place || place.type !== 'place' || place.placeKind !== 'country' || !place.country) return null;
  return { country: place.country, demonym: false, end: v.tokenRange(place)[1] };
}

/** The named person that opens sentence s as its subject, office words allowed before the name. */
function openingSubject(v: MeetingText, s: Sentence): PersonRef | null {
  // "“We will not give up,” said X": after a quotation that opens the sentence, the speaker of an inverted "said".
  if (OPENING_QUOTE.test(v.lower(s.tokenStart))) {
    for (let k = s.tokenStart + 1; k < s.tokenEnd - 2; k++) {
      if (!CLOSING_QUOTE.test(v.lower(k))) continue;
      if (!SAID.test(v.lower(k + 1))) return null;
      // "said Sheikh X", "said Foreign Minister Y": office words may stand before the name.
      let j = k + 2;
      while (j < s.tokenEnd && j - k <= OFFICE_REACH && !v.mentionAt(j) && v.isCap(j)) j++;
      const p = v.person(v.mentionAt(j));
      return p && p.mention.form === 'name' ? p : null;
    }
    return null;
  }
  for (let k = s.tokenStart; k < s.tokenEnd && k - s.tokenStart <= OFFICE_REACH; k++) {
    const p = v.person(v.mentionAt(k));
    if (p) {
      if (p.mention.form !== 'name') return null;
      const end = v.tokenRange(p.mention)[1];
      // The subject is followed by its verb: "X thanked", not "X and Y" nor "X's visit".
      return v.isVerb(end) && !v.isPossessive(end - 1) ? p : null;
    }
    // "The Prime Minister and Foreign Minister, X, thanked": the name in apposition to the office.
    if (v.lower(k) === ',' && k > s.tokenStart) {
      const named = v.person(v.mentionAt(k + 1));
      if (!named || named.mention.form !== 'name') return null;
      const close = v.tokenRange(named.mention)[1];
      return v.lower(close) === ',' && v.isVerb(close + 1) ? named : null;
    }
    // "The Qatari minister", "Qatar's foreign minister": office words in lower case and a possessive too.
    if (!v.isCap(k) && !v.isOffice(k) && !v.isPossessive(k) && !/^(?:and|of|for)$/.test(v.lower(k))) return null;
  }
  return null;
}
