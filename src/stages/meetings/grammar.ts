import type { Mention, Sentence } from '../../document/layers.js';
import { meetingLexicon } from '../../lexicon/meetings.js';
import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';
import { attributivePastParticiple, groupBeforeRole } from './coordinated-role.js';
import { DAY_OR_YEAR, MONTH_OR_WEEKDAY, datePhraseEnd } from './date-phrase.js';
import { officePhraseStart } from './office-phrase.js';
import { insideRelativeAside, relativeAsideEnd } from './relative-aside.js';
import type { MeetingText, PersonRef } from './view.js';

/**
 * Noun-phrase lists around a meeting word, read from tokens and mentions: the subject before
 * a verb ("Secretary Penny Pritzker met", "A, B and C took part"), the object or complement
 * after it ("with A, B and C"). Walks are bounded by the clause, so they stay short.
 */

/** Most tokens a list walk crosses. */
const MAX_WALK = 60;

const LIST_WORDS = new Set([',', 'and', '&']);

/** Most words of a style or an office written before a name outside its mention: "Dr", "Professor", "Dr." */
const STYLE_REACH = 3;

/**
 * Whether a person's name starts at token k, or after a style or an office outside its mention:
 * "the head of the institute, Dr Lars Keller", "..., Ambassador Rui Campos".
 */
function styledPersonAt(v: MeetingText, k: number): boolean {
  let q = k;
  while (q - k < STYLE_REACH && !v.mentionAt(q) && (v.isCap(q) || (v.lower(q) === '.' && q > k))) q++;
  return v.person(v.mentionAt(q)) !== null;
}

/** Persons in the list of noun phrases from token k: "Minister A, Deputy Minister B and Ambassador C". */
export function peopleAfter(v: MeetingText, k: number, last: number, semicolons = false): { people: PersonRef[]; end: number } {
  const people: PersonRef[] = [];
  let j = k;
  let afterSeparator = false;
  let comma = false;
  /** A semicolon crossed since the last person: words in between ("; on the Peruvian side,") do not undo it. */
  let semicolon = false;
  /** ", and" crossed since the last person. */
  let commaAnd = false;
  /** List words crossed so far: none before a comma means the list has held one item. */
  let separators = 0;
  // The bound is per item, so a long list of delegation members is read to its end.
  let itemStart = k;
  while (j < last && j - itemStart < MAX_WALK) {
    const m = v.mentionAt(j);
    if (m) {
      const [, end] = v.tokenRange(m);
      const p = v.person(m);
      if (p) itemStart = end;
      // "President Dilma Rousseff's Chief of Staff": a possessor names whose the office is, not a participant;
      // so does "of" after a common noun ("met the family of X"), unless a delegation is meant.
      // "a memorial ceremony for the late President X": the one remembered takes no part.
      // "with her staff": a possessive pronoun before a noun is whose the noun is, not someone met.
      const possessivePronoun = m.form === 'pronoun' && /^(?:his|her|their|its)$/.test(v.lower(j)) && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(v.tok(end)?.pos ?? '');
      // "the families of hostages A and B": after a plural "of" phrase of a common noun, a bare name
      // joined to its first by "and" or a comma is one more of the same phrase.
      if (p && !possessivePronoun && !v.isPossessive(end) && !ofCommonNounItem(v, m) && !remembered(v, m)) {
        // "..., and Erdogan said": a person who opens a new clause after a comma ends the list
        // ("talks between A and B have ended" keeps B).
        // "...; on the Peruvian side, Minister B could not attend": so does one after a semicolon.
        // "met B in Lima, and C held talks": so does one after ", and", whatever stands before the comma.
        if (((afterSeparator && comma) || semicolon || commaAnd) && opensClause(v, end, last)) break;
        // "met B in Oslo, spokesperson C told reporters": after any comma, one who opens a clause of
        // saying is who tells of the meeting, not one more met.
        // "met B, C, a spokesman for the ministry, said": so is one whose apposition stands before the verb.
        if (tellerAfterComma(v, m, k, last)) break;
        // "Asked about the visit of the Foreign Minister of Brazil, Mao Ning said": a name right after
        // the comma that closes an opening phrase, with its verb after it, is the main clause's subject.
        if (afterSeparator && !comma && opensClause(v, end, last)) {
          const c = phraseOpening(v, v.tokenRange(m)[0]) - 1;
          if (v.lower(c) === ',' && closesOpeningPhrase(v, c)) break;
        }
        // "met the farmers Governor X had invited": a name right after a common noun, with a finite
        // verb after it whose object is missing, is the subject of a contact relative clause about
        // that noun, and so no one met.
        if (subjectOfContactClause(v, m, k, last)) break;
        people.push(p);
        semicolon = false;
      }
      j = Math.max(end, j + 1);
      afterSeparator = false;
      comma = false;
      commaAnd = false;
      continue;
    }
    const l = v.lower(j);
    // "informed Prime Minister X that he and Y would travel": "that" right after a person opens the
    // clause of what was said; its people are not in the list.
    if (l === 'that' && v.person(v.mentionAt(j - 1))) break;
    // "discussed with X the reforms that Y launched": "that" or "which" right after a common noun opens
    // a relative clause about the thing; its people are not in the list.
    // So does one right after an office in lower case that names no one ("met the envoy that Y sent",
    // "received the ministers that Y appointed").
    if ((l === 'that' || l === 'which') && v.tok(j - 1)?.pos === 'NOUN' && !v.isCap(j - 1) && (!v.mentionAt(j - 1) || v.mentionAt(j - 1)!.form !== 'name')) break;
    // "...; the Tajik side by C and D", "..., and the German side by C": the next side's list, its verb left out.
    if (semicolons && (l === ';' || l === ',' || l === 'and')) {
      const next = elidedSideEnd(v, v.lower(j + 1) === 'and' ? j + 2 : j + 1, last);
      if (next > 0) {
        j = next;
        itemStart = j;
        afterSeparator = false;
        comma = false;
        continue;
      }
    }
    // "A, co-chair of the commission; B; and C": in a list whose items a semicolon separates, what
    // follows a person's comma up to the next semicolon describes that person and leaves the list open.
    if (semicolons && l === ',' && people.length > 0 && v.person(v.mentionAt(j - 1))) {
      const next = appositionBeforeSemicolon(v, j + 1, last);
      if (next > j) {
        j = next;
        continue;
      }
    }
    // "A, the head of the council, and B": a description in lower case set off by commas after a
    // person, with "and" after its closing comma, leaves the list open (read as an item of its own,
    // it names no one, and B is met either way).
    if (l === ',' && people.length > 0 && v.person(v.mentionAt(j - 1))) {
      const close = appositionBeforeAnd(v, j + 1, last);
      if (close > j) {
        j = close;
        continue;
      }
    }
    // "A, B, who is also Vice-President, and C": a relative aside after a person leaves the list open.
    const aside = people.length > 0 && v.person(v.mentionAt(j - 1)) ? relativeAsideEnd(v, j, last) : -1;
    if (aside > j) {
      j = aside;
      itemStart = j;
    }
    // "represented by A in person, and India by B", "attended by A personally and B": how one was
    // there qualifies that one and leaves the list open.
    const manner = people.length > 0 && v.person(v.mentionAt(j - 1)) ? mannerOfPresenceEnd(v, j) : -1;
    if (manner > j) {
      j = manner;
      itemStart = j;
      continue;
    }
    // "received A, followed by B and C": the next in a sequence of those received is one more item.
    // "met A, followed by a dinner" names no one, and the list ends there.
    if (l === ',' && people.length > 0 && v.lower(j + 1) === 'followed' && v.lower(j + 2) === 'by' && personOpensAt(v, j + 3)) {
      afterSeparator = true;
      j += 3;
      itemStart = j;
      continue;
    }
    if (LIST_WORDS.has(v.lower(j)) || (semicolons && v.lower(j) === ';')) {
      const l = v.lower(j);
      // "B, who had received C in May, and D": two items take no comma before "and", so a comma
      // before "and" after the one item of a list inside a relative clause set off by commas closes
      // the clause; what follows goes on with the list the clause's antecedent stands in.
      if (l === ',' && separators === 0 && people.length === 1 && v.lower(j + 1) === 'and' && insideRelativeAside(v, k)) break;
      separators++;
      afterSeparator = true;
      if (l === ';') semicolon = true;
      if (l === 'and' && v.lower(j - 1) === ',') commaAnd = true;
      // "met A and, separately, B", "and, on the following day, B": an adverbial set off by commas after
      // the conjunction qualifies the next item and leaves the list open. A clause may follow as well
      // ("and, later, B said"), so one whose verb follows ends the list, as after ", and".
      // "attended by A and, on the Qatari side, by B": a side named between commas is read as the next side's list.
      const adverbial = (l === 'and' || l === '&') && !(semicolons && elidedSideEnd(v, j + 2, last) > 0) ? adverbialAsideEnd(v, j + 1, last) : -1;
      if (adverbial > 0) {
        commaAnd = true;
        j = adverbial + 1;
        continue;
      }
      // "Vice Minister of Land, Infrastructure and Transport Park Sang-woo": a comma inside an office,
      // after a word of the office rather than a person, separates portfolios, not list items.
      // A semicolon always separates items: a person opening a clause after it ends the list ("...; B also attended").
      if (l === ';' || (l !== 'and' && l !== '&' && afterPerson(v, j))) comma = true;
      j++;
      continue;
    }
    // "as well as"
    if (l === 'as' && v.lower(j + 1) === 'well' && v.lower(j + 2) === 'as') {
      afterSeparator = true;
      j += 3;
      continue;
    }
    // "Nobel laureate Maria Ressa", "economist Anna Berg": a common noun right before a name describes the person;
    // "the chairman of the Samruk-Kazyna fund, Nurlan Zhakupov": so does one closing an office before its comma;
    // "plant director Mark Ellison": so do a few lower-case nouns of one role.
    if (v.inNounPhrase(j) || titleLink(v, j) || (v.tok(j)?.pos === 'NOUN' && (v.person(v.mentionAt(j + 1)) || (v.lower(j + 1) === ',' && styledPersonAt(v, j + 2))))
      || roleNounBeforeName(v, j)
      || attributiveParticiple(v, j)
      || mistaggedModifier(v, j)
      || hyphenedModifier(v, j)) {
      j++;
      continue;
    }
    // "met a group of business leaders and Minister X": a collective noun and its "of" count the
    // common nouns after them as a number would, and the list goes on past them.
    const counted = collectiveOf(v, j);
    if (counted > j) {
      j = counted;
      continue;
    }
    // "received ambassadors of six states, among them A and B", "a roundtable with economists,
    // including A": the members named after a group stand for it.
    const members = membersOfGroup(v, j, last);
    if (members > j) {
      j = members;
      itemStart = j;
      afterSeparator = true;
      comma = false;
      continue;
    }
    // "A, B and the author of the report, C": a role in lower case set off by a comma before a name is
    // that item's description, as an office would be.
    const described = afterSeparator || j === k ? describedNameStart(v, j, last) : -1;
    if (described > j) {
      j = described;
      comma = false;
      continue;
    }
    // "met soldiers of the brigade and its commander, Colonel X": a group of common nouns before a described name.
    const group = groupBeforeNamedRole(v, j, last);
    if (group > j) {
      j = group;
      continue;
    }
    break;
  }
  return { people, end: j };
}

/**
 * "with offshore wind investors", "overseas visitors": a lower-case word the tagger read as an adverb
 * or as a verb, right before a common noun or a word that modifies one, qualifies that noun as an
 * adjective does (a verb only where no finite verb can stand: see MeetingText.isVerb).
 */
function mistaggedModifier(v: MeetingText, j: number): boolean {
  const t = v.tok(j);
  if (!t || v.isCap(j) || v.isClauseOpener(j)) return false;
  const next = v.tok(j + 1);
  if (!next || v.isCap(j + 1)) return false;
  if (t.pos === 'VERB') return !v.isVerb(j) && next.pos === 'NOUN';
  return t.pos === 'ADV' && (next.pos === 'NOUN' || (next.pos === 'VERB' && !v.isVerb(j + 1)));
}

/**
 * Where the words after a name ending at `end` go on past a description set off by commas that
 * names no one and holds no verb (", the ministry spokesman,"): the token after its closing comma,
 * else `end`.
 */
function appositionEnd(v: MeetingText, end: number, last: number): number {
  if (v.lower(end) !== ',') return end;
  for (let j = end + 1; j < last && j - end <= DESCRIPTION_REACH; j++) {
    if (v.lower(j) === ',') return j > end + 1 ? j + 1 : end;
    if (v.isVerb(j) || (v.mentionAt(j)?.form === 'name' && v.person(v.mentionAt(j))) || /^[;:.()"“”]$/.test(v.lower(j))) return end;
  }
  return end;
}

/**
 * "met B in Oslo, spokesperson C told reporters", "met B, C, a spokesman for the ministry, said": one
 * named after a comma whose verb of saying follows, past a description set off by commas, tells of
 * what the sentence reports.
 */
export function tellerAfterComma(v: MeetingText, m: Mention, first: number, last: number): boolean {
  const c = phraseOpening(v, v.tokenRange(m)[0]) - 1;
  return c >= first && v.lower(c) === ',' && saysAfter(v, appositionEnd(v, v.tokenRange(m)[1], last), last);
}

/** Whether a verb of saying follows the name ending at `end`, past adverbs: "X said", "X later told reporters". */
function saysAfter(v: MeetingText, end: number, last: number): boolean {
  let j = end;
  while (j < last && j - end < 2 && v.tok(j)?.pos === 'ADV') j++;
  return j < last && v.isVerb(j) && speechVerbLexicon().lemmas.has(v.lower(j));
}

/** Most tokens of a description between a person's comma and the semicolon that ends the list item. */
const APPOSITION_REACH = 16;

/**
 * The semicolon that ends a description starting at k, after a person's comma, in a list whose items
 * a semicolon separates ("A, co-chair of the intergovernmental commission; B"): a noun phrase that
 * opens with a word in lower case, names no one and has no verb; else -1. A phrase with a verb ("A,
 * who chairs the commission;") or a person ("A, deputy to B;") is left to the other readings.
 */
function appositionBeforeSemicolon(v: MeetingText, k: number, last: number): number {
  // "A, who chairs the working group; B": a relative clause about the member, with its own verb, ends at the semicolon too.
  const relative = v.lower(k) === 'who';
  if (!relative && (v.isCap(k) || !/^(?:NOUN|ADJ|DET)$/.test(v.tok(k)?.pos ?? ''))) return -1;
  for (let j = k; j < last && j - k <= APPOSITION_REACH; j++) {
    const l = v.lower(j);
    if (l === ';') return j > k ? j : -1;
    if (/^[.:!?]$/.test(l) || (v.isVerb(j) && !relative) || v.person(v.mentionAt(j))) return -1;
  }
  return -1;
}

/**
 * The comma that closes a description starting at k after a person's comma, when "and" follows it
 * ("A, the head of the council, and B"): a noun phrase that opens with a word in lower case and has
 * no verb, no person and no other punctuation; else -1.
 */
function appositionBeforeAnd(v: MeetingText, k: number, last: number): number {
  if (v.isCap(k) || !/^(?:NOUN|ADJ|DET)$/.test(v.tok(k)?.pos ?? '')) return -1;
  for (let j = k; j < last && j - k <= APPOSITION_REACH; j++) {
    const l = v.lower(j);
    if (l === ',') return j > k && v.lower(j + 1) === 'and' ? j : -1;
    if (/^[.:;!?()]$/.test(l) || v.isVerb(j) || v.person(v.mentionAt(j)) || l === 'and' || l === 'or') return -1;
  }
  return -1;
}

/** Most tokens of an adverbial set off by commas after "and": ", later in the day,", ", in a separate meeting,". */
const ADVERBIAL_ASIDE_REACH = 8;

/**
 * The closing comma of an adverbial set off by commas that opens at the comma `k` (", separately,",
 * ", on the following day,"): an adverb or a preposition first, then no verb and no person before
 * the closing comma; else -1.
 */
export function adverbialAsideEnd(v: MeetingText, k: number, last: number): number {
  if (v.lower(k) !== ',') return -1;
  const pos = v.tok(k + 1)?.pos;
  if (pos !== 'ADV' && pos !== 'ADP') return -1;
  for (let j = k + 1; j < last && j - k <= ADVERBIAL_ASIDE_REACH; j++) {
    if (v.lower(j) === ',') return j > k + 1 ? j : -1;
    if (v.isVerb(j) || v.person(v.mentionAt(j)) || /^[;:]$/.test(v.lower(j))) return -1;
  }
  return -1;
}

/** Nouns of a number of people that "of" and a plural common noun follow: "a group of investors". */
const COLLECTIVE = /^(?:group|groups|number|delegation|team|party|circle)$/;

/**
 * The token after "group of" at j, when a determiner stands before the collective noun and a
 * common noun phrase, not a named person or an office, after "of" ("a group of British business
 * leaders"); else -1. "a delegation of Minister X" names whose the delegation is, and is left to the list.
 */
function collectiveOf(v: MeetingText, j: number): number {
  if (!COLLECTIVE.test(v.lower(j)) || v.lower(j + 1) !== 'of' || (v.tok(j - 1)?.pos !== 'DET' && v.tok(j - 1)?.pos !== 'ADJ' && v.tok(j - 1)?.pos !== 'NUM')) return -1;
  const next = j + 2;
  if (v.person(v.mentionAt(next)) || v.isOfficeWord(next) || (v.isCap(next) && !v.mentionAt(next))) return -1;
  return next;
}

/** Most tokens of an opening phrase before its comma: "Asked about the visit of the Foreign Minister of Brazil to Beijing,". */
const OPENING_PHRASE_REACH = 24;

/** Where the noun phrase of a name starting at k begins: its office and the lower-case words describing it ("spokesperson X"). */
function phraseOpening(v: MeetingText, k: number): number {
  let b = v.officeStart(k);
  for (let n = 0; n < MAX_DESCRIPTION && !v.isCap(b - 1) && /^(?:NOUN|ADJ|DET)$/.test(v.tok(b - 1)?.pos ?? ''); n++) b--;
  // "the Chancellor's spokesman X", "Costa's adviser X": the possessor of the office, with its article, opens the phrase.
  if (b - 2 >= 0 && v.isPossessive(b - 1)) {
    const owner = v.mentionAt(b - 2);
    let p = owner ? v.tokenRange(owner)[0] : b - 2;
    for (let n = 0; !owner && n < MAX_DESCRIPTION && v.isCap(p - 1) && !v.mentionAt(p - 1); n++) p--;
    if (v.lower(p - 1) === 'the') p--;
    b = p;
  }
  return b;
}

/**
 * Whether the comma at c closes a phrase that opens its sentence with a participle or a
 * preposition ("Asked about ...,", "Speaking about ...,", "Regarding ...,") and holds no other comma.
 */
function closesOpeningPhrase(v: MeetingText, c: number): boolean {
  const sentence = v.tok(c)?.sentence;
  if (sentence === undefined) return false;
  const first = v.sentences[sentence]!.tokenStart;
  if (c - first > OPENING_PHRASE_REACH) return false;
  const opener = v.tok(first)!;
  if (!(opener.pos === 'VERB' && /(?:ed|ing)$/.test(opener.lower)) && opener.pos !== 'ADP') return false;
  for (let j = first + 1; j < c; j++) if (v.lower(j) === ',') return false;
  return true;
}

/** Adverbs of how one was present: "personally", "remotely". */
const PRESENT_HOW = /^(?:personally|remotely|virtually|online)$/;

/** The token after an adverbial of how one was present at j ("in person", "personally"), or -1. */
function mannerOfPresenceEnd(v: MeetingText, j: number): number {
  if (v.lower(j) === 'in' && v.lower(j + 1) === 'person') return j + 2;
  return PRESENT_HOW.test(v.lower(j)) ? j + 1 : -1;
}

/**
 * "a memorial ceremony for the late President X": one remembered takes no part. "The visit of the
 * late Prime Minister X", "talks with the late President Y": a meeting's own complement names one
 * who took part while alive.
 */
export function remembered(v: MeetingText, m: Mention): boolean {
  const office = v.officeStart(v.tokenRange(m)[0]);
  if (v.lower(office - 1) !== 'late') return false;
  const before = v.lower(office - 2) === 'the' ? office - 3 : office - 2;
  // "a reception in honour of the late Ambassador X", "in memory of the late X": after a noun of
  // remembrance "of" names the one remembered ("the visit of the late X" names one who came).
  if (v.lower(before) === 'of' && REMEMBRANCE.test(v.lower(before - 1))) return true;
  return !/^(?:of|with|between)$/.test(v.lower(before));
}

/** Nouns whose "of" names one honoured or remembered: "in honour of", "in memory of", "a tribute of". */
const REMEMBRANCE = /^(?:honour|honor|memory|remembrance|tribute)$/;

/** Most tokens of a group's noun phrase, with a phrase of place and time, before the words that name its members. */
const MAX_GROUP_TOKENS = 14;

/** "among them", "among whom were", "including", "such as", "notably", "namely": the words opening the members of a group. */
function membersOpenerEnd(v: MeetingText, j: number): number {
  const l = v.lower(j);
  if (l === 'among' && /^(?:them|whom|those)$/.test(v.lower(j + 1))) return /^(?:were|was)$/.test(v.lower(j + 2)) ? j + 3 : j + 2;
  // "attended by, among others, A and B".
  if (l === 'among' && v.lower(j + 1) === 'others') return v.lower(j + 2) === ',' ? j + 3 : j + 2;
  // "the ambassadors of Brazil, Sweden and Qatar, namely A, B and C".
  // "greeted the members of both delegations, especially A", "and in particular B": one singled out of a group is of it.
  if (l === 'including' || l === 'notably' || l === 'namely' || l === 'especially' || l === 'particularly') return j + 1;
  if (l === 'in' && v.lower(j + 1) === 'particular') return j + 2;
  if (l === 'such' && v.lower(j + 1) === 'as') return j + 2;
  return -1;
}

/**
 * Where the members named after a group start, or -1: from token j, a common-noun phrase of
 * people ("newly appointed ambassadors of six states", "women economists"), or nothing, then an
 * opener of its members. A verb, a clause opener or a person ends the search: the group's phrase
 * holds no one named.
 */
/** Most tokens of a role described in lower case before its comma: "the author of the annual report on trade". */
const DESCRIPTION_REACH = 10;

/**
 * "the author of the report, C", "the founder of the company, D": a noun phrase of a determiner, common
 * nouns and adjectives joined by "of", "for" or "on" (capitalised names of bodies inside it too), closed by
 * a comma with a person's name right after it. Returns the token of the name, or -1.
 */
/** groupBeforeRole with this module's reading of a described name. */
export function groupBeforeNamedRole(v: MeetingText, j: number, last: number): number {
  return groupBeforeRole(v, j, last, (n) => describedNameStart(v, n, last));
}

function describedNameStart(v: MeetingText, j: number, last: number): number {
  // The walk may have stepped over the determiner already: the phrase then starts at its noun.
  const determiner = /^(?:the|a|an|his|her|their|its)$/.test(v.lower(j));
  if (!determiner && !(v.tok(j)?.pos === 'NOUN' && !v.isCap(j) && /^(?:the|a|an|his|her|their|its)$/.test(v.lower(j - 1)))) return -1;
  let nouns = 0;
  for (let n = determiner ? j + 1 : j; n < last && n - j <= DESCRIPTION_REACH; n++) {
    const l = v.lower(n);
    if (l === ',') {
      // "the author of the report, Professor C": a title the mention leaves out may stand before the name.
      let name = n + 1;
      // "its commander, Canadian Brigadier General C": a nationality before the title describes the holder too.
      const nationality = v.mentionAt(name);
      if (nationality?.form === 'demonym' && !v.person(nationality)) name = v.tokenRange(nationality)[1];
      while (name < last && name - n <= 3 && !v.mentionAt(name) && v.isCap(name)) name++;
      return nouns > 0 && v.person(v.mentionAt(name)) ? n + 1 : -1;
    }
    const pos = v.tok(n)?.pos ?? '';
    if (pos === 'NOUN' && !v.isCap(n)) nouns++;
    else if (!(/^(?:of|for|on|the|a|an)$/.test(l) || pos === 'ADJ' || pos === 'PROPN' || v.isCap(n))) return -1;
  }
  return -1;
}

function membersOfGroup(v: MeetingText, j: number, last: number): number {
  for (let k = j; k < last && k - j <= MAX_GROUP_TOKENS; k++) {
    const open = membersOpenerEnd(v, k);
    if (open > 0) return open;
    const l = v.lower(k);
    if (l === ',') continue;
    // "represented by their presidents: A of X, B of Y": a colon after a plural noun of people opens its members.
    if (l === ':') return peopleNounBefore(v, k) ? k + 1 : -1;
    if (v.person(v.mentionAt(k)) || v.isClauseOpener(k) || l === ';' || l === '.') return -1;
    const pos = v.tok(k)?.pos;
    // "the leaders attending the U.S.-Africa Business Forum, among them A": a hyphen written tight
    // between two words joins them into one word of the group's phrase.
    if (tightHyphen(v, k)) continue;
    if (v.isVerb(k) && !/(?:ed|ing)$/.test(l)) return -1;
    // "received a group of executives in Hanoi on 26 May, among them A": a phrase of place or time
    // between the group and its members belongs to the clause, not to another noun. So does one of
    // where they come from: "hosted leaders from across Europe", "ministers from around the world".
    if (!(pos === 'NOUN' || pos === 'ADJ' || pos === 'NUM' || pos === 'DET' || pos === 'ADV' || pos === 'PROPN' || pos === 'VERB' || /^(?:of|and|from|in|on|at|across|around|throughout|for|to)$/.test(l))) return -1;
  }
  return -1;
}

/** The hyphen and dash characters a compound may be written with. */
const HYPHENS = new Set(['-', '‐', '‑', '–']);

/** Token k is a hyphen with no space on either side, between two words: "U.S.-Africa", "high-level". */
function tightHyphen(v: MeetingText, k: number): boolean {
  const h = v.tok(k);
  const a = v.tok(k - 1);
  const b = v.tok(k + 1);
  return h !== undefined && a !== undefined && b !== undefined && HYPHENS.has(h.text) && a.end === h.start && h.end === b.start;
}

/**
 * Whether token j is a part of a compound written with a tight hyphen ("self-proclaimed",
 * "newly-elected", "long-serving") that stands right before a noun or a name: the compound qualifies
 * what follows as an adjective would, even where the tagger reads its last part as a verb.
 */
function hyphenedModifier(v: MeetingText, j: number): boolean {
  const end = tightHyphen(v, j + 1) ? j + 2 : tightHyphen(v, j) ? j + 1 : tightHyphen(v, j - 1) ? j : -1;
  if (end < 0) return false;
  const next = end + 1;
  return v.mentionAt(next) !== undefined || /^(?:NOUN|PROPN)$/.test(v.tok(next)?.pos ?? '');
}

/** Plural nouns of people that are no office: "their leaders: A and B". */
const PEOPLE_PLURALS = /^(?:leaders|heads|guests|members|participants|delegates|representatives|counterparts|colleagues)$/;

/** Whether the word before token k names people in the plural ("presidents", "ministers", "leaders"). */
function peopleNounBefore(v: MeetingText, k: number): boolean {
  return !v.mentionAt(k - 1) && (v.isPluralOffice(k - 1) || PEOPLE_PLURALS.test(v.lower(k - 1)));
}

/** Most tokens of "the Tajik side by". */
const MAX_SIDE_TOKENS = 6;

/** Nouns that stand for one side of a meeting: "the Tajik side", "the delegation of Peru". */
const SIDE_NOUN = /^(?:side|delegation|team|party|one)$/;

/** Whether the name at j follows "<side noun> of [the]" no earlier than k: "the delegation of [the] Kazakhstan". */
function sideOfAt(v: MeetingText, j: number, k: number): boolean {
  const of = v.lower(j - 1) === 'the' ? j - 2 : j - 1;
  return of - 1 >= k && v.lower(of) === 'of' && SIDE_NOUN.test(v.lower(of - 1));
}

/** The token after "[on] [the] <country word> side by" (or "delegation by", "one by", or a state or body's name and "by") starting at k, or -1. */
export function elidedSideEnd(v: MeetingText, k: number, last: number): number {
  // "... and on the Ukrainian side by B", "and from the Ukrainian side by B".
  if (/^(?:on|from)$/.test(v.lower(k))) k++;
  for (let j = k; j < last && j - k < MAX_SIDE_TOKENS; j++) {
    // "; Canada by Prime Minister X": a state or body named as the side, its verb left out.
    const m = v.mentionAt(j);
    // "..., and the Uzbek President by B": so is a person, the one the elided verb says B joined.
    if (m && (m.type === 'place' || m.type === 'organization' || v.person(m))) {
      const after = v.tokenRange(m)[1];
      // A person side needs a named agent after "by" ("and B by phone" is an item of the list, with its manner).
      // "and the delegation of Kazakhstan by B": the state or body may follow the side noun after "of".
      if (v.lower(after) === 'by' && (j === k || (!v.person(m) && sideOfAt(v, j, k)) || (v.person(m) && v.isCap(after + 1)))) return after + 1;
    }
    // "; the Peruvian one by B": "one" stands for the noun of the clause before, as "side" would.
    if (SIDE_NOUN.test(v.lower(j))) {
      // "on the Turkish side - by B", "on the Peruvian side, by B": a dash or a comma may stand for the verb left out.
      const by = /^[–—,-]$/.test(v.lower(j + 1)) ? j + 2 : j + 1;
      if (v.lower(by) === 'by') return by + 1;
    }
    if (!v.inNounPhrase(j)) return -1;
  }
  return -1;
}

/** Whether token j comes right after a person's mention (or an item that is not part of an office). */
function afterPerson(v: MeetingText, j: number): boolean {
  const m = v.mentionAt(j - 1);
  if (m) return m.type === 'person';
  return !(v.isCap(j - 1) && v.isCap(j + 1));
}

/**
 * Things a person writes, says, decides or makes, whose author follows "by" or "from": "the
 * statement by X", "a message from X", "a book by X", "a portrait by X". Other nouns before "by" may end a phrase of place before a passive's
 * agent ("welcomed at the airport by X") or name a side ("the Tajik side by X").
 */
const AUTHORED = new Set(`statement statements message messages letter letters greetings greeting remarks proposal proposals
  initiative initiatives decision decisions decree decrees speech address appeal appeals invitation words comments
  announcement declaration note article interview congratulations condolences instructions instruction request
  book books memoir memoirs biography novel novels poem poems painting paintings portrait volume monograph
  works music songs plays films sculptures photographs drawings`.split(/\s+/));

/**
 * Between tokens a and b (where a name starts), an office and then "of" or "to" before the name's
 * own office: "Special Envoy of [President]", "Adviser to [the] Prime Minister".
 */
function officeComplement(v: MeetingText, a: number, b: number): boolean {
  const k = v.officeStart(b);
  const prep = v.lower(k - 1) === 'the' ? k - 2 : k - 1;
  // "special adviser to President Y", "a classmate of Minister Y": a lower-case noun before the
  // preposition heads the phrase as an office does; the one named after it is not the one described.
  return prep > a && /^(?:of|to)$/.test(v.lower(prep)) && (v.isCap(prep - 1) || SERVING_NOUNS.test(v.lower(prep - 1)) || v.tok(prep - 1)?.pos === 'NOUN') && !v.mentionAt(prep - 1);
}

/** Most lower-case words describing a person before the name: "detained journalist". */
const MAX_DESCRIPTION = 2;
/**
 * "the head of the negotiating team, X", "the chair of the organising committee, Y": a word in -ing
 * between an article (and perhaps a nationality) and a noun qualifies the noun as an adjective would; it is no verb of a clause.
 * So does a past participle ("the detained sailors", attributivePastParticiple).
 */
function attributiveParticiple(v: MeetingText, j: number): boolean {
  if (attributivePastParticiple(v, j)) return true;
  if (!v.lower(j).endsWith('ing') || v.isCap(j) || v.tok(j + 1)?.pos !== 'NOUN') return false;
  // "the Chilean negotiating team": a nationality may stand between the article and the participle.
  const before = v.mentionAt(j - 1)?.form === 'demonym' ? v.tokenRange(v.mentionAt(j - 1)!)[0] - 1 : j - 1;
  return /^(?:the|a|an)$/.test(v.lower(before));
}

/** Nouns of a party of several people: "delegation", "team". */
const PARTY_NOUNS = /^(?:delegations?|teams?|sides?|party|parties|groups?|missions?)$/;
/** Determiners after which a word before "of" heads a noun phrase, whatever its tag: "the grave of". */
const HEAD_DETERMINERS = /^(?:the|a|an|his|her|its|their)$/;

/**
 * "the family of X", "relatives of X": a person after "of" and a lower-case common noun (not a
 * delegation or a meeting). So is one after "by" or "from" and a noun of a thing authored,
 * whatever office is written before the name: "welcomed the statement by President X", "a message
 * from Minister X" name the author of a thing, not someone met ("a call from X" is a meeting).
 */
/** Most tokens from a name back to the "of" whose phrase it stands in: "of [the detained journalists]". */
const OF_REACH = 6;

/**
 * Whether the name of m stands in an "of" phrase whose head or description is a common noun in
 * the plural: "the families of [hostages] A", "relatives of A" ("relatives" before "of").
 */
function pluralOfPhrase(v: MeetingText, m: Mention): boolean {
  const [start] = v.tokenRange(m);
  const plural = (i: number) => v.tok(i)?.pos === 'NOUN' && !v.isCap(i) && /(?:[^s]s|ren|people)$/.test(v.lower(i));
  for (let t = start - 1; t > 0 && start - t <= OF_REACH; t--) {
    if (v.lower(t) !== 'of') continue;
    if (plural(t - 1)) return true;
    for (let q = t + 1; q < start; q++) if (plural(q)) return true;
    return false;
  }
  return false;
}

/** Whether the name of m is a bare item of a list: no office or article of its own, right after "and" or a comma. */
function bareListItem(v: MeetingText, m: Mention): boolean {
  const [start] = v.tokenRange(m);
  return v.officeStart(start) === start && /^(?:and|,)$/.test(v.lower(start - 1));
}

/**
 * ofCommonNoun, or a bare name joined by "and" or commas to a first that stands in a plural "of"
 * phrase of a common noun: "the families of hostages A, B and C" are all whose families were met.
 */
export function ofCommonNounItem(v: MeetingText, m: Mention): boolean {
  if (ofCommonNoun(v, m)) return true;
  let item = m;
  for (let n = 0; n < MAX_BARE_ITEMS && bareListItem(v, item); n++) {
    const before = v.mentionAt(v.tokenRange(item)[0] - 2);
    if (!before || !v.person(before)) return false;
    if (ofCommonNoun(v, before)) return pluralOfPhrase(v, before);
    item = before;
  }
  return false;
}

/**
 * "received the envoys sent by President X", "met the delegation appointed by Y": the name of m is
 * the agent of a past participle that describes a common noun right before it. The participle says
 * what the agent once did to what the noun names, not that the agent is there; a participle that is
 * itself a word of meeting or presence ("the delegation led by X", "the talks hosted by Y") keeps
 * its agent at the meeting and is left to the meeting grammar.
 */
export function agentOfDescribingParticiple(v: MeetingText, m: Mention): boolean {
  // "sent by Governor of Hokkaido X": past the office and the places it names.
  const by = officePhraseStart(v, v.tokenRange(m)[0], 0) - 1;
  if (v.lower(by) !== 'by') return false;
  const p = by - 1;
  const t = v.tok(p);
  if (!t || t.pos !== 'VERB' || v.isCap(p) || !/(?:ed|en|nt|wn|de)$/.test(t.lower)) return false;
  if (meetingLexicon().byFirstWord.has(t.lower)) return false;
  const noun = v.tok(p - 1);
  // "the consensus reached by A and B during the visit": a thing done by its agents may be done at
  // the meeting; only people or a party described so are the ones met.
  return noun !== undefined && noun.pos === 'NOUN' && !v.isCap(p - 1) && !v.mentionAt(p - 1)
    && (PARTY_NOUNS.test(noun.lower) || DESCRIBED_PEOPLE.test(noun.lower) || v.isOffice(p - 1));
}

/** Common nouns of people who may be met, described by a participle after them: "the envoys sent by X". */
const DESCRIBED_PEOPLE = /^(?:guests?|visitors?|participants?|members?|representatives?|officials?|envoys?|emissar(?:y|ies)|experts?|specialists?|students?|pupils|volunteers?|workers?|farmers?|veterans?|journalists?|executives?|businessmen|entrepreneurs?|investors?|officers?|staff|people)$/;

/** Most bare names walked back through a list to the first of an "of" phrase. */
const MAX_BARE_ITEMS = 12;

/** Offices that serve another's: the one named after "of" or "to" is the principal. */
const SERVING_NOUNS = /^(?:envoy|emissary|representative|adviser|advisor|aide|assistant|spokesperson|spokesman|spokeswoman|staff)$/;

/** Whether the name of m, with its office, follows "by" right after a noun of a thing authored: "a concert of works by X", "poems by X". */
export function authorBy(v: MeetingText, m: Mention): boolean {
  let office = officePhraseStart(v, v.tokenRange(m)[0], 0);
  if (v.lower(office - 1) === 'the') office--;
  return v.lower(office - 1) === 'by' && AUTHORED.has(v.lower(office - 2));
}

/**
 * Whether the name starting at token `nameStart`, with its office, stands in a phrase of a thing
 * authored: its author after "by" or "from" ("a message from [President of Uzbekistan] X"), or the
 * one it is addressed to after "to" ("a letter to [the] Prime Minister"). The phrases may follow one
 * another ("a letter from X to Y", "a message to Y from X"); `depth` bounds how many are read back.
 */
function inPhraseOfThing(v: MeetingText, nameStart: number, depth = 1): boolean {
  let office = officePhraseStart(v, nameStart, 0);
  if (v.lower(office - 1) === 'the') office--;
  if (!/^(?:by|from|to)$/.test(v.lower(office - 1))) return false;
  if (AUTHORED.has(v.lower(office - 2))) return true;
  if (depth === 0) return false;
  const before = v.mentionAt(office - 2);
  if (before !== undefined && v.person(before) !== null) return inPhraseOfThing(v, v.tokenRange(before)[0], depth - 1);
  // "a message to the Speaker from X": an office named by its title alone before the phrase.
  let k = before !== undefined ? v.tokenRange(before)[0] - 1 : office - 2;
  while (k > 0 && office - k <= THING_OFFICE_REACH && v.isCap(k) && v.isOffice(k)) k--;
  if (v.lower(k) === 'the') k--;
  return k < office - 2 && /^(?:by|from|to)$/.test(v.lower(k)) && AUTHORED.has(v.lower(k - 1));
}

/** Most tokens of an office named by its title alone inside the phrase of a thing authored: "to the Deputy Prime Minister". */
const THING_OFFICE_REACH = 5;

/**
 * "the family of [detained journalist] X": lower-case words describing the person belong to the
 * phrase after "of" as an office does; the start of those before token `office`.
 * Not a meeting word: "the pleasure of meeting X" names one met.
 * "the families of detained sailor X": a participle used as an adjective describes the person too.
 */
function describedFrom(v: MeetingText, office: number): number {
  for (let n = 0; n < MAX_DESCRIPTION && !v.isCap(office - 1) && (/^(?:NOUN|ADJ)$/.test(v.tok(office - 1)?.pos ?? '') || attributivePastParticiple(v, office - 1, true))
    && !v.lower(office - 1).endsWith('ing') && !meetingLexicon().byFirstWord.has(v.lower(office - 1)); n++) office--;
  return office;
}

export function ofCommonNoun(v: MeetingText, m: Mention): boolean {
  const [nameStart] = v.tokenRange(m);
  let office = v.officeStart(nameStart);
  // "the instructions of the Head of State X", "of the President of Uzbekistan X": an office with an
  // "of" phrase of its own is read whole, unless the word before its "of" serves another ("Envoy of
  // President X" names the principal after "of").
  // Only a capitalised office is read so: "the former deputy of Minister X" and "members of the House
  // of Councillors X" keep their own readings.
  const whole = office > 0 && (v.lower(office - 1) === 'of' || v.mentionAt(office - 1)) ? officePhraseStart(v, nameStart, 0) : office;
  if (whole < office && v.isCap(whole) && v.isOffice(whole) && !(v.lower(office - 1) === 'of' && SERVING_NOUNS.test(v.lower(office - 2)))) office = whole;
  // "the policies of the new US President, X": a name set off by a comma after a bare office is that
  // office's apposition, and the phrase after "of" is the office's.
  const titled = v.lower(nameStart - 1) !== 'of';
  if (office === nameStart && v.lower(nameStart - 1) === ',') {
    const apposed = v.officeStart(nameStart - 1);
    if (apposed < nameStart - 1) office = apposed;
  }
  office = describedFrom(v, office);
  // "the family of British aid worker X": a nationality adjective, or a nationality with the noun it
  // qualifies read as a group, opens the description; "relatives of the late Corporal X": so does
  // the article of the phrase after "of". So does a state named before an office ("the US President").
  // A party's name ("the Ukrainian delegation X") is no description of one person.
  const described = v.mentionAt(office - 1);
  if (described && (described.form === 'demonym' || (described.form === 'nominal' && !PARTY_NOUNS.test(v.lower(office - 1))) || (described.type === 'place' && office < nameStart && v.isCap(office) && v.isOffice(office))) && described.type !== 'person') {
    office = describedFrom(v, Math.min(office - 1, v.tokenRange(described)[0]));
  }
  if (v.lower(office - 1) === 'the' && v.lower(office - 2) === 'of') office--;
  if (/^(?:by|from)$/.test(v.lower(office - 1))) {
    const noun = v.tok(office - 2);
    return noun !== undefined && AUTHORED.has(noun.lower);
  }
  // "the wife of [President] X": the office written before the name belongs to the phrase after "of".
  const start = titled ? office : nameStart;
  // "Minister X, Special Envoy of President Y", "Aide to President Y": Y is whom the envoy serves, not
  // one who takes part ("Aide to the President Y" names the aide, and is read as the aide's office).
  if (titled && office < nameStart && /^(?:of|to)$/.test(v.lower(start - 1)) && SERVING_NOUNS.test(v.lower(start - 2))) return true;
  if (v.lower(start - 1) !== 'of') return false;
  const noun = v.tok(start - 2);
  // "a meeting of A, B and C": those of a meeting are the ones who meet. "The visit of X" is often
  // only announced, and names the visitor, not whom the visitor meets; "the visit of President X"
  // names the visitor by office, and is read by the meeting rules.
  // "in the presence of X", "with the participation of X": one whose presence is spoken of is there.
  const meetingNoun = meetingLexicon().byFirstWord.get(noun?.lower ?? '')?.some((c) => (c.cueClass === 'noun' || c.cueClass === 'present') && (titled || c.kind !== 'visit') && !c.form.includes(' ')) ?? false;
  // "at the grave of X": a word the tagger reads as an adjective is the head noun when a determiner
  // stands right before it and "of" right after.
  const head = noun?.pos === 'NOUN' || (noun?.pos === 'ADJ' && HEAD_DETERMINERS.test(v.lower(start - 3)));
  // "a dinner in honour of X": the guest of honour is there.
  // "under the chairmanship of X": the one who chairs is there.
  return noun !== undefined && head && !v.isCap(start - 2) && !/^(?:delegations?|honou?r|chairmanship|co-chairmanship|chairpersonship)$/.test(noun.lower) && !meetingNoun;
}

/** Determiners that open a common noun phrase heading a subject: "the message of", "a letter of". */
const SUBJECT_HEAD_DETERMINER = /^(?:the|a|an|this|that)$/;

/**
 * Whether the person of m stands after "of" in a common noun phrase that opens with a determiner:
 * "The message of President X [was read out]", "the family of X". The noun's complement (its sender,
 * owner or kin) is not the subject of the verb after the phrase. A capitalised head is an office
 * ("Special Envoy of the President X") and is left to the office readers.
 */
function complementOfSubjectNoun(v: MeetingText, m: Mention): boolean {
  if (!ofCommonNoun(v, m)) return false;
  let k = v.officeStart(v.tokenRange(m)[0]) - 1;
  if (v.lower(k) === 'the') k--;
  if (v.lower(k) !== 'of') return false;
  return !v.isCap(k - 1) && v.tok(k - 1)?.pos === 'NOUN' && SUBJECT_HEAD_DETERMINER.test(v.lower(k - 2));
}

/**
 * A preposition inside a long office before a capitalised word: "Special Representative *for*
 * Interaction *with* Organisations of Compatriots Abroad", "Ambassador of Belarus *to* the
 * Russian Federation". Outside a title the next word is lower case ("met *with* the press").
 */
function titleLink(v: MeetingText, j: number): boolean {
  if (!/^(?:for|with|to|on|in|at|from)$/.test(v.lower(j))) return false;
  const next = v.lower(j + 1) === 'the' ? j + 2 : j + 1;
  return v.isCap(next) && v.tok(next)?.pos !== 'PRON';
}

/** Most "of" complements a common noun phrase in a list of subjects may carry: "members of the board of the chamber of commerce". */
const MAX_OF_COMPLEMENTS = 3;

/**
 * "the business delegation" before "and": a noun phrase with no name in a list of subjects. Returns
 * where it starts, or -1. Its head may take "of" complements ("representatives of the regional
 * chamber of entrepreneurs"), and a plural head needs no determiner ("and officials of the ministry
 * took part"), as English plurals and mass nouns stand bare where a singular count noun cannot.
 */
function commonNounPhraseStart(v: MeetingText, j: number, first: number): number {
  let end = j;
  for (let ofs = 0; ofs <= MAX_OF_COMPLEMENTS; ofs++) {
    let k = end;
    while (k >= first && k > end - 5 && (v.tok(k)?.pos === 'NOUN' || v.tok(k)?.pos === 'ADJ') && !v.isCap(k)) k--;
    if (k === end || k < first) return -1;
    const determined = /^(?:the|a|an|his|her|their|its|our)$/.test(v.lower(k));
    const start = determined ? k : k + 1;
    // "the chamber *of* entrepreneurs": the phrase found so far is the complement of a head before "of".
    if (v.lower(start - 1) === 'of' && start - 2 >= first) {
      end = start - 2;
      continue;
    }
    if (determined) return k;
    // A bare head must be plural: "and delegation took part" is no list item, "and officials" is.
    return PLURAL_HEAD.test(v.lower(end)) ? start : -1;
  }
  return -1;
}

/** A common noun in the plural: "representatives", "officials", "members" (not "business", "class"). */
const PLURAL_HEAD = /^[a-z-]+[^s']s$/;

/** After a person's noun phrase at `end`, a verb follows: the person is the subject of a new clause. */
export function opensClause(v: MeetingText, end: number, last: number): boolean {
  let j = end;
  while (j < last && j - end < 12 && !v.isVerb(j) && v.inNounPhrase(j) && v.lower(j) !== ',') {
    // "A, B and C was held": "and" before another person goes on with the list, whose verb this is not.
    if (v.lower(j) === 'and' && v.person(v.mentionAt(j + 1))) return false;
    j++;
  }
  while (j < last && v.tok(j)?.pos === 'ADV') j++;
  return j < last && v.isVerb(j);
}

/**
 * Tokens of ", who ... ," and ", which ... ," inside a sentence: relative clauses that stand
 * between a subject and its verb ("Dmitry Krutoi, who has the powers of Deputy Prime Minister,
 * co-chaired"), so that a walk back to the subject steps over them.
 */
export function relativeClauses(v: MeetingText, s: Sentence): ReadonlySet<number> {
  // Made only when the sentence has a clause to skip: most have none, and share NO_SKIP.
  let out: Set<number> | null = null;
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    // "X, who ...,"; "X, accompanied by A and B," "X, flanked by A,": a relative clause, or a
    // participle with its agent, set off by commas between a subject and its verb.
    // The comma first: most tokens are none, and that is cheaper to see than the words after it.
    if (v.lower(i) !== ',') continue;
    const next = v.lower(i + 1);
    const relative = next === 'who' || next === 'which';
    const participle = next.endsWith('ed') && v.lower(i + 2) === 'by';
    // "Minister X, on a visit to Lima, signed ...": a phrase of a preposition set off by commas
    // right after a person, with the clause's verb after its closing comma.
    const aside = !relative && !participle && v.tok(i + 1)?.pos === 'ADP' && v.person(v.mentionAt(i - 1)) !== null;
    if (!(relative || participle || aside)) continue;
    let j = i + 2;
    while (j < s.tokenEnd && v.lower(j) !== ',' && v.lower(j) !== ';' && !(aside && v.isVerb(j) && !v.lower(j).endsWith('ing'))) j++;
    if (j >= s.tokenEnd || v.lower(j) !== ',') continue;
    if (aside && !asideBeforeVerb(v, j + 1, s.tokenEnd)) continue;
    // "President A, in a call with B, stressed ...": a phrase that names someone is read for its own
    // meeting, whose people its words give; only a phrase of no one is stepped over.
    if (aside && namesPersonBetween(v, i + 1, j)) continue;
    out ??= new Set<number>();
    for (let k = i; k <= j; k++) out.add(k);
    i = j;
  }
  return out ?? NO_SKIP;
}

function namesPersonBetween(v: MeetingText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.person(v.mentionAt(k))) return true;
  return false;
}

/** Whether a verb group (its adverbs and auxiliaries first) starts at k, as after a phrase set off between a subject and its verb. */
function asideBeforeVerb(v: MeetingText, k: number, last: number): boolean {
  let j = k;
  while (j < last && j - k < 3 && (v.tok(j)?.pos === 'ADV' || v.tok(j)?.pos === 'AUX')) j++;
  return j < last && v.isVerb(j) && !v.lower(j).endsWith('ing');
}

/** Most tokens of the date after "on": "on March 18, 2016". */
const DATE_ADJUNCT_REACH = 5;

/**
 * The token after a date adjunct "on Monday", "on 12 May", "on March 18, 2016" that starts at k with
 * "on", or -1 when "on" at k opens no date.
 */
export function dateAdjunctEnd(v: MeetingText, k: number, last: number): number {
  return v.lower(k) === 'on' ? datePhraseEnd(v, k + 1, last, MONTH_OR_WEEKDAY, DATE_ADJUNCT_REACH) : -1;
}

/**
 * The token before a date adjunct "on March 18", "on 18 March 2024", "on Monday" ending at j, or j
 * itself when none ends there.
 */
function beforeDateAdjunct(v: MeetingText, j: number, first: number): number {
  let k = j;
  while (k >= first && j - k < 5 && (MONTH_OR_WEEKDAY.test(v.lower(k)) || DAY_OR_YEAR.test(v.lower(k)) || v.lower(k) === ',')) k--;
  if (k === j || v.lower(k) !== 'on') return j;
  for (let d = k + 1; d <= j; d++) if (MONTH_OR_WEEKDAY.test(v.lower(d))) return k - 1;
  return j;
}

/** Adverbs the tagger may not mark as such that stand between a subject and its verb. */
const SUBJECT_VERB_ADVERBS = new Set(['also', 'together', 'then', 'today', 'later', 'separately', 'jointly', 'personally']);

/** Adverbs and auxiliaries between a subject and its verb: "also", "today", "has", "was". */
function betweenSubjectAndVerb(v: MeetingText, i: number): boolean {
  const t = v.tok(i);
  if (!t) return false;
  return t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || SUBJECT_VERB_ADVERBS.has(t.lower);
}

/** Most tokens of a participle phrase set off by commas between a subject and its verb: ", invited as a guest of honour,". */
const PARTICIPLE_ASIDE_REACH = 12;

/**
 * The opening comma of a participle phrase set off by commas that the comma `close` ends, right
 * after a named person: "President X, invited as a guest of honour, took part", "Minister Y, accompanied
 * by her deputies, attended". The phrase opens with a past participle and holds no other verb and no
 * person of its own before its "by" (an agent inside it, "invited by President Z", is stepped over
 * with it); -1 when no such phrase ends at `close`.
 */
function participleAsideStart(v: MeetingText, close: number, first: number): number {
  let named = false;
  let by = false;
  for (let j = close - 1; j > first && close - j <= PARTICIPLE_ASIDE_REACH; j--) {
    const l = v.lower(j);
    if (l === ',') {
      const opener = j + 1;
      // "sent by", "brought by": a verb right before "by" is a past participle whatever its ending.
      if (opener >= close || !v.isVerb(opener) || !(/(?:ed|en|wn)$/.test(v.lower(opener)) || v.lower(opener + 1) === 'by')) return -1;
      if (named && !by) return -1;
      return v.person(v.mentionAt(j - 1)) ? j : -1;
    }
    if (/^[;:]$/.test(l)) return -1;
    if (l === 'by') by = true;
    if (v.person(v.mentionAt(j))) named = true;
    else if (v.isVerb(j) && v.lower(j - 1) !== ',') return -1;
  }
  return -1;
}

/** Most tokens of an aside of errand or role set off by commas between a subject and its verb: ", acting on behalf of the President of the Republic,". */
const ERRAND_ASIDE_REACH = 14;
/**
 * Present participles whose object shares the scene with the one who does them: "A, accompanying
 * President B, met C" and "A, leading a delegation with Deputy B, met C" put B there as well.
 */
const SHARES_SCENE = /^(?:accompanying|joining|leading|heading|escorting|guiding|welcoming|greeting|hosting|receiving|meeting|visiting|including|flanking|assisting)$/;
/** Prepositions that open an aside of mandate or role: "on behalf of", "at the request of", "as envoy of", "in her capacity as", "under instructions from". */
const ERRAND_PREPOSITION = /^(?:on|upon|at|as|in|under)$/;
/** Articles that open an apposition describing the one before it: "the special envoy of President X", "a close ally of X". */
const APPOSITION_ARTICLE = /^(?:the|a|an)$/;

/** Nouns of an aside of place beside someone: "in the company of X", "at the side of X", "at the head of a delegation including X". */
const COMPANY_NOUN = /^(?:company|presence|side|head|participation)$/;
/** Words inside an aside that put someone named in it beside the subject: "a delegation including X", "talks with X". */
const BESIDE = /^(?:including|with|alongside|together|accompanied|joined)$/;

/** Whether the aside from k to `close` puts the one named in it beside the subject rather than acting through them. */
function keepsCompany(v: MeetingText, k: number, close: number): boolean {
  for (let j = k; j < close; j++) {
    if (BESIDE.test(v.lower(j)) || (j - k < 3 && COMPANY_NOUN.test(v.lower(j)))) return true;
  }
  return false;
}

/**
 * Whether the word at o opens an aside that describes the person before its comma and acts for
 * them: a present participle of an errand ("representing", "acting on behalf of", "carrying a
 * letter from"), a preposition of mandate or role, "with" and an article ("with a message from"),
 * or an article whose noun takes its complement after "of" or "to" ("the special envoy of X").
 * A participle of keeping company, or "with" and a name ("with Ambassador X"), puts its object
 * beside the subject and opens no such aside.
 */
function errandAsideOpener(v: MeetingText, o: number, close: number): boolean {
  const l = v.lower(o);
  // The tagger may read a participle right after the comma as a noun ("acting on behalf of").
  if (l.endsWith('ing') && (v.isVerb(o) || (!v.isCap(o) && l.length > 5))) return !SHARES_SCENE.test(l);
  if (l === 'with') return APPOSITION_ARTICLE.test(v.lower(o + 1));
  if (ERRAND_PREPOSITION.test(l)) return !keepsCompany(v, o + 1, close);
  // "Minister A, successor to B, met C", "A, widow of B, met C": a bare common noun in lower case
  // taking its complement after "of" or "to" describes A by another, as with an article.
  if (v.tok(o)?.pos === 'NOUN' && !v.isCap(o) && /^(?:of|to)$/.test(v.lower(o + 1))) return true;
  if (!APPOSITION_ARTICLE.test(l)) return false;
  for (let j = o + 1; j < close; j++) {
    if (v.lower(j) === 'of' || v.lower(j) === 'to') return true;
    // The apposition's own office ("the special envoy") may be a mention of someone; a name is someone else.
    const m = v.mentionAt(j);
    if (m?.form === 'name' && v.person(m)) return false;
  }
  return false;
}

/** Most tokens of an office set off by commas after a name: ", Deputy Minister of Foreign Affairs of the Republic,". */
const OFFICE_APPOSITION_REACH = 10;

/**
 * Whether the words ending at `end` are an office set off by a comma after a named person, with no one
 * named in it: "Ana Costa, Minister of Trade" (before a second aside, ", representing ...").
 */
function officeAppositionOfPerson(v: MeetingText, end: number, first: number): boolean {
  let office = false;
  for (let j = end; j > first && end - j < OFFICE_APPOSITION_REACH; j--) {
    const l = v.lower(j);
    if (l === ',') return office && v.person(v.mentionAt(j - 1)) !== null;
    if (v.person(v.mentionAt(j))) return false;
    if (v.isOffice(j)) office = true;
    else if (!v.inNounPhrase(j) && l !== 'of') return false;
  }
  return false;
}

/**
 * The opening comma of an aside of errand or role that the comma `close` ends, right after a named
 * person: "Minister A, representing President B, met C", "Minister A, on behalf of President B,
 * received C", "Minister A, the special envoy of President B, met C". One named inside the aside is
 * the one acted for or described, not a subject of the verb after it. The aside holds no verb but
 * its opener and no clause of its own; -1 when no such aside ends at `close`.
 */
export function errandAsideStart(v: MeetingText, close: number, first: number): number {
  // Set off by commas, by a pair of dashes, or by brackets: "A (representing President B) met C".
  const mark = v.lower(close);
  const opens = mark === ')' ? '(' : mark;
  if (!ASIDE_MARKS.test(mark)) return -1;
  for (let j = close - 1; j > first && close - j <= ERRAND_ASIDE_REACH; j--) {
    const l = v.lower(j);
    if (l === opens) return errandAsideOpener(v, j + 1, close) && (v.person(v.mentionAt(j - 1)) || officeAppositionOfPerson(v, j - 1, first)) ? j : -1;
    if (/^[,;:()"“”–—]$/.test(l)) return -1;
    // "in her capacity as envoy": "as" before a noun is a preposition, and a clause it would open has a verb.
    if (v.lower(j - 1) !== opens && !v.mentionAt(j) && (v.isVerb(j) || (v.isClauseOpener(j) && l !== 'as'))) return -1;
  }
  return -1;
}

/** Marks that close an aside between a subject and its verb: a comma, a dash, a closing bracket. */
const ASIDE_MARKS = /^[,)–—]$/;

/** Most tokens of adjuncts between a verb and the infinitive it governs: "went to Jakarta last week to meet". */
const MAX_INFINITIVE_ADJUNCT = 8;
/** Verbs of intention, often tagged as nouns in the third person: "plans to meet", "hopes to visit". */
const GOVERNS_INFINITIVE = /^(?:plans|hopes|intends|aims|wants|wishes|expects|seeks|needs|looks)$/;

/** Most tokens of an apposition between a name and ", who": "chief executive officer of Brightline Solar of Denver". */
const WHO_APPOSITION_REACH = 10;

/**
 * "said Laura Jennings, CEO of Brightline Solar, who attended the meeting": the one "who" stands
 * for, named before an apposition set off by commas that says what the person is. j is the apposition's
 * last token; the apposition holds no verb and no one else. Null when no such person is there.
 */
function antecedentBeforeApposition(v: MeetingText, j: number, first: number): PersonRef | null {
  for (let k = j; k > first && j - k <= WHO_APPOSITION_REACH; k--) {
    const l = v.lower(k);
    if (l === ',') return k > j - 1 ? null : v.person(v.mentionAt(k - 1));
    const m = v.mentionAt(k);
    if (v.isVerb(k) || (m && v.person(m)) || /^[;:.()"“”]$/.test(l) || v.isClauseOpener(k)) return null;
  }
  return null;
}

/**
 * The person whose noun phrase ends at token j, for a relative pronoun after it: a name ("Sadyr
 * Japarov, who"), or a name whose "of" phrase names its state or body ("Prime Minister Giorgia
 * Meloni of Italy, who"). Null when none ends there.
 */
export function antecedentEndingAt(v: MeetingText, j: number, first: number): PersonRef | null {
  const m = v.mentionAt(j);
  if (!m) return null;
  const p = v.person(m);
  if (p) return p;
  if (m.type !== 'place' && m.type !== 'organization') return null;
  const of = v.tokenRange(m)[0] - 1;
  return of > first && v.lower(of) === 'of' ? v.person(v.mentionAt(of - 1)) : null;
}

/** Most tokens of the group a subject is counted among: "among the foreign ministers of the region". */
const AMONG_GROUP_REACH = 6;

/**
 * "A and B were among the leaders [who met]", "were among those [attending]": with j at the last
 * word of the group, the subject of the copula before "among", who belong to the group and so do
 * what its relative clause or participle says; or null.
 */
export function amongGroupSubject(v: MeetingText, j: number, first: number, skip: ReadonlySet<number>): PersonRef[] | null {
  let g = j;
  while (g >= first && j - g < AMONG_GROUP_REACH && v.lower(g) !== 'among') {
    if (v.person(v.mentionAt(g)) || /^[,;:]$/.test(v.lower(g)) || v.isVerb(g)) return null;
    g--;
  }
  if (g <= first || v.lower(g) !== 'among' || g === j) return null;
  let c = g - 1;
  while (c > first && v.tok(c)?.pos === 'ADV') c--;
  if (!/^(?:were|was|are|is)$/.test(v.lower(c))) return null;
  const people = peopleBefore(v, c, first, skip);
  return people.length > 0 ? people : null;
}

/** Most tokens of an apposition ending in "respectively": "ministers of industry, energy and transport respectively". */
const RESPECTIVE_REACH = 16;

/**
 * With j at the comma that closes an apposition ending in "respectively" after a list of people,
 * the last token of that list (the name before the apposition's opening comma); else j.
 */
function beforeRespectiveApposition(v: MeetingText, j: number, first: number): number {
  if (v.lower(j) !== ',' || v.lower(j - 1) !== 'respectively') return j;
  for (let c = j - 2; c > first && j - c <= RESPECTIVE_REACH; c--) {
    if (v.person(v.mentionAt(c))) return v.lower(c + 1) === ',' ? c : j;
    if (/^[.;:]$/.test(v.lower(c))) return j;
  }
  return j;
}

/** Possessive pronouns that stand before a noun as its determiner: "his deputy", "their envoy". */
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its)$/;

/**
 * Whether the name of m, with its office, is the object of "instead of", "in place of" or "in the
 * absence of": "attended the summit instead of President X" names one who stayed away.
 */
export function stoodInFor(v: MeetingText, m: Mention): boolean {
  let office = officePhraseStart(v, v.tokenRange(m)[0], 0);
  if (v.lower(office - 1) === 'the') office--;
  return closesStandIn(v, office - 1);
}

/**
 * Whether token k is the "of" that closes "instead of", "in place of" or "in the absence of" (also
 * "during the absence of"): the one named after it stayed away.
 */
function closesStandIn(v: MeetingText, k: number): boolean {
  if (v.lower(k) !== 'of') return false;
  if (v.lower(k - 1) === 'absence') return v.lower(k - 2) === 'the' && /^(?:in|during)$/.test(v.lower(k - 3));
  return v.lower(k - 1) === 'instead' || (v.lower(k - 1) === 'place' && v.lower(k - 2) === 'in');
}

/**
 * Persons of the subject before token k: "Vladimir Putin", "A and B", "David Lidington, the
 * Chancellor of the Duchy of Lancaster," (an apposition is stepped over), "the Governor" (a title
 * coreference resolved), "he". A comma before the first person found ends an introductory phrase.
 */
export function peopleBefore(v: MeetingText, k: number, first: number, skip: ReadonlySet<number>): PersonRef[] {
  let j = k - 1;
  while (j >= first && betweenSubjectAndVerb(v, j) && v.lower(j) !== 'to') j--;
  // "A, B and C, ministers of industry, energy and transport respectively, took part": an
  // apposition that gives each item its office in turn stands between the list and its verb.
  j = beforeRespectiveApposition(v, j, first);
  // "Deputy Prime Minister X on March 18 hosted": a date between the subject and its verb.
  j = beforeDateAdjunct(v, j, first);
  while (j >= first && betweenSubjectAndVerb(v, j) && v.lower(j) !== 'to') j--;
  // "X and Y, invited as guests of honour, also took part": a participle phrase set off by commas
  // after the named subject describes it and leaves the subject before it.
  if (j > first && ASIDE_MARKS.test(v.lower(j))) {
    const open = v.lower(j) === ',' ? participleAsideStart(v, j, first) : -1;
    // "A, representing President B, met C": an aside of errand or role is stepped over the same way.
    const errand = open >= 0 ? open : errandAsideStart(v, j, first);
    if (errand >= 0) j = errand - 1;
  }
  // "is expected to meet", "agreed to hold", "invited Chancellor X to visit": the subject of an
  // infinitive is the object before "to", else the subject of the verb that governs it.
  if (j >= first && v.lower(j) === 'to' && v.tok(j)?.pos === 'PART') {
    const object = v.person(v.mentionAt(j - 1));
    let g = j - 1;
    if (object) {
      const [start] = v.tokenRange(object.mention);
      g = start - 1;
      while (g >= first && v.inNounPhrase(g) && !v.mentionAt(g)) g--;
    } else {
      // "went to Jakarta last week to meet", "used the opportunity to meet": the verb that governs
      // the infinitive stands before the adjuncts and the object of its own clause.
      const from = g;
      while (g >= first && from - g < MAX_INFINITIVE_ADJUNCT && !v.isVerb(g) && !GOVERNS_INFINITIVE.test(v.lower(g))
        && !v.person(v.mentionAt(g)) && !/^[,;:]$/.test(v.lower(g)) && !v.isClauseOpener(g)) g--;
      if (!(v.isVerb(g) || GOVERNS_INFINITIVE.test(v.lower(g)))) g = from;
    }
    const verbEnd = g;
    // "plans to meet": a verb of intention the tagger read as a noun is the verb all the same.
    while (g >= first && (v.isVerb(g) || (g === verbEnd && GOVERNS_INFINITIVE.test(v.lower(g))) || betweenSubjectAndVerb(v, g) || v.tok(g)?.pos === 'ADJ')) g--;
    // g is the last word before the governing verb group: its subject ends there.
    const governor = g < verbEnd ? peopleBefore(v, g + 1, first, skip) : [];
    return [...governor, ...(object ? [object] : [])];
  }
  // "X conveyed greetings from President Y and briefed him": a verb right after "and" is a second
  // verb of the clause, not the end of a list of subjects, and shares the clause's subject. The
  // person before "and" is an object ("A received B and briefed him"), not one who briefs.
  // "received a letter from Mayor T, who asked for help, and met him": ", and" after a relative
  // clause closed by its comma goes back to the main clause and its subject; an "and" inside the
  // clause ("Mayor T, who asked for help and met Governor C") joins the clause's own verbs, whose
  // subject is the antecedent of "who".
  if (j > first && v.lower(j) === 'and') {
    const relative = relativeClauseBefore(v, j, first);
    if (relative && relative.closed) {
      const subject = sentenceSubject(v, first, k + 1);
      if (subject.length > 0 && !subject.some((p) => p.actor.id === relative.antecedent.actor.id)) return subject;
    } else if (relative) return [relative.antecedent];
  }
  if (j > first && v.lower(j) === 'and' && coordinatedVerbAfterObject(v, j, first)) {
    return sentenceSubject(v, first, k + 1);
  }
  // "Nursultan Nazarbayev, with whom I met", "President X, whom he had met in June": the antecedent
  // of "whom" and the subject pronoun.
  if (j - 1 >= first && /^(?:i|we|he|she|they)$/.test(v.lower(j)) && v.lower(j - 1) === 'whom') {
    let k = v.lower(j - 2) === 'with' ? j - 3 : j - 2;
    if (v.lower(k) === ',') k--;
    const p = v.person(v.mentionAt(k));
    const subject = v.person(v.mentionAt(j));
    return [...(p ? [p] : []), ...(subject ? [subject] : [])];
  }
  // "Minister X, whom the Secretary met in Tallinn": the antecedent of "whom", and the subject named
  // by its office alone ("the Secretary", "the Prime Minister"), which may stand for no one named.
  const officeSubject = officeSubjectAfterWhom(v, j, first);
  if (officeSubject >= 0) {
    let k = v.lower(officeSubject - 2) === 'with' ? officeSubject - 3 : officeSubject - 2;
    if (v.lower(k) === ',') k--;
    const p = v.person(v.mentionAt(k));
    const subject = v.person(v.mentionAt(j));
    return [...(p ? [p] : []), ...(subject ? [subject] : [])];
  }
  // "Sadyr Japarov who arrived": the relative pronoun's antecedent.
  if (j >= first && /^(?:who|that)$/.test(v.lower(j))) {
    const who = v.lower(j);
    j--;
    const comma = v.lower(j) === ',';
    if (comma) j--;
    const p = antecedentEndingAt(v, j, first) ?? (who === 'who' && comma ? antecedentBeforeApposition(v, j, first) : null);
    return p ? [p] : (!comma && amongGroupSubject(v, j, first, skip)) || [];
  }

  // "Minister Khalil and I discussed": the speaker, named by no mention, closes the list of subjects.
  if (j - 1 >= first && /^(?:i|me)$/.test(v.lower(j)) && v.lower(j - 1) === 'and') j--;
  const people: PersonRef[] = [];
  let inList = false;
  /** How many people were found when the walk crossed ", and", or 0. */
  let beforeCommaAnd = 0;
  /** Whether the walk has crossed a comma yet. */
  let crossedComma = false;
  /** How many people were found when the walk last crossed a comma. */
  let foundAtComma = 0;
  let itemEnd = k;
  while (j >= first && itemEnd - j < MAX_WALK) {
    if (skip.has(j)) {
      j--;
      continue;
    }
    const m = v.mentionAt(j);
    if (m) {
      const [start, end] = v.tokenRange(m);
      const p = v.person(m);
      // "On behalf of the Prime Minister, she handed ...": a subject pronoun left unresolved is still the
      // subject; the people of a phrase before it are not.
      if (!p && people.length === 0 && m.form === 'pronoun' && /^(?:he|she|they)$/.test(v.lower(j))) {
        // "Neither A nor B commented after they met": "they" in a later clause stands for both members.
        if (v.lower(j) === 'they') {
          const members = neitherNorMembers(v, first, j);
          return members.length > 0 ? members : pairOfSentenceBefore(v, first, j);
        }
        break;
      }
      // "our governments met", "their delegations held talks": a possessive before a plural noun of
      // bodies or people makes them the subject, not those the possessive stands for.
      if (p && people.length === 0 && m.form === 'pronoun' && end === start + 1 && pluralHeadAfterPossessive(v, start, itemEnd)) break;
      // "In the absence of Minister X, his deputy Y delivered the report": a possessive that opens the
      // description of the named person after it is that description's determiner; the one it stands
      // for is not a subject beside them.
      if (p && people.length > 0 && !inList && m.form === 'pronoun' && end === start + 1 && POSSESSIVE_DETERMINER.test(v.lower(start))) {
        j = start - 1;
        continue;
      }
      // "A message from President X was read out at the summit": the author of a thing that heads the
      // subject is no subject, nor is the one it is addressed to ("a letter from X to Y was handed
      // over"); the walk goes on to what stands before the thing.
      if (p && people.length === 0 && !inList && inPhraseOfThing(v, start)) {
        j = start - 1;
        continue;
      }
      // "The spokesman of President X, Y, and ...": one named inside an office that the name after
      // its comma renames is that office's principal, not an item of the list.
      // "The message of President X was read out by Y": one named after "of" a common noun heading the
      // subject is that noun's complement (its sender, owner or kin), not the subject.
      if (p && !v.isPossessive(end) && !(inList && v.lower(end) === ',' && ofCommonNoun(v, m)) && !(people.length === 0 && !inList && complementOfSubjectNoun(v, m))) {
        people.unshift(p);
        itemEnd = start;
      }
      j = Math.min(start, j) - 1;
      continue;
    }
    const l = v.lower(j);
    // "According to Aide X, A and B discussed ...": one a report is ascribed to, in a phrase before the
    // subject, is its source, not a subject.
    if (l === 'to' && v.lower(j - 1) === 'according') return crossedComma ? people.slice(people.length - foundAtComma) : people;
    // "Instead of Minister X, who was abroad, his deputy Y met Z", "In place of X, Y received Z", "In the
    // absence of X, who is abroad, Y took part": the one
    // stood in for, in a phrase before the subject, did not act; only those after its comma did.
    // The phrase ends at its comma, which a relative clause about X may hide from the walk.
    if (closesStandIn(v, j)) {
      let comma = j + 1;
      while (comma < k && v.lower(comma) !== ',') comma++;
      return people.filter((p) => v.tokenRange(p.mention)[0] > comma);
    }
    if (l === 'and' || l === '&') {
      inList = true;
      if (v.lower(j - 1) === ',' && beforeCommaAnd === 0) beforeCommaAnd = people.length;
      j--;
      continue;
    }
    // "A, B, as well as C took part": "as well as" joins the last item of a list of subjects as "and" does.
    if (l === 'as' && v.lower(j - 1) === 'well' && v.lower(j - 2) === 'as' && people.length > 0) {
      inList = true;
      if (v.lower(j - 3) === ',' && beforeCommaAnd === 0) beforeCommaAnd = people.length;
      j -= 3;
      continue;
    }
    if (l === ',') {
      // A comma before anyone was found closes an apposition; after a list's "and" it separates items.
      if (people.length > 0 && !inList) {
        // "Luis Prado, Special Envoy of President Gabriel Soto, called on ...": the person inside an
        // apposition whose office is someone else's is that office's principal; the subject is the
        // person the apposition describes, just before its comma.
        // So is "His Highness X, President of the UAE, received": an office known by title only
        // renames the named person before it.
        // The apposition closes with its own comma: in "On the instructions of President X, Minister of
        // Foreign Affairs Y met Z" the name right before the verb is the subject itself.
        const head = v.person(v.mentionAt(j - 1));
        const closed = v.lower(v.tokenRange(people[people.length - 1]!.mention)[1]) === ',';
        if (head && !people.some((p) => p.actor.id === head.actor.id)
          && ((closed && officeComplement(v, j + 1, v.tokenRange(people[0]!.mention)[0])) || people.every((p) => p.actor.nominal))) return [head];
        // "A and the Ambassador of Uzbekistan to Türkiye, B, attended": the name renames the office
        // before its comma, which is the last item of a list of subjects.
        const joint = officeItemStart(v, j, first);
        if (joint >= 0) {
          j = joint;
          continue;
        }
        break;
      }
      // "In line with the agreement reached by A and B, the ministers signed": a noun phrase with a
      // determiner between the first comma and the verb is the subject itself, so the comma closes
      // an opening phrase, not an apposition of a name before it ("The Minister, X, signed").
      if (!crossedComma && people.length === 0 && /^(?:the|both|all)$/.test(v.lower(j + 1))) break;
      crossedComma = true;
      foundAtComma = people.length;
      j--;
      continue;
    }
    // "Minister A, together with President B, joined the talks": a companion set off by commas acts
    // with the subject before it.
    const opener = people.length > 0 && !inList ? companionOpenerEndingAt(v, j) : -1;
    if (opener > first && v.lower(opener - 1) === ',') {
      const head = v.person(v.mentionAt(opener - 2));
      if (head && !people.some((p) => p.actor.id === head.actor.id)) return [head, ...people];
    }
    if (v.inNounPhrase(j) || (titleLink(v, j) && people.length > 0)) {
      j--;
      continue;
    }
    // "Pritzker and the business delegation met": step over a common noun phrase beside the names.
    const np = commonNounPhraseStart(v, j, first);
    if (np >= 0 && /^(?:and|&|,)$/.test(v.lower(np - 1))) {
      j = np - 1;
      continue;
    }
    break;
  }
  // "A met B, and C held talks with D", "A thanked B, and C held talks with D": a list that runs back
  // to a verb holds that verb's objects up to ", and", which joins a clause of its own.
  if (beforeCommaAnd > 0 && beforeCommaAnd < people.length && j >= first && v.isVerb(j)) {
    return people.slice(people.length - beforeCommaAnd);
  }
  // "Sergei Lavrov, with whom our Foreign Minister X held talks": the antecedent of "with whom" met the subject.
  if (people.length > 0 && j - 1 >= first && v.lower(j) === 'whom' && v.lower(j - 1) === 'with') {
    const antecedent = v.person(v.mentionAt(v.lower(j - 2) === ',' ? j - 3 : j - 2));
    if (antecedent && !people.some((p) => p.actor.id === antecedent.actor.id)) people.unshift(antecedent);
  }
  return people;
}

/** Most tokens from an "and" back to the "who" of the relative clause it may close or stand in. */
const RELATIVE_REACH = 30;

/**
 * The relative clause ", who ..." of a named antecedent that an "and" at `and` closes (", and"
 * right after the clause's one comma) or stands in (no comma between "who" and "and"), with a
 * verb of its own before the "and"; null when the "and" has no such clause before it.
 */
function relativeClauseBefore(v: MeetingText, and: number, first: number): { antecedent: PersonRef; closed: boolean } | null {
  const closed = v.lower(and - 1) === ',';
  let verb = false;
  for (let w = and - (closed ? 2 : 1); w > first + 1 && and - w <= RELATIVE_REACH; w--) {
    const l = v.lower(w);
    if (l === ',' || l === ';' || l === ':' || l === 'and') return null;
    if (l === 'who') {
      if (!verb || v.lower(w - 1) !== ',') return null;
      const antecedent = antecedentEndingAt(v, w - 2, first);
      return antecedent ? { antecedent, closed } : null;
    }
    if (v.isVerb(w)) verb = true;
  }
  return null;
}

/**
 * Whether "our" or "their" at i opens the noun phrase that ends before the verb group at `verb`,
 * whose head is a common noun in the plural: "our [two] governments", "their delegations also".
 */
function pluralHeadAfterPossessive(v: MeetingText, i: number, verb: number): boolean {
  if (!/^(?:our|their)$/.test(v.lower(i))) return false;
  let h = verb - 1;
  while (h > i && betweenSubjectAndVerb(v, h)) h--;
  if (h <= i || v.tok(h)?.pos !== 'NOUN' || v.isCap(h) || !/[^s]s$/.test(v.lower(h))) return false;
  for (let q = i + 1; q < h; q++) if (!/^(?:ADJ|NUM|NOUN)$/.test(v.tok(q)?.pos ?? '')) return false;
  return true;
}

/** Where "together with", "along with" or "alongside" ends at j opens, or -1. */
function companionOpenerEndingAt(v: MeetingText, j: number): number {
  if (v.lower(j) === 'with' && /^(?:together|along)$/.test(v.lower(j - 1))) return j - 1;
  return v.lower(j) === 'alongside' ? j : -1;
}

/** Most tokens of an office written before the comma of the name that renames it. */
const MAX_OFFICE_ITEM = 14;

/**
 * Before the comma at `comma`, an office with no one named in it ("the Ambassador of Uzbekistan
 * to Türkiye", "Egypt's Ambassador to the United States") opening after an "and" or a comma that
 * follows a person (or an "and" after the comma that closes a person's apposition): the index of
 * that "and" or comma, else -1.
 */
function officeItemStart(v: MeetingText, comma: number, first: number): number {
  let office = false;
  for (let g = comma - 1; g >= first && comma - g <= MAX_OFFICE_ITEM; g--) {
    const l = v.lower(g);
    if ((l === 'and' || l === ',') && v.person(v.mentionAt(g - 1))) return office ? g : -1;
    // "The Vice-President, A, and the Minister of Trade of Kenya, B,": the comma closing the first
    // item's apposition stands before the "and".
    if (l === 'and' && v.lower(g - 1) === ',' && v.person(v.mentionAt(g - 2))) return office ? g : -1;
    const m = v.mentionAt(g);
    // "her Kenyan counterpart": a possessive pronoun belongs to the item's phrase; so does a possessive
    // name ("Campos's adviser, B").
    if (m && m.type === 'person' && !(m.form === 'pronoun' && /^(?:his|her|their)$/.test(l)) && !v.isPossessive(v.tokenRange(m)[1])) return -1;
    // "her Kenyan counterpart, B", "his wife, C": a noun that names someone by their relation to another stands as an office does.
    // "Campos's adviser, B", "the chief of staff, C": an office that serves another's, written in small letters.
    // "the head of the Far Eastern Railway, B": an office in small letters that heads its "of" phrase.
    if (v.isOfficeWord(g) || /^(?:counterpart|counterparts|colleague|wife|husband|spouse)$/.test(v.lower(g)) || SERVING_NOUNS.test(v.lower(g))
      || (v.isOffice(g) && v.lower(g + 1) === 'of')) office = true;
    if (!(m || v.inNounPhrase(g) || titleLink(v, g))) return -1;
  }
  return -1;
}

/**
 * Whether the person or noun phrase ending before the "and" at j is governed by a verb or a
 * preposition of the clause ("received B and", "greetings from Y and"), so that what follows
 * "and" is a second verb phrase and no second subject.
 */
function coordinatedVerbAfterObject(v: MeetingText, j: number, first: number): boolean {
  // "praised X's mediation between A and B, and discussed": a comma may close the first verb phrase.
  let g = v.lower(j - 1) === ',' ? j - 2 : j - 1;
  // Back over the noun phrase, or a list of them ("between A and B"), to what governs it; a list
  // of subjects has nothing before it in its clause.
  // A preposition other than the "of" and "for" that link an office to its domain heads a phrase of
  // the first verb ("toured the port with Mayor X, and held talks"), even one that some office
  // names hold ("Secretary for Relations with States"): the walk stops there.
  while (g >= first && j - g <= MAX_WALK && (v.mentionAt(g) || v.inNounPhrase(g) || roleNounBeforeName(v, g) || /^(?:and|&|,)$/.test(v.lower(g))) && !v.isVerb(g) && !headingPreposition(v, g)) g--;
  if (g < first) return false;
  // "attended on behalf of President X and met ...", "came at the invitation of Y and toured ...":
  // a person in the "of" phrase of a prepositional phrase is no subject either.
  let h = g - 1;
  while (h > first && h >= g - 3 && /^(?:DET|ADJ)$/.test(v.tok(h)?.pos ?? '')) h--;
  const prepositionalHead = v.tok(g)?.pos === 'NOUN' && v.lower(g + 1) === 'of' && v.tok(h)?.pos === 'ADP';
  return v.isVerb(g) || v.tok(g)?.pos === 'ADP' || prepositionalHead;
}

/**
 * Most lower-case nouns of a role written before a name: "plant director". A longer run is more
 * likely a noun and the subject of a clause about it ("the workers plant director X had hired").
 */
const MAX_ROLE_NOUNS = 2;

/**
 * A lower-case common noun that begins a role written before a person's name, with no article
 * and at most a comma between: "by plant director X", "by the factory manager, Y". Such a role is
 * part of the noun phrase of the name it describes, as a capitalised office would be.
 */
function roleNounBeforeName(v: MeetingText, g: number): boolean {
  let h = g;
  while (h - g <= MAX_ROLE_NOUNS && v.tok(h)?.pos === 'NOUN' && /^\p{Ll}/u.test(v.tok(h)!.text) && !v.mentionAt(h)) h++;
  if (h === g || h - g > MAX_ROLE_NOUNS) return false;
  if (v.lower(h) === ',') h++;
  const m = v.mentionAt(h);
  return m !== undefined && v.person(m) !== null && v.tokenRange(m)[0] === h;
}

/** A preposition in no mention, other than "of" and "for", which link an office to what it is for. */
function headingPreposition(v: MeetingText, g: number): boolean {
  return v.tok(g)?.pos === 'ADP' && !v.mentionAt(g) && !/^(?:of|for)$/.test(v.lower(g));
}

/**
 * The subject of the sentence's main clause: the people of the first noun phrase, when a verb
 * follows it ("Deputy Secretary Kelley also witnessed ... and led a meeting with ...").
 */
export function sentenceSubject(v: MeetingText, first: number, last: number): PersonRef[] {
  const { people, end } = mainSubject(v, first, last);
  return people.length > 0 && v.isVerb(end) ? people : [];
}

/** Where the main clause's verb group starts after its subject of people, or -1 when there is none. */
export function sentenceSubjectEnd(v: MeetingText, first: number, last: number): number {
  const { people, end } = mainSubject(v, first, last);
  return people.length > 0 && v.isVerb(end) ? end : -1;
}

function mainSubject(v: MeetingText, first: number, last: number): { people: PersonRef[]; end: number } {
  let j = first;
  // An introductory phrase ends at its comma: "On March 13, Pritzker met".
  for (let k = first; k < last && k - first < 12; k++) {
    if (v.isVerb(k)) break;
    if (v.lower(k) === ',' && /^(?:on|upon|in|at|during|after|following|earlier|later|today|yesterday)$/.test(v.lower(first))) {
      j = k + 1;
      break;
    }
  }
  const { people, end } = peopleAfter(v, j, last);
  let k = end;
  // "President A, in a call with B, stressed ...": a phrase set off by commas between the subject and its verb.
  if (people.length > 0 && !v.isVerb(k)) {
    // The list walk may have gone on past the opening comma into the phrase.
    const comma = v.tokenRange(people[people.length - 1]!.mention)[1];
    const after = v.lower(comma) === ',' ? afterParenthesis(v, comma, last) : comma;
    if (after !== comma) k = after;
  }
  let copula = -1;
  while (k < last && (v.tok(k)?.pos === 'ADV' || v.tok(k)?.pos === 'AUX')) {
    if (copula < 0 && /^(?:is|are|was|were)$/.test(v.lower(k))) copula = k;
    k++;
  }
  // "X was on an official visit": with no verb after it, the copula is the clause's verb.
  if (!v.isVerb(k) && copula >= 0) k = copula;
  return { people, end: k };
}

/** Most tokens of a phrase set off by commas between a subject and its verb. */
const MAX_PARENTHESIS = 15;

/**
 * After the comma at k, a prepositional phrase closed by a second comma ("in a call with B,",
 * "during her visit to Berlin,"): the token after the second comma; else k itself.
 */
function afterParenthesis(v: MeetingText, k: number, last: number): number {
  if (v.tok(k + 1)?.pos !== 'ADP') return k;
  for (let j = k + 2; j < last && j - k <= MAX_PARENTHESIS; j++) {
    if (v.lower(j) === ',') return j + 1;
    if (v.lower(j) === ';' || (v.isVerb(j) && !v.lower(j).endsWith('ing')) || v.isClauseOpener(j)) return k;
  }
  return k;
}

const COPULA = /^(?:is|are|was|were|be|been)$/;

/**
 * Whether a predicative adjective starts at k (past adverbs such as "also", "highly"): a lower-case
 * adjective that no name or title goes on from, as in "were critical of X", "was unhappy with Y";
 * not "were former President X" (the adjective leads a title) or "were President X".
 */
export function predicateAdjectiveAt(v: MeetingText, k: number): boolean {
  let j = k;
  while (j - k < 2 && v.tok(j)?.pos === 'ADV') j++;
  const t = v.tok(j);
  if (!t || t.pos !== 'ADJ' || v.isCap(j) || v.mentionAt(j)) return false;
  return v.tok(j + 1)?.pos === 'ADP';
}

/** Verbs a meeting noun may take before its complement: "a conversation took place between", "talks were held with". */
const HAPPENING = /^(?:took|take|takes|taken|taking|place|held|hold|was|were|is|are|has|have|had|been|be)$/;

const NO_TOKENS: ReadonlySet<number> = new Set();

/**
 * The first "with", "between" (or the given words) after k within the clause, before any verb;
 * a relative clause in `skip` is stepped over ("the talks, which lasted three hours, were held between").
 */
export function complementAfter(v: MeetingText, k: number, last: number, words: ReadonlySet<string>, reach = 14, happening = false, skip = NO_TOKENS): number {
  let skipped = 0;
  for (let j = k; j < last && j - k - skipped < reach; j++) {
    if (skip.has(j)) {
      skipped++;
      continue;
    }
    const l = v.lower(j);
    if (words.has(l)) return j;
    // "Ministers at the summit were unhappy with X": a copula before an adjective makes the adjective
    // the predicate, and what follows it is the adjective's complement, not the meeting's.
    if (happening && COPULA.test(l) && predicateAdjectiveAt(v, j + 1)) return -1;
    if (happening && HAPPENING.test(l)) continue;
    // "took part in the conference, hosted by Prime Minister X, alongside Y": a participle phrase
    // set off by commas describes the noun before it and leaves the clause open.
    if (v.isVerb(j) && v.lower(j - 1) === ',' && v.lower(j + 1) === 'by') {
      const close = agentAsideEnd(v, j + 2, last);
      if (close > 0) {
        j = close;
        continue;
      }
    }
    // "toured a USAID-funded farm with X", "a state-owned port": a participle joined by a hyphen to the
    // word before it is an adjective of the noun phrase, no verb of a clause.
    if (v.isVerb(j) && tightHyphen(v, j - 1)) continue;
    // "talks in restricted format took place between": a past participle before a noun, after a
    // preposition, describes the noun and is no verb of the clause.
    if (l === ';' || l === ':' || (v.isVerb(j) && !l.endsWith('ing') && !attributivePastParticiple(v, j, true)) || v.isClauseOpener(j)) return -1;
  }
  return -1;
}

/** Most tokens of the agent of a participle phrase set off by commas: ", hosted by the Prime Minister of Italy, X,". */
const AGENT_ASIDE_REACH = 12;

/**
 * The closing comma of the agent phrase that starts at k (", hosted by [Prime Minister X],"),
 * or -1 when something other than a noun phrase naming the agent comes first.
 */
function agentAsideEnd(v: MeetingText, k: number, last: number): number {
  for (let j = k; j < last && j - k <= AGENT_ASIDE_REACH; j++) {
    const l = v.lower(j);
    if (l === ',') return j > k ? j : -1;
    if (!(v.inNounPhrase(j) || l === 'of' || l === 'and')) return -1;
  }
  return -1;
}

/** The subject after an opening participle clause: "Speaking by phone with X, *President Y* thanked ...". */
/** The comma that closes an opening participle clause whose verb ends at token k, or `last` when there is none. */
export function openingClauseEnd(v: MeetingText, k: number, last: number): number {
  let j = k;
  while (j < last && v.lower(j) !== ',' && v.lower(j) !== ';') j++;
  return j;
}

export function subjectAfterComma(v: MeetingText, k: number, last: number): PersonRef[] {
  let j = k;
  while (j < last && v.lower(j) !== ',' && v.lower(j) !== ';') j++;
  if (v.lower(j) !== ',') return [];
  const { people, end } = peopleAfter(v, j + 1, last);
  let e = end;
  while (e < last && (v.tok(e)?.pos === 'ADV' || v.tok(e)?.pos === 'AUX')) e++;
  return people.length > 0 && v.isVerb(e) ? people : [];
}

/**
 * "Vladimir Putin – Kassym-Jomart Tokayev talks", "the Berg–Weber meeting": two people joined by a
 * dash right before a meeting noun are its two sides, as in a headline or a heading.
 */
export function dashedPairBefore(v: MeetingText, n: number, first: number): PersonRef[] {
  const second = v.mentionAt(n - 1);
  const b = v.person(second);
  if (!b || !second) return [];
  const [start] = v.tokenRange(second);
  if (start - 2 < first || !/^[–—-]$/.test(v.lower(start - 1))) return [];
  const a = v.person(v.mentionAt(start - 2));
  return a ? [a, b] : [];
}

const ACCOMPANY = /^accompan(?:y|ies|ied|ying)$/;

/**
 * "the Minister was accompanying the Prime Minister on his first official visit", "A accompanied B
 * during the talks": the one who accompanies and the one accompanied both take part in the
 * meeting named after "on" or "during". "A accompanied B to the factory" names no meeting.
 */
export function accompanyingBefore(v: MeetingText, n: number, first: number, last: number, skip: ReadonlySet<number>): PersonRef[] {
  let prep = -1;
  for (let k = n - 1; k >= first && n - k <= 24; k--) {
    const l = v.lower(k);
    if (prep < 0 && (l === 'on' || l === 'during' || l === 'at')) prep = k;
    if (prep > k && ACCOMPANY.test(l)) {
      if (v.lower(k + 1) === 'by') return [];
      return [...peopleBefore(v, k, first, skip), ...peopleAfter(v, k + 1, prep).people];
    }
    if (l === ';' || l === '.') break;
  }
  return [];
}

/**
 * "U.S. Ambassador X accompanied the Secretary": the subject and the person accompanied, who
 * together join the meeting the text reports. "A accompanied B to the factory" is a journey.
 */
export function accompanyingPair(v: MeetingText, i: number, end: number, first: number, last: number, skip: ReadonlySet<number>): PersonRef[] | null {
  if (!ACCOMPANY.test(v.lower(i))) return null;
  const object = peopleAfter(v, end, last);
  // "Ambassador X accompanied the ministers": the one accompanying a party of people met joins them.
  if (object.people.length === 0 && !v.lower(object.end).match(/^(?:to|into|on|around|through)$/) && accompaniedGroup(v, end, last)) {
    const subject = peopleBefore(v, i, first, skip);
    return subject.length > 0 ? subject : null;
  }
  if (object.people.length === 0 || v.lower(object.end) === 'to') return null;
  const subject = peopleBefore(v, i, first, skip);
  return subject.length > 0 ? [...subject, ...object.people] : null;
}

/** Nouns of the people a text has said met: "the ministers", "the two leaders", "the delegation", "the guest". */
const MET_GROUP = /^(?:ministers|leaders|presidents|delegation|delegations|secretaries|officials|sides|heads|envoys|guests|visitors|guest|visitor)$/;

/** "the ministers", "the two leaders", "the visiting delegation", ending the clause: a group the text has named as meeting. */
function accompaniedGroup(v: MeetingText, k: number, last: number): boolean {
  if (!/^(?:the|both)$/.test(v.lower(k))) return false;
  for (let j = k + 1; j < last && j - k <= 4; j++) {
    if (MET_GROUP.test(v.lower(j))) return j + 1 >= last || /^[.;,]$/.test(v.lower(j + 1));
    if (!/^(?:two|three|four|visiting|foreign|trade|both|official|distinguished|high|-|ranking|high-ranking)$/.test(v.lower(j))) return false;
  }
  return false;
}

/**
 * The "their" of the noun phrase of the meeting noun at n ("their telephone conversation"), or -1.
 * Adjectives modify the noun as nouns do: "their bilateral meeting", "their first talks".
 */
export function theirAt(v: MeetingText, n: number, first: number): number {
  let j = n - 1;
  while (j >= first && n - j <= 4 && v.lower(j) !== 'their' && (v.inNounPhrase(j) || v.tok(j)?.pos === 'NOUN' || v.tok(j)?.pos === 'ADJ')) j--;
  return j >= first && v.lower(j) === 'their' ? j : -1;
}

/** No tokens to step over: for callers of peopleBefore with nothing to skip. */
export const NO_SKIP: ReadonlySet<number> = new Set();

/** Most tokens between "their" and the people it stands for. */
const THEIR_REACH = 12;

/**
 * "agreed by President A and Crown Prince B during their telephone conversation": "their" before
 * a meeting noun stands for the people named together just before it, two or more of them.
 */
export function theirPeople(v: MeetingText, n: number, first: number, skip: ReadonlySet<number>): PersonRef[] {
  const j = theirAt(v, n, first);
  if (j < 0) return [];
  // "the agreement, which A and B had welcomed at their summit,": inside a relative clause set off by
  // commas, "their" stands for the people of that clause, which are no longer to be stepped over.
  const around = skip.has(j) ? NO_SKIP : skip;
  for (let k = j - 1; k >= first && j - k <= THEIR_REACH; k--) {
    if (/^[;:]$/.test(v.lower(k))) return [];
    const m = v.mentionAt(k);
    if (!m) continue;
    if (!v.person(m)) return [];
    const recipient = recipientOfGiving(v, m, first, around);
    if (recipient.length >= 2) return recipient;
    const people = peopleBefore(v, v.tokenRange(m)[1], first, around);
    if (people.length === 1) people.unshift(...subjectOfGovernor(v, v.tokenRange(people[0]!.mention)[0], first, around).filter((p) => p.actor.id !== people[0]!.actor.id));
    if (people.length === 1) people.push(...addresseeOfRelativeHead(v, v.tokenRange(people[0]!.mention)[0], first).filter((p) => p.actor.id !== people[0]!.actor.id));
    return people.length >= 2 ? people : [];
  }
  return [];
}

/** Verbs of handing a thing on to someone: "conveyed greetings to X", "passed on a letter to X". */
const GIVING_VERBS = /^(?:conve(?:y|ys|yed|ying)|pass(?:es|ed|ing)?|extend(?:s|ed|ing)?|hand(?:s|ed|ing)?|present(?:s|ed|ing)?|g[ai]ve|giv(?:es|ing)|offer(?:s|ed|ing)?|express(?:es|ed|ing)?|deliver(?:s|ed|ing)?|relay(?:s|ed|ing)?|transmit(?:s|ted|ting)?)$/;

/** Particles of a phrasal verb of giving, between the verb and its object: "passed on", "handed over". */
const GIVING_PARTICLES = /^(?:on|over|along)$/;

/** Most tokens of the object of a verb of giving before its "to": "his warmest personal greetings". */
const MAX_GIVEN_OBJECT = 5;

/**
 * "A conveyed greetings to B during their meeting", "A passed on warm greetings to B": the one named
 * after "to" that follows the object of a verb of giving received it from the verb's subject, and
 * both share "their". [subject..., recipient], or none.
 */
export function recipientOfGiving(v: MeetingText, m: Mention, first: number, skip: ReadonlySet<number>): PersonRef[] {
  const recipient = v.person(m);
  if (!recipient) return [];
  let to = officePhraseStart(v, v.tokenRange(m)[0], first) - 1;
  if (v.lower(to) === 'the') to--;
  if (v.lower(to) !== 'to') return [];
  let g = to - 1;
  // "passed on the greetings of President X to Y": the thing given may end in "of" and the one it comes
  // from, who sends it and is not the verb's subject; the walk steps over that sender once.
  const sender = v.person(v.mentionAt(g));
  let objectEnd = to;
  if (sender) {
    const of = officePhraseStart(v, v.tokenRange(sender.mention)[0], first) - 1;
    if (v.lower(of) === 'of' && of - 1 >= first && isObjectWord(v, of - 1)) {
      objectEnd = of;
      g = of - 1;
    }
  }
  while (g >= first && objectEnd - g <= MAX_GIVEN_OBJECT && !v.isVerb(g) && isObjectWord(v, g)) g--;
  if (g === objectEnd - 1) return [];
  if (GIVING_PARTICLES.test(v.lower(g)) && v.isVerb(g - 1)) g--;
  if (g < first || !v.isVerb(g) || !GIVING_VERBS.test(v.lower(g))) return [];
  const subject = peopleBefore(v, g, first, skip).filter((p) => p.actor.id !== recipient.actor.id);
  return subject.length > 0 ? [...subject, recipient] : [];
}

/**
 * "conveyed his condolences to President X": after the verb of giving at `verb`, the first token after
 * the "to" that follows its object (and a particle: "passed on greetings to"), else -1.
 */
export function givenToAfter(v: MeetingText, verb: number, last: number): number {
  if (!GIVING_VERBS.test(v.lower(verb))) return -1;
  let j = verb + 1;
  if (GIVING_PARTICLES.test(v.lower(j))) j++;
  const object = j;
  while (j < last && j - object < MAX_GIVEN_OBJECT && !v.isVerb(j) && isObjectWord(v, j)) j++;
  return j > object && v.lower(j) === 'to' ? j + 1 : -1;
}

/** Whether token i may stand in a common noun phrase that is an object: "the", "his", "warm", "greetings". */
function isObjectWord(v: MeetingText, i: number): boolean {
  const t = v.tok(i);
  if (!t || v.isCap(i)) return false;
  if (POSSESSIVE_DETERMINER.test(t.lower)) return true;
  if (v.mentionAt(i)) return false;
  return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET';
}

/** Prepositions before "which" that open a relative clause about a thing: "in which", "through which". */
const RELATIVE_PREPOSITION = /^(?:in|through|with|by|during)$/;

/**
 * "sent a message to X in which she recalled their talks", "a letter to X, in which he ...", "In a
 * message to X, she recalled their talks": the
 * subject of a relative clause opened by a preposition and "which" (starting at token k) writes
 * the thing the clause describes, which is addressed "to" a person named at the end of its phrase;
 * that person shares "their" with the subject. Else none.
 */
function addresseeOfRelativeHead(v: MeetingText, name: number, first: number): PersonRef[] {
  const k = officePhraseStart(v, name, first);
  // "In a message to X, Y recalled their talks": an opening phrase of a thing sent to a person, set
  // off by a comma right before the subject, is what the subject writes in, as the relative clause is.
  const opening = v.lower(k - 1) === ',' && v.lower(first) === 'in';
  if (!opening && (v.lower(k - 1) !== 'which' || !RELATIVE_PREPOSITION.test(v.lower(k - 2)))) return [];
  const end = opening ? k - 2 : v.lower(k - 3) === ',' ? k - 4 : k - 3;
  const addressee = end >= first ? antecedentEndingAt(v, end, first) : null;
  if (!addressee) return [];
  const to = officePhraseStart(v, v.tokenRange(addressee.mention)[0], first) - 1;
  // The opening phrase is "in", a determiner and the noun of the thing: "In a message to", "In his letter to".
  if (opening && to - first > 4) return [];
  return v.lower(to) === 'to' ? [addressee] : [];
}

/**
 * "he had conveyed to Prime Minister X, during their meeting, ...", "she told X at their talks":
 * one person named as the object of a verb, or of its preposition, shares "their" with the
 * verb's subject. The subject of the verb governing the phrase starting at token k.
 */
function subjectOfGovernor(v: MeetingText, k: number, first: number, skip: ReadonlySet<number>): PersonRef[] {
  // "agreed with President of the United States X during their call": the office may name a place.
  let g = officePhraseStart(v, k, first) - 1;
  while (g >= first && k - g <= 6 && !v.isVerb(g) && v.inNounPhrase(g) && !v.mentionAt(g)) g--;
  if (/^(?:to|with)$/.test(v.lower(g))) g--;
  return g >= first && v.isVerb(g) ? peopleBefore(v, g, first, skip) : [];
}

/** Nouns of time that stand before a subject as adjuncts: "that afternoon he attended", "last week they joined". */
const TIME_ADJUNCT_NOUNS = /^(?:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|time|later|earlier|meanwhile)$/;

/**
 * "the Verification Mission he leads", "the commission the Minister chairs": a subject right after
 * a noun, with no comma, conjunction or relative pronoun between, opens a contact relative clause,
 * whose verb has that noun for its object. Given the first token of the subject, the index of the
 * noun, else -1. A noun of time or a date before the subject is an adjunct of its clause
 * ("On 3 May he attended", "That evening she joined").
 */
export function contactClauseHead(v: MeetingText, subjectStart: number, first: number): number {
  let j = v.officeStart(subjectStart) - 1;
  // "the forum the Minister attended": the subject's own article.
  if (j > first && v.lower(j) === 'the' && v.tok(j - 1)?.pos === 'NOUN') j--;
  if (j < first) return -1;
  const t = v.tok(j);
  // "the Verification Mission he leads": a body's name is such a noun; a person or a place is not
  // ("In Geneva he attended" opens with an adjunct).
  const m = v.mentionAt(j);
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN') || (m && m.type !== 'organization')) return -1;
  // "Chairman of the Suez Canal Economic Zone Walid Gamal El-Din attended": before a name, a
  // capitalised noun may end the office it holds; only a common noun opens the clause there.
  if (v.isCap(j) && v.mentionAt(subjectStart)?.form !== 'pronoun') return -1;
  // "The fisheries minister Dilan Fernando also attended": a common noun that is the last word of
  // the title the name bears stands in close apposition to it, as its office, and opens no clause.
  // "met the workers the plant director X had hired": such an office with its own article is the
  // clause's subject with the name, and a common noun right before that article is what the clause is about.
  if (closeAppositionOffice(v.mentionAt(subjectStart), t.lower)) return headBeforeDeterminedOffice(v, j, subjectStart, first);
  if (TIME_ADJUNCT_NOUNS.test(t.lower) || MONTH_OR_WEEKDAY.test(t.lower)) return -1;
  return j;
}

/** Most tokens of an office before the name it is written with: "the Ambassador of the Republic of Kenya [X]". */
const OFFICE_BEFORE_NAME_REACH = 10;

/** Whether a person's name, or an office written before one (capitalised words, states and bodies, "of", "the"), opens at token k. */
function personOpensAt(v: MeetingText, k: number): boolean {
  const start = v.lower(k) === 'the' ? k + 1 : k;
  for (let j = start; j < v.tokens.length && j - start <= OFFICE_BEFORE_NAME_REACH; j++) {
    const m = v.mentionAt(j);
    if (m && v.person(m)) return true;
    // "Ambassador of the Republic of Chile X": a state or a body inside the office.
    if (m) {
      j = v.tokenRange(m)[1] - 1;
      continue;
    }
    if (!v.isCap(j) && !/^(?:of|the|and|for)$/.test(v.lower(j))) return false;
  }
  return false;
}

/** Most lower-case words of an office written in close apposition before a name: "the [deputy plant] director X". */
const CLOSE_OFFICE_WORDS = 3;

/**
 * Given the last word (j) of an office in lower case written before a name, past the lower-case
 * nouns and adjectives before it (the rest of the office), then "the", "a" or "an", then a common noun that names no one: the
 * index of that noun, else -1. "the workers the plant director X had hired" gives "workers"; "The
 * fisheries minister X attended" and "the workers and the plant director X" give -1.
 */
function headBeforeDeterminedOffice(v: MeetingText, j: number, subjectStart: number, first: number): number {
  let k = j - 1;
  while (k > first && j - k < CLOSE_OFFICE_WORDS && !v.isCap(k) && !v.mentionAt(k) && /^(?:NOUN|ADJ)$/.test(v.tok(k)?.pos ?? '')) k--;
  if (!/^(?:the|a|an)$/.test(v.lower(k)) || k - 1 < first) return -1;
  const head = v.tok(k - 1);
  return head && head.pos === 'NOUN' && !v.isCap(k - 1) && !v.mentionAt(k - 1) ? k - 1 : -1;
}

/** Words that stand first in the object of a verb: after the verb of a contact relative clause there is none. */
const OBJECT_OPENING = /^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/;

/**
 * "met the herders Governor X had invited to the forum", "received the envoys President Y sent": the
 * person (mention m, after the walk's start k) stands right after a common noun and is followed by a
 * finite verb (with its auxiliaries and adverbs) that has no object of its own, for the noun before
 * the person is it. Such a person is the subject of a contact relative clause, not one met.
 * "met economist Anna Berg and her staff" has no verb after the name; "met the farmers Minister X
 * praised the plan" is not read as a clause, for its verb has an object.
 */
export function subjectOfContactClause(v: MeetingText, m: Mention, k: number, last: number): boolean {
  if (m.type !== 'person' || m.form === 'pronoun') return false;
  const [start, end] = v.tokenRange(m);
  const head = contactClauseHead(v, start, k);
  if (head < k) return false;
  // "his counterpart Jan Novak had arrived", "talks between A and her colleague B ended": a noun of
  // one person after a possessive stands in apposition to the name; a determined or plural noun
  // ("the envoy", "the farmers") is what the clause is about.
  if (!PLURAL_HEAD.test(v.lower(head)) && !/^(?:the|a|an|this|that|these|those)$/.test(v.lower(head - 1))) return false;
  let j = end;
  let verb = -1;
  while (j < last && j - end < 4) {
    if (v.isVerb(j)) verb = j;
    else if (v.tok(j)?.pos !== 'ADV' && !/^(?:not|n't)$/.test(v.lower(j))) break;
    j++;
  }
  if (verb < 0 || v.lower(verb).endsWith('ing')) return false;
  // "the workers the director X had hired last year": a time after the verb is no object of it.
  if (timeAdjunctAt(v, j)) return true;
  return j >= last || !OBJECT_OPENING.test(v.tok(j)?.pos ?? '');
}

/** "last year", "this spring", "yesterday", "in May": a time adjunct opening at token j. */
function timeAdjunctAt(v: MeetingText, j: number): boolean {
  const l = v.lower(j);
  if (/^(?:yesterday|today|earlier|recently)$/.test(l)) return true;
  return /^(?:last|this|that|next)$/.test(l) && (TIME_ADJUNCT_NOUNS.test(v.lower(j + 1)) || MONTH_OR_WEEKDAY.test(v.lower(j + 1)) || /^(?:spring|summer|autumn|fall|winter)$/.test(v.lower(j + 1)));
}

/** Whether a lower-case noun right before a person's name is the last word of the title that name bears. */
function closeAppositionOffice(m: Mention | undefined, noun: string): boolean {
  if (!m || m.type !== 'person' || m.form === 'pronoun' || !m.title) return false;
  const title = m.title.toLowerCase();
  return title === noun || title.endsWith(' ' + noun);
}

/**
 * "received the ministers that Prime Minister X appointed", "met the envoy which Y sent": the
 * person (mention m) is the subject of a relative clause opened by "that" or "which" right after a
 * common noun, or an office in lower case, and so is none of the objects of the verb before it.
 */
export function subjectOfRelativeClause(v: MeetingText, m: Mention): boolean {
  const start = v.officeStart(v.tokenRange(m)[0]);
  let j = start - 1;
  if (v.lower(j) === 'the') j--;
  if (!/^(?:that|which)$/.test(v.lower(j))) return false;
  const noun = v.tok(j - 1);
  const before = v.mentionAt(j - 1);
  return noun !== undefined && noun.pos === 'NOUN' && !v.isCap(j - 1) && (!before || before.form !== 'name');
}

/** Most tokens of a relative clause between an office in the plural and the names after its comma. */
const RELATIVE_BEFORE_NAMES = 16;

/**
 * "received the ministers that Prime Minister X appointed in May, A and B": an office in the plural,
 * a relative clause about it, and after the clause's comma the names of its holders. Given the
 * first token of the object, those names, else none. The one in the relative clause is no one met,
 * and a name that opens a clause of its own after the comma ("..., Y said") is none of the holders.
 */
export function holdersAfterRelativeClause(v: MeetingText, k: number, last: number): PersonRef[] {
  let h = k;
  while (h < last && (/^(?:DET|ADJ|NUM)$/.test(v.tok(h)?.pos ?? '') || v.isOffice(h)) && !v.isPluralOffice(h)) h++;
  if (!v.isPluralOffice(h) || !/^(?:that|which|who|whom)$/.test(v.lower(h + 1))) return [];
  let verb = false;
  for (let j = h + 2; j < last && j - h <= RELATIVE_BEFORE_NAMES; j++) {
    const l = v.lower(j);
    if (l === ';' || l === ':' || l === '.') return [];
    if (v.isVerb(j)) verb = true;
    if (l !== ',') continue;
    if (!verb) return [];
    const { people, end } = peopleAfter(v, j + 1, last);
    if (people.length === 0 || v.tokenRange(people[0]!.mention)[0] > j + 1 + 6 || opensClause(v, end, last)) return [];
    return people;
  }
  return [];
}

/** Most words of an office named as the subject after "whom": "the Deputy Prime Minister". */
const WHOM_OFFICE_REACH = 5;

/**
 * "whom the Secretary met", "with whom the Prime Minister spoke": when the words ending at j are an
 * office after "the" right after "whom", the token of that "the"; else -1.
 */
function officeSubjectAfterWhom(v: MeetingText, j: number, first: number): number {
  let k = j;
  // The office may be a mention of its own, a title the text resolves or leaves open.
  const m = v.mentionAt(j);
  if (m && m.type === 'person' && m.form === 'title') k = v.tokenRange(m)[0] - 1;
  else while (k > first && j - k < WHOM_OFFICE_REACH && v.isOfficeWord(k)) k--;
  return k < j && k - 1 >= first && v.lower(k) === 'the' && v.lower(k - 1) === 'whom' ? k : -1;
}


/** Most tokens of an opening adjunct before a "they" that stands for the sentence before's subjects: "Later that day they". */
const THEY_OPENING_REACH = 5;
/** Most tokens read from the start of the sentence before to its first verb. */
const PAIR_SUBJECT_REACH = 30;

/**
 * "President A and Prime Minister B discussed the budget. On Wednesday they met the mayors": "they"
 * opening its clause, after at most a short adjunct, that no earlier stage resolved stands for the
 * named people the sentence before coordinates as its subject, two or more of them; none otherwise
 * ("A welcomed B. They met" leaves "they" to the meeting the sentence before reports).
 */
function pairOfSentenceBefore(v: MeetingText, first: number, k: number): PersonRef[] {
  if (k - first > THEY_OPENING_REACH) return [];
  for (let j = first; j < k; j++) if (v.isVerb(j) || v.mentionAt(j)) return [];
  const s = v.tok(first)?.sentence;
  const before = s !== undefined && s > 0 ? v.sentences[s - 1] : undefined;
  if (!before) return [];
  let and = false;
  for (let j = before.tokenStart; j < before.tokenEnd && j - before.tokenStart <= PAIR_SUBJECT_REACH; j++) {
    if (v.lower(j) === 'and') and = true;
    if (!v.isVerb(j) || v.mentionAt(j)) continue;
    if (!and) return [];
    const people = peopleBefore(v, j, before.tokenStart, NO_SKIP);
    return people.length >= 2 ? people : [];
  }
  return [];
}

/**
 * The people of a "neither A nor B" subject that opens the sentence before token k, when a verb
 * follows them before k; none otherwise.
 */
function neitherNorMembers(v: MeetingText, first: number, k: number): PersonRef[] {
  if (v.lower(first) !== 'neither') return [];
  const people: PersonRef[] = [];
  let nor = false;
  for (let j = first + 1; j < k; j++) {
    const m = v.mentionAt(j);
    if (m) {
      const p = v.person(m);
      if (p && !people.some((q) => q.actor.id === p.actor.id)) people.push(p);
      j = v.tokenRange(m)[1] - 1;
    } else if (v.lower(j) === 'nor') nor = true;
    else if (v.isVerb(j)) return nor && people.length >= 2 ? people : [];
  }
  return [];
}
