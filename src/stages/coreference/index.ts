import { capitalOf, countryByName, demonymToCountry, isRegionalDemonym } from '../../lexicon/countries.js';
import { officeNamedInRows, otherNamesOfTitle, type OfficeName } from '../../lexicon/office-names-by-country.js';
import { placeByName } from '../../lexicon/places.js';
import type { Actor, Mention, Sentence, Token } from '../../document/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Document } from '../../document/document.js';
import { countryName } from '../../lexicon/countries.js';
import { lookupKey, ownCopy } from '../../lexicon/normalize.js';
import { wordLists } from '../../lexicon/words.js';
import { escapeRegExp, holdsAnyOf, holdsAnyOfLists } from '../../lexicon/escape-regexp.js';
import { lowerBound } from '../../document/span.js';
import { emptyList } from '../../document/order.js';
import { genderOf, honorificGender, pronounGender, spouseGender, type Gender } from './gender.js';
import { datelineCountry, homeCountry, sourceCountry, type SourceCountry } from './home-country.js';
import { envoysOfGreeted, greetedByForeignSpeaker, ownOfficeInTurn, transcriptTurns, yourOfficeSpeaker } from './turn-own-office.js';
import { isLocalOffice, listedWithHomeOfficials, localOfficeCountries, visitedHomeRegion } from './local-office.js';
import { afterOpeningPhrase, antecedent, ClauseOpeners, coordinatedObject, representative, sentenceOf, sentTraveller } from './pronouns.js';
import { DEFINITE_BEFORE, ROYAL_STYLE_BEFORE, deputyOnly, namesALeader, titleFits, variantHead, writtenWithHead } from './titles.js';
import { visitHosts } from './visit-hosts.js';
import { untitledLead } from './untitled-lead.js';
import { missionStaff } from './mission-staff.js';
import { hostsInCapitals } from './capital-host.js';
import { hostCountryOffices } from './host-country.js';
import { sharedPlaceCountries } from './shared-places.js';
import { homeCompanyHeads } from './home-companies.js';
import { unionMinisters } from './union-ministers.js';
import { QuotedSpans } from './quoted.js';
import { firstNamedAbsent, firstNamedAsRelation, relationBefore, releaseForeignCataphora } from './own-bare-office.js';
import { headingLineLength } from './heading-line.js';
import { type CountryEvidence, pairThenOffices, namesTwoStates, pairBodyGuest, dominantCountry, explicitCountries, messageSenders, NATIONAL_NOUNS, THANKS_VERBS, officeAbsent, greetedThroughGuest, PASSED_ON_WORDS, condoledBy, oppositionFigures, principals, sharedOfficeCountries, takenRoles, titleCountries, officeCountry } from './office-country.js';
import { presidesOverGovernment, roleOfTitle, titleByWords } from '../../lexicon/titles.js';
import { type KnownPerson, personByName, personBySurname } from '../../lexicon/people.js';
import { FORMER_PIECES, OUTGOING_PIECES, UNDER_PIECES, formerBefore, heldBesidesFormer, outgoingBefore, underOfficeBefore } from '../mentions/former.js';
import { indexById } from './by-id.js';
import { CLAUSE_OPENS_BEFORE, coordinatedOwner, objectHer, ownPossessiveAfter, RELATIVE_WHO_AFTER } from './own-possessive.js';
import { setBounded } from '../../lexicon/bounded-cache.js';
import { type LinkWords, nameRecord } from '../../lexicon/name-record.js';
import { isGivenName } from '../../lexicon/given-names.js';
import { genderOfGivenName } from '../../lexicon/name-genders.js';

/** "with ", "by Foreign Minister of Ghana ": a preposition and title words right before a name (no full stop between). */
const PREPOSITION_OBJECT = /(?<![\p{L}])(?:with|by)[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’-]*|of|for|the|and)[ \t\u00a0]+){0,10}$/u;

/** "A.Lukashenko", "Sh. Mirziyoyev", "V. de la Fuentebella": an initial written onto a surname, lower-case words before it. */
const INITIAL_AND_SURNAME = /^(\p{Lu}\p{Ll}?)\.[ \t\u00a0]?((?:\p{Ll}+[ \t\u00a0]+){0,3}\p{Lu}[\p{L}'’-]+)$/u;

/** INITIAL_AND_SURNAME, when the lower-case words before the surname are all name particles of the lexicon. */
function initialAndSurname(name: string): RegExpExecArray | null {
  const m = INITIAL_AND_SURNAME.exec(name);
  if (!m) return null;
  const words = m[2]!.split(/[ \t\u00a0]+/);
  const { particles } = wordLists();
  for (let i = 0; i < words.length - 1; i++) if (!particles.has(words[i]!)) return null;
  return m;
}
/** "Drozdov P.", "Ivanov I.I.": a surname with the initials of the given name (and patronymic) after it. */
const SURNAME_AND_INITIALS = /^(\p{Lu}[\p{L}'’-]+)[ \t\u00a0]+(\p{Lu}\p{Ll}?)\.(?:[ \t\u00a0]?\p{Lu}\p{Ll}?\.)?$/u;

/** "attended by ", "were also accompanied by Foreign Minister X, " before a listed name, in its sentence. */
const ATTENDED_BY = /(?<![\p{L}])(?:attended|accompanied|joined)[ \t\u00a0]+by[ \t\u00a0][^.;:!?“”"«»]*$/u;

/** "head of state": the office an official release names its own leader by. */
const OWN_HEAD_OF_STATE = /^head of state$/;
/**
 * "the Prime Minister's spokesperson", "the President's press secretary": the staff who speak to the
 * issuer's press for a leader named by office alone serve the issuer's own leader.
 */
const LEADERS_STAFF_AFTER = /^['’]s[ \t\u00a0]+(?:(?:official|chief|deputy|senior|press)[ \t\u00a0]+){0,2}(?:spokes(?:person|man|woman)|press[ \t\u00a0]+secretary|advis[eo]r|aide|office|chief[ \t\u00a0]+of[ \t\u00a0]+staff)(?![\p{L}])/iu;

/** Role classes of a state's leaders: head of state, head of government. */
const LEADER_ROLES = new Set(['hos', 'hog']);
/** The offices of an embassy's own staff. */
const DIPLOMATIC_OFFICE = /(?<![\p{L}])(?:Ambassador|Charg[ée]|Chief of Mission|Head of Mission|Consul|Attach[ée]|Counsell?or|(?:First|Second|Third) Secretary|Embassy|Envoy)(?![\p{L}])/iu;
/** The host state of an embassy whose release a source line names, when the source is one. */
function issuerEmbassyHost(source: string | null): string | null {
  if (!source || !/\bembassy\b/i.test(source)) return null;
  return sourceCountry(source).partner ?? null;
}

/** "the Kano State ", "the Lagos ": capitalised words between "the" and a bare office, naming where it is held. */
const PLACE_BEFORE_OFFICE = /(?<![\p{L}])[Tt]he[ \t\u00a0]+((?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+){1,3})$/u;

/** Pronouns that stand as a clause's subject and so carry a person on to the next sentences. */
const SUBJECT_PRONOUN = /^(?:he|she)$/i;

/** "X, whose family he met": "whose" and up to three small words of the thing owned, right before a pronoun. */
const WHOSE_BEFORE = /(?<![\p{L}])whose(?:[ \t\u00a0]+[\p{Ll}’'-]+){1,3}[ \t\u00a0]+$/u;

/**
 * The actor a subject pronoun cannot take up because "whose" before it stands for that person:
 * in "the hostage X, whose family he met", the one who met the family is someone other than X,
 * whom "whose" already names. The owner is the person named right before "whose" (past a comma).
 */
function whoseOwner(text: string, p: Mention, here: readonly Mention[] | undefined): string | undefined {
  if (!SUBJECT_PRONOUN.test(p.text) || !here) return undefined;
  const before = text.slice(Math.max(0, p.start - 48), p.start);
  const w = WHOSE_BEFORE.exec(before);
  if (!w) return undefined;
  const at = p.start - before.length + w.index;
  // Only a mention a few characters before "whose" can be its owner, so the slice stays short
  // whatever the length of the sentence.
  return here.find((m) => m.end <= at && at - m.end <= 12 && /^,?[ \t\u00a0]*$/.test(text.slice(m.end, at)))?.actor ?? undefined;
}

/**
 * "thanked Premier Li Qiang for his visit", "congratulated X on her election", "expressed gratitude to
 * the Ambassador for her work": a verb (or noun) of thanks or praise, its object, then "for" or "on"
 * right before the possessive.
 */
const OBJECT_OWNS = /(?<![\p{L}])(?:thank(?:s|ed|ing)?|congratulat(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|(?:gratitude|appreciation)[ \t\u00a0]+to)[ \t\u00a0]+[^.;:!?“”"«»]{1,120}?[ \t\u00a0]+(?:for|on|upon)[ \t\u00a0]+$/u;
/**
 * "received the Ambassador of X, Y, on the completion of her diplomatic mission", "met X at the end of
 * his term": the mission or term that ends is the one of the person received or met, whose farewell
 * the meeting is; the host's does not end with it.
 */
const FAREWELL_OWNS = /(?<![\p{L}])(?:received|welcomed|hosted|met)[ \t\u00a0]+[^.;:!?“”"«»]{1,120}?[ \t\u00a0]+(?:on[ \t\u00a0]+the[ \t\u00a0]+occasion[ \t\u00a0]+of|in[ \t\u00a0]+connection[ \t\u00a0]+with|upon|on|at)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:completion|end|conclusion|close)[ \t\u00a0]+of[ \t\u00a0]+$/u;
/** " diplomatic mission", " tenure", " term of office" after the possessive: a post held for a time, which ends (not "his visit"). */
const FAREWELL_NOUN_AFTER = /^[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+){0,2}(?:mission|tenure|term|posting|assignment|tour[ \t\u00a0]+of[ \t\u00a0]+duty)(?![\p{L}])/u;
/** Stems of OBJECT_OWNS's and FAREWELL_OWNS's words, one of which they cannot match without. */
const OBJECT_OWNS_VERBS: readonly string[] = ['thank', 'congratulat', 'prais', 'commend', 'gratitude', 'appreciation', 'completion', 'end of', 'conclusion', 'close of'];
/** Most characters looked back from a possessive for the verb of thanks. */
const OBJECT_OWNS_REACH = 160;

/** Sectors of state office, whose holders an official source names without their country. */
const HOME_SECTORS = new Set(['GOV', 'LEG', 'MIL', 'COP', 'JUD']);

/** First words of bodies that belong to two or more states together. */
const SHARED_BODY = /^(?:the\s+)?(?:joint|intergovernmental|inter-governmental|bilateral|mixed)\b/i;

/** How many of the latest people a generic title ("the governor") is compared with. */
const MAX_TITLE_CANDIDATES = 200;

/** "the visiting " right before an office: its holder is a guest. */
/** Words of handing an office over: "handed over to", "passed the presidency to", "his successor". */
const HANDOVER = /\b(?:hand(?:s|ed|ing)?\s+over|handover|successor|succeed(?:s|ed|ing)?|took\s+over|takes\s+over|transfer(?:s|red|ring)?|pass(?:es|ed|ing)?\s+(?:on\s+)?the\s+(?:presidency|office|baton))\b/i;

/** "President-elect" for "President": one elected to the office and not yet in it, whom "the new President" may mean. */
function electFor(office: string, title: string | null): boolean {
  if (!title) return false;
  const t = lookupKey(title);
  const o = lookupKey(office);
  return t.length === o.length + 6 && t.startsWith(o) && /^[- ]elect$/.test(t.slice(o.length));
}

/** "the new ", "the incoming ", "the newly elected " right before a title: the office's next holder. */
const NEW_HOLDER_BEFORE = /(?:\b[Nn]ew|\b[Ii]ncoming|\b[Nn]ewly[ -](?:elected|appointed))[ \t\u00a0]+$/;
const VISITING_BEFORE = /(?<![\p{L}])visiting[ \t\u00a0]+$/iu;
/**
 * An adverbial phrase or clause opening the sentence, set off by a comma right before a title and its
 * article: "When asked whether he would meet President X, the ", "After talks with Minister Y, the ".
 */
const OPENING_BEFORE_TITLE = /^[ \t\u00a0]*(?:when|while|after|before|once|asked|answering|responding|replying|commenting|speaking|turning|referring|following|during|in[ \t\u00a0]+(?:his|her)[ \t\u00a0]+(?:talks|meeting|conversation)|at[ \t\u00a0]+(?:his|her)[ \t\u00a0]+(?:talks|meeting))(?![\p{L}])[^,.;:!?“”"«»\n]{3,200},[ \t\u00a0]*(?:the[ \t\u00a0]+)?$/iu;

/** The order in which the text introduced an actor ("a12" -> 12). */
function actorNumber(a: Actor): number {
  return Number(a.id.slice(1));
}

/** ", of the ", " of ": between a name and the state it is followed by. */
const OF_STATE_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*)?of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i;

interface Building extends Actor {
  /** Name words (look-up keys) for linking surnames to full names, each once: a name has few, which a list holds in less room than a set. */
  words: string[];
  /** The words' signature bits (see wordBit): a quick, exact "no" before comparing the words. */
  wordBits: number;
  /** Position of the latest mention, for recency. */
  lastSeen: number;
  /** Whether the name comes from the text (a name mention) rather than a title. */
  named: boolean;
  /** The country was read from the words of an office ("Minister of Industry of Canada"). */
  countryFromTitle: boolean;
  /** The country came only from a listed namesake whose offices had ended by the text's day. */
  pastNamesake?: boolean;
  /** The country came only from a list of known people, never from the words the text wrote. */
  listedCountry?: boolean;
  /** The country came only from a listed namesake whose offices had ended by the text's day, named with none (see listedOnly). */
  pastListed?: boolean;
  /** The gender the text's names give the person: an honorific ("Mr. X"), a gendered title or a given name of one gender. */
  gender?: Gender;
  /** The last generic title this person's office was compared with, that office, and the answer (see fitsHeldBy). */
  fitsGeneric: string | null;
  fitsHeld: string | null;
  fits: boolean;
}

/**
 * titleFits(generic, p.title), kept on the person for the last generic title asked: each title
 * mention is compared with the same recent people, mostly by the same title as the mention before,
 * and reading the answer here costs less than finding it in titleFits's table.
 */
/**
 * "Minister of Foreign Affairs of Peru X ... the Peruvian Chancellor": an office the holder's state
 * calls by another office's name (data/lexicon/office-names-by-country.tsv) is that holder's.
 */
function heldUnderLocalName(localNames: readonly OfficeName[] | undefined, held: string | null, serves: string | null): boolean {
  const office = officeNamedInRows(localNames, serves);
  return office !== null && titleFits(office, held);
}

/** The other offices a generic title's head may name in some states (heldUnderLocalName's first argument), read once per title. */
function localNamesOf(generic: string): readonly OfficeName[] | undefined {
  return otherNamesOfTitle(generic.split(/ (?:of|for) /)[0]!);
}

function fitsHeldBy(generic: string, p: Building): boolean {
  if (p.fitsGeneric !== generic || p.fitsHeld !== p.title) {
    p.fitsGeneric = generic;
    p.fitsHeld = p.title;
    // "National Assembly Chairman X ... the Vietnamese leader": the office read with the body written
    // before it ("Chairman of the National Assembly") is the one presiding over a legislature.
    p.fits = titleFits(generic, p.title)
      || (p.body !== undefined && p.title !== null && namesALeader(generic) && titleFits(generic, `${p.title} of the ${p.body}`));
  }
  return p.fits;
}

/** Most entries of each table of names shared across documents. */
const MAX_CACHED_NAMES = 5000;

/** Offices an international body gives its own officials: envoys, representatives, commissioners, spokespeople. */
const INTERNATIONAL_OFFICE = /(?<![\p{L}])(?:envoy|representative|commissioner|spokes(?:person|man|woman)|(?:under-|assistant )?secretary-general)(?![\p{L}])/iu;

/** Initials written onto a name with no space: "d.tsogtbaatar", "kh.nyambaatar" (look-up keys); the name in group 1. */
const GLUED_INITIAL = /^(?:\p{L}{1,2}\.)+(\p{L}[\p{L}-]+)$/u;

/** A name's words (look-up keys, and the parts of hyphenated ones) and their signature bits, kept on the name's record. */
function nameWords(written: string): LinkWords {
  const record = nameRecord(written);
  if (record.link === undefined) {
    const words: string[] = [];
    let bits = 0;
    // "Joseph R. Biden, Jr.": the comma before a generational suffix is no part of the surname.
    for (const whole of record.key.split(/[\s,]+/)) {
      if (!whole) continue;
      // "Baroness Chapman" after "Jenny Chapman": the style of a peer's name is no word to link by.
      if (words.length === 0 && wordLists().peerageStyles.has(whole)) continue;
      words.push(whole);
      bits |= wordBit(whole);
      // "D.Tsogtbaatar", "Kh.Nyambaatar": Mongolian names write the patronymic's initial onto the given
      // name, which alone names the person later ("Minister Tsogtbaatar").
      const glued = whole.includes('.') ? GLUED_INITIAL.exec(whole) : null;
      const w = glued ? glued[1]! : whole;
      if (glued) {
        words.push(w);
        bits |= wordBit(w);
      }
      if (!w.includes('-')) continue;
      for (const part of w.split('-')) {
        if (part.length > 1 && part !== w) {
          words.push(part);
          bits |= wordBit(part);
        }
      }
    }
    record.link = { words, bits };
  }
  return record.link;
}

/**
 * One of 32 bits for a word, from a hash of its letters. A set of words is signed by the union of
 * its words' bits; when a word's bit is missing from a set's signature, the word is not in the set.
 */
function wordBit(word: string): number {
  let h = 2166136261;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 16777619);
  return 1 << ((h >>> 27) & 31);
}

/**
 * Words that join a given name to the father's name: "Abdulaziz bin Salman", "Siti binti Ahmad" and the
 * Hassaniya "Sidi ould Cheikh", "Fatimetou mint Ahmed" (son and daughter of).
 */
const NASAB = new Set(['bin', 'bint', 'ibn', 'binti', 'binte', 'ould', 'mint']);

/**
 * The name words of every actor made from a title, a pronoun or another mention with no name: one
 * shared list, never added to; an actor is given its own the first time a name with words joins it.
 */
const NO_WORDS: string[] = [];

/**
 * The words, each once, in the order of their first appearance. Mostly none repeats, and a copy of
 * the list is made at its size (an array grown from empty reserves room for more than a name has).
 */
function distinctWords(words: readonly string[]): string[] {
  let repeated = false;
  for (let k = 1; k < words.length && !repeated; k++) repeated = words.lastIndexOf(words[k]!, k - 1) >= 0;
  if (!repeated) return words.slice();
  const out: string[] = [];
  for (const w of words) if (!out.includes(w)) out.push(w);
  return out;
}

/**
 * "Abdulaziz bin Salman" after "Mohammed bin Salman bin Abdulaziz": a name with a father's name
 * after "bin" names its bearer by the word before it, so two such names with different first words
 * are two people (brothers, or a son and his grandfather), however many words they share.
 */
function otherGivenName(words: readonly string[], fuller: string): boolean {
  const other = lookupKey(fuller).split(/\s+/);
  if (!words.some((w) => NASAB.has(w)) || !other.some((w) => NASAB.has(w))) return false;
  // "President bin Zayed": a name opened by its particle gives no bearer's name of its own to differ.
  return !NASAB.has(words[0]!) && words[0] !== other[0];
}

/** Whether every one of `words` is in `set`. */
function containsAll(set: readonly string[], words: readonly string[]): boolean {
  for (const w of words) if (!set.includes(w)) return false;
  return true;
}

/** Whether every word of `set` is one of `words`. */
function coveredBy(set: readonly string[], words: readonly string[]): boolean {
  for (const w of set) if (!words.includes(w)) return false;
  return true;
}

/** Endings of an East Slavic patronymic, made from the father's given name: "Vladimirovich", "Sergeyevna", "Ilyich". */
const PATRONYMIC_ENDING = /(?:ovich|evich|avich|ovych|evych|ovna|evna|auna|ivna|ichna|ich)$/;

/**
 * "Vladimir Vladimirovich", "Mikhail Vladimirovich", "Viktar Ivanavich": the polite address by given name
 * and patronymic (Russian, Belarusian and Ukrainian endings), whose second word is a listed given name
 * with a patronymic's ending. Returns the given name's key,
 * or null for any other name, among them surnames with such an ending ("Mikhail Myasnikovich").
 */
function patronymicAddress(name: string, givenShown = false): string | null {
  const record = nameRecord(name);
  // Kept only for the plain question; a given name the text has shown is asked of few names.
  if (givenShown) return readPatronymicAddress(record.key, true);
  if (record.address === undefined) record.address = readPatronymicAddress(record.key, false);
  return record.address;
}

/** patronymicAddress of a name's look-up key. */
function readPatronymicAddress(key: string, givenShown: boolean): string | null {
  // A key's words are joined by single spaces: a name of two words has exactly one.
  const space = key.indexOf(' ');
  if (space < 0 || key.indexOf(' ', space + 1) >= 0) return null;
  // The second word's ending is read before the first word is looked up: most names have no such ending.
  const second = key.slice(space + 1);
  const father = second.replace(PATRONYMIC_ENDING, '');
  if (father === second || father.length < 3) return null;
  const given = key.slice(0, space);
  // A given name the text has shown as one (the first word of a person it named in full) needs no list.
  if (!givenShown && !isGivenName(given)) return null;
  return isGivenName(father) ? given : null;
}

/** Whether two names open with the same word: "Shavkat Mirziyoyev" and "Shavkat Miromonovich". */
function sameFirstWord(a: string, b: string): boolean {
  const ka = lookupKey(a);
  const kb = lookupKey(b);
  const space = kb.indexOf(' ');
  return space > 0 && ka.length > space && ka.startsWith(kb.slice(0, space + 1));
}

/** The long endings of a patronymic, which few surnames beside it share: "-ovich", "-evna". */
const LONG_PATRONYMIC_ENDING = /(?:ovich|evich|ovna|evna)$/;
/** Words of respectful address before a name in speech: "Dear Shavkat Miromonovich". */
const ADDRESS_BEFORE = /(?:^|[^\p{L}])(?:dear|esteemed|respected|distinguished)\s+$/iu;

/**
 * patronymicAddress, and also, right after a word of address ("Dear", "Esteemed"), a listed given name
 * (or, with `givenShown`, one the text has shown as a given name) with a long patronymic ending whose
 * father's name no list has ("Dear Shavkat Miromonovich"): spoken to, the two words are the address, not
 * a given name and a surname. `before` is the text right before the name.
 */
function addressByPatronymic(name: string, before: string, givenShown = false): string | null {
  const listed = patronymicAddress(name, givenShown);
  if (listed !== null || !ADDRESS_BEFORE.test(before)) return listed;
  const { key } = nameRecord(name);
  const space = key.indexOf(' ');
  if (space < 0 || key.indexOf(' ', space + 1) >= 0) return null;
  const second = key.slice(space + 1);
  if (!LONG_PATRONYMIC_ENDING.test(second) || second.length < 8) return null;
  const given = key.slice(0, space);
  // A given name the text has shown as one, at the head of a name it gave in full, needs no list either.
  return givenShown || isGivenName(given) ? given : null;
}

/** Most mentions read ahead for the full name of one addressed by given name and patronymic before the text names them. */
const ADDRESS_LOOKAHEAD = 200;

/** Keeps the fuller of two names: more words, then more letters. */
/** Words of a name, not counting the style of a peer's ("Baroness Chapman" has one, as "Chapman"). */
function wordsBesideStyle(name: string): number {
  const words = name.split(/\s+/);
  return words.length > 1 && wordLists().peerageStyles.has(lookupKey(words[0]!)) ? words.length - 1 : words.length;
}

function fuller(a: string, b: string): string {
  // Mostly the same name again.
  if (a === b) return a;
  const wa = wordsBesideStyle(a);
  const wb = wordsBesideStyle(b);
  return wb > wa || (wb === wa && b.length > a.length) ? b : a;
}

/** Keeps the more informative title ("Governor of Irkutsk Oblast" over "Governor"). */
function betterTitle(a: string | null, b: string | null | undefined): string | null {
  if (!b) return a;
  if (!a) return b;
  return b.length > a.length && lookupKey(b).startsWith(lookupKey(a).split(' of ')[0]!) ? b : a;
}

function groupKey(m: Mention): string {
  return m.country && m.sector ? `group|${m.country}|${m.sector}` : `group|${lookupKey(m.canonical ?? m.text)}`;
}

function placeKey(m: Mention): string {
  const name = m.canonical ?? m.text;
  const country = m.country ?? '';
  let byCountry = PLACE_KEYS.get(name);
  let key = byCountry?.get(country);
  if (key === undefined) {
    key = `place|${lookupKey(name)}|${country}`;
    if (!byCountry) {
      // Kept as copies of their own: a piece cut from a document would keep the whole document.
      setBounded(PLACE_KEYS, MAX_CACHED_NAMES, ownCopy(name), (byCountry = new Map()));
    }
    byCountry.set(country, (key = ownCopy(key)));
  }
  return key;
}

/**
 * Place keys by name and country, shared across documents: the same places are named in text after
 * text, mostly by the gazetteer's own names, and each key is then built once.
 */
const PLACE_KEYS = new Map<string, Map<string, string>>();


function orgKey(m: Mention): string {
  return `org|${lookupKey(m.canonical ?? m.text)}`;
}

/**
 * Lone head nouns that stand for a body the text has named in full: "The Assembly welcomed" after
 * "the Assembly of Heads of State and Government of the African Union", "the Secretariat" after
 * "the CIS Secretariat". "Government", "Cabinet", "Army" and "Police" are left alone: alone they
 * usually mean the country's own, whichever other government was named before.
 */
const SHORT_BODY_WORDS = new Set(['assembly', 'parliament', 'senate', 'congress', 'presidium', 'secretariat', 'duma', 'rada', 'majlis', 'knesset', 'sejm', 'bundestag']);

/** The latest organisation whose full name opens ("Assembly of ...") or ends with this lone head noun. */
function shortBodyName(m: Mention, actors: readonly Building[]): Building | undefined {
  if (m.rule !== 'org-head-noun' || m.form !== 'name' || /\s/.test(m.text)) return undefined;
  const word = lookupKey(m.text);
  if (!SHORT_BODY_WORDS.has(word)) return undefined;
  // Only the latest actors are looked at, which keeps long documents linear.
  for (let k = actors.length - 1; k >= 0 && k >= actors.length - MAX_TITLE_CANDIDATES; k--) {
    const a = actors[k]!;
    if (a.type !== 'organization' || a.nominal) continue;
    const words = lookupKey(a.name).split(' ');
    if (words.length > 1 && ((words[0] === word && words[1] === 'of') || words[words.length - 1] === word)) return a;
  }
  return undefined;
}

/**
 * The object of thanks or praise that a possessive right after "for" or "on" belongs to ("thanked
 * Premier Li Qiang for his recent visit" is Li's visit), when one person is named between the verb
 * and the preposition; else null, and the usual antecedent is looked for.
 */
function objectOwner(text: string, mentions: readonly Mention[], p: Mention, sentence: Sentence | undefined, candidates: readonly Mention[] | undefined, accept: (m: Mention) => boolean): Mention | null {
  if (!sentence || !candidates || !/^(?:his|her)$/i.test(p.text)) return null;
  const from = Math.max(sentence.start, p.start - OBJECT_OWNS_REACH);
  const before = text.slice(from, p.start);
  const m = OBJECT_OWNS.exec(before) ?? (FAREWELL_NOUN_AFTER.test(text.slice(p.end, p.end + 40)) ? FAREWELL_OWNS.exec(before) : null);
  if (!m) return null;
  const objectStart = from + m.index;
  const between = candidates.filter((c) => c.start > objectStart && c.end <= p.start && c.form !== 'pronoun');
  // "thanked him for his visit": an object pronoun already resolved stands for its person there.
  for (let k = lowerBound(mentions, objectStart); k < mentions.length && mentions[k]!.start < p.start; k++) {
    const o = mentions[k]!;
    if (o.form === 'pronoun' && o.actor && OBJECT_PERSON_PRONOUN.test(o.text)) between.push(o);
  }
  return between.length === 1 && accept(between[0]!) ? between[0]! : null;
}

/** An object pronoun of one person, which a possessive after "thanked ... for" may take up. */
const OBJECT_PERSON_PRONOUN = /^(?:him|her)$/i;

/**
 * Where the first white space of `text` is (as /\s/ reads it), or -1. An ASCII character is read by
 * its code, others left to the expression; no list of words is made to find it.
 */
function firstSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]!)) return i;
  }
  return -1;
}

/**
 * Links mentions into actors: one per distinct person, organisation or place. Names merge
 * by canonical form, surnames join the full name, generic titles join the person holding
 * that title, pronouns join the nearest clear antecedent; the rest stay unresolved.
 */
export const coreference: Stage = {
  name: 'coreference',
  reads: ['paragraphs', 'sentences', 'tokens', 'mentions'],
  writes: ['actors'],
  run(doc) {
    const mentions = doc.layer('mentions');
    const sentences = doc.layer('sentences');
    const actors: Building[] = [];
    const byKey = new Map<string, Building>();
    const people: Building[] = [];
    /** Name word -> people whose names contain it, so linking a surname looks at a few actors, not all. */
    const byWord = new Map<string, Building[]>();
    /** Lists a person under a name word (once: a person's words are the words it is listed under). */
    const listUnder = (a: Building, w: string) => {
      const list = byWord.get(w);
      if (list) list.push(a);
      else byWord.set(w, [a]);
    };

    const buildingById = new Map<string, Building>();
    /** The label mention opening each transcript turn, by paragraph index. */
    const turnLabels = turnLabelMentions(doc.text, doc.layer('paragraphs'), mentions);
    /**
     * "PRESIDENT X: ... we agreed with the President of the United States ...": in a turn the one
     * speaking is "I", so an office named in the third person inside it is another's.
     */
    const turnSpeakerOf = (m: Mention): Building | undefined => {
      const paragraph = sentences[sentenceAt(sentences, m.start)]?.paragraph;
      const label = paragraph === undefined ? undefined : turnLabels.get(paragraph);
      return label && label !== m && label.actor ? buildingById.get(label.actor) : undefined;
    };
    const create = (m: Mention, key: string | null, name: string, rule: string): Building => {
      const own = m.type === 'person' && m.form === 'name' ? nameWords(name) : null;
      const a: Building = {
        id: `a${actors.length + 1}`, type: m.type, name, title: m.title ?? null, body: m.title ? m.body : undefined,
        country: m.country, sector: m.sector, mentions: [], stage: 'coreference', rule,
        // An actor made from no name shares one empty set until a name joins it (see attach).
        words: own ? distinctWords(own.words) : NO_WORDS,
        wordBits: own ? own.bits : 0,
        placeKind: m.placeKind ? m.placeKind : undefined, nominal: undefined,
        lastSeen: m.start, named: m.form !== 'title', countryFromTitle: false,
        pastNamesake: m.country && m.countrySource === 'past-namesake' ? true : undefined,
        pastListed: m.country && m.countrySource === 'past-listed' ? true : undefined,
        listedCountry: m.country && (m.countrySource === 'lexicon' || m.countrySource === 'past-namesake' || m.countrySource === 'past-listed') ? true : undefined,
        fitsGeneric: null, fitsHeld: null, fits: false,
      };
      // Only an actor made from a name has name words to be listed under; the others get theirs when a name joins them.
      for (const w of a.words) listUnder(a, w);
      actors.push(a);
      buildingById.set(a.id, a);
      if (key) byKey.set(key, a);
      if (a.type === 'person') people.push(a);
      return a;
    };
    /**
     * The gender a name mention gives its bearer: the honorific before it or a gendered title, else the
     * first of two or more words as a given name of one gender (data/lexicon/name-genders.tsv). Not by
     * name endings or the words after "bin": a surname with a particle ("Al Misnad") is no given name.
     */
    const markedGender = (m: Mention): Gender => honorificGender(doc.text, m.start, m.text) ?? (m.title ? genderOf('', m.title) : null);
    const givenGender = (name: string): Gender => {
      // The first of two or more words: what splitting the trimmed name at white space would give first.
      const written = name.trim();
      const space = firstSpace(written);
      return space > 0 ? genderOfGivenName(written.slice(0, space)) : null;
    };
    // The words of a marriage come after the given name: "his" or "her" before a spouse's noun may stand for someone
    // else the sentence names ("Minister Anna Lind hosted Karl Berg and her husband").
    const nameGender = (m: Mention): Gender => markedGender(m) ?? givenGender(m.canonical ?? m.text) ?? spouseGender(doc.text, m.start, m.end);
    const attach = (a: Building, m: Mention) => {
      m.actor = a.id;
      a.mentions.push(m.id);
      a.lastSeen = m.start;
      if (m.type === 'person' && m.form === 'name' && !a.gender) a.gender = nameGender(m);
      // "Mr. Hayashi" after "Kenji Hayashi": a surname alone took its office and country from a list of
      // known people, whose namesake the person the text named in full is not.
      if (m.type === 'person' && m.form === 'name' && namesakeOfListed(a, m)) return;
      if (m.type === 'person' && m.form === 'name') {
        const name = m.canonical ?? m.text;
        if (!a.named) {
          a.name = name;
          a.named = true;
        // "Vladimir Vladimirovich" after "Vladimir Putin": an address by given name and patronymic is
        // no fuller form of the name the text gave.
        // The same name again leaves it as it is, an address or not: only another is read.
        // The name the person already has shows its first word as a given name.
        } else if (a.name !== name && addressByPatronymic(name, doc.text.slice(Math.max(0, m.start - 16), m.start), sameFirstWord(a.name, name)) === null) a.name = fuller(a.name, name);
        const { words, bits } = nameWords(name);
        if (a.words === NO_WORDS && words.length > 0) {
          a.words = distinctWords(words);
          for (const w of a.words) listUnder(a, w);
        } else for (const w of words) {
          if (a.words.includes(w)) continue;
          a.words.push(w);
          listUnder(a, w);
        }
        a.wordBits |= bits;
      }
      if (m.type === 'person') {
        const title = betterTitle(a.title, m.title);
        // The body written before an office goes with the office it was written with: "NATO Secretary
        // General Mark Rutte" after "Secretary General Rutte" names the same office, now whose it is.
        if (title !== a.title) a.body = m.body;
        else if (!a.body && m.body && m.title && a.title && lookupKey(m.title) === lookupKey(a.title)) a.body = m.body;
        a.title = title;
      }
      // The words of an office name its country before any list of known people does.
      if (m.type === 'person' && m.countrySource === 'title' && m.country && !a.countryFromTitle) {
        a.country = m.country;
        a.countryFromTitle = true;
        a.pastNamesake = false;
        a.listedCountry = false;
        a.pastListed = false;
      }
      // "Joao Monteiro received ... The Brazilian President": an office the text gives with its state
      // replaces a state only a list gave, from a namesake whose offices had ended by the text's day.
      if (m.type === 'person' && m.form === 'title' && m.country && a.country && m.country !== a.country && listedOnly(a)) {
        a.country = m.country;
        a.pastNamesake = false;
        a.listedCountry = false;
        a.pastListed = false;
      }
      if (!a.country && m.country && m.countrySource === 'past-namesake') a.pastNamesake = true;
      if (!a.country && m.country && m.countrySource === 'past-listed') a.pastListed = true;
      if (!a.country && m.country) a.listedCountry = m.countrySource === 'lexicon' || m.countrySource === 'past-namesake' || m.countrySource === 'past-listed';
      a.country ??= m.country;
      a.sector ??= m.sector;
    };

    /** The person a name refers to: same full name, or a name whose words contain this one's. */
    const personFor = (m: Mention, key: string, i: number): Building | undefined => {
      const name = m.canonical ?? m.text;
      const exact = byKey.get(key);
      // "Mrs. Keller-Brandt" after "President Keller-Brandt", when the President is a man: a surname alone
      // seen before is the same person unless its honorific or title tells the other gender.
      if (exact && !(exact.gender && !name.includes(' ') && (markedGender(m) ?? exact.gender) !== exact.gender)) return exact;
      const { words, bits } = nameWords(name);
      let best: Building | undefined;
      /** The mention's gender by honorific or title, and by its given name, read when first a candidate needs them. */
      let mMarked: Gender | undefined;
      let mGiven: Gender | undefined;
      /** Whether the mention is named as a pair with a consort, read when first a leader is a candidate. */
      let besideConsort: boolean | undefined;
      // Only the latest people sharing a word, which keeps a text with a thousand Petrovs linear.
      // A person listed under two of the words is looked at twice; the second look cannot change
      // the choice (the latest seen wins, and a tie keeps the first), so no set of candidates is built.
      // "A.Lukashenko", "Sh. Mirziyoyev" after "Aleksandr Lukashenko": an initial written onto the surname.
      // "Drozdov P.", "Ivanov I.I." after "Pavel Drozdov": the surname first, the initials after it.
      const initialForm = name.includes('.') ? initialAndSurname(name.trim()) : null;
      const initialsAfter = initialForm || !name.includes('.') ? null : SURNAME_AND_INITIALS.exec(name.trim());
      if (initialForm || initialsAfter) {
        const initial = lookupKey(initialForm ? initialForm[1]! : initialsAfter![2]!);
        // "V. de la Fuentebella": a surname opened by particles is listed under its last word.
        const surname = lookupKey(initialForm ? initialForm[2]! : initialsAfter![1]!);
        const list = byWord.get(surname.slice(surname.lastIndexOf(' ') + 1)) ?? [];
        for (let k = list.length - 1; k >= 0 && k >= list.length - MAX_TITLE_CANDIDATES; k--) {
          const p = list[k]!;
          const given = lookupKey(p.name).split(' ')[0]!;
          if (p.named && p.words.length > 1 && given.startsWith(initial) && given !== initial && (!m.country || !p.country || m.country === p.country)) return p;
        }
      }
      // "Esteemed Vladimir Vladimirovich" after "Vladimir Putin": the address by given name and patronymic
      // names the latest person of that given name whose surname the text gave.
      const addressed = name.length > 8 ? addressByPatronymic(name, doc.text.slice(Math.max(0, m.start - 16), m.start), true) : null;
      if (addressed !== null) {
        const list = byWord.get(addressed) ?? [];
        for (let k = list.length - 1; k >= 0 && k >= list.length - MAX_TITLE_CANDIDATES; k--) {
          const p = list[k]!;
          if (p.named && p.words.length > 1 && lookupKey(p.name).split(' ')[0] === addressed && patronymicAddress(p.name) === null
            && (!m.country || !p.country || m.country === p.country)) return p;
        }
      }
      for (const w of words) {
        const list = byWord.get(w);
        if (!list) continue;
        for (let k = Math.max(0, list.length - MAX_TITLE_CANDIDATES); k < list.length; k++) {
          const p = list[k]!;
          if (!p.named || p.words.length === 0) continue;
          // "President Petković" after "President Dragan Petković and his wife Tamara Petković": of
          // namesakes, one whose office fits the title written with the name, before the latest seen.
          if (best && m.title) {
            const bestFits = titleFits(m.title, best.title);
            const fits = titleFits(m.title, p.title);
            if (bestFits !== fits ? bestFits : p.lastSeen <= best.lastSeen) continue;
          } else if (best && p.lastSeen <= best.lastSeen) continue;
          const within = (bits & ~p.wordBits) === 0 && containsAll(p.words, words);
          if (!within && !((p.wordBits & ~bits) === 0 && coveredBy(p.words, words))) continue;
          if (otherGivenName(words, p.name)) continue;
          // "Prime Minister Kishida ... First Lady Jill Biden and Mrs. Yuko Kishida": a name of the other
          // gender than the person's (by the text's honorifics and given names, or, for an office holder
          // named by surname alone, by the listed holder of that office) is a spouse or relative.
          // A name within the person's ("Al Misnad" after "Maryam bint Ali Al Misnad") brings no given name of its own.
          const own = (mMarked === undefined ? (mMarked = markedGender(m)) : mMarked)
            ?? (within ? null : mGiven === undefined ? (mGiven = givenGender(name)) : mGiven);
          const held = own === null ? null : p.gender ?? listedHolderGender(p);
          if (held && own !== held) continue;
          // "First Lady Ana Moreno and Elsa Lindqvist" after "Prime Minister Lindqvist": a name with no office,
          // named as a pair with a consort, is the other leader's consort, not the leader sharing the family name.
          if (!within && !m.title && p.title && LEADER_ROLES.has(roleOfTitle(p.title) ?? '')
            && (besideConsort ??= pairedWithConsort(doc.text, mentions[i - 1], m) || pairedWithConsort(doc.text, m, mentions[i + 1]))) continue;
          // "Sultan Ibrahim ... Prime Minister Anwar Ibrahim": a head of state and a head of government
          // sharing a name word are two people.
          // Only an office the text writes with the name counts, not one a list of known people gives.
          if (m.title && p.title && TEXT_TITLE_RULE.test(m.rule) && otherLeaderRole(m.title, p.title)) continue;
          // "President Biden and First Lady Jill Biden": a consort and the office holder beside whom
          // the consort stands share a family name, not a person.
          if (m.title && p.title && TEXT_TITLE_RULE.test(m.rule) && consortPair(m.title, p.title)) continue;
          // "President Santos" after "President Juan Manuel Santos of Colombia": a surname whose country
          // only a list of known people gave is the person the text named in full, not the list's namesake.
          // "Mr Putin ... President of Burundi Vladimir Putin": the office's own words name the state, and
          // the surname before had its state only from the list, so the two are one person of that state.
          if (m.country && p.country && m.country !== p.country && !(within && (m.countrySource === 'lexicon' || m.countrySource === 'past-namesake' || m.countrySource === 'past-listed'))
            && !(m.countrySource === 'title' && p.listedCountry && !p.countryFromTitle)) continue;
          best = p;
        }
      }
      return best;
    };

    /**
     * "Ambassador Lena Ortiz-Vega and her husband Pablo Ortiz-Vega ... Ortiz-Vega said": a surname alone,
     * with no honorific or title of its own, that kin share names the one of them who holds an office
     * in the text, not the latest seen; a release names officials by surname, and their kin in full or
     * with an honorific. Kept as found when no namesake, or more than one, holds an office.
     */
    const officeHolderOfSurname = (m: Mention, found: Building | undefined): Building | undefined => {
      if (!found || found.title || m.title) return found;
      const name = (m.canonical ?? m.text).trim();
      if (/\s/.test(name) || markedGender(m)) return found;
      const { words } = nameWords(name);
      const list = words.length > 0 ? byWord.get(words[words.length - 1]!) : undefined;
      if (!list) return found;
      let holder: Building | undefined;
      for (let k = Math.max(0, list.length - MAX_TITLE_CANDIDATES); k < list.length; k++) {
        const p = list[k]!;
        if (p === found || !p.named || !p.title || p.words.length <= words.length || !containsAll(p.words, words)) continue;
        if (holder && holder !== p) return found;
        holder = p;
      }
      return holder ?? found;
    };

    /**
     * For an address by given name and patronymic at mention i, the first later name of two or more
     * words that starts with that given name and is no such address itself: its key and name. Null
     * when the mention is no such address or no later name fits.
     */
    const namedAfterAddress = (i: number, m: Mention): { key: string; name: string } | null => {
      const name = m.canonical ?? m.text;
      const given = name.length > 8 ? addressByPatronymic(name, doc.text.slice(Math.max(0, m.start - 16), m.start)) : null;
      if (given === null) return null;
      for (let k = i + 1; k < mentions.length && k - i <= ADDRESS_LOOKAHEAD; k++) {
        const q = mentions[k]!;
        if (q.type !== 'person' || q.form !== 'name') continue;
        const later = q.canonical ?? q.text;
        const words = lookupKey(later).split(' ');
        if (words.length < 2 || words[0] !== given || addressByPatronymic(later, doc.text.slice(Math.max(0, q.start - 16), q.start)) !== null) continue;
        return { key: `person|${lookupKey(later)}`, name: later };
      }
      return null;
    };

    /** What the source line says of the issuer, read once for every step below. */
    const issuing = sourceCountry(doc.meta.source);
    /** The state an official release speaks for, if its source says so (a news outlet's is none). */
    const issuerHome = homeCountry(doc.meta.source, null);
    // What the words around each person's first name say of them, read once per person: the title
    // pass asks of the same candidates title after title, and a person may have many mentions. The
    // index of mentions by id is made on first need, before the one made for the later steps.
    let earlyIndex: ReadonlyMap<string, Mention> | null = null;
    const earlyById = (): ReadonlyMap<string, Mention> => (earlyIndex ??= indexById(mentions));
    const absentRead = new Map<Building, boolean>();
    const namedAbsent = (p: Building): boolean => {
      let r = absentRead.get(p);
      if (r === undefined) absentRead.set(p, (r = firstNamedAbsent(doc.text, p, earlyById())));
      return r;
    };
    const relationRead = new Map<Building, boolean>();
    const namedAsRelation = (p: Building): boolean => {
      let r = relationRead.get(p);
      if (r === undefined) relationRead.set(p, (r = firstNamedAsRelation(doc.text, p, earlyById())));
      return r;
    };
    // "Foreign Minister X received his Uruguayan counterpart, Y. The Uruguayan minister ...": in a
    // release of another state, the official it opens with, whose office the text gives no state, is
    // the issuer's, not the one a demonym of another state picks out.
    const issuersOwnNotOther = (m: Mention, p: Building) => issuersOpeningOfficial(m.country, issuerHome, p, servesOf(p), () => people.find((q) => q.named && !q.nominal));
    /**
     * "Minister of Foreign Affairs X" with no state in an official release (asked only of one whose state
     * the text has not given): the issuer's own office, so "the Brazilian Chancellor" in a release of
     * Brazil is X even before the later rules give X the issuer's country.
     */
    const issuersUntitledOffice = (p: Building): string | null => (issuerHome !== null && p.title !== null && !p.nominal ? issuerHome : null);
    const ownLeaderOfStaff = (m: Mention) => issuerHome !== null && !m.country && LEADER_ROLES.has(roleOfTitle(m.title ?? m.text) ?? '')
      && LEADERS_STAFF_AFTER.test(doc.text.slice(m.end, m.end + 40));
    /** The stretches inside quotation marks, read once when first asked for. */
    let quotedSpans: QuotedSpans | null = null;
    const quoted = () => (quotedSpans ??= new QuotedSpans(doc.text, doc.layer('paragraphs')));
    const pending: Mention[] = [];
    /** The person an official release opens with, as the subject of its first sentence, while no office is known for them. */
    // "Minsk, 15 September 2025\n\nX met ...", "Astana, 12 March – X received ...": a dateline of place and
    // date goes before the body's first sentence.
    // "Meeting with Minister of Education X\n\nY held a working meeting ...", "September 7, 2020, Novo-Ogaryovo\n\nY ...":
    // a heading or a dateline on a line of its own, with no full stop, goes before it too.
    const bodyLead = doc.meta.bodyStart + (DATELINE_OPENING.exec(doc.text.slice(doc.meta.bodyStart, doc.meta.bodyStart + 80))?.[0].length
      ?? headingLineLength(doc.text.slice(doc.meta.bodyStart, doc.meta.bodyStart + HEADING_REACH)));
    const bodyOpening = issuerHome && !issuing.media ? mentions.find((m) => m.start >= bodyLead) : undefined;
    const untitledOpener = (): Building | undefined => {
      if (!bodyOpening || bodyOpening.type !== 'person' || bodyOpening.form !== 'name' || !bodyOpening.actor) return undefined;
      if (!/^\s*$/.test(doc.text.slice(bodyLead, bodyOpening.start)) || !/^[ \t\u00a0]+\p{Ll}/u.test(doc.text.slice(bodyOpening.end, bodyOpening.end + 3))) return undefined;
      const a = buildingById.get(bodyOpening.actor);
      return a && a.type === 'person' && a.named && !a.nominal && !a.title ? a : undefined;
    };
    /** People the text names with an office they held once ("former President X", "the late Y"). */
    const formerHolders = new Set<Building>();
    /** People by the listed figure their name is, for names a list knows under another form. */
    const byListed = new Map<KnownPerson, Building>();
    /** Nominal title holders and the people the text shows they are not (senders of greetings to them). */
    const notHolders = new Map<Building, ReadonlySet<Building>>();
    /** Title mentions after "a"/"an": someone the text introduces, not a holder named before or after. */
    const indefinite = new Set<Mention>();
    /** Where a role ("spokesperson", "deputy minister") was last introduced with "a"/"an", by its words. */
    const lastIntroduced = new Map<string, number>();
    /** How many people existed when each title mention was read (where the look-ahead below starts). */
    const peopleBefore = new Map<Mention, number>();
    /**
     * "Foreign Minister X of Ethiopia": the state a name is followed by ("of Ethiopia"), which the
     * person is known to serve before the later pass that sets it; a title with another state's
     * adjective ("the Kenyan minister") is then not that person's.
     */
    const stateAfter = new Map<Building, string>();
    const servesOf = (p: Building): string | null => p.country ?? stateAfter.get(p) ?? null;
    /** Person mentions by where they start, indexed when first asked for. */
    let personMentions: Map<number, Mention> | null = null;
    const personMentionAt = (start: number): Mention | undefined => {
      if (personMentions === null) {
        personMentions = new Map();
        for (const q of mentions) if (q.type === 'person') personMentions.set(q.start, q);
      }
      return personMentions.get(start);
    };
    /**
     * "Joao Monteiro received ... The Brazilian President": one whose state only a list gave, from a
     * namesake whose offices there had ended by the text's day, is open to what the text says of the
     * person's office; the list is a fallback, never above the text. One the list has in office on the
     * day (Putin in a release of Kazakhstan) keeps the list's state.
     */
    const listedOnly = (p: Building): boolean => !!p.pastListed && !p.countryFromTitle && p.country !== null && !stateAfter.has(p);
    // Whether the text has any word of greetings or messages, asked once: without one, no one is
    // named only as a sender, and the text before each candidate holder is not read.
    const holds = textWords(doc.text);
    const sendersNamed = holds.senders;
    /** What sentBeforeAt read before each position asked: the same people's last mentions are asked of by title after title. */
    const senderReads = new Map<number, boolean>();
    // So for the words that put an office in the past ("former", "the late", "then-").
    const pastWords = holds.past;
    /** People the text names as leaving their office ("outgoing President X"), and whether it has the words at all. */
    const outgoingHolders = new Set<Building>();
    const leavingWords = holds.leaving;
    /** Sentences where one named as leaving an office hands it over ("handed over to X"), by index. */
    const handoverSentences = new Set<number>();
    const readForHandover = new Set<number>();
    /** Whether the text has "under" before a word at all, for times under an office ("under President X"). */
    const underWords = holds.under;
    // Each mention in turn: a pronoun waits for the rest; a name, title, place or body joins the actor it
    // names or makes one. A function of its own, called once a mention, so that the engine optimises it
    // after a few documents, not only with the whole stage.
    const readMention = (i: number): void => {
      const m = mentions[i]!;
      if (m.form === 'pronoun') {
        pending.push(m);
        return;
      }
      // "A spokesperson for the Ministry said ...", read as a body's nominal: a role noun after "a" or
      // "an" (not describing someone by apposition or predicate) introduces a new, unnamed person.
      if (m.form === 'nominal') {
        const head = roleHead(m.text);
        if (head && introducedIndefinitely(doc.text, m)) lastIntroduced.set(head, m.start);
      }
      if (m.type === 'person' && m.form === 'name') {
        const named = m.canonical ?? m.text;
        const key = `person|${nameRecord(named).key}`;
        const listed = personByName(named);
        // "President Joko Widodo ... President Jokowi": two names a list of known people gives one person.
        let found = officeHolderOfSurname(m, personFor(m, key, i)) ?? (listed ? byListed.get(listed) : undefined);
        // "The Prime Minister ... “As my predecessor, Prime Minister X, said”": one named as another's
        // predecessor, successor or spouse is not the holder of the office the text used before the name.
        if (!found && m.title && !relationBefore(doc.text, m.start)) {
          // "Montenegro's prime minister ... Prime Minister Dusko Markovic": the office holder gets a name.
          // The oldest fitting office holder among the latest people, which keeps long documents linear.
          // "The President of Uzbekistan met ... conveyed the greetings of President X": one named as the
          // sender of greetings, whose state the text leaves open, is away and the bringer's; never the
          // holder of an office the text gave its own state.
          const sender = sendersNamed && !m.country && sentBeforeAt(doc.text, m.start, senderReads);
          for (let k = Math.max(0, people.length - MAX_TITLE_CANDIDATES); k < people.length && !found; k++) {
            const p = people[k]!;
            // "the first by a Peruvian head of state. He was received by President X": one an indefinite article
            // introduced is no one named in a later sentence ("the first by a Portuguese prime minister since Prime
            // Minister X travelled there" names, in its own sentence, a holder of the office so described).
            if (p.nominal && !p.named && !(p.rule === 'indefinite-title' && sentenceAt(sentences, p.lastSeen) !== sentenceAt(sentences, m.start)) && titleFits(p.title ?? '', m.title ?? null) && (!m.country || !p.country || m.country === p.country) && !(sender && p.country)) found = p;
          }
          if (found) {
            found.nominal = false;
            byKey.set(key, found);
          }
        }
        // "Dear Vladimir Vladimirovich" in a turn before the text names Vladimir Putin: the address names
        // the person of that given name whose full name comes later, under which the person is made.
        const ahead = found ? null : namedAfterAddress(i, m);
        const holder = found ?? (ahead ? create(m, ahead.key, ahead.name, 'person-name') : create(m, key, m.canonical ?? m.text, 'person-name'));
        attach(holder, m);
        const next = mentions[i + 1];
        // The gap first: a name is seldom followed by "of" and a state, and the gap is read faster than the state's name is looked up.
        if (next && next.type !== 'person' && next.form === 'name' && next.country && OF_STATE_GAP.test(doc.text.slice(m.end, next.start))
          && countryByName(next.canonical ?? next.text)?.iso3 === next.country) stateAfter.set(holder, next.country);
        if (listed && !byListed.has(listed)) byListed.set(listed, holder);
        if (found) byKey.set(key, found);
        if ((pastWords && formerBefore(doc.text, m.start) && !heldBesidesFormer(doc.text, m.start, m.title ?? null)) || (underWords && underOfficeBefore(doc.text, m.start))) formerHolders.add(holder);
        if (leavingWords && outgoingBefore(doc.text, m.start)) {
          outgoingHolders.add(holder);
          // Each sentence read once, however many outgoing holders it names.
          const at = sentenceAt(sentences, m.start);
          const sentence = sentences[at];
          if (sentence && !readForHandover.has(at)) {
            readForHandover.add(at);
            if (HANDOVER.test(doc.text.slice(sentence.start, sentence.end))) handoverSentences.add(at);
          }
        }
        return;
      }
      if (m.type === 'person' && m.form === 'title') {
        peopleBefore.set(m, people.length);
        // "a Turkish minister", "an adviser": an indefinite article introduces someone new, never one named before.
        const lead = doc.text.slice(Math.max(0, m.start - 40), m.start);
        const indef = opensIndefinite(lead) ? INDEFINITE_BEFORE.exec(lead) : null;
        // "X, a Turkish minister, said", "X is a minister": an apposition or a predicate describes X.
        if (indef && !PREDICATE_BEFORE.test(doc.text.slice(Math.max(0, m.start - indef[0].length - 20), m.start - indef[0].length))) {
          indefinite.add(m);
          const head = roleHead(m.text);
          if (head) lastIntroduced.set(head, m.start);
          if (m.country) {
            const title = m.title ?? m.text;
            const where = title.includes(' of ') ? null : countryName(m.country);
            const holder = create(m, null, where ? `${title} of ${where}` : title, 'indefinite-title');
            holder.nominal = true;
            attach(holder, m);
          }
          return;
        }
        // The holder: the most recent person whose title fits and whose country does not conflict.
        const fitting: Building[] = [];
        /** Those who meet the office's holder in this sentence, who are not the holder. */
        const metBy: Building[] = [];
        const speaking = turnSpeakerOf(m);
        const generic = m.title ?? m.text;
        const complement = complementOf(m.title);
        const localNames = localNamesOf(generic);
        // Only the most recently introduced people are candidates, which keeps long documents linear.
        for (let k = people.length - 1; k >= 0 && k >= people.length - MAX_TITLE_CANDIDATES; k--) {
          const p = people[k]!;
          if (p === speaking) continue;
          // "X met the Foreign Minister of Armenia", "X held a meeting with the Guatemalan Foreign Minister":
          // an office with its state, right after the verb of a meeting whose subject is X, is the one X
          // met, never X, whatever office X holds or lacks.
          if ((m.rule === 'title-of-place' || m.country) && objectOfMeeting(doc.text, p.lastSeen, m.start)) {
            metBy.push(p);
            continue;
          }
          if (!(fitsHeldBy(generic, p) || (localNames !== undefined && heldUnderLocalName(localNames, p.title, servesOf(p) ?? issuersUntitledOffice(p))))) continue;
          const serves = servesOf(p);
          if (m.country && serves && m.country !== serves && !complementWithin(m.title, p.title) && !listedOnly(p)) continue;
          // "Foreign Minister X received his Uruguayan counterpart, Y. The Uruguayan minister ...": in a
          // release of another state, one whose office the text gives no state is the issuer's official,
          // not the one a demonym of another state picks out.
          if (issuersOwnNotOther(m, p)) continue;
          if (complementConflicts(complement, p.title)) continue;
          fitting.push(p);
        }
        // The most recent holder; but "Minister A met Minister B. The Minister noted": of holders last
        // named in one sentence, the one named first, its subject, is the likelier one meant.
        // "The Australian Minister": a holder known to serve that country before one whose country is open,
        // even a deputy ("the Kazakh minister" after "Kazakhstan's Deputy Foreign Minister").
        const sameCountry = m.country ? fitting.filter((p) => p.country === m.country) : [];
        const countryPool = preferOffice(sameCountry.length > 0 ? sameCountry : fitting, m.title ?? m.text);
        // "The guest conveyed greetings from President X. The Head of State ...": one named last only as
        // the sender of greetings or a message is not there; the title is a present holder's.
        // "He raised the case of former President X. The President was accompanied by ...": one whose
        // office the text gives as past holds it no longer, so a bare title is another's.
        const absentSender = (p: Building) => sendersNamed && sentBeforeAt(doc.text, p.lastSeen, senderReads);
        const present = countryPool.filter((p) => !formerHolders.has(p) && !absentSender(p));
        // "conveyed the greetings of President X to the Vietnamese leader": greetings go to another than
        // their sender, so a title in the sender's sentence is never the sender, present or not.
        const sentHere = sentenceAt(sentences, m.start);
        const reachable = countryPool.filter((p) => !(absentSender(p) && sentenceAt(sentences, p.lastSeen) === sentHere));
        // "the Head of State" unqualified, in an official release of a state: that state's own, whoever
        // else's head of state the text has named since.
        const ownHead = issuerHome !== null && !m.country && OWN_HEAD_OF_STATE.test(lookupKey(m.title ?? m.text));
        let own = ownHead ? present.filter((p) => p.country === issuerHome) : [];
        // "President X received President of Mongolia Y. ... the head of state stressed": with no holder yet
        // known to be the issuer's, one whose state the text leaves open may be; one of another state is not.
        if (ownHead && own.length === 0 && present.some((p) => servesOf(p) !== null)) own = present.filter((p) => servesOf(p) === null);
        // "The Prime Minister spoke to the Prime Minister of Japan ... the Prime Minister's spokesperson
        // said", in a release of the issuer's government: that spokesperson's leader is the issuer's own,
        // named or not (one whose state the text leaves open is), never another state's holder named last.
        let pool = ownLeaderOfStaff(m) ? present.filter((p) => !p.country || p.country === issuerHome) : own.length > 0 ? own : present.length > 0 ? present : reachable;
        // "the Governor of Lagos State, A, and the Governor of Kano State, B ... the Kano State governor": the
        // place words written before a bare office pick, of its holders, the one whose office names them.
        if (pool.length > 1) {
          const place = PLACE_BEFORE_OFFICE.exec(doc.text.slice(Math.max(0, m.start - 50), m.start));
          if (place) {
            const words = place[1]!.trim().replace(/[ \t\u00a0]+/g, ' ').toLowerCase();
            const named = pool.filter((p) => (p.title ?? '').toLowerCase().includes(words));
            if (named.length > 0) pool = named;
          }
        }
        // "... spoke to Prime Minister Y. The spokesperson said: “The Prime Minister underlined ...”": in an
        // official release, a leader's bare office inside quotation marks is the issuer's own leader when
        // the text names one; the issuer's people speak so of their own, guests of their host.
        if (pool.length > 1 && issuerHome && !m.country && LEADER_ROLES.has(roleOfTitle(generic) ?? '') && quoted().contains(m.start)) {
          // One whose state the text leaves open may be the issuer's own; one of another state is not.
          const ownLeader = pool.filter((p) => { const serves = servesOf(p); return serves === null || serves === issuerHome; });
          if (ownLeader.length > 0) pool = ownLeader;
        }
        // "Prime Minister A met the Prime Minister of Greece, B. The Greek Prime Minister thanked ... The
        // Prime Minister said": in an official release, the other state's leader is told apart by its state,
        // so a leader's bare office is the issuer's own when the other holder was last named with a state
        // in an earlier sentence.
        if (pool.length > 1 && issuerHome && !m.country && LEADER_ROLES.has(roleOfTitle(generic) ?? '')) {
          // One whose state the text leaves open may be the issuer's own; one of another state is not.
          const own = pool.filter((p) => { const serves = servesOf(p); return serves === null || serves === issuerHome; });
          const others = pool.filter((p) => !own.includes(p));
          // Within the sentence that named the other holder so ("the Prime Minister of Slovenia visited Split,
          // where the Prime Minister opened a school"), the bare office goes on with that holder.
          const qualifiedBefore = (p: Building) => {
            const last = personMentionAt(p.lastSeen);
            return !!last && last.form === 'title' && !!last.country && sentenceAt(sentences, last.start) < sentHere;
          };
          if (own.length > 0 && others.length > 0 && others.every(qualifiedBefore)) pool = own;
        }
        // "When asked whether he would meet President X, the President replied": the subject of the main
        // clause is not one named only inside the phrase that opens the sentence.
        if (pool.length > 1) {
          const sentenceStart = sentences[sentenceAt(sentences, m.start)]?.start ?? 0;
          if (sentenceStart < m.start && OPENING_BEFORE_TITLE.test(doc.text.slice(sentenceStart, m.start))) {
            const outside = pool.filter((p) => p.lastSeen < sentenceStart);
            if (outside.length > 0) pool = outside;
          }
        }
        // "Prime Minister A met former Prime Minister B. “...,” the former Prime Minister said": "former"
        // before a bare office means one the text named as having held it, not its present holder.
        if (pastWords && formerHolders.size > 0 && formerBefore(doc.text, m.start)) {
          const past = countryPool.filter((p) => formerHolders.has(p));
          if (past.length > 0) pool = past;
        }
        // "the visiting Prime Minister": of two holders of the office, the guest, not the host. In an
        // official release the guests are those the text says serve another state than the issuer's,
        // whichever the text named first; else the host is the one the release introduced first (actors
        // are numbered in the order the text introduces them).
        if (pool.length > 1 && VISITING_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) {
          const guests = issuerHome ? pool.filter((p) => { const serves = servesOf(p); return serves !== null && serves !== issuerHome; }) : [];
          if (guests.length > 0 && guests.length < pool.length) pool = guests;
          else {
            const host = pool.reduce((a, b) => (actorNumber(b) < actorNumber(a) ? b : a));
            pool = pool.filter((p) => p !== host);
          }
        }
        // "Outgoing President A handed over to President-elect B. The new President ...": "new" or
        // "incoming" before an office means the one taking it, never one the text names as leaving it.
        if (outgoingHolders.size > 0 && NEW_HOLDER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) {
          pool = pool.filter((p) => !outgoingHolders.has(p));
        }
        // "Premier Li Qiang met Prime Minister X. The Premier said": a title written with a variant word
        // ("Premier", "Chairwoman") means, of the holders it fits, those whose office the text wrote so.
        const variant = pool.length > 1 ? variantHead(m.title ?? m.text) : null;
        if (variant) {
          const sameWords = pool.filter((p) => writtenWithHead(p.title, variant));
          if (sameWords.length > 0) pool = sameWords;
        }
        // "“My predecessor, X, never came,” the President said": one named as another's predecessor,
        // successor or spouse is not the one a bare office goes on with, while another holder fits.
        if (pool.length > 1) {
          const notRelations = pool.filter((p) => !namedAsRelation(p));
          if (notRelations.length > 0) pool = notRelations;
        }
        // "President X received Y, President of the Bank. Y conveyed greetings to the President": a bare
        // office in a clause whose subject or object is a holder of it by name is another holder; a
        // person named in their own clause is not named again there by an office (English says "himself").
        if (pool.length > 1) {
          const others = pool.filter((p) => !namedAcrossVerb(doc.layer('tokens'), sentences, m, p, earlyById()));
          if (others.length > 0) pool = others;
        }
        let holder: Building | undefined;
        for (const p of pool) if (!holder || p.lastSeen > holder.lastSeen) holder = p;
        if (holder) {
          const last = sentenceAt(sentences, holder.lastSeen);
          for (const p of pool) if (p.lastSeen < holder.lastSeen && sentenceAt(sentences, p.lastSeen) === last) holder = p;
        }
        // "Spokesperson X said ... A spokesperson for the Ministry said ... the spokesperson added": a
        // definite role noun goes on with the one "a" introduced since the named holder was last seen.
        const introduced = lastIntroduced.get(roleHead(m.text) ?? '');
        if (introduced !== undefined && m.start - introduced <= INTRODUCED_REACH && (!holder || introduced > holder.lastSeen)
          && DEFINITE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 4), m.start))) {
          indefinite.add(m);
          return;
        }
        // "Aygün Raharimanana met with the Governor ... The head of state noted ... the Belarusian leader
        // said": an official release opens with its own principal by name alone; a leader's office of the
        // issuer's state that no titled person fits is that principal's.
        if (!holder && issuerHome && (!m.country || m.country === issuerHome) && LEADER_ROLES.has(roleOfTitle(generic) ?? '')) {
          const principal = untitledOpener();
          if (principal && principal !== speaking && (!principal.country || principal.country === issuerHome || listedOnly(principal))) holder = principal;
          // "Acting Governor X informed Vladimir Y about the region. X updated the President on ...": with no
          // one named bare opening the body, the one person the release has named with no office at all,
          // in the first sentence that names anyone, whose state the text leaves open or gives as the issuer's, is its principal.
          if (!holder && !issuing.media) {
            const untitled = people.filter((p) => p.lastSeen < m.start && p.named && !p.nominal && !p.title && !formerHolders.has(p) && (!p.country || p.country === issuerHome));
            const lead = untitled.length === 1 && untitled[0] !== speaking && people.every((p) => p === untitled[0] || p.title || p.nominal || p.lastSeen > m.start) ? untitled[0]! : undefined;
            const firstPerson = mentions.find((x) => x.start >= doc.meta.bodyStart && x.type === 'person');
            const first = firstPerson ? sentences[sentenceOf(sentences, firstPerson)] : undefined;
            // "The President welcomed X ... X thanked the President": the lead in the office's own clause is another person.
            if (lead && first && mentions.some((x) => x.actor === lead.id && x.form === 'name' && x.start >= first.start && x.end <= first.end)
              && !namedAcrossVerb(doc.layer('tokens'), sentences, m, lead, earlyById())) holder = lead;
          }
        }
        // "Arman X reported that ... The Governor said": a governor or mayor no titled person fits, opening its
        // sentence, is the person with no office who last opened a sentence before it.
        if (!holder && !m.country && isLocalOffice(generic)) holder = lastUntitledSubject(people, m.start, doc.text, sentences);
        // "congratulations to X on his appointment as Prime Minister of Singapore": the office taken up is
        // X's, whoever else the text names with that office.
        const appointee = appointeeBefore(doc.text, m, mentions);
        if (appointee) holder = buildingById.get(appointee) ?? holder;
        if (holder) attach(holder, m);
        else if (m.country || m.rule === 'title-of-place') {
          const title = m.title ?? m.text;
          const where = m.country && !title.includes(' of ') ? countryName(m.country) : null;
          const holder = create(m, null, where ? `${title} of ${where}` : title, 'title-holder');
          holder.nominal = true;
          attach(holder, m);
          // The senders of greetings left out above are not this holder either, when titles are folded later.
          const senders = countryPool.filter((p) => !reachable.includes(p));
          if (speaking) senders.push(speaking);
          senders.push(...metBy);
          if (senders.length > 0) notHolders.set(holder, new Set(senders));
        }
        return;
      }
      if (m.type === 'place') {
        const key = placeKey(m);
        attach(byKey.get(key) ?? create(m, key, m.canonical ?? m.text, 'place'), m);
        return;
      }
      if (m.form === 'nominal') {
        const key = groupKey(m);
        let group = byKey.get(key);
        if (!group) {
          group = create(m, key, m.text, 'group');
          group.nominal = true;
        }
        attach(group, m);
        return;
      }
      const key = orgKey(m);
      const same = byKey.get(key) ?? shortBodyName(m, actors);
      attach(same ?? create(m, key, m.canonical ?? m.text, 'organization'), m);
    };
    for (let i = 0; i < mentions.length; i++) readMention(i);

    const mentionById = indexById(mentions);
    // Every office no one holds is tried against the same recent people: the text before each
    // person's names is read once. Only title mentions are attached in the loop below, so a
    // person's names stay as they are while it runs.
    const textsBeforeNames = new Map<Building, TextsBeforeNames>();
    const textsBefore = (p: Building): TextsBeforeNames => {
      let t = textsBeforeNames.get(p);
      if (t === undefined) textsBeforeNames.set(p, (t = textsBeforeNamesOf(doc.text, p, mentionById)));
      return t;
    };
    // A title used before its holder is named ("The President ... Aleksandr Lukashenko said"): look ahead too.
    let untitled: Building[] | null = null;
    /** Title mentions resolved here to a holder named after them, in text order. */
    const cataphoric: Mention[] = [];
    // "The Prime Minister spoke to President X. ... Prime Minister Netanyahu" in a release of the UK
    // government: an office the issuer's text gives no country is the issuer's own, never the same
    // office of another state named after it.
    const ownCountry = issuing.media ? null : issuing.country;
    // A title mention no one holds yet takes its holder, named before or after it. A function of its
    // own, called once a mention, for the reason readMention is.
    const resolveTitle = (i: number): void => {
      const m = mentions[i]!;
      if (m.actor || m.type !== 'person' || m.form !== 'title' || indefinite.has(m)) return;
      // "The Secretary's meeting with Secretary of Foreign Affairs X": the one met is not the one meeting.
      const met = partnerOfPossessor(doc.text, mentions, i);
      // "Minister X, the former deputy of Minister Y": an office "of" a person is held under that person, not by them.
      const principal = principalOfOffice(doc.text, mentions, i);
      // "The new President": never one the text names as leaving the office.
      const incoming = outgoingHolders.size > 0 && NEW_HOLDER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start));
      // People introduced around the title only, which keeps long documents linear.
      const at = peopleBefore.get(m) ?? people.length;
      const lo = Math.max(0, at - MAX_TITLE_CANDIDATES);
      const foreignAfter = (p: Building, k: number) => ownCountry !== null && !m.country && lo + k >= at
        && ((p.country !== null && p.country !== ownCountry) || namedAbsent(p));
      const generic = m.title ?? m.text;
      const complement = complementOf(m.title);
      // "the Prime Minister's spokesperson": the issuer's own leader, whoever else holds the office.
      const staffOfOwn = ownLeaderOfStaff(m);
      const otherSide = (p: Building) => (staffOfOwn && p.country !== null && p.country !== issuerHome) || issuersOwnNotOther(m, p);
      // The candidates are read in one pass, with no list made per test.
      const hi = Math.min(people.length, at + MAX_TITLE_CANDIDATES);
      const candidates: Building[] = [];
      for (let j = lo; j < hi; j++) {
        const p = people[j]!;
        if (foreignAfter(p, j - lo) || otherSide(p)) continue;
        // "As my predecessor X said": one named as another's predecessor, successor or spouse holds no bare office of theirs.
        if (p.named && !p.nominal && namedAsRelation(p)) continue;
        if (p.named && !p.nominal && p.id !== met && p.id !== principal && !(incoming && outgoingHolders.has(p)) && (fitsHeldBy(generic, p) || (incoming && electFor(generic, p.title))) && (!m.country || !servesOf(p) || m.country === servesOf(p) || complementWithin(m.title, p.title))
          && !complementConflicts(complement, p.title)) candidates.push(p);
      }
      const fits = preferOffice(candidates, generic);
      if (fits.length === 1) {
        attach(fits[0]!, m);
        cataphoric.push(m);
      }
      // "Valery Limarenko began his report. ... The Governor also said": a governor or mayor no one
      // holds by title is the one person the text names without any office.
      // "Rustam Yuldashev held a meeting ... The Head of State noted": a head of state or government no
      // one holds by title is the one person named without an office, when that person opens the text.
      // "Outgoing President A handed over to B. The new President ...": with no holder of the office
      // left, the new one is the one person without an office named where the outgoing holder hands over.
      else if (fits.length === 0 && incoming && handoverSentences.size > 0) {
        const successors = people.slice(lo, at).filter((p) => p.named && !p.nominal && !p.title && !outgoingHolders.has(p) && handoverSentences.has(sentenceAt(sentences, p.lastSeen)));
        if (successors.length === 1) attach(successors[0]!, m);
      }
      else if (fits.length === 0 && (isLocalOffice(m.title ?? m.text) || LEADER_ROLES.has(roleOfTitle(m.title ?? m.text) ?? ''))) {
        // Listed once, not per title (quadratic on a text of many offices); in this loop a person
        // gains a title only here, after which the list is taken again.
        untitled ??= people.filter((p) => p.named && !p.nominal && !p.title);
        const leader = !isLocalOffice(m.title ?? m.text);
        if (untitled.length === 1 && !otherSide(untitled[0]!) && !namedInOfficeClause(doc.layer('tokens'), sentences, m, mentionById.get(untitled[0]!.mentions[0] ?? ''))
          && !namedAcrossVerb(doc.layer('tokens'), sentences, m, untitled[0]!, mentionById)
          && (!leader || (untitled[0] === people.find((p) => p.named && !p.nominal)
          && (!m.country || !untitled[0]!.country || m.country === untitled[0]!.country)))) {
          attach(untitled[0]!, m);
          untitled = people.filter((p) => p.named && !p.nominal && !p.title);
        }
      }
      if (fits.length === 0 && !m.actor) {
        // "received Chairman of the Board of the Development Bank Yerlan Baidaulet ... the chairman said":
        // the office written right before a name, with a complement the mentions layer did not take in.
        const office = officePattern(m.title ?? m.text);
        // Only whether exactly one person has the office written before a name counts: the pass stops at a second.
        let written: Building | null = null;
        let count = 0;
        if (office !== null) {
          for (let j = lo; j < hi && count < 2; j++) {
            const p = people[j]!;
            if (!foreignAfter(p, j - lo) && !otherSide(p) && p.named && !p.nominal && !namedAsRelation(p) && p.id !== principal && officeWrittenBefore(office, textsBefore(p)) && !complementConflicts(complement, p.title)) {
              written = p;
              count++;
            }
          }
        }
        if (count === 1) attach(written!, m);
      }
    };
    for (let i = 0; i < mentions.length; i++) resolveTitle(i);

    repeatCataphoricTitles(doc.text, mentions, cataphoric, actors);

    // A title-holder the text named no one for at first ("The Governor of Primorsky Krai held talks ...")
    // is the named person holding that office, when exactly one does; never a bare title beside its holder.
    // "X held a telephone conversation with Y ... The Russian head of state said" in a release of Belarus:
    // the principal the release opens with by name alone is the issuer's, never another state's office.
    const othersPrincipal = (country: string, p: Building): boolean => issuerHome !== null && country !== issuerHome && p === untitledOpener();
    const merged = mergeTitleHolders(actors, people, mentionById, ownCountry, notHolders, stateAfter, { text: doc.text, sentences }, othersPrincipal, namedAsRelation);
    // No actor is made or dropped from here on: one index by id serves every step below. It is the
    // index made with the actors, in the order they were made, less those merged away.
    if (merged !== null) for (const a of merged) buildingById.delete(a.id);
    const actorById = buildingById;

    // Pronouns last, once every name and title has its actor.
    if (pending.length > 0) resolvePronouns(doc, pending, quoted, sentences, mentions, actorById, people, holds);
    placeCountries(doc, { actors, mentions, sentences, issuerHome, actorById, holds, formerHolders, mentionById, issuing, bodyLead });

    // Each actor's mentions are put in text order by the index of mentions made above: no map of their starts of its own.
    const out: Actor[] = new Array<Actor>(actors.length);
    for (let k = 0; k < actors.length; k++) out[k] = finished(actors[k]!, mentionById);
    doc.replaceLayer('mentions', mentions);
    doc.setLayer('actors', out, this.name);
  },
};

/**
 * The pronoun step, once every name and title has its actor: each pronoun joins the nearest clear
 * antecedent of its number, or stays unresolved. A function of its own, so that the engine
 * compiles it on its own measure and not only with the whole stage.
 */
function resolvePronouns(doc: Document, pending: readonly Mention[], quoted: () => QuotedSpans, sentences: readonly Sentence[], mentions: readonly Mention[], actorById: ReadonlyMap<string, Building>, people: readonly Building[], holds: TextHolds): void {
  const persons = new Map<number, Mention[]>();
  const groups = new Map<number, Mention[]>();
  // A pronoun outside quotation marks never takes up a name inside them: "“We agreed this with
  // President X,” he said" is not X's. The people named outside quotes, by sentence.
  const quotedHere = quoted();
  const unquotedPersons = new Map<number, Mention[]>();
  const add = (target: Map<number, Mention[]>, m: Mention) => {
    const s = sentenceOf(sentences, m);
    let list = target.get(s);
    if (!list) target.set(s, (list = []));
    // In text order: a pronoun resolved below joins a list built before it. Most mentions come
    // in text order and go last, which a push does without the array splice returns.
    let k = list.length;
    while (k > 0 && list[k - 1]!.start > m.start) k--;
    if (k === list.length) list.push(m);
    else list.splice(k, 0, m);
  };
  // "Official Spokesperson, X: Good evening ...\n\nForeign Secretary, Y: ... He then called on Z": a
  // turn's label tags the words after it and is said by no one, so no pronoun takes it up; a
  // speaker is taken up by the name the words themselves give.
  const labels = new Set(turnLabelMentions(doc.text, doc.layer('paragraphs'), mentions, (m) => !!m.actor).values());
  for (const m of mentions) {
    if (!m.actor || m.form === 'pronoun' || labels.has(m)) continue;
    const target = m.type === 'person' ? persons : m.type === 'organization' ? groups : null;
    if (!target) continue;
    add(target, m);
    if (target === persons && !quotedHere.contains(m.start)) add(unquotedPersons, m);
  }
  const byId = actorById;
  const genders = new Map<string, Gender>();
  for (const a of people) if (a.named) genders.set(a.id, genderOf(a.name, a.title));
  // "Mrs. Solberg", "Mr Reyes": an honorific the name stands after tells what its title may not.
  for (const m of mentions) {
    if (!m.actor || m.type !== 'person' || m.form === 'pronoun' || !genders.has(m.actor) || genders.get(m.actor) !== null) continue;
    genders.set(m.actor, honorificGender(doc.text, m.start, m.text));
  }
  const tokens = doc.layer('tokens');
  // "Ambassador X presented her credentials", "X, who presented her letters": a possessive right after
  // the verb of which the name is the subject is the subject's own, and tells its gender.
  // The possessive is then that person's, whoever else the sentence names first.
  const ownPossessives = new Map<number, Mention>();
  /** Names that stand as the subject of such a clause ("X, who presented her letters"). */
  const possessors = new Set<Mention>();
  /**
   * The people of such names: "X, who presented her letters ... The Minister wished the Ambassador
   * success in her mission": the woman the text has shown to be one is "her" again by her office.
   */
  const possessorActors = new Set<string>();
  for (const m of mentions) {
    if (!m.actor || m.type !== 'person' || m.form === 'pronoun' || !genders.has(m.actor)) continue;
    // The possessive first: few names have one after their verb, and the words after the name
    // are cheaper to read than the text before it.
    const own = ownPossessiveAfter(tokens, lowerBound(tokens, m.end));
    if (!own) continue;
    // Only a name that opens its clause is that clause's subject: "the plan of President X had
    // followed his meeting" has the plan for its subject.
    const from = Math.max(sentences[sentenceAt(sentences, m.start)]?.start ?? 0, m.start - 80);
    if (!CLAUSE_OPENS_BEFORE.test(doc.text.slice(from, m.start)) && !RELATIVE_WHO_AFTER.test(doc.text.slice(m.end, m.end + 8))) continue;
    const g = pronounGender(own.text);
    const known = genders.get(m.actor);
    if (known && known !== g) continue;
    genders.set(m.actor, g);
    ownPossessives.set(own.start, m);
    possessors.add(m);
    possessorActors.add(m.actor);
  }
  // Whether a mention stands as its clause's subject depends on the mention alone: read once for
  // each, as every pronoun of a sentence looks through the same candidates.
  const subjects = new Map<Mention, boolean>();
  const isSubject = (m: Mention): boolean => {
    let known = subjects.get(m);
    if (known === undefined) subjects.set(m, (known = readSubject(m)));
    return known;
  };
  const readSubject = (m: Mention): boolean => {
    // "The Secretary’s meeting with Foreign Minister X focused on ...": the object of "with" or "by"
    // is no subject, whatever verb follows its phrase. Asked last: a verb after the name is rarer
    // than a "with" or "by" is costly to look for in the text before it.
    return verbFollows(m) && !PREPOSITION_OBJECT.test(doc.text.slice(Math.max(0, m.start - 100), m.start));
  };
  /** Whether a verb follows the mention in its sentence, past a title's complement and adverbs. */
  const verbFollows = (m: Mention): boolean => verbAfter(m) !== undefined;
  /** The verb that follows the mention in its sentence, past a title's complement and adverbs. */
  const verbAfter = (m: Mention): (typeof tokens)[number] | undefined => {
    let k = lowerBound(tokens, m.end);
    // "The President of the European Council congratulated ...": a title's complement of capitalised
    // words stands between the title and its verb.
    // "The head of the region informed ...": or of a common noun.
    if (m.form === 'title' && /^(?:of|for)$/i.test(tokens[k]?.text ?? '')) {
      let j = k + 1;
      if (/^the$/i.test(tokens[j]?.text ?? '')) j++;
      const first = j;
      // "The head of the Dutch government announced": a body's head noun in lower case closes a
      // complement of capitalised words.
      const inComplement = (t: { text: string; pos: string }) => /^\p{Lu}/u.test(t.text) || /^(?:of|and|the)$/.test(t.text)
        || (t.pos === 'NOUN' && (j === first || (/^\p{Lu}/u.test(tokens[j - 1]!.text) && wordLists().orgHeads.has(t.text))));
      while (j < tokens.length && j - first < 8 && inComplement(tokens[j]!)) j++;
      if (j > first && /^(?:\p{Lu}|\p{Ll})/u.test(tokens[j - 1]!.text) && !/^(?:of|and|the)$/.test(tokens[j - 1]!.text)) k = j;
    }
    // "Ambassador Kuusk, in turn, emphasized", "X, for her part, said": a short phrase set off by commas
    // stands between a subject and its verb.
    if (tokens[k]?.text === ',') {
      for (let j = k + 2; j < tokens.length && j <= k + 5; j++) {
        if (tokens[j]!.text === ',') {
          k = j + 1;
          break;
        }
        if (!/^\p{L}/u.test(tokens[j]!.text)) break;
      }
    }
    // "Petrishenko also attended": adverbs may stand between a subject and its verb.
    for (let n = 0; n < 2 && tokens[k]?.pos === 'ADV'; n++) k++;
    const t = tokens[k];
    // "informed the President": a past form the tagger took for an adjective is a verb when a
    // determiner or a name follows it as its object.
    const pastWithObject = t !== undefined && t.pos === 'ADJ' && /\p{Ll}ed$/u.test(t.text) && /^(?:DET|PROPN)$/.test(tokens[k + 1]?.pos ?? '');
    return t !== undefined && t.sentence === tokens[lowerBound(tokens, m.start)]?.sentence && (t.pos === 'VERB' || t.pos === 'AUX' || pastWithObject) ? t : undefined;
  };
  // "The Foreign Secretary will host Minister X. On Monday he met Y": a subject named by a title
  // alone that no name took up is still the one a later subject pronoun refers to, so it stands
  // among the candidates with no actor, and the pronoun it wins stays unresolved instead of
  // passing to the object named after it.
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'title' || m.actor || !DEFINITE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 4), m.start)) || !isSubject(m)) continue;
    add(persons, m);
    if (!quotedHere.contains(m.start)) add(unquotedPersons, m);
  }
  const turnSpeakers = turnLabelSpeakers(doc.text, doc.layer('paragraphs'), mentions);
  // OBJECT_OWNS needs one of its verbs: a text with none is not read before each possessive.
  const thanksNamed = holds.objectOwns;
  const openers = new ClauseOpeners(doc.text);
  // "The talks were attended by X, Y and Z. “...,” he said": people listed as attending are not the
  // one a subject pronoun takes up when the text named a subject before them.
  const listedAttendee = (m: Mention) => {
    const sentence = sentences[sentenceOf(sentences, m)];
    return sentence !== undefined && ATTENDED_BY.test(doc.text.slice(Math.max(sentence.start, m.start - 300), m.start));
  };
  // "Minister X thanked her": an object pronoun is never the subject of its own clause, so whoever the
  // subject before it names is not the one meant.
  const notOwnSubject = (p: Mention, here: readonly Mention[] | undefined, accept: (m: Mention) => boolean) => {
    const subject = here?.find((c) => c.end <= p.start && isSubject(c));
    return subject?.actor ? (m: Mention) => accept(m) && m.actor !== subject.actor : accept;
  };
  /** Whether every person the mention's sentence names is the mention's own actor. */
  const onlyPersonOfSentence = (m: Mention): boolean => {
    const sentence = sentences[sentenceOf(sentences, m)];
    if (!sentence) return false;
    for (let k = lowerBound(mentions, sentence.start); k < mentions.length && mentions[k]!.start < sentence.end; k++) {
      const other = mentions[k]!;
      if (other.type === 'person' && (!other.actor || other.actor !== m.actor)) return false;
    }
    return true;
  };
  for (const p of pending) {
    const s = sentenceOf(sentences, p);
    const person = p.type === 'person';
    const wanted = pronounGender(p.text);
    // "THE PRESIDENT: ... she said": in a transcript turn the one speaking is "I", never "he" or "she".
    const turn = person ? turnSpeakers.get(sentences[s]?.paragraph ?? -1) : undefined;
    let owner: string | undefined;
    const accept = (m: Mention) => {
      if (turn !== undefined && m.actor === turn) return false;
      if (owner !== undefined && m.actor === owner) return false;
      if (!wanted || !m.actor) return true;
      const g = genders.get(m.actor);
      return !g || g === wanted;
    };
    // "“...,” he said. \n\n “...,” she replied": sentences that name only men are passed over on the way to the woman.
    const otherGender = (m: Mention) => !!wanted && !!m.actor && (genders.get(m.actor) ?? wanted) !== wanted;
    const opening = sentences[s] ? afterOpeningPhrase(doc.text, sentences[s]!.start, p.start) : -1;
    const own = sentences[s] ? openers.lastBefore(sentences[s]!.start, sentences[s]!.end, p.start) : -1;
    const inQuote = person && quotedHere.contains(p.start);
    const pool = person ? (inQuote ? persons : unquotedPersons) : groups;
    // "the hostage X, whose family he met": the one "whose" stands for is not the pronoun of its own clause.
    owner = person ? whoseOwner(doc.text, p, pool.get(s)) : undefined;
    let ante = ownPossessives.get(p.start) ?? (person ? coordinatedOwner(doc.text, tokens, p, pool.get(s), accept) : null) ?? (person && thanksNamed ? objectOwner(doc.text, mentions, p, sentences[s], pool.get(s), accept) : null)
      ?? (person ? sentTraveller(doc.text, p, sentences[s], own, pool.get(s), accept) : null)
      ?? (person ? coordinatedObject(tokens, p, pool.get(s), Math.max(own, opening), isSubject, accept, objectHer(tokens, p)) : null)
      ?? (objectHer(tokens, p) ? antecedent(p, s, sentences, pool, !person, isSubject, notOwnSubject(p, pool.get(s), accept), opening, own, listedAttendee, true)
        : antecedent(p, s, sentences, pool, !person, isSubject, accept, opening, own, listedAttendee, false, otherGender));
    // Only a representative the pronoun is known to fit: an unknown gender leaves the one represented.
    if (person && ante && wanted) ante = representative(doc.text, p, ante, pool.get(sentenceOf(sentences, ante)), (m) => accept(m) && !!m.actor && genders.get(m.actor) === wanted) ?? ante;
    // "Ambassador Karin Lindqvist ... She noted ... Farrukh Sharifzoda welcomed ... “...,” she went on":
    // officials whose gender the text leaves open are mostly men, so a "she" that would land on one
    // takes the woman the text has shown to be one, when she is within reach as a subject.
    if (wanted === 'f' && ante?.actor && !genders.get(ante.actor)) {
      // Only a woman standing as a subject: one named as an object is the weaker reading.
      const known = antecedent(p, s, sentences, pool, false, isSubject, (m) => accept(m) && !!m.actor && genders.get(m.actor) === 'f' && (isSubject(m) || possessors.has(m) || possessorActors.has(m.actor)), opening, own);
      // "... she said. \n\n Minister Verhoeckx commended the reforms. In her words, ...": the subject of
      // the pronoun's own paragraph, named right before it, is nearer than a woman of an earlier paragraph.
      const paragraphOf = (m: Mention) => sentences[sentenceOf(sentences, m)]?.paragraph ?? -1;
      const here = sentences[s]?.paragraph ?? -1;
      const nearSubject = isSubject(ante) && paragraphOf(ante) === here && sentenceOf(sentences, ante) >= s - 1;
      // "Ms. X opened the session. Ambassador Kuusk, in turn, emphasized ... “...,” she said": a quotation
      // right after a sentence that reports its subject's words, naming no one else, goes on with them,
      // also when that sentence closes the paragraph before the quotation's.
      const speaking = isSubject(ante) && sentenceOf(sentences, ante) === s - 1 && STATING_VERB.test(verbAfter(ante)?.text ?? '') && onlyPersonOfSentence(ante);
      if (known && !((nearSubject && paragraphOf(known) < here) || speaking)) ante = known;
    }
    const a = ante?.actor ? byId.get(ante.actor) : undefined;
    if (a) {
      p.actor = a.id;
      a.mentions.push(p.id);
      // A resolved "she" tells the gender of a name the rules could not read.
      if (wanted && !genders.get(a.id)) genders.set(a.id, wanted);
      // "X arrived in Beijing. He was met by Y. “...,” he said": a subject pronoun carries its person
      // on, so that a later pronoun finds X in the sentence that names X only as "he".
      if (person && SUBJECT_PRONOUN.test(p.text)) {
        add(persons, p);
        if (!inQuote) add(unquotedPersons, p);
      }
    }
  }
}

/**
 * The country step: each actor's state from what the text says outright, then from the source, the
 * dateline, the places visited and the sides of the meeting. No actor is made or dropped here.
 */
function placeCountries(doc: Document, c: CountryContext): void {
  const { actors, mentions, sentences, issuerHome, actorById, holds, formerHolders, mentionById, issuing, bodyLead } = c;
  const sendersNamed = holds.senders;
  // What the text says outright: "Name (Country)", "President Santos of Colombia", a side's list,
  // "his Tunisian counterpart, Minister X". It never replaces a country the office's own words gave.
  const evidence: CountryEvidence = new Map();
  for (const a of actors) if (a.countryFromTitle) evidence.set(a.id, 'title');
  explicitCountries(doc.text, actors, mentions, sentences, evidence, issuerHome, actorById, holds);
  // "The Ambassador handed over a letter from Foreign Minister X": the sender is of the bringer's state.
  // Its expressions need a word of a message or greetings ("letter", "behalf"): SENDER_WORDS, or "goodwill".
  if (sendersNamed || doc.text.includes('goodwill')) messageSenders(doc.text, actors, mentions, evidence, actorById);
  // "congratulations to X on his appointment as Prime Minister of Singapore": the office X took up.
  appointedAs(doc.text, actors, mentions, evidence);

  // A governor or mayor belongs where the cities and regions of their sentence are; this goes
  // before the source's home country, which a release about a partner region would get wrong.
  localOfficeCountries(actors, mentions, sentences, doc.text);
  predecessorCountries(actors, formerHolders);

  listCountries(mentions, doc.text, actorById);
  counterpartTitles(doc.text, mentions, actorById);
  consortCountries(actors, mentions);
  // "Antonio Palocci, President Dilma Rousseff's Chief of Staff" serves Rousseff's country.
  const links = principals(doc.text, mentions);
  // Officials named by title alone in an official release belong to the issuing country
  // (a news outlet's only when it files from home: see homeCountry).
  const opening = mentions.find((m) => m.start >= doc.meta.bodyStart);
  const dateline = opening?.type === 'place' ? datelineCountry(doc.text, doc.meta.bodyStart, opening) : null;
  const home = homeCountry(doc.meta.source, dateline);
  // "the Foreign Minister of the host country, X": the state where the event is.
  const openingPlace = opening?.type === 'place' && doc.text.slice(doc.meta.bodyStart, opening.start).trim() === '' ? opening.country ?? null : null;
  hostCountryOffices(doc.text, actors, mentions, sentences, mentionById, dateline ?? openingPlace, home);
  // "Chief Minister of Punjab" in a release of Pakistan; "Governor of Georgia" anywhere.
  sharedPlaceCountries(actors, mentions, home);
  // Offices that exist in one country only ("State Councillor", "Taoiseach") before the issuer's guess,
  // unless the issuer's state has an office of that name too; one who accompanies a named official
  // is on that official's side, whatever office the words suggest.
  titleCountries(actors, links, home, (a) => actorById.get(a.id)?.listedCountry === true);
  // "Governor-General X": an office a few states have serves the one of them the text names.
  sharedOfficeCountries(actors, mentions, links, home);
  // "Union Minister X": India's or Myanmar's, whichever the text names.
  unionMinisters(doc.text, actors, mentions, mentionById);

  // Officials met on a visit abroad serve the state visited, before the issuer's guess.
  // "Tokyo – Kazakhstan's ambassador in Tokyo met ...": a release datelined abroad tells of a visit there.
  visitHosts(doc.text, actors, mentions, sentences, home, HOME_SECTORS, opening?.type === 'place' && datelineCountry(doc.text, doc.meta.bodyStart, opening) ? opening : null);
  /** Officials whose office cannot be the issuer's: a second president, a minister of a state that has none. */
  const foreign = new Set<string>();
  /** People greeted through a guest ("asked his colleague to convey greetings to X"): the guest's side. */
  // Both readers of passed-on greetings search the whole text for them: only a text holding one of their words is searched.
  const greeted = holds.passedOn ? greetedThroughGuest(doc.text, mentions) : new Set<string>();
  // "Nguyen Van An: ... Please convey our regards to President X": the guest greets the issuer's own through the host.
  const greetedHome = home ? greetedByForeignSpeaker(doc.text, greeted, mentions, mentionById, actorById, home) : new Set<string>();
  for (const id of greetedHome) {
    greeted.delete(id);
    // Before the guesses from a visit's place; never over a country the words of the office or the text gave.
    const a = actorById.get(id);
    if (a && a.type === 'person' && !a.nominal && !evidence.has(id)) a.country = home;
  }
  // "Khurelsukh: ... Our Foreign Minister, X, sends her regards": in a turn, "our" is the speaker's state.
  for (const a of actors) {
    if (a.type !== 'person' || a.country) continue;
    const own = ownOfficeInTurn(doc.text, a, mentionById, mentions, actorById);
    if (own) a.country = own;
  }
  // "Mr Rahimov, please convey my greetings to President of Tajikistan X": the addressee serves X's state.
  if (holds.passedOn) envoysOfGreeted(doc.text, mentions, actorById);
  // "the Chargé d'Affaires of the Netherlands, X, and the Minister-Counsellor of the Embassy, Y": the envoy's embassy.
  missionStaff(mentions, sentences, actorById);
  // "Yegor Tarasov met with Prime Minister of Belarus Roman Golovko": an official release opens with
  // its own official, whom it names without an office because its readers know him.
  if (home && !issuing.media && opening?.type === 'person' && opening.form === 'name' && opening.actor
    && doc.text.slice(doc.meta.bodyStart, opening.start).trim() === '') {
    const lead = actors.find((a) => a.id === opening.actor);
    if (lead && lead.type === 'person' && !lead.country && !lead.title && !lead.nominal) lead.country = home;
  }
  /** Those the loop below gives the issuer's state by default, and those it makes foreign as a second holder of a role: id -> role. */
  const defaultedHome = new Map<string, string | null>();
  const secondHolders = new Map<string, string>();
  if (home) {
    // One president, one prime minister per country: once the issuer's is named, another is foreign.
    const taken = takenRoles(actors, home, formerHolders);
    const namedCountries = new Set<string>();
    for (const m of mentions) if (m.type !== 'person' && m.country) namedCountries.add(m.country);
    /** Roles the loop below gives the issuer's present holders, in the order the text introduces them. */
    const takenHere = new Set<string>();
    // "Ambassador X presented her credentials to President Y" in a release of an embassy of A in B: the
    // embassy's own diplomats serve A; the holders of every other office it names are B's.
    const embassyIn = issuerEmbassyHost(doc.meta.source);
    const hostsOffice = (a: Actor) => embassyIn !== null && a.type === 'person' && !!a.title && !DIPLOMATIC_OFFICE.test(a.title);
    let kingReigns = actors.some((a) => a.type === 'person' && a.country === home && !formerHolders.has(a) && /^King\b/.test(a.title ?? ''));
    for (const a of actors) {
      // A country only a past namesake in a list gave, and which the text itself never names, yields to the issuer's.
      if ((a.country && !(a.pastNamesake && !namedCountries.has(a.country))) || !a.sector || !HOME_SECTORS.has(a.sector)) continue;
      if (links.has(a.id)) continue;
      // "Shadow Chancellor X" in a release of the UK government: the opposition's spokesperson for an
      // office sits in the issuer's own parliament and holds no office another state's holder could.
      if (a.type === 'person' && shadowOffice(doc.text, a, mentionById)) {
        a.country = home;
        continue;
      }
      // "Energy Minister Prince Abdulaziz bin Salman" in a release of India: a royal style the
      // issuer's state has no use for says the holder is another state's, whatever the office.
      // "asked his colleague to convey greetings to Prime Minister X": X is greeted from abroad.
      if (a.type === 'person' && (officeAbsent(a.title, home) || officeAbsent(royalStyle(doc.text, a, mentionById), home) || greeted.has(a.id)
        || missionInHome(doc.text, a, mentionById, mentions, home) || visitToHome(doc.text, a, mentionById, mentions, home) || guestCompanion(doc.text, a, mentionById, mentions, actorById, home)
        || hostsOffice(a))) {
        foreign.add(a.id);
        continue;
      }
      // A person with an office, or a named state body ("Ministry of Industry and Trade"); a body two
      // states share ("Joint Commission", "Intergovernmental Commission") is not the issuer's own.
      // A governor or mayor the text does not place stays unknown: releases about partner regions
      // name the visiting governor far more often than the issuer's own.
      // A region's own release names its own governor so, though.
      // So does a release that names the governor "of the Capital City" without its name.
      if (a.type === 'person' && isLocalOffice(a.title) && !issuing.regional && !/\bcapital\b/i.test(a.title ?? '')) continue;
      const role = a.type === 'person' && a.title && !a.nominal ? roleOfTitle(a.title) : null;
      // "King Willem-Alexander ... Queen Máxima": where the issuer's king reigns, a queen named
      // without a state is his consort, not a second head of state.
      if (role && (taken.has(role) || (takenHere.has(role) && !formerHolders.has(a))) && !(kingReigns && a.type === 'person' && QUEEN_CONSORT.test(a.title ?? ''))) {
        foreign.add(a.id);
        if (!taken.has(role)) secondHolders.set(a.id, role);
        continue;
      }
      if (a.type === 'person' && a.title) {
        a.country = pairBodyGuest(a.title, home) ?? home;
        if (a.country === home) defaultedHome.set(a.id, role);
        // "President A ... with President B": once one present holder is the issuer's, the next is another state's.
        if (role && a.country === home && !formerHolders.has(a)) {
          takenHere.add(role);
          if (/^King\b/.test(a.title)) kingReigns = true;
        }
      } else if (a.type === 'organization' && !a.nominal && !SHARED_BODY.test(a.name) && !namesTwoStates(a.name)) a.country = home;
    }
  }
  // "Prime Minister X visited the Turkestan Region and met ... Governor Y": a region of the issuer's own state.
  if (home && !issuing.media) {
    // A company's head met by the issuer's own official at home (the dateline says so), in a text naming no other state.
    if (dateline === home) homeCompanyHeads(actors, mentions, home);
    visitedHomeRegion(actors, mentions, sentences, doc.text, home);
    // "Also present were Minister X and Governor Y": listed beside the issuer's own officials only.
    listedWithHomeOfficials(actors, mentions, sentences, doc.text, home);
  }
  // "At the beginning of the meeting, Vladimir Putin noted ...": the first person named, with no office
  // in the whole text, as the subject of a clause is the issuer's own principal too, unless one of the
  // issuer's national officials is named before (see untitledLead).
  if (home && !issuing.media) {
    const ownOfficial = (a: Actor) => a.country === home && !isLocalOffice(a.title);
    // A heading on a line of its own ("Meeting with Minister of Education X") names no one before the body.
    const lead = untitledLead(doc.text, mentions, sentences, bodyLead, actorById, ownOfficial, home);
    if (lead && !lead.country && !(lead as Building).nominal && !formerHolders.has(lead as Building)) lead.country = home;
  }
  // The office's country in context: officials still without one serve the country the text is
  // about, when it is about one (an embassy's host, or the one foreign country named most).
  // Only an official release speaks for one side to another; a news report or an unknown source does not.
  const partner = doc.meta.source && !issuing.media ? (issuing.partner ?? dominantCountry(mentions, home, doc.text)) : null;
  // "President X received Prime Minister Y of Sweden" from an issuer whose state the source does not
  // name: the one the release opens with, by office and name, is the issuer's own official, not one
  // of the state the release is about.
  const opener = !home && opening?.type === 'person' && opening.actor
    && /^\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){0,6}$/u.test(doc.text.slice(doc.meta.bodyStart, opening.start)) ? opening.actor : null;
  // "Ivan Orlov: Mr Tran, welcome to Moscow": the one the issuer's own speaker opens a turn by addressing is the
  // other side, and the one a foreign speaker addresses is the issuer's. A holder the issuer's state was only
  // guessed for gives that guess up, and a second holder of the same role made foreign for it takes it back.
  if (home && !issuing.media) {
    for (const { speaker, addressee, states } of transcriptTurns(doc.text, mentions, actorById)) {
      if (evidence.has(addressee.id) || links.has(addressee.id) || !speaker.country) continue;
      // Only when the turn speaks of the partner state itself ("our relations with Kazakhstan"), not of its offices alone.
      if (speaker.country === home && partner && partner !== home && states.has(partner) && (!addressee.country || defaultedHome.has(addressee.id))) {
        const role = defaultedHome.get(addressee.id);
        if (addressee.country === home && role) {
          for (const [id, r] of secondHolders) {
            const other = actorById.get(id);
            if (r === role && other && !other.country && foreign.has(id)) {
              foreign.delete(id);
              other.country = home;
            }
          }
        }
        addressee.country = partner;
      } else if (speaker.country !== home && !addressee.country) addressee.country = home;
    }
    // "Mr President, ... Lavrov met with your colleague X": "your" side is the one spoken to, the speaker's other side.
    for (const a of actors) {
      if (a.type !== 'person' || a.country || a.nominal || links.has(a.id)) continue;
      const speaker = yourOfficeSpeaker(doc.text, a, mentionById, mentions, actorById);
      if (!speaker?.country) continue;
      if (speaker.country === home) {
        if (partner && partner !== home) a.country = partner;
      } else a.country = home;
    }
  }
  const opposed = oppositionFigures(doc.text, mentions);
  for (const a of actors) {
    const own = a.type === 'person' && !a.country && !a.nominal ? opposed.get(a.id) : undefined;
    if (own) a.country = own;
    // "received the Leader of the Opposition, X": written as the office it is in parliaments of the
    // Westminster kind, with capitals and no state word, it is the issuer's own parliament's office
    // (one met on a visit abroad was placed above, as the state visited's).
    else if (own === null && home && !issuing.media && formalOppositionLeader(doc.text, a, mentionById)) a.country = home;
  }
  if (partner && home) {
    // "Deputy Secretary X offered condolences on the death of former President Y": one the issuer's official
    // condoles is of the other side, unless the words of the office or the text placed them.
    for (const [id, by] of condoledBy(doc.text, mentions, sentences)) {
      const a = actorById.get(id);
      if (a && a.type === 'person' && !a.nominal && !evidence.has(id) && by && actorById.get(by)?.country === home && a.id !== by) a.country = partner;
    }
  }
  if (partner) {
    for (const a of actors) {
      // One greeted through a guest is of the guest's side, named with an office or not; so is
      // one named as of an opposition that no state word places.
      if (a.type === 'person' && !a.country && !a.nominal && (greeted.has(a.id) || opposed.get(a.id) === null)) {
        a.country = partner;
        continue;
      }
      if (a.type !== 'person' || a.country || a.nominal || !a.title || isLocalOffice(a.title) || links.has(a.id) || a.id === opener) continue;
      // "Spokesperson X", "Commissioner for Political Affairs Y", "Personal Envoy for Sudan Z" in a
      // release of an international body hold the body's own offices, not the partner state's.
      if (issuing.international && INTERNATIONAL_OFFICE.test(a.title)) continue;
      if (foreign.has(a.id) || (a.sector && HOME_SECTORS.has(a.sector))) a.country = partner;
    }
  }
  // "Vladimir Putin and X adopted a Joint Statement. The presidents of Russia and Uzbekistan made statements": X is the other.
  pairThenOffices(doc.text, actors, mentions, sentences, actorById);
  // "The two leaders agreed that their foreign ministers, A and B, would meet": one of each side.
  if (home && !issuing.media) bothSides(doc.text, actors, mentions, home, partner);
  const byId = actorById;
  for (const [holder, principal] of links) {
    const a = byId.get(holder);
    if (a && !a.country) a.country = byId.get(principal)?.country ?? null;
  }
  // "President X received the visiting minister in Ankara": a host with no state yet serves the capital's.
  hostsInCapitals(doc.text, actors, mentions, sentences, mentionById);
  // "The Prime Minister ... the summit hosted by Prime Minister X in Oslo": a holder placed abroad is not the issuer's bare office before the name.
  if (home && !issuing.media) releaseForeignCataphora(actors, mentionById, home);
}

/** What the country step reads of the steps before it. */
interface CountryContext {
  readonly actors: Building[];
  readonly mentions: readonly Mention[];
  readonly sentences: readonly Sentence[];
  readonly issuerHome: string | null;
  readonly actorById: Map<string, Building>;
  readonly holds: TextHolds;
  readonly formerHolders: Set<Building>;
  readonly mentionById: Map<string, Mention>;
  readonly issuing: SourceCountry;
  readonly bodyLead: number;
}

/** The word lists a text holds any word of, read once per document (see textWords). */
type TextHolds = ReturnType<typeof textWords>;

/**
 * The actor as the layer keeps it: the working fields dropped, its mentions in text order. Built
 * field by field, every field written out in one order (unset ones undefined), so that all actors
 * share one hidden class; that copies far faster than a rest pattern over the working object.
 */
function finished(b: Building, byId: ReadonlyMap<string, Mention>): Actor {
  const mentions = b.mentions;
  // Mentions are mostly attached in text order: sort only when they are not.
  let prev = -1;
  for (const id of mentions) {
    const at = byId.get(id)?.start ?? 0;
    if (at < prev) {
      mentions.sort((x, y) => (byId.get(x)?.start ?? 0) - (byId.get(y)?.start ?? 0));
      break;
    }
    prev = at;
  }
  return {
    id: b.id, type: b.type, name: b.name, title: b.title, body: b.title ? b.body : undefined, country: b.country, sector: b.sector,
    placeKind: b.placeKind, nominal: b.nominal, mentions, stage: b.stage, rule: b.rule,
  };
}

/**
 * Capitalised title words, or none, before a name in a turn label; the office may be set off from
 * the name by a comma ("Official Spokesperson, Shri Randhir Jaiswal:").
 */
const TITLE_WORDS_ONLY = /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and)[ \t\u00a0]+)*(?:\p{Lu}[\p{L}.'’-]*,[ \t\u00a0]+(?:\p{Lu}[\p{L}.'’-]*[ \t\u00a0]+)*)?$/u;
/** After a transcript turn's label: a translator's note in brackets, then the colon. */
const AFTER_TURN_LABEL = /^[ \t\u00a0]*(?:\([^()\n]{1,40}\)[ \t\u00a0]*)?:/;

/**
 * The person mention labelling each transcript turn, by paragraph index: a paragraph opening with a
 * person's name or title and a colon ("Vladimir Putin: ...", "THE PRESIDENT: ..."), the first such
 * mention that `accepts` takes. One pass over paragraphs and mentions together.
 */
function turnLabelMentions(text: string, paragraphs: readonly { start: number; end: number }[], mentions: readonly Mention[], accepts: (m: Mention) => boolean = () => true): Map<number, Mention> {
  const out = new Map<number, Mention>();
  // A label needs its colon after the mention: past the text's last colon no mention is read, and a
  // paragraph opening past it holds none (nor does a text without a colon).
  const lastColon = text.lastIndexOf(':');
  let k = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.start > lastColon) break;
    let start = p.start;
    while (start < p.end && /\s/.test(text[start]!)) start++;
    while (k < mentions.length && mentions[k]!.start < start) k++;
    // A person named within the label's first words, with only title words before ("THE PRESIDENT:",
    // "PRESIDENT MWANGI:", "Foreign Minister Sergey Lavrov:") and the colon after.
    for (let j = k; j < mentions.length && mentions[j]!.start < Math.min(p.end, start + 80); j++) {
      const m = mentions[j]!;
      if (m.type === 'person' && m.form !== 'pronoun' && m.end < lastColon + 1 && accepts(m) && AFTER_TURN_LABEL.test(text.slice(m.end, m.end + 48))
        && TITLE_WORDS_ONLY.test(text.slice(start, m.start))) {
        out.set(i, m);
        break;
      }
    }
  }
  return out;
}

/** The speaker of each transcript turn, by paragraph index: its label's actor. */
function turnLabelSpeakers(text: string, paragraphs: readonly { start: number; end: number }[], mentions: readonly Mention[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const [i, m] of turnLabelMentions(text, paragraphs, mentions, (m) => !!m.actor)) out.set(i, m.actor!);
  return out;
}

/**
 * Whether the complement of a generic title ("of the Senate" in "the Chairwoman of the Senate") is
 * written inside the holder's fuller title ("Chairman of the Senate of the Oliy Majlis of Uzbekistan").
 * The holder's own words then say which body is meant, and a country a lexicon gave the bare body
 * ("the Senate" as the US Senate) does not stand against them.
 */
function complementWithin(generic: string | null | undefined, held: string | null): boolean {
  if (!generic || !held) return false;
  const comp = / (?:of|for) .+$/.exec(lookupKey(generic));
  return comp !== null && ` ${lookupKey(held)} `.includes(`${comp[0]} `);
}

/**
 * Whether a generic title names, after "of", a body by a proper name ("the Speaker *of the Duma*") that
 * the holder's title does not: "Speaker of the National Assembly of Vietnam" is not the Speaker of
 * the Duma. A country in the complement is left to the country check; an office that is one title
 * in the lexicon ("Head of State", "Secretary of State") has no complement. `names` is the generic
 * title's complementOf.
 */
function complementConflicts(names: readonly string[] | null, held: string | null): boolean {
  if (names === null || !held) return false;
  const key = ` ${lookupKey(held)} `;
  return !names.some((w) => key.includes(w));
}

/** complementNames of a title, if any; read once per title mention, not per person it is compared with. */
function complementOf(generic: string | null | undefined): readonly string[] | null {
  return generic ? complementNames(generic) : null;
}

/**
 * The proper names of a generic title's complement (each as " key "), which a holder's title must
 * hold one of; null when the title's complement asks nothing of the holder's. A title is compared
 * with every recent person's, so this is read once per title.
 */
function complementNames(generic: string): readonly string[] | null {
  let names = COMPLEMENT_NAMES.get(generic);
  if (names === undefined) {
    names = readComplementNames(generic);
    setBounded(COMPLEMENT_NAMES, MAX_CACHED_NAMES, ownCopy(generic), names);
  }
  return names;
}
const COMPLEMENT_NAMES = new Map<string, readonly string[] | null>();

/** A state named by its kind of polity alone: "Republic", "Federation", "Kingdom", "Confederation". */
const STATE_BY_KIND = /^(?:Republic|Federation|Kingdom|Confederation|Principality|Grand Duchy|Sultanate|Emirate)$/;

function readComplementNames(generic: string): readonly string[] | null {
  if (titleByWords(generic)) return null;
  // "the head of the Russian Government", "Head of Government of Kazakhstan": the body says whose head
  // is meant, which the title comparison reads itself.
  if (/^(?:head|chief)\b/i.test(generic)) return null;
  // "the Chairman of the Russian Government" is its prime minister, whatever words the holder's title has.
  // "the President of the Government", "the Chairman of the Council of Ministers" likewise.
  if (/^chair(?:man|woman|person)? of (?:the )?(?:[\p{L}-]+ )?(?:government|cabinet)\b/iu.test(generic) || presidesOverGovernment(generic)) return null;
  const words = generic.split(/\s+/);
  for (let n = Math.min(words.length, 4); n >= 2; n--) if (titleByWords(words.slice(0, n).join(' '))?.role) return null;
  const comp = / (?:of|for) (?:the )?(.+)$/.exec(generic);
  if (!comp || countryByName(comp[1]!)) return null;
  // "the President of the Republic", "the Chancellor of the Federation": a state named by its kind
  // alone is the state the text is about, which asks nothing of the holder's own title.
  if (STATE_BY_KIND.test(comp[1]!)) return null;
  const names = comp[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !countryByName(w) && !demonymToCountry(w));
  if (names.length === 0) return null;
  return names.map((w) => ` ${lookupKey(w)} `);
}

/**
 * Keeps, of the people a bare title fits, those who hold the office itself when any does: "the
 * Minister" is the minister named, not the vice minister named after him. Filters in place.
 */
function preferOffice<T extends Actor>(fitting: T[], title: string): T[] {
  if (fitting.some((p) => deputyOnly(title, p.title))) {
    const full = fitting.filter((p) => !deputyOnly(title, p.title));
    if (full.length > 0) fitting.splice(0, fitting.length, ...full);
  }
  return fitting.length > 1 ? preferUnnarrowed(fitting, title) : fitting;
}

/**
 * "Vice President A received the Bank's Vice President for Western and Central Africa, B. ... the Vice
 * President said": an office narrowed by the portfolio or region it answers "for" is one of several
 * of that name, and the bare office, with no complement, is the one held with none. Filters in place.
 */
function preferUnnarrowed<T extends Actor>(fitting: T[], title: string): T[] {
  const bare = lookupKey(title);
  if (OFFICE_COMPLEMENT.test(bare)) return fitting;
  const narrowedFor = `${bare} for `;
  let same = false;
  let narrowed = false;
  for (const p of fitting) {
    const held = p.title ? lookupKey(p.title) : '';
    if (held === bare) same = true;
    else if (held.startsWith(narrowedFor)) narrowed = true;
  }
  if (same && narrowed) {
    const kept = fitting.filter((p) => !(p.title && lookupKey(p.title).startsWith(narrowedFor)));
    fitting.splice(0, fitting.length, ...kept);
  }
  return fitting;
}
/** A complement inside an office: "Minister of Finance", "Envoy for Sudan", "Ambassador to Japan". */
const OFFICE_COMPLEMENT = / (?:of|for|to|in) /;

/** Index of the sentence holding offset `at`. */
/** Most tokens read between a bare office and a name after it in its sentence. */
const OFFICE_CLAUSE_REACH = 30;

/**
 * "The King received Mr. Tamm": a bare office and the first mention of a name after it in the same
 * sentence, with a verb between them, are the subject and the object of a clause, two people; so is a
 * name too far on in the sentence to rename the office. "The President, Ivo Tamm, said" has no verb between.
 */
function namedInOfficeClause(tokens: readonly Token[], sentences: readonly Sentence[], office: Mention, name: Mention | undefined): boolean {
  if (!name || name.start < office.end || sentenceAt(sentences, office.start) !== sentenceAt(sentences, name.start)) return false;
  let n = 0;
  for (let k = lowerBound(tokens, office.end); k < tokens.length && tokens[k]!.start < name.start; k++) {
    if (tokens[k]!.pos === 'VERB' || ++n > OFFICE_CLAUSE_REACH) return true;
  }
  return false;
}

/** Most of a person's latest mentions read back for one in a bare office's sentence. */
const CLAUSE_MENTIONS_BACK = 12;

/**
 * "Mr Weber thanked the President", "The President welcomed X. ... X thanked the President": a bare
 * office and a mention of a person in its sentence with a verb between them are the subject and an
 * object of one clause, two people, whichever comes first; a person names themselves with no office
 * in their own clause. "X, the President, said" has no verb between. Reads back from the person's latest
 * mentions, a bounded number, to the office's sentence.
 */
function namedAcrossVerb(tokens: readonly Token[], sentences: readonly Sentence[], office: Mention, person: Building, byId: ReadonlyMap<string, Mention>): boolean {
  const at = sentenceAt(sentences, office.start);
  const sentence = sentences[at];
  if (!sentence) return false;
  for (let i = person.mentions.length - 1, n = 0; i >= 0 && n < CLAUSE_MENTIONS_BACK; i--, n++) {
    const m = byId.get(person.mentions[i]!);
    if (!m || m.form === 'title' || m.start >= sentence.end) continue;
    if (m.start < sentence.start) break;
    const from = m.start < office.start ? m.end : office.end;
    const to = m.start < office.start ? office.start : m.start;
    for (let k = lowerBound(tokens, from), reach = 0; k < tokens.length && tokens[k]!.start < to && reach <= OFFICE_CLAUSE_REACH; k++, reach++) {
      if (tokens[k]!.pos === 'VERB') return true;
    }
  }
  return false;
}

function sentenceAt(sentences: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Folds each nominal title-holder into the one named person whose office fits its title (and whose
 * country does not conflict); for a governor or mayor that no one holds by title, into the one
 * person the text names without any office. The holder's mentions move to that person.
 * Gives back the actors folded away, or null when there were none.
 */
function mergeTitleHolders(actors: Building[], people: Building[], byId: ReadonlyMap<string, Mention>, ownCountry: string | null,
  notHolders: ReadonlyMap<Building, ReadonlySet<Building>> = new Map(), stateAfter: ReadonlyMap<Building, string> = new Map(),
  source?: { readonly text: string; readonly sentences: readonly Sentence[] },
  othersPrincipal: (country: string, p: Building) => boolean = () => false,
  namedAsRelation: (p: Building) => boolean = () => false): ReadonlySet<Building> | null {
  const servesOf = (p: Building): string | null => p.country ?? stateAfter.get(p) ?? null;
  // "... conveyed the greetings of President X": one the text names only as the sender of greetings or a
  // message is away, and serves the state of whoever brings them, which the text may not say.
  const onlySender = (p: Building): boolean => source !== undefined && p.mentions.length > 0 && p.mentions.every((id) => {
    const m = byId.get(id);
    return m !== undefined && m.form === 'name' && sentBefore(source.text.slice(Math.max(0, m.start - 90), m.start));
  });
  // "As my predecessor X said": one named as another's predecessor, successor or spouse holds no bare office of theirs.
  const named = people.filter((p) => p.named && !p.nominal && !namedAsRelation(p));
  if (named.length === 0) return null;
  const gone = new Set<Building>();
  /** Named people with no office, and where each is first named; taken once, when first needed. */
  let untitledNamed: Array<{ p: Building; start: number }> | undefined;
  for (const a of people) {
    // "a Turkish minister": someone introduced as new is none of the people named.
    if (!a.nominal || a.named || !a.title || a.rule === 'indefinite-title') continue;
    // An office with no country in an official release is the issuer's own, not another state's.
    const not = notHolders.get(a);
    const complement = complementOf(a.title);
    // "The Uruguayan minister" in an Argentine release: not the official the release opens with, whose office the text gave no state.
    let fits = preferOffice(named.filter((p) => !not?.has(p) && !(ownCountry && !a.country && p.country && p.country !== ownCountry)
      && !issuersOpeningOfficial(a.country, ownCountry, p, servesOf(p), () => named[0]) && titleFits(a.title!, p.title) && (!a.country || !servesOf(p) || a.country === servesOf(p) || complementWithin(a.title, p.title))
      && !complementConflicts(complement, p.title)), a.title);
    // "The President of Uzbekistan met ... The Korean minister conveyed the greetings of President X": an
    // office of a named state is held by one of that state; a holder whose state the text leaves open and
    // whom it names only as a sender of greetings is the bringer's, not the one the opening names.
    if (a.country && fits.length > 0) {
      const kept = fits.filter((p) => servesOf(p) === a.country || complementWithin(a.title, p.title) || !onlySender(p));
      if (kept.length < fits.length) fits = kept;
    }
    let target = fits.length === 1 ? fits[0] : undefined;
    if (!target && fits.length === 0 && isLocalOffice(a.title.split(/ (?:of|for) /i)[0]!)) {
      const untitled = named.filter((p) => !p.title && !not?.has(p));
      if (untitled.length === 1) target = untitled[0];
      else if (untitled.length > 1 && source) target = lastSubjectBefore(untitled, firstStart(a, byId), byId, source.text, source.sentences);
    }
    // "Anwar Ibrahim received Nguyen Hoa Binh. The Vietnamese Deputy Prime Minister conveyed ...": an
    // office of a named country that no one holds is the one person named before it without any office.
    const opening = byId.get(a.mentions[0]!)?.rule;
    if (!target && fits.length === 0 && a.country && a.rule === 'title-holder' && (opening === 'title-only' || (opening === 'title-of-place' && a.sector === 'GOV'))) {
      const at = firstStart(a, byId);
      untitledNamed ??= untitledWithStarts(named, byId);
      const before = untitledNamed.filter(({ p, start }) => !p.title && !not?.has(p) && (!p.country || p.country === a.country) && start < at && !othersPrincipal(a.country!, p));
      if (before.length === 1) target = before[0]!.p;
      // "The President of Uzbekistan met a delegation ... X welcomed the guests": with no one before it,
      // the one person without an office who opens the next sentence as its subject (the name, then a
      // verb in lower case) is the holder the opening left unnamed.
      else if (before.length === 0 && source) {
        const next = sentenceAt(source.sentences, at) + 1;
        const opener = source.sentences[next];
        // "X and Y attended": one of two people named together is no lone subject.
        const inOpener = opener ? untitledNamed.filter(({ start }) => start >= opener.start && start < opener.end) : emptyList<{ p: Building; start: number }>();
        const subject = inOpener.length === 1 && inOpener[0]!.start === opener!.start ? inOpener[0]!.p : undefined;
        const end = subject ? byId.get(subject.mentions[0]!)?.end ?? 0 : 0;
        if (subject && !not?.has(subject) && (!subject.country || subject.country === a.country)
          && /^[ \t\u00a0]+(?!(?:and|or|nor)\b)\p{Ll}/u.test(source.text.slice(end, end + 6))) target = subject;
        // "The President of Uzbekistan received the Minister of Foreign Affairs of Hungary ... X cordially
        // welcomed Y": the one the opening receives, unnamed, is the one its next sentence's subject
        // welcomes, received or greets by name.
        if (!target && inOpener.length === 2 && inOpener[0]!.start === opener!.start && RECEIVED_OFFICE.test(source.text.slice(Math.max(0, at - 40), at))) {
          const [first, second] = inOpener as [{ p: Building; start: number }, { p: Building; start: number }];
          const firstEnd = byId.get(first.p.mentions[0]!)?.end ?? 0;
          if (!not?.has(second.p) && (!second.p.country || second.p.country === a.country)
            && HOST_VERB_BEFORE_GUEST.test(source.text.slice(firstEnd, second.start))) target = second.p;
        }
      }
    }
    if (!target) continue;
    for (const id of a.mentions) {
      const m = byId.get(id);
      if (m) m.actor = target.id;
      target.mentions.push(id);
    }
    target.title ??= a.title;
    target.country ??= a.country;
    target.sector ??= a.sector;
    gone.add(a);
  }
  if (gone.size === 0) return null;
  const keep = (x: Building) => !gone.has(x);
  actors.splice(0, actors.length, ...actors.filter(keep));
  people.splice(0, people.length, ...people.filter(keep));
  return gone;
}

/** The named people with no office, each with where it is first named; one kind of list, filled or empty. */
function untitledWithStarts(named: readonly Building[], byId: ReadonlyMap<string, Mention>): Array<{ p: Building; start: number }> {
  const out: Array<{ p: Building; start: number }> = emptyList();
  for (const p of named) if (!p.title) out.push({ p, start: firstStart(p, byId) });
  return out;
}

/** Where an actor is first mentioned. */
/**
 * The named person with no office seen last before `at`, when the office at `at` opens its sentence ("The
 * Governor said") and that person's last mention opened a sentence too ("Arman X reported ..."); else undefined.
 */
function lastUntitledSubject(people: readonly Building[], at: number, text: string, sentences: readonly Sentence[]): Building | undefined {
  const here = sentences[Math.max(0, lowerBound(sentences, at + 1) - 1)];
  if (!here || !/^(?:[Tt]he[ \t\u00a0]+)?$/.test(text.slice(here.start, at))) return undefined;
  let last: Building | undefined;
  for (let k = people.length - 1; k >= 0 && k >= people.length - MAX_TITLE_CANDIDATES; k--) {
    const p = people[k]!;
    if (p.lastSeen < at && (!last || p.lastSeen > last.lastSeen)) last = p;
  }
  if (!last || last.title || !last.named || last.nominal) return undefined;
  const there = sentences[Math.max(0, lowerBound(sentences, last.lastSeen + 1) - 1)];
  return there && there.start === last.lastSeen && here !== there ? last : undefined;
}

/**
 * "X congratulated Y on the harvest. Y reported that ... The Governor said": of several people with no office,
 * a local office named alone and opening its sentence is the one who last stood as a subject (opening a sentence)
 * before it, with no other of them named in between.
 */
function lastSubjectBefore(candidates: readonly Building[], at: number, byId: ReadonlyMap<string, Mention>, text: string, sentences: readonly Sentence[]): Building | undefined {
  const title = sentences[Math.max(0, lowerBound(sentences, at + 1) - 1)];
  if (!title || !/^(?:[Tt]he[ \t\u00a0]+)?$/.test(text.slice(title.start, at))) return undefined;
  let best: { p: Building; start: number } | undefined;
  for (const p of candidates) {
    for (const id of p.mentions) {
      const m = byId.get(id);
      if (!m || m.start >= at) continue;
      if (!best || m.start > best.start) best = { p, start: m.start };
    }
  }
  if (!best) return undefined;
  const m = best.start;
  const s = sentences[Math.max(0, lowerBound(sentences, m + 1) - 1)];
  return s && s.start === m ? best.p : undefined;
}

function firstStart(a: Building, byId: ReadonlyMap<string, Mention>): number {
  let first = Infinity;
  for (const id of a.mentions) first = Math.min(first, byId.get(id)?.start ?? Infinity);
  return first;
}

/**
 * Each office's pattern, built once per process: a feed of short releases asks for the same few
 * hundred offices in every document, and compiling them anew cost more than reading the text.
 * The map is emptied when it grows past its bound, so odd titles cannot make it grow without end.
 */
const officePatterns = new Map<string, OfficePattern | null>();
const OFFICE_PATTERNS_MAX = 4096;

function officePattern(title: string): OfficePattern | null {
  let re = officePatterns.get(title);
  if (re === undefined) {
    setBounded(officePatterns, OFFICE_PATTERNS_MAX, title, (re = officeBeforeName(title)));
  }
  return re;
}

/** An office written before a name (officeBeforeName), with a piece of it every match contains. */
interface OfficePattern {
  readonly re: RegExp;
  readonly needle: string;
}

/**
 * Whether the text writes the office (from officeBeforeName) right before one of the person's names, followed only
 * by its complement and further title words: "Chairman of the Board of the Development Bank ",
 * "Spokesman for the Presidency Ambassador ".
 */
function officeWrittenBefore(office: OfficePattern, before: TextsBeforeNames): boolean {
  let written = before.offices.get(office);
  if (written === undefined) {
    written = before.joined.includes(office.needle) && before.texts.some((t) => office.re.test(t));
    before.offices.set(office, written);
  }
  return written;
}

/**
 * The text before each of a person's names, and all of them joined so that one search rules most
 * offices out; with the answer for each office asked so far, since a text of many bare titles
 * ("the Minister") asks the same office of the same people again and again.
 */
interface TextsBeforeNames {
  readonly texts: readonly string[];
  readonly joined: string;
  readonly offices: Map<OfficePattern, boolean>;
}

/** Up to 120 characters before each of the person's names. */
function textsBeforeNamesOf(text: string, person: Building, byId: ReadonlyMap<string, Mention>): TextsBeforeNames {
  const texts: string[] = [];
  for (const id of person.mentions) {
    const n = byId.get(id);
    if (n !== undefined && n.form === 'name') texts.push(text.slice(Math.max(0, n.start - 120), n.start));
  }
  // A line break stands between two texts, and no office's piece holds one.
  return { texts, joined: texts.join('\n'), offices: new Map() };
}

/**
 * The pattern of an office ending right before a name; the office's words match in either case of
 * their first letter.
 */
function officeBeforeName(title: string): OfficePattern | null {
  const plain = title.trim().split(/\s+/).filter(Boolean);
  const words = plain.map((w) => `[${escapeRegExp(w[0]!.toUpperCase())}${escapeRegExp(w[0]!.toLowerCase())}]${escapeRegExp(w.slice(1))}`);
  if (words.length === 0) return null;
  // Every word after its first letter is written as it is in the title: the longest such piece
  // rules out most texts before the pattern is tried.
  const needle = plain.reduce((a, w) => (w.length - 1 > a.length ? w.slice(1) : a), '');
  // The office opens there: "Prime Minister Aaltonen" is not written as "Minister", nor
  // "Minister-President" as "President".
  const re = new RegExp(String.raw`(?<![\p{L}-])(?<![\p{Lu}][\p{L}-]*[ \t\u00a0]+)${words.join(String.raw`[ \t\u00a0]+`)}(?:[ \t\u00a0]+(?:of|for|the|and|on|[\p{Lu}][\p{L}'’.-]*)){0,10}[ \t\u00a0,]+$`, 'u');
  return { re, needle };
}

/** ", Prime Minister " / " and Foreign Minister ": nothing but a list break and title words between two names. */
const LIST_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|and[ \t\u00a0]+)(?:(?:[\p{Lu}][\p{L}.-]*|of|the|for)[ \t\u00a0]+){0,8}$/u;

/**
 * "met with General Secretary of the Communist Party of Vietnam A, Prime Minister B and Foreign
 * Minister C": officials listed one after another share the country of the one before them
 * when the text gives theirs only once. Goes before the source's home country, which would
 * give a visiting delegation's hosts the visitors' country.
 */
function listCountries(mentions: readonly Mention[], text: string, byId: ReadonlyMap<string, Building>): void {
  // Only a list of three or more ("A, B and C"): in "A and B" the two are as often of two countries.
  type Item = { end: number; country: string; commaList: boolean };
  let prev = null as Item | null;
  for (const m of mentions) {
    if (m.type !== 'person' || m.form === 'pronoun' || !m.actor) {
      if (m.type !== 'person') continue;
      prev = null;
      continue;
    }
    const a = byId.get(m.actor);
    if (!a) continue;
    const before: Item | null = prev;
    const gap: string = before ? text.slice(before.end, m.start) : '';
    const listed: boolean = before !== null && LIST_GAP.test(gap);
    const comma: boolean = listed && gap.trimStart().startsWith(',');
    // "Welcoming the Belgian Minister, Deputy PM Quang suggested": one comma and no third item is a
    // clause break, not a list; a list goes on past the person or came as a list into them.
    const inList = before?.commaList || (comma && listGoesOn(text, mentions, m));
    // "..., Ambassador of Türkiye A, the Apostolic Nuncio B": an office only one state has says whose it is.
    if (before && listed && inList && !a.country && a.title && !isLocalOffice(a.title) && !officeCountry(a.title)) a.country = before.country;
    prev = a.country ? { end: m.end, country: a.country, commaList: comma || (listed && (before?.commaList ?? false)) } : null;
  }
}

/** Most characters between two items of a list of officials. */
const MAX_LIST_GAP = 160;

/** Whether another person follows mention m after a list gap: "A, B and C" seen from B. */
function listGoesOn(text: string, mentions: readonly Mention[], m: Mention): boolean {
  // Places and bodies inside the next item's office ("and Minister of Finance of Chile C") are passed over.
  for (let k = lowerBound(mentions, m.end); k < mentions.length; k++) {
    const n = mentions[k]!;
    if (n.start - m.end > MAX_LIST_GAP) return false;
    if (n.type !== 'person') continue;
    return n.form !== 'pronoun' && LIST_GAP.test(text.slice(m.end, n.start));
  }
  return false;
}

/** "a ", "an ", "a Turkish ", "an Indian senior " right before a title: the article of a new referent. */
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:[Aa]|[Aa]n)[ \t\u00a0]+(?:(?!(?:of|the|by|and|for|to)[ \t\u00a0])[\p{L}’'-]+[ \t\u00a0]+){0,2}$/u;

/**
 * Whether the text holds "a" or "an" followed by a space or tab, with no ASCII letter right before:
 * what INDEFINITE_BEFORE cannot match without. The expression ends at the text's end and may start
 * anywhere in it; the text before most offices has no such article, and is then read once, here.
 */
function opensIndefinite(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 97 && c !== 65) continue;
    const n = text.charCodeAt(k + 1) === 110 ? k + 2 : k + 1;
    const w = text.charCodeAt(n);
    if (w !== 32 && w !== 9 && w !== 0xa0) continue;
    const b = k > 0 ? text.charCodeAt(k - 1) : 32;
    // A letter outside ASCII before it is left to the expression.
    if ((b >= 65 && b <= 90) || (b >= 97 && b <= 122)) continue;
    return true;
  }
  return false;
}
/**
 * Whether a one-word name mention (a surname) joins a person the text named in full who is not the
 * listed person the surname was looked up as: its listed office and country are not theirs.
 */
function namesakeOfListed(a: Building, m: Mention): boolean {
  const word = (m.canonical ?? m.text).trim();
  // "Under Secretary Taylor" after "Alexis Taylor": an office before the surname says no more of the
  // listed namesake ("Charles Taylor") when the text gave the person another first name.
  const titled = m.rule === 'title-name';
  if (/\s/.test(word) || (m.rule !== 'honorific-name' && m.rule !== 'name-run' && !titled) || !a.named || !/\s/.test(a.name)) return false;
  if (!m.title && !m.country) return false;
  const listed = personBySurname(word);
  if (listed === null || lookupKey(listed.name) === lookupKey(a.name) || personByName(a.name) !== null) return false;
  return !titled || lookupKey(listed.name).split(' ')[0] !== lookupKey(a.name).split(' ')[0];
}

/**
 * "Prime Minister Kishida": the gender of the listed holder of the office a person named by surname
 * alone holds, when the list has that surname with that office and of the person's state. Null otherwise.
 */
function listedHolderGender(p: Building): Gender {
  if (!p.title || !p.country || p.words.length !== 1 || /\s/.test(p.name.trim())) return null;
  const listed = personBySurname(p.name, p.title);
  return listed && listed.country === p.country ? genderOfGivenName(listed.name.split(' ')[0]!) : null;
}

/**
 * The words of a role phrase as one key ("deputy minister"), or null: the whole phrase, so that "a
 * deputy minister" introduces no one "the Minister" could mean.
 */
function roleHead(words: string): string | null {
  const key = words.trim().replace(/[ \t\u00a0]+/g, ' ').toLowerCase();
  return /\p{L}/u.test(key) ? key : null;
}

/**
 * A name, then a verb of meeting and "the" right before an office, or before the demonym that opens it:
 * "X met the ", "X held talks with the ", "X held a bilateral meeting with the Guatemalan "; or a meeting
 * noun and "with the": "Remarks by X following the meeting with the ".
 */
const MET_THE = /^[^,.;:!?“”"«»\n]{1,60}?[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|called|phoned|(?:held|holds)[ \t\u00a0]+(?:(?:a|an)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}(?:meeting|conversation|discussion)|(?:[\p{L}-]+[ \t\u00a0]+){0,2}(?:talks|discussions|consultations))(?=[ \t\u00a0]+with)|(?:spoke|speaks|talked|talks|conferred|confers)(?=[ \t\u00a0]+with)|(?:meeting|talks|conversation|call|consultations)(?=[ \t\u00a0]+with))(?:[ \t\u00a0]+with)?[ \t\u00a0]+the[ \t\u00a0]+(?:[\p{Lu}][\p{L}-]*[ \t\u00a0]+)?$/u;

/** Whether the text from a person's last mention (`from`) to an office (`at`) is that person meeting the office's holder. */
function objectOfMeeting(text: string, from: number, at: number): boolean {
  return at > from && at - from <= 120 && MET_THE.test(text.slice(from, at));
}

/** How far before a definite role noun the one "a" introduced may stand and still be the one it means. */
const INTRODUCED_REACH = 600;

/** Past forms that report what a person stated ("emphasized that ...", "noted the growth of ..."), not what they did. */
const STATING_VERB = /^(?:said|noted|stated|stressed|emphasi[sz]ed|underlined|underscored|highlighted|remarked|observed|declared|pointed|added|affirmed|reaffirmed|reiterated|explained|recalled)$/;

/** Whether a mention opens with "a"/"an" and is no apposition or predicate describing someone named. */
function introducedIndefinitely(text: string, m: Mention): boolean {
  const lead = text.slice(Math.max(0, m.start - 40), m.start);
  const indef = opensIndefinite(lead) ? INDEFINITE_BEFORE.exec(lead) : null;
  return indef !== null && !PREDICATE_BEFORE.test(text.slice(Math.max(0, m.start - indef[0].length - 20), m.start - indef[0].length));
}

/** What makes "a minister" describe someone already named: an apposition's comma, "as", a copula. */
const PREDICATE_BEFORE = /(?:,|(?<![\p{L}])(?:as|is|was|are|were|be|been|being|became|becomes|remains|remained))[ \t\u00a0]*$/iu;
/**
 * "Governor of Michigan Gretchen Whitmer ... former Governor Rick Snyder": one the text names as a
 * former holder of an office it gives without a place held the office of that name the text has
 * placed, when every present holder it places is of one country: a predecessor, not the issuer's official.
 */
function predecessorCountries(actors: readonly Building[], former: ReadonlySet<Building>): void {
  if (former.size === 0) return;
  const placed = new Map<string, string | null>();
  for (const a of actors) {
    if (a.type !== 'person' || !a.country || !a.title || former.has(a)) continue;
    const office = lookupKey(a.title.split(/ (?:of|for) /i)[0]!);
    const seen = placed.get(office);
    placed.set(office, seen === undefined || seen === a.country ? a.country : null);
  }
  for (const a of former) {
    if (a.country || !a.title || / (?:of|for) /i.test(a.title)) continue;
    const country = placed.get(lookupKey(a.title));
    if (country) a.country = country;
  }
}

/** Rules that read a person's office from the words written before the name. */
const TEXT_TITLE_RULE = /^(?:title-|plural-title-)/;

/** Whether two offices are the leaders' offices of different classes: a head of state and a head of government. */
function otherLeaderRole(a: string, b: string): boolean {
  const ra = roleOfTitle(a);
  const rb = roleOfTitle(b);
  return ra !== null && rb !== null && ra !== rb;
}

/**
 * "their foreign ministers, ", "our defence ministers ", "the two sides' negotiators, ": a plural office
 * that two sides hold, one each, right before a pair of names.
 */
const BOTH_SIDES_BEFORE = /(?<![\p{L}])(?:their|our|the[ \t\u00a0]+two[ \t\u00a0]+(?:sides|countries|leaders)['’])[ \t\u00a0]+(?:respective[ \t\u00a0]+)?(?:[\p{Ll}-]+[ \t\u00a0]+){0,2}[\p{Ll}-]+s[ \t\u00a0]*,?[ \t\u00a0]*$/u;
/** " and " between the two names. */
const PAIR_AND = /^[ \t\u00a0]+and[ \t\u00a0]+$/;

/**
 * Words before the first of two holders of one office that make them the two parties of one act: "talks
 * between ", "signed by ", "co-chaired by ", "led by "; "attended by Minister A and Minister B" may name
 * two of one government.
 */
const TWO_PARTIES_BEFORE = /(?<![\p{L}])(?:between|(?:signed|co-?chaired|chaired|led|headed|initialled|initialed)[ \t\u00a0]+by)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){1,8}$/u;
/** " and ", with the office the second holder shares with the first written again. */
const AND_OFFICE = /^[ \t\u00a0]+and[ \t\u00a0]+(?:the[ \t\u00a0]+)?((?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)(?:[ \t\u00a0]+(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)){0,7})[ \t\u00a0]+$/u;

/**
 * "signed by Minister of Agriculture A and Minister of Agriculture B", "talks between Foreign Minister A
 * and Foreign Minister B": one office, written twice for two holders who are the two parties of one act,
 * is held in two states, one each.
 */
function sameOfficeOfTwoSides(gap: string, before: string, m: Mention, n: Mention): boolean {
  const office = AND_OFFICE.exec(gap)?.[1];
  if (!office || !m.title || !n.title || m.title.toLowerCase() !== n.title.toLowerCase() || office.toLowerCase() !== n.title.toLowerCase()) return false;
  const first = TWO_PARTIES_BEFORE.exec(before);
  return first !== null && before.slice(first.index).toLowerCase().trimEnd().endsWith(m.title.toLowerCase());
}

/**
 * "their foreign ministers, Mohamad Hasan and Musalia Mudavadi": of two office holders of two sides,
 * named as a pair, one of the issuer's state and one of the other side, the one whose state is
 * unread is of the side the other is not: the issuer's, or the state the release is about.
 */
function bothSides(text: string, actors: readonly Building[], mentions: readonly Mention[], home: string, partner: string | null): void {
  let byId: Map<string, Building> | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const n = mentions[i + 1]!;
    if (m.type !== 'person' || m.form !== 'name' || n.type !== 'person' || n.form !== 'name' || !m.actor || !n.actor || m.actor === n.actor) continue;
    const gap = text.slice(m.end, n.start);
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    const plural = PAIR_AND.test(gap) && BOTH_SIDES_BEFORE.test(before);
    if (!plural && !sameOfficeOfTwoSides(gap, before, m, n)) continue;
    byId ??= indexById(actors);
    const a = byId.get(m.actor);
    const b = byId.get(n.actor);
    if (!a || !b) continue;
    // "talks between Foreign Minister A and Foreign Minister B": placed in one state by a guess only (no
    // words of the office), the two are of the two sides, and the release names its own side first.
    if (!plural && a.country === b.country && !a.countryFromTitle && !b.countryFromTitle && partner && partner !== home
      && (a.country === null || a.country === home || a.country === partner)) {
      a.country = home;
      b.country = partner;
      continue;
    }
    if (!!a.country === !!b.country) continue;
    const known = (a.country ?? b.country)!;
    const other = known === home ? partner : home;
    if (other && other !== known) (a.country ? b : a).country = other;
  }
}

/**
 * "Foreign Minister X received his Uruguayan counterpart, Y. The Uruguayan minister ...": in a release
 * of `home`, an office of another state (`country`, a state's demonym) is not the official the release
 * opens with (`first()`, asked last) whose office the text gives no state. Whether p is that official.
 */
function issuersOpeningOfficial(country: string | null | undefined, home: string | null | undefined, p: Building, serves: string | null, first: () => Building | undefined): boolean {
  return !!country && !!home && country !== home && countryName(country) !== null && serves === null && !!p.title
    && !complementBeyondPortfolio(p.title!) && p === first();
}

/**
 * Whether a title's "of" or "for" phrase names more than the office's subject ("Minister of Foreign
 * Affairs of Chile", "Governor of the Tula Region"); "Minister of International Relations and
 * Cooperation" names only its portfolio, and serves whoever issued the text.
 */
function complementBeyondPortfolio(title: string): boolean {
  const at = / (?:of|for) /i.exec(title);
  if (!at) return false;
  const { portfolio } = wordLists();
  const words = title.slice(at.index + at[0].length).split(/[\s,]+/).filter((w) => w !== '');
  // "Moroccan Expatriates", "African Cooperation": a demonym that qualifies the portfolio word after it
  // narrows the portfolio and names no other state the office serves.
  const inPortfolio = (w: string, i: number): boolean => portfolio.has(w.toLowerCase())
    || ((demonymToCountry(w) !== null || isRegionalDemonym(w)) && portfolio.has(words[i + 1]?.toLowerCase() ?? ''));
  return words.some((w, i) => !/^(?:and|the|of|for)$/i.test(w) && !inPortfolio(w, i));
}

/** ", who completed his mission in ", ", whose posting in ": an envoy's mission and the place of it, right after the envoy's name. */
const MISSION_IN_AFTER = /^[ \t\u00a0]*,[ \t\u00a0]*(?:who|whose)[ \t\u00a0]+(?:[\p{Ll}]+[ \t\u00a0]+){0,3}?(?:his|her)?[ \t\u00a0]*(?:diplomatic[ \t\u00a0]+)?(?:mission|posting|tour[ \t\u00a0]+of[ \t\u00a0]+duty)[ \t\u00a0]+(?:in|to)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;

/** "'s visit to ", "'s state visit to the ": a possessive visit right after a person, up to the place visited. */
const VISIT_TO_AFTER = /^['’]s[ \t\u00a0]+(?:(?:recent|first|last|historic|state|official|working|successful)[ \t\u00a0]+){0,3}visit[ \t\u00a0]+to[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;
/** "visit of ", "the state visit by ": a visit named before its visitor. */
const VISIT_OF_BEFORE = /(?<![\p{L}])visit[ \t\u00a0]+(?:of|by)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}'’.-]*[ \t\u00a0]+){0,4}$/u;
/** " to ", " to the " between a visitor named after "visit of" and the place visited. */
const TO_PLACE = /^[ \t\u00a0]+to[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** " arrived in ", " has arrived in the ", " would visit ": the one arriving or to visit, right before the place. */
const ARRIVED_IN_AFTER = /^[ \t\u00a0]+(?:(?:(?:has|had|have)[ \t\u00a0]+)?(?:arrived|arrives|landed|lands)[ \t\u00a0]+in|(?:will|would|is[ \t\u00a0]+to|to)[ \t\u00a0]+visit)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;

/**
 * "The guest was accompanied by Minister X", "the visitors were joined by Ambassador Y": those who come
 * with the guest come from the guest's state, not the issuer's. Read before each name the text gives the person.
 */
const GUEST_COMPANION_BEFORE = /(?<![\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur)[ \t\u00a0]+(?:guests?|visitors?)[ \t\u00a0]+(?:(?:was|were)[ \t\u00a0]+)?(?:also[ \t\u00a0]+)?(?:accompanied|joined)[ \t\u00a0]+by[ \t\u00a0]+(?:(?:the|[\p{Lu}][\p{L}'’.-]*|of|for|and)[ \t\u00a0]+){0,10}$/u;

/**
 * "The guest conveyed greetings from Prime Minister X", "the visitors handed over a letter from Minister Y": what
 * the guest brings comes from the guest's state.
 */
const GUEST_SENDER_BEFORE = /(?<![\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur)[ \t\u00a0]+(?:guests?|visitors?)[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:conveyed|handed(?:[ \t\u00a0]+over)?|delivered|passed[ \t\u00a0]+on|brought)[ \t\u00a0]+(?:(?:the|his|her|their|a|an)[ \t\u00a0]+)?(?:[\p{Ll}-]+[ \t\u00a0]+){0,3}?(?:message|letter|greetings|regards|wishes|invitation)s?[ \t\u00a0]+(?:from|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,8}$/u;

/**
 * "He is accompanied by a high-level delegation including Minister X and Minister Y", "She was accompanied by
 * Minister Z": those a person the pronoun stands for brings along, up to the name (a list of offices and names).
 */
const PRONOUN_COMPANION_BEFORE = /(?<![\p{L}])(?:He|She|They)[ \t\u00a0]+(?:is|was|are|were)[ \t\u00a0]+(?:also[ \t\u00a0]+)?accompanied[ \t\u00a0]+by[ \t\u00a0]+(?:(?:a|an)[ \t\u00a0]+(?:[\p{Ll}-]+[ \t\u00a0]+){0,2}delegation[ \t\u00a0]+(?:including|comprising)[ \t\u00a0]+)?(?:(?:the|[\p{Lu}][\p{L}'’.-]*,?|of|for|and)[ \t\u00a0]+){0,14}$/u;

function guestCompanion(text: string, a: Actor, byId: ReadonlyMap<string, Mention>, mentions: readonly Mention[], actorById: ReadonlyMap<string, Building>, home: string): boolean {
  for (const id of a.mentions) {
    const m = byId.get(id);
    if (!m || m.form !== 'name') continue;
    const before = text.slice(Math.max(0, m.start - 140), m.start);
    if (GUEST_COMPANION_BEFORE.test(before) || GUEST_SENDER_BEFORE.test(before)) return true;
    // "He is accompanied by ... Minister X": the pronoun's person, placed in another state than the
    // issuer's, brings X from there.
    const longer = text.slice(Math.max(0, m.start - 220), m.start);
    const companion = longer.includes('accompanied') ? PRONOUN_COMPANION_BEFORE.exec(longer) : null;
    if (!companion) continue;
    const at = m.start - longer.length + companion.index;
    const p = mentions[lowerBound(mentions, at)];
    const leader = p && p.start === at && p.form === 'pronoun' && p.actor ? actorById.get(p.actor) : undefined;
    if (leader && leader.id !== a.id && leader.country && leader.country !== home) return true;
  }
  return false;
}

/**
 * "President Lula's visit to Washington", "the visit of President X to Moscow": one whose visit to the
 * issuer's state (a place in it) the text reports came from another state, and is not the issuer's.
 */
function visitToHome(text: string, a: Actor, byId: ReadonlyMap<string, Mention>, mentions: readonly Mention[], home: string): boolean {
  for (const id of a.mentions) {
    const m = byId.get(id);
    if (!m || m.form === 'pronoun') continue;
    const before = VISIT_OF_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
    for (let k = lowerBound(mentions, m.end); k < mentions.length && mentions[k]!.start - m.end <= 60; k++) {
      const p = mentions[k]!;
      if (p.type !== 'place') continue;
      const between = text.slice(m.end, p.start);
      if (p.country === home && (VISIT_TO_AFTER.test(between) || (before && TO_PLACE.test(between)))) return true;
      // "President X arrived in Dakar", "X would visit Belgrade": one who arrives in (or is to visit) the issuer's
      // state itself or its capital comes from abroad (the issuer's own officials tour its regions and cities,
      // and return to the capital; what they have visited there is not read: "visited the hospital of Dakar").
      if (p.country === home && ARRIVED_IN_AFTER.test(between) && (p.placeKind === 'country' || capitalOf(p.text) === home)) return true;
      break;
    }
  }
  return false;
}

/**
 * "Ambassador Lee, who completed his mission in Astana": an envoy whose mission the text places in
 * the issuer's state was sent there by another state, and is not the issuer's.
 */
function missionInHome(text: string, a: Actor, byId: ReadonlyMap<string, Mention>, mentions: readonly Mention[], home: string): boolean {
  if (!a.title || !/\b(?:Ambassador|Envoy|Charg[ée] d['’]Affaires|High Commissioner)\b/i.test(a.title)) return false;
  for (const id of a.mentions) {
    const m = byId.get(id);
    if (!m || m.form !== 'name') continue;
    for (let k = lowerBound(mentions, m.end); k < mentions.length && mentions[k]!.start - m.end <= 80; k++) {
      const p = mentions[k]!;
      if (p.type !== 'place') continue;
      if (p.country === home && MISSION_IN_AFTER.test(text.slice(m.end, p.start))) return true;
      break;
    }
  }
  return false;
}

/** "Shadow Chancellor ", "the Shadow Secretary of State for Defence ": an opposition front bench's office, right before a name. */
const SHADOW_OFFICE_BEFORE = /(?<![\p{L}])Shadow[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’-]*|of|for|the|and)[ \t\u00a0]+){1,8}$/u;

/** Whether one of a person's names is written right after an office of the opposition's front bench ("Shadow Chancellor"). */
function shadowOffice(text: string, a: Actor, byId: ReadonlyMap<string, Mention>): boolean {
  if (!a.title) return false;
  for (const id of a.mentions) {
    const m = byId.get(id);
    if (!m || m.form !== 'name') continue;
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    if (before.includes('Shadow') && SHADOW_OFFICE_BEFORE.test(before)) return true;
  }
  return false;
}

/** The royal style written right before one of a person's names, if any. */
function royalStyle(text: string, a: Actor, byId: ReadonlyMap<string, Mention>): string | null {
  for (const id of a.mentions) {
    const m = byId.get(id);
    if (!m || m.form !== 'name') continue;
    const style = ROYAL_STYLE_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (style) return style[1]!;
  }
  return null;
}

/** Consorts' styles and the monarchs' styles they go with: a queen beside a king, an empress beside an emperor. */
const CONSORT_OF: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:Queen|Queen Consort)$/, /^King$/],
  [/^Empress$/, /^Emperor$/],
  [/^Grand Duchess$/, /^Grand Duke$/],
  [/^Crown Princess$/, /^Crown Prince$/],
  // "the President of the Philippines, Ferdinand Marcos Jr., and First Lady Louise Araneta-Marcos".
  [/^(?:First Lady|First Gentleman)$/, /^President\b/],
];

/** Between two names of a pair: " and ", ", ", " and Mrs. ", " and First Lady " (the second's style, written before its name). */
const PAIR_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|and[ \t\u00a0]+)(?:(?:Mrs|Ms|Mr|Madame|Madam|Mme)\.?[ \t\u00a0]+|(?:First[ \t\u00a0]+(?:Lady|Gentleman)|Queen(?:[ \t\u00a0]+Consort)?|Empress|Grand[ \t\u00a0]+Duchess|Crown[ \t\u00a0]+Princess)[ \t\u00a0]+)?$/;

/** Whether two neighbouring mentions are person names written as a pair, one of them with a consort's style ("First Lady", "Queen"). */
function pairedWithConsort(text: string, a: Mention | undefined, b: Mention | undefined): boolean {
  if (!a || !b || a.type !== 'person' || b.type !== 'person' || a.form !== 'name' || b.form !== 'name' || b.start - a.end > 32) return false;
  const consort = (x: Mention) => !!x.title && CONSORT_OF.some(([style]) => style.test(x.title!));
  return (consort(a) || consort(b)) && PAIR_GAP.test(text.slice(a.end, b.start));
}

/** Monarchs' styles, and the styles of the royal families of a monarchy. */
const MONARCH = /^(?:King|Queen|Emperor|Grand Duke|Sultan|Emir|Amir)(?: of\b|$)/;
const ROYAL_FAMILY = /^(?:Prince|Princess|Crown Prince|Crown Princess)$/;

/** Whether one title is a consort's style and the other the office that consort stands beside. */
function consortPair(a: string, b: string): boolean {
  return CONSORT_OF.some(([consort, holder]) => (consort.test(a) && holder.test(b)) || (consort.test(b) && holder.test(a)));
}

/**
 * "King Felipe and Queen Letizia", "Emperor Naruhito and Empress Masako": a consort named without a
 * state of her own, first named after a monarch of the matching style whose state is known, is of
 * the last such monarch's state. A state visit names two royal couples, each consort after her own
 * monarch. One pass over the mentions in text order.
 */
function consortCountries(actors: readonly Building[], mentions: readonly Mention[]): void {
  const byId = new Map<string, Building>();
  let consorts = 0;
  for (const a of actors) {
    if (a.type !== 'person' || !a.title) continue;
    byId.set(a.id, a);
    if (!a.country && CONSORT_OF.some(([consort]) => consort.test(a.title!))) consorts++;
  }
  royalFamilies(actors);
  if (consorts === 0) return;
  const lastMonarch: Array<string | null> = CONSORT_OF.map(() => null);
  const seen = new Set<string>();
  for (const m of mentions) {
    const a = m.actor ? byId.get(m.actor) : undefined;
    if (!a) continue;
    // Every mention of a monarch counts ("President Lula received President Boric ... President Lula
    // and First Lady Janja"): the consort stands beside the one named last, not the one met first.
    const first = !seen.has(a.id);
    seen.add(a.id);
    for (let k = 0; k < CONSORT_OF.length; k++) {
      const [consort, monarch] = CONSORT_OF[k]!;
      if (monarch.test(a.title!) && a.country) lastMonarch[k] = a.country;
      else if (first && consort.test(a.title!) && !a.country && lastMonarch[k]) a.country = lastMonarch[k]!;
    }
  }
}

/**
 * "King Willem-Alexander ... Princess Amalia": a prince or princess named without a state, in a text
 * whose monarchs named with a state are all of one, is of that royal family. With the monarchs of
 * two states named, which family is open.
 */
function royalFamilies(actors: readonly Building[]): void {
  let state: string | null = null;
  for (const a of actors) {
    if (a.type !== 'person' || !a.title || !a.country || !MONARCH.test(a.title)) continue;
    if (state !== null && state !== a.country) return;
    state = a.country;
  }
  if (state === null) return;
  for (const a of actors) if (a.type === 'person' && a.title && !a.country && ROYAL_FAMILY.test(a.title)) a.country = state;
}

/** "Queen", "Queen Consort": a queen's title that names no state of her own. */
const QUEEN_CONSORT = /^Queen(?: Consort)?$/;

/**
 * "conveyed the greetings of President ", "a message from the Prime Minister of ", "on behalf of ": the
 * person named next sends something and is not among those present.
 */
const ABSENT_SENDER_BEFORE = /(?<![\p{L}])(?:(?:greetings|regards|wishes|message|letter|invitation|congratulations|condolences)[ \t\u00a0]+(?:of|from)|on[ \t\u00a0]+behalf[ \t\u00a0]+of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and)[ \t\u00a0]+){0,8}$/u;
/** Whether a text holds one of the words ABSENT_SENDER_BEFORE cannot match without. */
const SENDER_WORDS: readonly string[] = ['greetings', 'regards', 'wishes', 'message', 'letter', 'invitation', 'congratulations', 'condolences', 'behalf'];
const namesSender = holdsAnyOf(SENDER_WORDS);

/**
 * The words whole texts are asked for before the rules that need them read anything: all asked in
 * one pass over the text (holdsAnyOfLists), not one pass each.
 */
const textWords = holdsAnyOfLists({
  senders: SENDER_WORDS,
  past: FORMER_PIECES,
  leaving: OUTGOING_PIECES,
  under: UNDER_PIECES,
  objectOwns: OBJECT_OWNS_VERBS,
  nationals: NATIONAL_NOUNS,
  thanks: THANKS_VERBS,
  passedOn: PASSED_ON_WORDS,
});

/** sentBefore of the 90 characters before `at`, kept in `reads` by position. */
function sentBeforeAt(text: string, at: number, reads: Map<number, boolean>): boolean {
  let sent = reads.get(at);
  if (sent === undefined) reads.set(at, (sent = sentBefore(text.slice(Math.max(0, at - 90), at))));
  return sent;
}

/** ABSENT_SENDER_BEFORE.test(text), the expression asked only of a text holding one of its words. */
function sentBefore(text: string): boolean {
  return namesSender(text) && ABSENT_SENDER_BEFORE.test(text);
}

/** "his Greek counterpart ", "her Kazakh counterpart, ", "his Moldovan colleague " right before a name. */
const COUNTERPART = /(?:his|her|their|its)[ \t\u00a0]+(?:[\p{Lu}][\p{L}-]*[ \t\u00a0]+){0,2}(?:counterparts?|colleagues?)[ \t\u00a0]*,?[ \t\u00a0]*$/u;

/**
 * "Foreign Minister Sameh Shoukry received his Greek counterpart Nikos Dendias": a counterpart
 * holds the same office as the person named before, in their own country. Only a title and
 * sector pass over; the country comes from the demonym or stays unknown.
 */
function counterpartTitles(text: string, mentions: readonly Mention[], byId: ReadonlyMap<string, Building>): void {
  let lastTitled: Building | null = null;
  for (const m of mentions) {
    if (m.type !== 'person' || !m.actor) continue;
    const a = byId.get(m.actor);
    if (!a) continue;
    if (!a.title && lastTitled && lastTitled !== a && COUNTERPART.test(text.slice(Math.max(0, m.start - 48), m.start))) {
      a.title = ownOffice(lastTitled.title!);
      a.sector ??= lastTitled.sector;
    }
    // "met Minister A and his Lao counterpart B": "his" is no office holder named, whoever it stands for.
    if (a.title && a.sector && m.form !== 'pronoun') lastTitled = a;
  }
}

/** "Minister of Foreign Affairs of Kazakhstan" -> "Minister of Foreign Affairs": the office without the other's country or region. */
function ownOffice(title: string): string {
  const m = /^(.+)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?([\p{Lu}][\p{L}' -]*)$/u.exec(title);
  if (!m) return title;
  return countryByName(m[2]!) || placeByName(m[2]!) ? m[1]! : title;
}

/** "’s meeting today with ", "'s telephone conversation with Prime Minister ": a possessor's meeting, up to the one met. */
const POSSESSOR_MEETING_WITH = /^['’]s[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}?(?:meeting|meetings|call|talks|conversation|discussion|visit|trip|bilateral)\b[^.;:!?“”"]{0,60}?(?<![\p{L}])with[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,10}$/u;

/**
 * The actor of the person a title's possessor meets: in "The Secretary’s meeting with Foreign Minister
 * X", X (by actor id), who is then not the Secretary; else null.
 */
function partnerOfPossessor(text: string, mentions: readonly Mention[], i: number): string | null {
  const m = mentions[i]!;
  if (!/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return null;
  for (let k = i + 1; k < mentions.length; k++) {
    const n = mentions[k]!;
    if (n.start - m.end > 200) return null;
    if (n.type !== 'person' || n.form !== 'name') continue;
    return n.actor && POSSESSOR_MEETING_WITH.test(text.slice(m.end, n.start)) ? n.actor : null;
  }
  return null;
}

/** Between an office and the person it is held under: " of ", " of the ", " of Minister ". */
const OF_PRINCIPAL = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;

/** The person named right after "of" following the title mention at i ("the deputy of Minister Y"), or null. */
function principalOfOffice(text: string, mentions: readonly Mention[], i: number): string | null {
  const m = mentions[i]!;
  const n = mentions[i + 1];
  if (!n || n.type !== 'person' || n.form !== 'name' || !n.actor || n.start - m.end > 60) return null;
  return OF_PRINCIPAL.test(text.slice(m.end, n.start)) ? n.actor : null;
}

/**
 * "The Secretary’s meeting with Secretary of Foreign Affairs X ... “...,” the Secretary said. Secretary
 * Rubio ...": a title resolved to a holder named only after it is the same person when it is used again,
 * in the same words and the same paragraph, before that holder's name first appears; any other holder
 * the repeated title was given by recency gives way.
 */
function repeatCataphoricTitles(text: string, mentions: readonly Mention[], cataphoric: readonly Mention[], actors: readonly Building[]): void {
  if (cataphoric.length === 0) return;
  const byId = indexById(actors);
  const firstName = new Map<string, number>();
  for (const m of mentions) if (m.actor && m.type === 'person' && m.form === 'name' && !firstName.has(m.actor)) firstName.set(m.actor, m.start);
  // Paragraph breaks, found once: asking the text between each title and the next would reread it.
  const breaks: number[] = [];
  for (const b of text.matchAll(/\n\s*\n/g)) breaks.push(b.index);
  let nextBreak = 0;
  // In text order, so the next break after each title is found by moving on.
  for (const head of cataphoric) {
    while (nextBreak < breaks.length && breaks[nextBreak]! < head.end) nextBreak++;
    const holder = head.actor ? byId.get(head.actor) : undefined;
    const named = holder ? firstName.get(holder.id) : undefined;
    if (!holder || named === undefined || named < head.end) continue;
    const key = lookupKey(head.text);
    // The repeated title is in the head's paragraph, before the holder's name.
    const until = Math.min(named, breaks[nextBreak] ?? Infinity);
    for (let k = lowerBound(mentions, head.end); k < mentions.length && mentions[k]!.start < until; k++) {
      const m = mentions[k]!;
      if (m.type !== 'person' || m.form !== 'title' || m.actor === holder.id || lookupKey(m.text) !== key) continue;
      const old = m.actor ? byId.get(m.actor) : undefined;
      if (old) old.mentions = old.mentions.filter((id) => id !== m.id);
      m.actor = holder.id;
      holder.mentions.push(m.id);
    }
  }
}

/**
 * A dateline opening a release: a place in capitals, a comma, a day and month (and year), then a dash,
 * a full stop or the end of the line ("Minsk, 15 September 2025", "Astana, 12 March –").
 */
const DATELINE_OPENING = /^\s*\p{Lu}[\p{L}'’ -]{1,30},[ \t\u00a0]*(?:\d{1,2}[ \t\u00a0]+\p{L}+|\p{L}+[ \t\u00a0]+\d{1,2})(?:,?[ \t\u00a0]+\d{4})?[ \t\u00a0]*(?:[–—]|-{1,2}|\.|\n)\s*/u;

/** How far into the body a heading line may reach. */
const HEADING_REACH = 200;

/** The office of the leader of a parliament's largest opposition party, written as an office: "Leader of the Opposition". */
const FORMAL_OPPOSITION_LEADER = /^Leader of (?:the )?Opposition$/;
/** The same office right before a name, perhaps set off by a comma: "the Leader of the Opposition, ". */
const FORMAL_OPPOSITION_LEADER_BEFORE = /(?<![\p{L}])Leader of (?:the )?Opposition[ \t\u00a0]*,?[ \t\u00a0]*$/u;

/** Whether a person holds "Leader of the Opposition" as an office written with capitals, as title or right before the name. */
function formalOppositionLeader(text: string, a: Actor, mentionById: ReadonlyMap<string, Mention>): boolean {
  if (a.type !== 'person') return false;
  if (a.title) return FORMAL_OPPOSITION_LEADER.test(a.title);
  for (const id of a.mentions) {
    const m = mentionById.get(id);
    if (m && m.form === 'name' && FORMAL_OPPOSITION_LEADER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
  }
  return false;
}

/** "received the ", "welcomed ", "met with the ": a verb of receiving right before an office, its object. */
const RECEIVED_OFFICE = /(?<![\p{L}])(?:received|welcomed|hosted|met(?:[ \t\u00a0]+with)?)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** Between a subject and the person it receives: " cordially welcomed ", " received ", " warmly greeted ". */
const HOST_VERB_BEFORE_GUEST = /^[ \t\u00a0]+(?:\p{Ll}+ly[ \t\u00a0]+)?(?:welcomed|received|greeted|hosted|met(?:[ \t\u00a0]+with)?)[ \t\u00a0]+$/u;

/** A name, then "on his appointment as " (or election, ...), right before an office. */
const APPOINTED_AS_BEFORE = /[ \t\u00a0]+on[ \t\u00a0]+(?:his|her|their)[ \t\u00a0]+(?:appointment|election|re-election|reelection|inauguration|nomination)[ \t\u00a0]+as[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/**
 * A name, then a predicate that gives its subject the office after "as": " took up his post as ",
 * " was appointed as the new ", " serves as ", ", in her capacity as " (", who serves as " the
 * mentions stage reads as an apposition). The subject holds the office;
 * an office after a verb with an object of its own ("met the Ambassador") is that object's.
 */
const OFFICE_PREDICATE_BEFORE = /(?:[ \t\u00a0]*,)?[ \t\u00a0]+(?:(?:took|takes|has[ \t\u00a0]+taken|had[ \t\u00a0]+taken)[ \t\u00a0]+up[ \t\u00a0]+(?:his|her|their)[ \t\u00a0]+(?:post|duties|position|office|functions)|(?:was|is|has[ \t\u00a0]+been|had[ \t\u00a0]+been)[ \t\u00a0]+(?:appointed|named|designated|accredited|sworn[ \t\u00a0]+in)|(?:serves|served|is[ \t\u00a0]+serving|has[ \t\u00a0]+served)|in[ \t\u00a0]+(?:his|her|their)[ \t\u00a0]+capacity)[ \t\u00a0]+as[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:new(?:ly[ \t\u00a0]+appointed)?[ \t\u00a0]+)?$/u;
/** How far back "on his appointment as the " or ", in his capacity as the newly appointed " may reach. */
const APPOINTED_AS_REACH = 60;

/** The actor of the name right before "on his appointment as " or "took up his post as " that opens the office mention m, if any. */
function appointeeBefore(text: string, m: Mention, mentions: readonly Mention[]): string | undefined {
  const before = text.slice(Math.max(0, m.start - APPOINTED_AS_REACH), m.start);
  const lead = APPOINTED_AS_BEFORE.exec(before) ?? OFFICE_PREDICATE_BEFORE.exec(before);
  if (!lead) return undefined;
  const at = m.start - lead[0].length;
  const name = mentions.find((x) => x.end === at && x.type === 'person' && x.form === 'name');
  return name?.actor ?? undefined;
}

/** "on his appointment as ", "on her election as the ": the office a person is congratulated on taking up follows. */
const APPOINTED_AS = /^[ \t\u00a0]+on[ \t\u00a0]+(?:his|her|their)[ \t\u00a0]+(?:appointment|election|re-election|reelection|inauguration|nomination)[ \t\u00a0]+as[ \t\u00a0]+(?:the[ \t\u00a0]+)?((?:\p{Lu}[\p{L}'’-]*|of|for|the|and)(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}'’-]*|of|for|the|and))*)/u;

/**
 * "asked the Ambassador to convey congratulations to X on his appointment as Prime Minister of Singapore":
 * a person named with no office, congratulated on taking one up, holds it, and serves the state its
 * complement names. Never over a country the text gave already.
 */
function appointedAs(text: string, actors: Actor[], mentions: readonly Mention[], evidence: CountryEvidence): void {
  if (!/\bas\b/.test(text)) return;
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'name' || !m.actor) continue;
    const a = byId.get(m.actor);
    if (!a || a.type !== 'person' || a.country || a.title) continue;
    const office = APPOINTED_AS.exec(text.slice(m.end, m.end + 160));
    if (!office) continue;
    const words = office[1]!.replace(/(?:[ \t\u00a0]+(?:of|for|the|and))+$/u, '');
    const of = / of (?:the )?(.+)$/.exec(words);
    const country = of ? countryByName(of[1]!) : null;
    if (!country || !titleByWords(words.slice(0, of!.index))) continue;
    a.country = country.iso3;
    a.title = words;
    evidence.set(a.id, 'title');
  }
}
