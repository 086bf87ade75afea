import type { DateMention, Sentence } from '../../document/layers.js';
import { peopleAfter, peopleBefore } from './grammar.js';
import { draftOfWords } from './draft.js';
import { verbReading } from './status.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';
import { WordTest } from '../../lexicon/word-table.js';

/** Verbs of opening something to use with a ceremony: "inaugurated the bridge", "opened the terminal", "unveiled a plaque". */
export const OPENS = /^(?:inaugurat(?:e|es|ed|ing)|open(?:s|ed|ing)?|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|commission(?:s|ed|ing)?)$/;
/** OPENS asked once per word of the process: jointOpening asks it of every token of every sentence. */
const OPENING_WORDS = new WordTest((lower: string) => OPENS.test(lower));
/** Adverbs that say two or more did one act as one, in one place: "jointly", "together". */
const AS_ONE = /^(?:jointly|together)$/;

/** Verbs of opening that name one act on one thing, done where the thing is: "opened", "inaugurated", "unveiled". */
const OPENS_ONE_THING = /^(?:inaugurat(?:e|es|ed|ing)|open(?:s|ed|ing)?|unveil(?:s|ed|ing)?)$/;
/** Words that share an act out among its doers: "A and B each opened", "their respective offices". */
const APART = /^(?:each|both|separately|respectively|respective|own)$/;
/** Most tokens of the object's noun phrase from its article to its head: "the twelfth Chile-Argentina business forum". */
const OBJECT_REACH = 8;

/**
 * "President A and Prime Minister B jointly inaugurated the new check post", "the two ministers
 * together opened the terminal": one opening done by two or more named people as one is a ceremony
 * they all attended. So is one whose object is a single thing ("A and B opened the business forum"):
 * a coordinated subject of one act on one thing in the singular did it together, as one bridge or
 * forum is opened once. Otherwise only with "jointly" or "together" before the verb: "A and B both
 * welcomed the decision", "A and B opened new offices" or "A and B launched reforms" tell of acts each
 * may have done apart.
 */
export function jointOpening(v: MeetingText, s: Sentence, skip: ReadonlySet<number>, dates: readonly DateMention[]): MeetingDraft | null {
  for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
    if (!OPENING_WORDS.has(v.wordId(i), v.lower(i))) continue;
    // "A opened the plant together with Minister B": the one named after "together with" opened it too.
    // "Together with Minister B, we opened the plant": so does one named in such a phrase opening the sentence.
    const single = OPENS_ONE_THING.test(v.lower(i)) && singleThingAfter(v, i + 1, s.tokenEnd);
    let partners = single ? partnersAfter(v, i + 1, s.tokenEnd) : [];
    if (single && partners.length === 0) partners = partnersOpening(v, s.tokenStart, i);
    if (partners.length > 0 && !remote(v, i + 1, s.tokenEnd)) {
      const subject = peopleBefore(v, i, s.tokenStart, skip);
      const reading = verbReading(v, i, s.tokenStart);
      // "I opened the plant together with Minister B": a personal pronoun as the subject names no one
      // more, and the partner opened it all the same.
      if ((subject.length > 0 || pronounSubjectBefore(v, i, s.tokenStart)) && reading !== 'negated') {
        return draftOfWords(v, s, dates, i, i, { kind: 'ceremony', status: reading === 'planned' ? 'planned' : 'held', people: [...subject, ...partners], rule: 'joint-opening:together-with', joinOnly: false });
      }
    }
    const agents = OPENS_ONE_THING.test(v.lower(i)) ? passiveAgents(v, s, i) : [];
    if (agents.length >= 2) {
      const reading = verbReading(v, i, s.tokenStart);
      if (reading !== 'negated') {
        return draftOfWords(v, s, dates, i, i, { kind: 'ceremony', status: reading === 'planned' ? 'planned' : 'held', people: agents, rule: 'joint-opening:passive', joinOnly: false });
      }
    }
    if (!AS_ONE.test(v.lower(i - 1)) && !(OPENS_ONE_THING.test(v.lower(i)) && singleThingAfter(v, i + 1, s.tokenEnd) && !APART.test(v.lower(i - 1)))) continue;
    // "opened ... by video link" joins no one in one place.
    if (remote(v, i + 1, s.tokenEnd)) continue;
    const people = peopleBefore(v, i, s.tokenStart, skip);
    if (people.length < 2) continue;
    const reading = verbReading(v, i, s.tokenStart);
    if (reading === 'negated') continue;
    return draftOfWords(v, s, dates, i - 1, i, { kind: 'ceremony', status: reading === 'planned' ? 'planned' : 'held', people, rule: 'joint-opening', joinOnly: false });
  }
  return null;
}

/** Most tokens from a passive verb of opening to its "by": "was opened on 15 March in Mueda by". */
const AGENT_REACH = 10;

/**
 * The named agents of a passive opening of one thing: "The bridge was opened on 15 March by
 * President A and President B". The singular "was" (or "has been", "had been") says one thing was
 * opened once, so two or more named after "by" did it together; "were opened by" tells of things
 * each may have opened apart, and a person as the subject is no thing opened. None otherwise.
 */
function passiveAgents(v: MeetingText, s: Sentence, i: number): PersonRef[] {
  const aux = v.lower(i - 1);
  const singular = aux === 'was' || (aux === 'been' && /^(?:has|had)$/.test(v.lower(i - 2)));
  if (!singular) return [];
  const subjectEnd = aux === 'was' ? i - 1 : i - 2;
  for (let j = s.tokenStart; j < subjectEnd; j++) if (v.person(v.mentionAt(j)) || v.isVerb(j)) return [];
  for (let j = i + 1; j < s.tokenEnd && j - i <= AGENT_REACH; j++) {
    const l = v.lower(j);
    if (l === 'by') return remote(v, i + 1, s.tokenEnd) ? [] : peopleAfter(v, j + 1, s.tokenEnd).people;
    if (l === ';' || l === ',' || v.isVerb(j) || v.person(v.mentionAt(j))) return [];
  }
  return [];
}

/** Most tokens from the verb to "together with" past its object and adjuncts: "opened a solar plant in Alentejo on Wednesday together with". */
const PARTNER_REACH = 16;

/**
 * Those named after "together with", "jointly with" or "alongside" later in the verb's clause (no
 * semicolon, relative pronoun or verb between): "opened a plant in Evora on Monday together with
 * Minister B". None when the phrase is missing or names no one.
 */
function partnersAfter(v: MeetingText, k: number, last: number): PersonRef[] {
  for (let j = k; j < last && j - k <= PARTNER_REACH; j++) {
    const l = v.lower(j);
    if (l === ';' || /^(?:which|who|where|while|whereas|and)$/.test(l) || v.isVerb(j) || v.person(v.mentionAt(j))) return [];
    const opens = l === 'alongside' ? j + 1 : AS_ONE.test(l) && v.lower(j + 1) === 'with' ? j + 2 : -1;
    if (opens > 0) return peopleAfter(v, opens, last).people;
  }
  return [];
}

/** Most tokens from the sentence's start to a "together with" phrase opening it, past an adverbial: "Earlier today, together with". */
const OPENING_PARTNER_REACH = 6;

/**
 * Those named in a "together with", "jointly with" or "alongside" phrase near the start of the
 * sentence, set off by a comma before the rest of the clause the verb at i heads: "Together with
 * Minister B, we opened", "Yesterday, alongside Minister B, I unveiled". None otherwise.
 */
function partnersOpening(v: MeetingText, first: number, i: number): PersonRef[] {
  for (let j = first; j < i && j - first <= OPENING_PARTNER_REACH; j++) {
    if (j > first && v.lower(j - 1) !== ',') continue;
    const l = v.lower(j);
    const opens = l === 'alongside' ? j + 1 : AS_ONE.test(l) && v.lower(j + 1) === 'with' ? j + 2 : -1;
    if (opens < 0) continue;
    // The phrase ends at its comma: a pronoun subject after it ("..., he opened") is no partner.
    let comma = opens;
    while (comma < i && v.lower(comma) !== ',') comma++;
    return comma < i ? peopleAfter(v, opens, comma).people : [];
  }
  return [];
}

/** Personal pronouns that may be the subject of an opening: "we opened", "I unveiled". */
const SUBJECT_PRONOUNS = /^(?:i|we|he|she|they)$/;

/** Whether a personal pronoun is the subject right before the verb at i, past adverbs and auxiliaries: "we have jointly opened". */
function pronounSubjectBefore(v: MeetingText, i: number, first: number): boolean {
  for (let j = i - 1; j >= first && i - j <= 4; j--) {
    const t = v.tok(j);
    if (t?.pos === 'ADV' || t?.pos === 'AUX' || AS_ONE.test(v.lower(j))) continue;
    return SUBJECT_PRONOUNS.test(v.lower(j));
  }
  return false;
}

/** Words of taking part from afar after the verb: "by video link", "virtually", "remotely", "online". */
function remote(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last; j++) if (/^(?:video|videoconference|virtually|remotely|online|videolink)$/.test(v.lower(j))) return true;
  return false;
}

/**
 * Whether the verb's object from k is one thing named in the singular: an article, then modifiers,
 * then a common noun head that is not plural ("the business forum", "a new bridge", "the twelfth
 * session of the commission"). A plural head, a possessive determiner ("their offices"), a word that
 * shares the act out ("their respective embassies") or a person as object is none.
 */
function singleThingAfter(v: MeetingText, k: number, last: number): boolean {
  if (!/^(?:the|a|an)$/.test(v.lower(k))) return false;
  let head = -1;
  for (let j = k + 1; j < last && j - k <= OBJECT_REACH; j++) {
    const l = v.lower(j);
    if (APART.test(l) || v.person(v.mentionAt(j))) return false;
    const pos = v.tok(j)?.pos ?? '';
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM' || (v.isCap(j) && pos !== 'PRON') || l === '-' || l === '–') {
      if (pos === 'NOUN' && !v.isCap(j)) head = j;
      continue;
    }
    break;
  }
  if (head < 0) return false;
  const h = v.lower(head);
  return !/[^s]s$/.test(h) || /(?:ss|us|is)$/.test(h);
}
