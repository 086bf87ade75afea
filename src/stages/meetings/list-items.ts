import type { Paragraph, Sentence } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { LIST_BULLET } from '../../document/list-bullet.js';
import { meetingLexicon } from '../../lexicon/meetings.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/** A list item is short: a name, an office, a country. */
const MAX_ITEM_CHARS = 300;
const MAX_ITEMS = 60;

/** Whether a sentence holds any word of the meetings lexicon. */
export function hasMeetingWord(v: MeetingText, s: Sentence): boolean {
  const { byFirstWord } = meetingLexicon();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (byFirstWord.has(v.lower(i))) return true;
  return false;
}

/**
 * "The other attending ministers were:" followed by one paragraph per person ("• from the
 * Welsh Government: Minister for the Economy, Vaughan Gething MS"): the people of the list
 * items after a sentence that reports a meeting and ends in a colon take part in it.
 */
export function listAfter(v: MeetingText, paragraphs: readonly Paragraph[], s: Sentence, status: MeetingDraft['status']): MeetingDraft | null {
  if (v.lower(s.tokenEnd - 1) !== ':' || !hasMeetingWord(v, s) || headsDocumentList(v, s)) return null;
  const people: PersonRef[] = [];
  for (let p = s.paragraph + 1; p < paragraphs.length && p - s.paragraph <= MAX_ITEMS; p++) {
    const para = paragraphs[p]!;
    const text = v.text.slice(para.start, para.end);
    if (text.length > MAX_ITEM_CHARS) break;
    const found: PersonRef[] = [];
    for (let k = lowerBound(v.tokens, para.start); k < v.tokens.length && v.tokens[k]!.start < para.end; k++) {
      const m = v.mentionAt(k);
      const person = v.person(m);
      if (person && m) {
        const [, end] = v.tokenRange(m);
        if (!v.isPossessive(end) && !found.some((f) => f.actor.id === person.actor.id)) found.push(person);
        k = end - 1;
      }
    }
    // "U.S." or "The Japanese side:" on a line of its own heads the items of one side: the list goes on.
    if (found.length === 0 && !LIST_BULLET.test(text) && stateOnlyParagraph(v, para)) continue;
    if (found.length === 0 && !LIST_BULLET.test(text)) break;
    // "Ministers welcomed the progress made since ...": a paragraph of prose after the list ends it.
    if (!LIST_BULLET.test(text) && proseParagraph(v, para)) break;
    people.push(...found);
  }
  if (people.length === 0) return null;
  const colon = v.tokens[s.tokenEnd - 1]!;
  return {
    kind: 'meeting', status, trigger: { start: colon.start, end: colon.end, text: ':' }, people, parties: [],
    date: null, place: null, sentence: s.index, rule: 'list-items', joinOnly: true, distinct: false,
  };
}

/** Most characters of a side's heading in a list: "The delegation of the Republic of Korea:". */
const MAX_SIDE_HEADING_CHARS = 60;
/** Words a side's heading may hold besides the state: "The Japanese side:", "Delegation of Chile". */
const SIDE_HEADING_WORD = /^(?:the|side|delegation|team|of|from|:|–|—|-)$/;

/**
 * A paragraph that only names a state, perhaps as a side or delegation ("U.S.", "Japan:", "The
 * Japanese side:"): the heading of one side's items in a list of participants.
 */
function stateOnlyParagraph(v: MeetingText, para: Paragraph): boolean {
  if (para.end - para.start > MAX_SIDE_HEADING_CHARS) return false;
  let state = false;
  for (let k = lowerBound(v.tokens, para.start); k < v.tokens.length && v.tokens[k]!.start < para.end; k++) {
    const m = v.mentionAt(k);
    if (m && (m.type === 'place' || m.type === 'organization') && m.country) {
      state = true;
      k = v.tokenRange(m)[1] - 1;
    } else if (!SIDE_HEADING_WORD.test(v.lower(k)) && !(state && v.lower(k) === '.')) return false;
  }
  return state;
}

/** Nouns of documents, whose list names what was signed: "Documents signed following the talks:". */
const DOCUMENTS = /^(?:documents|agreements|memoranda|memorandums|treaties|protocols|instruments|declarations|contracts|accords)$/;

/**
 * Whether the sentence before the colon announces a list of documents: a noun of documents stands
 * before any meeting word ("Documents signed following the talks:", "The following agreements were
 * signed during the visit:"). Its items are documents, and the officials named as signing each are
 * not listed as taking part in the talks; "Taking part in the talks on the agreements were:" is a
 * list of people.
 */
function headsDocumentList(v: MeetingText, s: Sentence): boolean {
  const { byFirstWord } = meetingLexicon();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (byFirstWord.has(v.lower(i))) return false;
    if (DOCUMENTS.test(v.lower(i))) return true;
  }
  return false;
}

/**
 * A paragraph written as a sentence, not a list item: it ends in a full stop, question or
 * exclamation mark and has a verb of its own ("Ministers welcomed the progress ..."). Items are a
 * name, an office and a country, with no verb ("Kemi Badenoch, Secretary of State for Business").
 */
function proseParagraph(v: MeetingText, para: Paragraph): boolean {
  if (!/[.!?]["”’)]?\s*$/.test(v.text.slice(para.start, para.end))) return false;
  for (let k = lowerBound(v.tokens, para.start); k < v.tokens.length && v.tokens[k]!.start < para.end; k++) {
    if (v.tok(k)!.pos === 'VERB' && !v.mentionAt(k)) return true;
  }
  return false;
}
