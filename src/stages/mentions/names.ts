import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';
import { meetingLexicon } from '../../lexicon/meetings.js';
import { titleLexicon } from '../../lexicon/titles.js';
import { cached } from '../../lexicon/data.js';
import { wordLists } from '../../lexicon/words.js';
import { WordTest } from '../../lexicon/word-table.js';
import { Claim, type SentenceScan } from './context.js';
import { Mark } from './word-facts.js';
import { isAllCaps, wideSpace } from '../../lexicon/normalize.js';
import { isGivenName } from '../../lexicon/given-names.js';

/** Most words a person's name runs to ("Kassym-Jomart Kemelevich Tokayev" is 3 plus hyphen parts). */
const MAX_NAME_WORDS = 6;

const STYLE_WORDS = new Set(['excellency', 'majesty', 'highness', 'holiness', 'eminence', 'beatitude']);
/** Titles of rank that hold no office, written after an honorific: "Dr. Sheikh", "H.E. Sheikh". */
const STYLE_RANKS = new Set(['sheikh', 'shaikh', 'sheikha', 'shaikha', 'sayyid', 'prince', 'princess']);
/**
 * Styles of address that only ever stand before a name and never inside one: after a capitalised word
 * ("Dear Mr Haddad", "Esteemed Ms Okafor") they close what comes before and open a name of their own.
 */
const ADDRESS_STYLES = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Mister', 'Madam', 'Madame', 'Shri', 'Smt', 'Smt.', 'Shrimati']);

/*
 * Whether a word is an initial ("D", "Kh", "D.") or in one of the words.tsv lists that nameRunAt and
 * dropCommonStart ask of nearly every capitalised word (letters after a name, particles, words that are
 * no name) are bits of the word's facts (word-facts.ts, Mark): one read per token, made anyway, instead
 * of a probe of a large set of strings, whose keys must be compared letter by letter.
 */

export interface NameRun {
  readonly start: number;
  readonly end: number;
  /** Word tokens in the run, not counting particles and hyphens. */
  readonly words: number;
  /** An honorific (Mr, Mrs, Sir) came right before. */
  readonly honorific: boolean;
}

/**
 * Every name run is made here, with its fields in one order, not spread from another: runs are
 * read at every capitalised word, and reads that meet objects of several shapes are slower.
 */
export function nameRun(start: number, end: number, words: number, honorific: boolean): NameRun {
  return { start, end, words, honorific };
}

/** The listed form of an honorific written with or without its full stop ("Mr", "Mr."), or null. */
function honorificKey(honorifics: ReadonlySet<string>, lower: string): string | null {
  if (lower.charCodeAt(lower.length - 1) === 46 && honorifics.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return honorifics.has(lower) ? lower : null;
}

/**
 * Whether token k opens a style of address of two words listed whole in words.tsv ("Tan Sri", "Puan
 * Sri"), before a capitalised word.
 */
export function opensTwoWordStyle(s: SentenceScan, k: number): boolean {
  const { styleOpeners, honorifics } = wordLists();
  return styleOpeners.has(s.lower(k)) && s.isCap(k + 2) && honorifics.has(`${s.lower(k)} ${s.lower(k + 1)}`);
}

/** Whether token k is an honorific ("Mr", "Dr.", "H.E."), as nameRunAt reads a style of address. */
function isHonorificAt(s: SentenceScan, k: number, honorifics: ReadonlySet<string>, capitalHonorifics: ReadonlySet<string>): boolean {
  const key = honorificKey(honorifics, s.lower(k));
  // "Tan Sri Abang Johari Openg": a style of two words whose first word alone is a name ("Tan" is a
  // common surname), so it is a style only whole.
  if (key === null && opensTwoWordStyle(s, k)) return true;
  // "Eng. Ahmed Al-Hamadi": a style listed only with its full stop ("Eng.") is one where the stop is written.
  if (key === null) return s.tok(k + 1)?.text === '.' && s.glued(k + 1) && honorifics.has(`${s.lower(k)}.`);
  // "HE" is His Excellency; "He" after an office is a name ("Vice Premier He Lifeng").
  const upper = key.toUpperCase();
  return !capitalHonorifics.has(upper) || s.tok(k)!.text === upper;
}

/**
 * Whether an initial that came right after a whole word ("Drozdov P.") closes the name at token k: a
 * name has its initials on one side of its surname, so when the capitalised word at k is itself
 * followed by an initial and its full stop ("Drozdov P. Ivanova E.V. reported"), the first initial ends
 * one name (and the sentence or list item) and the word at k opens the next.
 */
/** A word of initials and their full stops: "M.A.", "E.V". */
const INITIALS_WORD = /^\p{Lu}(?:\.\p{Lu})*\.?$/u;

/**
 * Whether tokens [from, to) written together are a word of initials (INITIALS_WORD). Most name
 * words are asked: one whose first token goes on past its capital with no full stop is a
 * whole word, told without joining the tokens or running the expression.
 */
function writtenAsInitials(s: SentenceScan, from: number, to: number): boolean {
  const first = s.tok(from)!.text;
  const c0 = first.charCodeAt(0);
  // A capital outside the basic plane is two code units: the expression reads it whole.
  const astral = c0 >= 0xd800 && c0 <= 0xdbff;
  if (first.length > 1 && first.charCodeAt(1) !== 46 /* . */ && !astral) return false;
  if (to === from + 1) return INITIALS_WORD.test(first);
  let written = first;
  for (let q = from + 1; q < to; q++) written += s.tok(q)!.text;
  return INITIALS_WORD.test(written);
}

function closesAfterSurname(s: SentenceScan, k: number, afterWord: boolean): boolean {
  if (!afterWord || s.glued(k) || !s.isCap(k) || s.tok(k)!.text.length < 2 || /^\p{Lu}\.?$/u.test(s.tok(k)!.text)) return false;
  const j = s.wordEnd(k);
  if (s.glued(j)) return false;
  const t = s.tok(j)?.text ?? '';
  return /^\p{Lu}\.(?:\p{Lu}\.)*$/u.test(t) || (/^\p{Lu}$/u.test(t) && s.tok(j + 1)?.text === '.' && s.glued(j + 1));
}

/**
 * The longest run of name words starting at token i: capitalised words, initials,
 * particles between capitals ("bin", "al", "de", "van"), and hyphens glued inside a word
 * ("al-Bashir", "Kassym-Jomart"). Stops at titles, lexicon names other than people, punctuation.
 */
/** A lone apostrophe token, straight or curly. */
const APOSTROPHES = new Set(["'", '’']);

/** A word of letters joined by an ampersand ("C&T", "AT&T"). */
const AMPERSAND_WORD = /\p{L}&\p{L}/u;

/**
 * "Minister of Finance Sri Mulyani Indrawati": a style that is also a given name, alone before exactly two
 * name words, opens the name. Before a given name of its own ("Sri Narendra Modi"), or after another style,
 * it is the style.
 */
function givenNameBeforeNamePair(s: SentenceScan, k: number): boolean {
  if (s.glued(k + 1) || !isGivenName(s.tok(k)!.text)) return false;
  if (!s.isCap(k + 1) || !s.isCap(k + 2) || s.isCap(k + 3) || s.claimOf(k + 1) !== Claim.Free || s.claimOf(k + 2) !== Claim.Free) return false;
  return !isGivenName(s.tok(k + 1)!.text) && !isHonorificAt(s, k + 1, wordLists().honorifics, wordLists().capitalHonorifics);
}

export function nameRunAt(s: SentenceScan, i: number, afterOffice = false): NameRun | null {
  const { honorifics, generational, capitalHonorifics, patronymicSuffixes } = wordLists();
  let k = i;
  let honorific = false;
  // "His Excellency Mr. Ebrahim Raisi": a style of address, then perhaps an honorific.
  if ((s.lower(k) === 'his' || s.lower(k) === 'her') && STYLE_WORDS.has(s.lower(k + 1))) {
    honorific = true;
    k += 2;
  }
  // "H.E. Mr. Ilham Aliyev", "the Rt Hon Nigel Huddleston": styles of address may pile up.
  while (k < s.last && isHonorificAt(s, k, honorifics, capitalHonorifics) && !(k === i && givenNameBeforeNamePair(s, k))) {
    honorific = true;
    k++;
    // "Dr.", "Dato'": the style's own full stop or apostrophe.
    const mark = s.tok(k)?.text;
    if ((mark === '.' || mark === "'" || mark === '’') && s.glued(k)) k++;
  }
  // "Undersecretary for Political Affairs Dr. Sheikh Abdullah bin Ahmed": a style of rank between an
  // office and the name is no part of either.
  if (s.claimOf(k) === Claim.Free && STYLE_RANKS.has(s.lower(k)) && s.isCap(k + 1) && s.claimOf(k + 1) === Claim.Free) k++;
  // "[Workneh Gebeyehu]": an editor's bracket around the name.
  if (s.tok(k)?.text === '[' && s.isCap(k + 1)) k++;
  // "Deputy Ministers A and B": an office in the plural after an office's word goes on with the office
  // (read by pluralTitledPeople), it opens no name.
  if (afterOffice && k === i && pluralOfficeAt(s, k)) return null;
  const start = k;
  let words = 0;
  let lastWordEnd = k;
  /** Whether the last thing taken was a whole word, not an initial. */
  let lastWasWord = false;
  while (k < s.last && words < MAX_NAME_WORDS) {
    if (s.claimOf(k) !== Claim.Free || (s.titleHit(k) && !surnameAfterGiven(s, start, k, words, afterOffice && start === i) && !sheikhInsideName(s, k, words)
      && !(((afterOffice && start === i) || honorific) && words === 0 && givenNameNotOffice(s, k)))) break;
    const h = s.nameHit(k);
    // A listed person's full name is complete: a city after it is no surname.
    const listedBefore = words > 0 && s.nameHit(k - 1)?.hit.entry.kind === 'person';
    if (h && h.hit.entry.kind !== 'person' && !isFirstNameHit(s, k) && (listedBefore || !isLastNameHit(s, k, words)) && !isMiddleDemonymHit(s, k, words) && !(words >= 1 && !listedBefore && isMiddleCityHit(s, k))
      && !(afterOffice && start === i && !listedBefore && surnameAfterOfficeName(s, k, words))
      && !(afterOffice && start === i && words === 0 && (royalGivenName(s, k) || demonymOpeningName(s, k)))
      && !(words === 1 && start === k - 1 && countrySurnameAfterTitledGiven(s, k, afterOffice && start === i))) break;
    if (h && h.start === k && h.hit.entry.kind === 'person') {
      // A listed person's full name is taken whole ("Ursula von der Leyen").
      words += h.end - h.start;
      k = h.end;
      lastWordEnd = k;
      continue;
    }
    const t = s.tok(k)!;
    // "Samsung C&T", "AT&T": letters joined by an ampersand write a company's name, never a person's.
    if (AMPERSAND_WORD.test(t.text)) break;
    // "Nigel Huddleston MP", "Richard Lochhead MSP": letters after a name are no part of it.
    if (words > 0 && s.marked(k, Mark.PostNominal)) break;
    // "Esteemed Mr Haddad": a style of address ends the run before it.
    if (words > 0 && ADDRESS_STYLES.has(t.text)) break;
    // "Speaker of the Dewan Rakyat Tan Sri Johari Abdul", "... Dewan Negara Dato' Awang Bemee": a style of
    // two words, or one written with its own apostrophe, opens the next name; it stands inside none.
    if (words > 0 && (opensTwoWordStyle(s, k) || (APOSTROPHES.has(s.tok(k + 1)?.text ?? '') && s.glued(k + 1) && s.isCap(k + 2) && honorificKey(honorifics, t.lower) !== null))) break;
    // "Kh.Battulga", "Th. Biswajit Singh": an initial of one or two letters with its full stop.
    if (s.marked(k, Mark.Initial) && s.tok(k + 1)?.text === '.' && s.glued(k + 1) && s.isCap(k + 2) && s.claimOf(k + 2) === Claim.Free && (s.glued(k + 2) || initialMayStand(t.text, words))) {
      words++;
      k += 2;
      lastWordEnd = k;
      if (closesAfterSurname(s, k, lastWasWord)) break;
      lastWasWord = false;
      continue;
    }
    // "D.Tsogtbaatar", "Susan C. Schwab": an initial the tokenizer keeps with its full stop.
    if (s.marked(k, Mark.InitialWithStop) && s.isCap(k + 1) && s.claimOf(k + 1) === Claim.Free && (s.glued(k + 1) || initialMayStand(t.text.slice(0, -1), words))) {
      words++;
      k++;
      lastWordEnd = k;
      if (closesAfterSurname(s, k, lastWasWord)) break;
      lastWasWord = false;
      continue;
    }
    // "Abdulaziz] Kamilov": an editor's bracket closing inside a name.
    if (t.text === ']' && s.glued(k) && words > 0 && s.isCap(k + 1) && !s.titleHit(k + 1)) {
      k++;
      continue;
    }
    if (s.isCap(k)) {
      const end = s.wordEnd(k);
      let free = true;
      for (let q = k + 1; q < end; q++) if (s.claimOf(q) !== Claim.Free || s.nameHit(q) || s.titleHit(q)) free = false;
      const wordStart = k;
      words++;
      k = free ? end : k + 1;
      lastWordEnd = k;
      // "Kuroiwa M.A.": initials the tokenizer keeps as one word are initials all the same.
      const initials = writtenAsInitials(s, wordStart, k);
      if (initials && closesAfterSurname(s, k, lastWasWord)) break;
      lastWasWord = !initials;
      continue;
    }
    const next = k + 1;
    // "Anyang' Nyong'o": an apostrophe glued to the end of a name's word, with the next word of the
    // name capitalised after it, is part of the name. Alone, an apostrophe marks a possessive only
    // after an "s" ("the Ministers' meeting", "the Workers' Party"), and "Ghana' s" goes on in lower case.
    if (APOSTROPHES.has(t.text) && words > 0 && s.glued(k) && !s.glued(next) && !/s$/i.test(s.tok(k - 1)!.text)
      && s.isCap(next) && s.claimOf(next) === Claim.Free && !s.titleHit(next)) {
      k++;
      continue;
    }
    // "President von der Leyen", "Secretary of State de la Cruz": after an office, a surname may open on its particles.
    // "Mr van der Berg", "Ms al-Duwaisan": after a style of address too.
    if (s.marked(k, Mark.Particle) && (words > 0 || (k === start && (honorific || (afterOffice && start === i))))) {
      // "von der Leyen", "bin Laden", "al-Bashir": particles must lead to a capitalised word.
      let p = next;
      while (p < s.last && s.marked(p, Mark.Particle)) p++;
      if (p < s.last && (s.isCap(p) || (s.tok(p)!.text === '-' && s.glued(p)))) {
        k = p;
        continue;
      }
    }
    // "Nurlanbek Turgunbek uulu": the lower-case word that ends a patronymic after a father's name.
    if (words >= 2 && patronymicSuffixes.has(t.text) && s.claimOf(k) === Claim.Free) {
      k++;
      lastWordEnd = k;
      continue;
    }
    if (isHyphen(t.text) && s.glued(k) && s.glued(next) && s.isCap(next) && k > start) {
      k++;
      continue;
    }
    break;
  }
  // Never end on a particle or hyphen.
  k = lastWordEnd;
  // "Joseph R. Biden, Jr.": a generational suffix stays the name's when a comma sets it off; one
  // before a capitalised word abbreviates an office ("Maria Lopez, Sr. Director for Trade").
  if (words >= 2 && s.tok(k)?.text === ',' && generational.has(s.tok(k + 1)?.text ?? '') && s.claimOf(k + 1) === Claim.Free && !s.isCap(k + 2)) k += 2;
  if (k === start || words === 0) return null;
  return nameRun(start, k, words, honorific);
}

/**
 * Whether a run's first word is only capitalised because it opens the sentence or is a
 * common word that cannot be a name ("However", "In", "Source", "Let", months, weekdays).
 */
export function dropCommonStart(s: SentenceScan, run: NameRun, titled = false): NameRun | null {
  let start = run.start;
  let words = run.words;
  while (start < run.end) {
    const t = s.tok(start)!;
    if (balineseOpener(s, start, run)) break;
    // "Rob Portman met ...": a given name opening the sentence is no verb, whatever the tagger says.
    // "Cai Qi and Wang Yi were present": so is a family name written first, before its given name.
    const given = start + 1 < run.end && s.isCap(start + 1) && (s.isGiven(start) || familyNameOpening(s, start, run));
    const commonWord = s.marked(start, Mark.ListedNonName);
    const opening = s.atClauseStart(start) && !given;
    // Whether the word is a surname matters only to a common word or one opening a clause (most are neither).
    const surname = (commonWord || opening) && surnameWordIn(s, start, run, titled);
    const common = (commonWord && !surname && !(start === run.start && givenNameOpening(s, run)))
      || (opening && !surname && (t.pos !== 'PROPN' || s.lowerWords.has(t.lower)))
      // "2:15 P.M. EDT": the marker of a time of day after its number ("Ambassador P.M. Nair" has none).
      || (start === run.start && TIME_MARKER.test(t.text) && /^\d/.test(s.tok(start - 1)?.text ?? ''));
    if (!common) break;
    start++;
    words--;
  }
  if (start >= run.end || words <= 0) return null;
  return nameRun(start, run.end, words, run.honorific);
}

/**
 * "Governor I Wayan Koster", "Ni Luh Putu Ariani": "I" and "Ni" before a Balinese name of birth order,
 * with a name word after it, open a Balinese name; they are no pronoun or stray capital there.
 */
function balineseOpener(s: SentenceScan, k: number, run: NameRun): boolean {
  const t = s.tok(k)!.text;
  return k === run.start && k + 2 < run.end && (t === 'I' || t === 'Ni') && wordLists().birthOrder.has(s.tokenKey(k + 1));
}

/**
 * "received Christian Bruch": a listed given name that is also a common word ("Christian") opens a
 * name when the rest of the run is name words: no never-a-name word, body or portfolio word, and no
 * plural ("Christian Democrats").
 */
function givenNameOpening(s: SentenceScan, run: NameRun): boolean {
  return run.words >= 2 && s.isGiven(run.start) && nameWordsFrom(s, givenNamesEnd(s, run), run);
}

/** Whether the run's words from k on are name words: no never-a-name word, body or portfolio word, and no plural. */
function nameWordsFrom(s: SentenceScan, k: number, run: NameRun): boolean {
  const { nonName, orgHeads, portfolio } = wordLists();
  for (let j = k; j < run.end; j++) {
    const l = s.lower(j);
    if (nonName.has(l) || orgHeads.has(l) || portfolio.has(l) || commonNounShaped(s.tok(j)!.text)) return false;
  }
  return !/s$/.test(s.lower(run.end - 1));
}

/**
 * "Cai Qi", "Zhao Leji": a listed family name written first opens a name of two or three words when
 * the text never writes it in lower case ("he", "yu") and the rest are name words.
 */
function familyNameOpening(s: SentenceScan, k: number, run: NameRun): boolean {
  const l = s.lower(k);
  return k === run.start && run.words <= 3 && wordLists().familyFirst.has(l) && !s.lowerWords.has(l) && nameWordsFrom(s, k + 1, run);
}

/**
 * Where the given names opening a run end: "Jan Christian Vestre", "Anna Maria Lopez" have two, the
 * second a listed given name right after the first with a surname still to come.
 */
function givenNamesEnd(s: SentenceScan, run: NameRun): number {
  let k = run.start + 1;
  while (k + 1 < run.end && s.isGiven(k) && s.isCap(k + 1)) k++;
  return k;
}

/** "A.M.", "P.M.": the half of the day a time is in. */
const TIME_MARKER = /^[AaPp]\.?[Mm]\.?$/;

/** Endings of abstract common nouns, which names almost never have ("Agreements", "Partnership"). */
const COMMON_NOUN_ENDING = /(?:ments?|tions?|sions?|ships?|ness|ities|isms?|ologies|ology|ances|ences)$/;

/**
 * "McGuinness", "MacKinness", "O’Ness": a capital inside a word, after a patronymic prefix or an
 * apostrophe, is the shape of a surname; no common noun is written so, so its ending says nothing.
 */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}*['’]?\p{Lu}\p{Ll}/u;

/** Whether a word has the ending of an abstract common noun and is not shaped as a surname. */
function commonNounShaped(text: string): boolean {
  return COMMON_NOUN_ENDING.test(text.toLowerCase()) && !INNER_CAPITAL.test(text);
}

/** The ending of an English plural noun: "affairs", "resources", "emergencies" (not "-ss", "-us", "-is"). */
const PLURAL_ENDING = /[^sui]s$/;

/** A hyphen, plain or Unicode's, as a token of its own. */
function isHyphen(text: string | undefined): boolean {
  return text === '-' || text === '‐';
}

/** Per word: never part of a person's name, as a listed word or by its common-noun ending (the last test of hasNonNameWord). */
const NON_NAME_WORDS = new WordTest((text: string) => {
  const { nonName, orgHeads, portfolio } = wordLists();
  const l = text.toLowerCase();
  return nonName.has(l) || orgHeads.has(l) || portfolio.has(l) || commonNounShaped(text);
});

/**
 * "Attorney General Jeff Sessions", "Ambassador Ruth Harkness": right after an office, a run of listed
 * given names closed by one more word holds the holder's surname there, even when only the word's
 * ending is a common noun's; a listed never-a-name word, body head or portfolio still is none. With no
 * office, a verb of speech or of meeting right after the run ("Jeff Sessions met ...") makes it a
 * person, the subject of that verb, all the same.
 */
function endingOnlySurname(s: SentenceScan, k: number, run: NameRun, titled: boolean): boolean {
  if (k !== run.end - 1 || k === run.start || !s.isGiven(run.start) || givenNamesEnd(s, run) !== k) return false;
  if (!titled && !reportVerbAt(s, run.end)) return false;
  const { nonName, orgHeads, portfolio } = wordLists();
  const l = s.lower(k);
  return !nonName.has(l) && !orgHeads.has(l) && !portfolio.has(l);
}

/** A run that holds a word which is never part of a person's name ("Union", "Republic", "Government"). */
export function hasNonNameWord(s: SentenceScan, run: NameRun, titled = false): boolean {
  const { orgHeads, portfolio } = wordLists();
  for (let k = run.start; k < run.end; k++) {
    // Every test below only lets a word pass: a word that is no such word passes anyway, and most
    // words of a run are none, so it is asked first (one read of the word table).
    if (!NON_NAME_WORDS.has(s.wordId(k), s.tok(k)!.text)) continue;
    const l = s.lower(k);
    if (surnameWordIn(s, k, run, titled)) continue;
    if (endingOnlySurname(s, k, run, titled)) continue;
    if (balineseOpener(s, k, run)) continue;
    if (k < givenNamesEnd(s, run) && givenNameOpening(s, run)) continue;
    // "H.E. Duma Gideon Boko": a word that heads bodies' names elsewhere ("the State Duma"), opening a
    // run of two or more words right after a style of address, is a given name.
    if (k === run.start && run.words >= 2 && orgHeads.has(l) && honorificBefore(s, k)) continue;
    // "Jan Christian Vestre": a listed given name between two words of a name is a middle name, whatever
    // common word it spells.
    if (k > run.start && k + 1 < run.end && s.isGiven(k) && !orgHeads.has(l) && !portfolio.has(l)) continue;
    // "Kang In-sun", "Go Young-in": the parts of a hyphenated given name after the surname are the name's.
    if (k > run.start && hyphenatedGivenAt(s, k) && !portfolio.has(l) && !orgHeads.has(l)) continue;
    if (k > run.start && s.glued(k) && isHyphen(s.tok(k - 1)?.text) && /^\p{Ll}/u.test(s.tok(k)!.text)) continue;
    return true;
  }
  return false;
}

const FUNCTION_WORDS = new Set(['and', 'in', 'of', 'the', 'to', 'for', 'on', 'with', 'at', 'as', 'by', 'from', 'over', 'after']);

/**
 * Sentences written in headline case give capitals no meaning; names are then left to the
 * lexicons. Headline case shows in capitalised function words mid-sentence ("Belarus And
 * Russia Sign Deal In Minsk") or in nearly every word being capitalised.
 */
export function isHeadlineCase(s: SentenceScan): boolean {
  let words = 0;
  let caps = 0;
  let cappedFunctionWords = 0;
  let lowerVerb = false;
  for (let k = s.first; k < s.last; k++) {
    if (!s.isWord(k)) continue;
    words++;
    if (s.isCap(k)) {
      caps++;
      if (k > s.first && !s.atClauseStart(k) && FUNCTION_WORDS.has(s.lower(k))) cappedFunctionWords++;
    } else if (s.tok(k)!.pos === 'VERB') lowerVerb = true;
  }
  // "The UN Special Envoy, Anna Berg, met Foreign Minister Than Swe.": headline case capitalises its
  // verbs, so a verb in lower case shows a sentence that is all names and offices besides.
  return cappedFunctionWords >= 2 || (words >= 6 && caps / words > 0.9 && !lowerVerb);
}

/**
 * A one-word city or region that is really a first name: "Vladimir Mazur", "Lida Petrova".
 * It is followed by a capitalised word that no lexicon, title or head noun explains.
 */
export function isFirstNameHit(s: SentenceScan, k: number): boolean {
  const h = s.nameHit(k);
  // "Jordan Whitfield", "Georgia Lindqvist": a country's one-word name that is also a given name opens
  // a person's name on the same terms as a city's.
  if (!h || h.start !== k || h.end !== k + 1 || (h.hit.entry.kind !== 'place' && h.hit.entry.kind !== 'country')) return false;
  // "Darkhan Satybaldy": a place whose name is a listed given name is one too.
  if (!wordLists().givenPlaces.has(s.tokenKey(k)) && !s.isGiven(k)) return false;
  let next = k + 1;
  // "Vladimir van der Berg": a surname may open on its particles.
  const { particles } = wordLists();
  while (next < s.last && next < k + 4 && particles.has(s.tok(next)!.text)) next++;
  if (next > k + 1 && s.tok(next)?.text === '-' && s.glued(next)) next++;
  // "Ambassador of Brazil Florence Lima, who ...": right after an office, a given name that is a place
  // and a one-word city closing the run are the holder's name; a place never follows a place without a
  // preposition or a comma between ("in Florence, Lima ...").
  if (next === k + 1 && !PLACE_GOVERNING.test(s.lower(k - 1)) && citySurnameClosing(s, next) && officeReachesBack(s, k)) return true;
  if (!s.isCap(next) || s.nameHit(next) || s.titleHit(next) || (s.glued(next) && next === k + 1)) return false;
  const { nonName, orgHeads, regionSuffixes } = wordLists();
  const l = s.lower(next);
  if (nonName.has(l) || orgHeads.has(l) || regionSuffixes.has(l) || s.tok(next)!.pos !== 'PROPN') return false;
  // A country's name before a capitalised word is mostly a modifier ("Georgia Power", "the Georgia Dream
  // party"): it opens a person's name only right after an office or a style, or as the subject of a verb
  // of speech or meeting ("Jordan Whitfield said").
  // Right after "of", "to" or "in" the country is an office's complement or a place ("Minister of Economy of
  // Georgia Mirzohid Ismoilzoda").
  if (h.hit.entry.kind === 'country') return !PLACE_GOVERNING.test(s.lower(k - 1)) && (officeReachesBack(s, k) || honorificBefore(s, k) || reportVerbAt(s, next + 1));
  return true;
}

/**
 * "GE Africa CEO Paul Ireland said", "Minister Peter Jordan opened": a one-word country or region right
 * after a listed given name that an office stands before, closing the run (a lower-case word, a
 * punctuation mark or the sentence's end after it), is the holder's surname. A country never follows
 * a person's given name without a preposition or a comma between ("Minister Paul in Ireland").
 * `afterOffice`: the run opens right after an office and its complement ("Secretary-General of the
 * Commonwealth Patricia Scotland").
 */
function countrySurnameAfterTitledGiven(s: SentenceScan, k: number, afterOffice: boolean): boolean {
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || s.glued(k)) return false;
  const entry = h.hit.entry;
  if (entry.kind !== 'country' && !(entry.kind === 'place' && entry.place.kind === 'region')) return false;
  if (!s.isGiven(k - 1) || !/^\p{Lu}\p{Ll}+$/u.test(s.tok(k - 1)!.text) || !/^\p{Lu}\p{Ll}+$/u.test(s.tok(k)!.text)) return false;
  // The office ends right before the given name: "CEO Paul", "Minister of Energy Peter".
  if (!afterOffice && !s.titleHit(k - 2)) return false;
  const next = s.tok(k + 1);
  return next === undefined || k + 1 >= s.last || /^\p{Ll}/u.test(next.text) || /^[.,;:]$/.test(next.text) || s.isPossessive(k + 1);
}

/** Prepositions after which a place's name is the place: an office's complement ("of Georgia"), a destination, a location. */
const PLACE_GOVERNING = /^(?:of|to|in|at|from|near|for|into|across|via)$/;

/** Whether token j is a verb of speech ("said") or one by which one person meets another ("met"). */
function reportVerbAt(s: SentenceScan, j: number): boolean {
  if (j >= s.last || !/^\p{Ll}/u.test(s.tok(j)!.text)) return false;
  const verb = s.lower(j);
  if (speechVerbLexicon().lemmas.has(verb)) return true;
  return (meetingLexicon().byFirstWord.get(verb) ?? []).some((cue) => cue.form === verb && cue.cueClass === 'meet');
}

/** A one-word city at token k that ends a run: a lower-case word, the sentence's end, or a comma and a lower-case word after it. */
function citySurnameClosing(s: SentenceScan, k: number): boolean {
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || h.hit.entry.kind !== 'place' || h.hit.entry.place.kind !== 'city' || s.claimOf(k) !== Claim.Free) return false;
  const next = s.tok(k + 1);
  return next === undefined || k + 1 >= s.last || /^\p{Ll}/u.test(next.text) || (next.text === '.' && k + 2 >= s.last) || closedApposition(s, k);
}

/** Most tokens of an office and its complement read back over before a holder's name. */
const OFFICE_REACH = 8;

/**
 * "Ambassador of Brazil Florence", "President of SOCAR Rovshan": an office, perhaps with a complement
 * of capitalised words and "of", "to", "for", "the", "and", ends right before token k.
 */
function officeReachesBack(s: SentenceScan, k: number): boolean {
  for (let j = k - 1; j >= s.first && k - 1 - j < OFFICE_REACH; j--) {
    const office = s.titleHit(j);
    if (office) return true;
    if (!s.isCap(j) && !/^(?:of|to|for|the|and)$/.test(s.lower(j))) return false;
  }
  return false;
}

/**
 * A one-word city that ends a name of two or more words, or follows a given name: "National Assembly
 * Chairman Vuong Dinh Hue met ...", "Minister Maria Lima and ...". A place never follows a name without a preposition or a comma between, so a city
 * right after name words, with a lower-case word or the sentence's end after it, is the surname.
 * "Secretary Blinken Tokyo, Japan" (a dateline) has its comma.
 */
export function isLastNameHit(s: SentenceScan, k: number, wordsBefore: number): boolean {
  if ((wordsBefore >= 2 || (wordsBefore === 1 && (s.isGiven(k - 1) || loneGivenName(s, k - 1))) || (wordsBefore === 0 && honorificBefore(s, k))) && bodyEndsName(s, k)) return true;
  // "the British Ambassador to Chile, Claire Wales, said": in apposition to an office, two words closed by a
  // comma and a lower-case word are the holder's name, the second a surname whether it spells a city or a region.
  if (wordsBefore === 1 && appositionAfterOffice(s, k - 1) && closedApposition(s, k)) {
    const hit = s.nameHit(k);
    const kind = hit && hit.start === k && hit.end === k + 1 && hit.hit.entry.kind === 'place' ? hit.hit.entry.place.kind : null;
    if (kind === 'city' || kind === 'region') return true;
  }
  // "received Rovshan Najaf, President of SOCAR, ...": an office set off by a comma after a name-shaped word
  // and a one-word city is in apposition to a person, so the two words are that person's name.
  if (wordsBefore === 1 && officeApposedAfter(s, k) && freeNameWord(s, k - 1) && loneGivenName(s, k - 1)) {
    const h = s.nameHit(k);
    if (h && h.start === k && h.end === k + 1 && h.hit.entry.kind === 'place' && h.hit.entry.place.kind === 'city') return true;
  }
  // "President Ricardo Albuquerque received": after one word, only a listed given name makes the run a name.
  // "Ambassador Florence Lima": so does a place that is a given name and opens the name.
  // "Rovshan Najaf said", "Marcos Albuquerque thanked": so does a name-shaped word that opens the run
  // when the city is the subject of a verb of speech or meeting; "Mr Najaf met": so does a style of address.
  if (wordsBefore < 2 && !(wordsBefore === 1 && (s.isGiven(k - 1) || isFirstNameHit(s, k - 1) || subjectBeforeReportVerb(s, k)))
    && !(wordsBefore === 0 && honorificBefore(s, k))) return false;
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || h.hit.entry.kind !== 'place' || h.hit.entry.place.kind !== 'city') return false;
  const next = s.tok(k + 1);
  if (next === undefined || k + 1 >= s.last || /^\p{Ll}/u.test(next.text)) return true;
  // "The Minister of Economy, Pedro Braga, met ...": after a listed given name, a comma and a word in lower
  // case close an apposition; a place list or a dateline goes on with a capital ("Lima, Peru").
  if (wordsBefore !== 1) return false;
  // "..., said Pedro Braga.": the sentence's closing stop after a listed given name and the city.
  if (/^[.!?]$/.test(next.text) && k + 2 >= s.last) return true;
  if (next.text !== ',') return false;
  const after = s.tok(k + 2);
  return after !== undefined && k + 2 < s.last && /^\p{Ll}/u.test(after.text);
}

/**
 * A comma right after token k, then an office in capitals with its complement ("President of", "the
 * Chairman of"): an apposition naming a holder. With `statePossessive`, also after a place and "'s"
 * ("Indonesia's Minister of Defence").
 */
export function officeApposedAfter(s: SentenceScan, k: number, statePossessive = false): boolean {
  if (s.tok(k + 1)?.text !== ',' || k + 2 >= s.last) return false;
  let at = s.lower(k + 2) === 'the' ? k + 3 : k + 2;
  const state = statePossessive ? s.nameHit(k + 2) : undefined;
  if (state && state.start === k + 2 && (state.hit.entry.kind === 'country' || state.hit.entry.kind === 'place') && s.isPossessive(state.end)) at = state.end + 1;
  const office = s.titleHit(at);
  // The office's own complement ("of SOCAR") marks an apposition; ", the Governor said" is a reporting clause.
  return office !== undefined && office.start === at && s.isCap(at) && (s.lower(office.end) === 'of' || s.lower(office.end) === 'for' || / (?:of|for) /i.test(office.text));
}

/**
 * "Rovshan Najaf said", "Marcos Albuquerque met": a one-word city after a name-shaped word that opens
 * the run, right before a verb of speech or a verb by which one person meets another ("met", "spoke
 * with"). A place hosts and welcomes ("Downtown Albuquerque hosted the fair"), it does not say or meet.
 */
export function subjectBeforeReportVerb(s: SentenceScan, k: number): boolean {
  const w = k - 1;
  if (!freeNameWord(s, w) || !/^\p{Lu}\p{Ll}+$/u.test(s.tok(w)!.text) || !loneGivenName(s, w)) return false;
  return reportVerbAt(s, k + 1);
}

/** A capitalised proper noun claimed by no rule and in no list: a word a person's name may be made of. */
function freeNameWord(s: SentenceScan, w: number): boolean {
  if (w < s.first || !s.isCap(w) || s.glued(w + 1) || s.nameHit(w) || s.titleHit(w) || s.claimOf(w) !== Claim.Free) return false;
  const t = s.tok(w)!;
  const { nonName, orgHeads } = wordLists();
  return t.pos === 'PROPN' && !nonName.has(t.lower) && !orgHeads.has(t.lower);
}

/**
 * "the Minister, Thérèse Kayikwamba Wagner, said": a body is never named right after a person's name
 * without a preposition or a comma between, so a one-word listed body (no acronym) that follows two free
 * name words and ends the run, with no capitalised word after it, is the surname. A namesake in a
 * dictionary of actors never cuts a person's name.
 */
export function bodyEndsName(s: SentenceScan, k: number): boolean {
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || h.hit.entry.kind !== 'organization' || isAllCaps(s.tok(k)!.text)) return false;
  // "She met Klaus Wagner": one listed given name opens a person's name as surely as two free words do;
  // "Mr Wagner said": so does a style of address, which only a person bears.
  // "met Ute Wagner in Bonn": so does one free word shaped as a name, after a word that is no capitalised one.
  if (!honorificBefore(s, k) && (!freeNameWord(s, k - 1) || !(s.isGiven(k - 1) || freeNameWord(s, k - 2) || loneGivenName(s, k - 1)))) return false;
  const next = s.tok(k + 1);
  return next === undefined || k + 1 >= s.last || /^\p{Ll}/u.test(next.text) || /^[,;]$/.test(next.text) || (next.text === '.' && k + 2 >= s.last);
}

/**
 * A name's one capitalised word ("Ute"), with no capitalised word before it to make it part of a
 * longer name or a body's, other than a style or an office ("Professor Ute").
 */
function loneGivenName(s: SentenceScan, w: number): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(s.tok(w)!.text) && (w - 1 < s.first || !s.isCap(w - 1) || honorificBefore(s, w) || s.titleHit(w - 1) !== undefined);
}

/** Whether a style of address ("Mr", "Dr.", "Ms") stands right before token k. */
function honorificBefore(s: SentenceScan, k: number): boolean {
  let j = k - 1;
  if (s.tok(j)?.text === '.' && s.glued(j)) j--;
  return j >= s.first && s.isCap(j) && honorificKey(wordLists().honorifics, s.lower(j)) !== null;
}

/**
 * Whether an initial may stand after `words` words of a name: "Th. Biswajit Singh", "Kh.Battulga" open
 * it, "Susan C. Schwab" has one letter after the given name. "Ambassador Chen Li. Ahmad Khan ..." is
 * a short surname ending a sentence, not an initial: two letters come only first, one letter only
 * after one word at most. An initial glued to the next word ("Kh.Nyambaatar") is one wherever it stands.
 */
function initialMayStand(initial: string, words: number): boolean {
  return initial.length === 1 ? words <= 1 : words === 0;
}

/** Styles of monarchs and their families, who are named by the given name alone. */
const ROYAL_STYLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Crown Princess', 'Emperor', 'Empress', 'Grand Duke', 'Grand Duchess', 'Queen Consort']);

/**
 * "Queen Sofia", "Princess Victoria": right after a royal style, a one-word city with a lower-case
 * word or the sentence's end after it is the royal's given name; a place never follows the style
 * without a preposition between. "the Queen Sofia Museum" goes on with a capital.
 */
function royalGivenName(s: SentenceScan, k: number): boolean {
  const style = s.titleHit(k - 1);
  if (!style || style.end !== k || !ROYAL_STYLES.has(style.entry.title)) return false;
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || h.hit.entry.kind !== 'place' || h.hit.entry.place.kind !== 'city') return false;
  const next = s.tok(k + 1);
  return next === undefined || k + 1 >= s.last || /^\p{Ll}/u.test(next.text) || /^[,.;:]$/.test(next.text);
}

/**
 * "Acting Minister of Foreign Affairs Amir Khan Muttaqi": right after an office, a one-word office
 * that is also a given name ("Amir", "Sultan"), with more name words after it, opens the holder's
 * name. One office does not follow another without a joiner, while a name always follows its office.
 */
function givenNameNotOffice(s: SentenceScan, k: number): boolean {
  const office = s.titleHit(k);
  if (!office || office.start !== k || office.end !== k + 1 || !s.isGiven(k)) return false;
  const next = k + 1;
  return next < s.last && s.isCap(next) && s.claimOf(next) === Claim.Free && !s.titleHit(next)
    && !STYLE_RANKS.has(s.lower(next)) && !wordLists().honorifics.has(s.tokenKey(next));
}

/**
 * "Senator Jaques Wagner said", "Ambassador Ana Shell and ...": right after an office and one name
 * word, a one-word listed body that ends the run is the holder's surname; a body never follows a
 * name without a preposition or a comma between.
 */
function surnameAfterOfficeName(s: SentenceScan, k: number, wordsBefore: number): boolean {
  if (wordsBefore !== 1 || !s.isCap(k - 1)) return false;
  // "Deputy Minister of Development Marcos Albuquerque in Lisbon", "President of SOCAR Rovshan Najaf
  // held talks": so is a one-word city; a place never follows a name without a preposition or a comma.
  if (citySurnameClosing(s, k) && /^\p{Lu}\p{Ll}+$/u.test(s.tok(k - 1)!.text) && !s.nameHit(k - 1)) return true;
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || h.hit.entry.kind !== 'organization') return false;
  const next = s.tok(k + 1);
  return next === undefined || k + 1 >= s.last || /^\p{Ll}/u.test(next.text) || (next.text === '.' && k + 2 >= s.last);
}

/**
 * "Elnur Baku Gasimov", "Ivan Varna Petkov": a one-word city between a name word (a listed given name or a
 * capitalised word no list knows) and a free name-shaped word that closes the run is a middle name: a
 * place never follows a name without a preposition or a comma between, nor a name a place.
 */
export function isMiddleCityHit(s: SentenceScan, k: number): boolean {
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || h.hit.entry.kind !== 'place' || h.hit.entry.place.kind !== 'city') return false;
  const before = k - 1;
  if (before < s.first || s.glued(k) || !/^\p{Lu}\p{Ll}+$/u.test(s.tok(before)!.text)) return false;
  // A word no list knows opens a name only where a person is expected: after an office or a verb that
  // takes a person ("received", "met with"), or in apposition to an office.
  if (!s.isGiven(before) && !(freeNameWord(s, before) && personExpectedBefore(s, before))) return false;
  return closingNameWord(s, k + 1);
}

/** Verbs whose object is a person, right before a name. */
const PERSON_OBJECT_VERBS = new Set(['received', 'met', 'welcomed', 'thanked', 'congratulated', 'greeted', 'hosted', 'with', 'by']);

/** Whether the words before token w expect a person's name: an office right before it, a verb taking a person, an office's apposition. */
function personExpectedBefore(s: SentenceScan, w: number): boolean {
  if (w - 1 < s.first) return false;
  const office = s.titleHit(w - 1);
  if (office && office.end === w) return true;
  return PERSON_OBJECT_VERBS.has(s.lower(w - 1)) || appositionAfterOffice(s, w);
}

/** A free name-shaped word at `next`, in no list, that closes a name: a lower-case word, a stop or a comma after it. */
function closingNameWord(s: SentenceScan, next: number): boolean {
  return next < s.last && /^\p{Lu}\p{Ll}+$/u.test(s.tok(next)!.text) && closesNameRun(s, next);
}

/** A capitalised word at `next` that no list or rule claims, with a lower-case word, a stop, a comma or the sentence's end after it. */
function closesNameRun(s: SentenceScan, next: number): boolean {
  if (!s.isCap(next) || s.glued(next) || s.nameHit(next) || s.titleHit(next) || s.claimOf(next) !== Claim.Free) return false;
  const { nonName, orgHeads, regionSuffixes, portfolio } = wordLists();
  const l = s.lower(next);
  if (nonName.has(l) || orgHeads.has(l) || regionSuffixes.has(l) || portfolio.has(l)) return false;
  const after = s.tok(next + 1);
  return after === undefined || next + 1 >= s.last || /^\p{Ll}/u.test(after.text) || /^[.,;:]$/.test(after.text);
}

/**
 * "Deputy Minister Thai Binh Nguyen", "Deputy Minister of Trade Thai Minh Hoang": where the holder's name
 * is read, after an office and its complement, a one-word demonym with two name words after it that close
 * the run is the holder's given name. A demonym qualifies the office when written before it ("the Thai
 * Deputy Minister"), never a name after it.
 */
function demonymOpeningName(s: SentenceScan, k: number): boolean {
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || h.hit.entry.kind !== 'demonym') return false;
  return freeNameWord(s, k + 1) && /^\p{Lu}\p{Ll}+$/u.test(s.tok(k + 1)!.text) && closingNameWord(s, k + 2);
}

/**
 * "Ambassador Pham Thai Binh", "Nguyen Thai Son": a one-word demonym between name words, with the
 * last word of the name right after it, is a middle name. A demonym qualifies a noun, and a name
 * word that ends the run before a lower-case word or the sentence's end is none.
 */
function isMiddleDemonymHit(s: SentenceScan, k: number, wordsBefore: number): boolean {
  if (wordsBefore < 1 || !s.isCap(k - 1)) return false;
  const h = s.nameHit(k);
  if (!h || h.start !== k || h.end !== k + 1 || h.hit.entry.kind !== 'demonym') return false;
  return closesNameRun(s, k + 1);
}

/**
 * "Special Representative for Interaction with Organisations of Compatriots Abroad Alexander
 * Babakov", "Patents and Trademarks Grigory Ivliyev": a long capitalised run after an office
 * holds the end of the office's subject and then the holder's name, which starts at a given
 * name. Runs of three words or more whose first word is no given name start at the first
 * given name that has a name after it; others are left as they are.
 */
export function startAtGivenName(s: SentenceScan, run: NameRun, afterComplement = false): NameRun {
  if (run.words < 3 || s.isGiven(run.start)) return run;
  // "Secretary of Foreign Affairs Ma. Theresa P. Lazaro": an office's words are never initials, so a
  // run opened by an initial with its full stop is the name from its first word.
  if (s.marked(run.start, Mark.InitialWithStop) || (s.marked(run.start, Mark.Initial) && s.tok(run.start + 1)?.text === '.' && s.glued(run.start + 1))) return run;
  // "Chairman of Tata Sons N. Chandrasekaran": right after an office's complement, an initial after
  // words that no name has (a plural, a common noun) opens the holder's name; the words before it end
  // the body's name.
  const initial = afterComplement ? initialAfterCommonWords(s, run) : -1;
  if (initial >= 0) {
    let words = 0;
    for (let j = initial; j < run.end; j = s.wordEnd(j)) if (s.isCap(j)) words++;
    return nameRun(initial, run.end, words, run.honorific);
  }
  const { particles } = wordLists();
  for (let k = run.start + 1; k < run.end - 1; k++) {
    if (!s.isCap(k) || s.glued(k) || !s.isGiven(k)) continue;
    // "Jassim bin Khalid Al Thani": a given name after a particle is the father's, inside one name.
    if (particles.has(s.lower(k - 1))) continue;
    // "Mansoor Ebrahim Al-Mahmoud": words before the given name that are no office's or subject's
    // words are the person's own first names, not an office left in the run.
    if (!officeWordsBefore(s, run.start, k)) return run;
    let words = 0;
    for (let j = k; j < run.end; j = s.wordEnd(j)) if (s.isCap(j)) words++;
    if (words >= 2) return nameRun(k, run.end, words, run.honorific);
  }
  const adverb = afterSubjectAdverb(s, run);
  return adverb === run ? complementBeforeHolder(s, run) : adverb;
}

/**
 * "Regional Director of Cargill Thomas Weber": right after an office and its "of", a run of three
 * single words whose first is no given name opens with the office's complement (a body or place no
 * list knows), and the holder's name is the two words after it: "of" after an office never takes the
 * holder's own name as its complement. A particle as the second word ("of Zayed bin Sultan") keeps the run.
 */
function complementBeforeHolder(s: SentenceScan, run: NameRun): NameRun {
  if (run.words !== 3 || s.lower(run.start - 1) !== 'of' || s.titleHit(run.start - 2)?.end !== run.start - 1) return run;
  const second = s.wordEnd(run.start);
  if (second >= run.end || !s.isCap(second) || wordLists().particles.has(s.lower(second))) return run;
  return nameRun(second, run.end, 2, run.honorific);
}

/**
 * "... with Organisations of Compatriots Abroad Aroha Bakhtiyorov": in a run that goes on with an office's
 * complement (a preposition stands before it), a capitalised word the tagger reads as an adverb
 * ("Abroad") or as a verb's "-ing" form ("Living") is the subject's, never a name's; the holder's name is
 * the words after the last such word, when two or more follow.
 */
function afterSubjectAdverb(s: SentenceScan, run: NameRun): NameRun {
  if (!/^(?:of|for|with|on)$/.test(s.lower(run.start - 1))) return run;
  for (let k = run.end - 3; k >= run.start; k--) {
    const t = s.tok(k)!;
    if (!s.isCap(k) || !(t.pos === 'ADV' || (t.pos === 'VERB' && /ing$/.test(t.text)))) continue;
    let words = 0;
    for (let j = k + 1; j < run.end; j = s.wordEnd(j)) if (s.isCap(j)) words++;
    return words >= 2 ? nameRun(k + 1, run.end, words, run.honorific) : run;
  }
  return run;
}

/**
 * The first initial with its full stop inside a run ("N." of "Sons N. Chandrasekaran") when every word
 * before it is one no name has (nameOnlyWord fails for each) and a name word follows it; else -1.
 * "Glenn G. Peñaranda", "Susan C. Schwab" keep their given names before the initial.
 */
function initialAfterCommonWords(s: SentenceScan, run: NameRun): number {
  for (let k = run.start + 1; k < run.end - 1; k++) {
    const withStop = s.marked(k, Mark.InitialWithStop) || (s.marked(k, Mark.Initial) && s.tok(k + 1)?.text === '.' && s.glued(k + 1));
    if (!withStop) {
      if (!s.isCap(k)) return -1;
      continue;
    }
    // "Capital City Kh.Ganbold": an initial glued to the name is read by afterOfficeWords.
    const after = s.marked(k, Mark.InitialWithStop) ? k + 1 : k + 2;
    if (s.glued(after)) return -1;
    for (let j = run.start; j < k; j++) if (s.isCap(j) && nameOnlyWord(s, j)) return -1;
    return k;
  }
  return -1;
}

/**
 * Whether the portfolio word at k closes the complement of a body ("Ministry of Foreign Affairs") or of a
 * listed office ("Minister for Commerce"), not a subject still going on ("Deputy Foreign Minister for
 * Economic Diplomacy" read as far as "Economic"): back over the portfolio's words, "of" or "for" follows
 * a body's head noun or an office's last word.
 */
function bodyPortfolioEndsAt(s: SentenceScan, k: number): boolean {
  const { portfolio, orgHeads } = wordLists();
  for (let j = k; j > s.first && j >= k - 6; j--) {
    const l = s.lower(j);
    // "Federal Minister for Commerce Jam Kamal Khan": after a listed office's own word, a subject that
    // ends on a noun is whole, as after a body's head noun; one that ends on an adjective goes on to the
    // noun it qualifies ("Minister of Public Safety Bill Blair").
    if (l === 'of' || l === 'for') return orgHeads.has(s.lower(j - 1)) || (s.titleHit(j - 1)?.end === j && !ADJECTIVE_ENDING.test(s.lower(k)));
    // "Director General of ASEAN Cooperation": a body's name may stand in the subject, before its portfolio word.
    const h = j < k ? s.nameHit(j) : undefined;
    if (h && h.end === j + 1 && h.hit.entry.kind === 'organization') {
      j = h.start;
      continue;
    }
    if (!(portfolio.has(l) || l === 'and' || l === ',')) return false;
  }
  return false;
}

/** Most tokens of an office's list of subjects read back from its last "and". */
const MAX_SUBJECT_LIST_TOKENS = 10;

/**
 * "the Minister of Health, Nutrition and Indigenous Medicine said", "the Ministry of Trade, Commerce
 * and Food Security": whether the "and" right before token `start` closes a list of subjects set off by
 * commas after an office's or a body's "of" or "for", whose first subject is a portfolio word. The
 * items between hold no given name and no word only a name has, so a name set off after the office
 * ("the Minister of Health, Ramesh Pathirana and ...") opens no such list.
 */
export function closesOfficeSubjectList(s: SentenceScan, start: number): boolean {
  if (s.lower(start - 1) !== 'and' || !s.isCap(start - 2)) return false;
  const { portfolio, orgHeads } = wordLists();
  let commas = 0;
  for (let j = start - 2; j > s.first && j >= start - 1 - MAX_SUBJECT_LIST_TOKENS; j--) {
    const l = s.lower(j);
    if (l === ',') {
      commas++;
      continue;
    }
    if (l === 'of' || l === 'for') {
      const opens = (s.isCap(j - 1) && isTitleWord(s.lower(j - 1))) || orgHeads.has(s.lower(j - 1));
      return opens && commas > 0 && portfolio.has(s.lower(j + 1));
    }
    if (!s.isCap(j) || s.isGiven(j) || nameOnlyWord(s, j)) return false;
  }
  return false;
}

/** Endings of adjectives among the words of offices' subjects ("Public", "National", "Foreign", "Executive"). */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ary|ous|ern|ign|ed|an)$/;

/** Whether token k can only be a name's word: capitalised, no common noun's ending or plural, no listed word, never written in lower case. */
function nameOnlyWord(s: SentenceScan, k: number): boolean {
  const l = s.lower(k);
  return /^\p{Lu}\p{Ll}+$/u.test(s.tok(k)!.text) && !COMMON_NOUN_ENDING.test(l) && !/(?:s|acy|ity|ure|ics|ing|ery|ogy)$/.test(l) && !s.lowerWords.has(l)
    && !NON_NAME_WORDS.has(s.wordId(k), s.tok(k)!.text) && !isTitleWord(l) && !s.nameHit(k);
}

/**
 * Whether the words from `start` up to `end` hold a word of an office or its subject ("Special
 * Representative for International Cultural Cooperation"): a listed title's word (or its plural), a
 * portfolio word, or a word the text also writes in lower case; or whether they continue an office's
 * complement. The office standing right before the run is not counted: it is what introduces the
 * name ("Prime Minister Shahzad Ali Qureshi"), not a word left inside it.
 */
function officeWordsBefore(s: SentenceScan, start: number, end: number): boolean {
  // "... for Interaction with Organisations of Compatriots Abroad Alexander Babakov": a run opened
  // by a preposition continues an office's complement.
  if (/^(?:of|for|with|on)$/.test(s.lower(start - 1))) return true;
  // "Minister of Health, Nutrition and Indigenous Medicine Ramesh Pathirana": the last of an office's subjects.
  if (closesOfficeSubjectList(s, start)) return true;
  const { portfolio } = wordLists();
  // "... of Industry and Development Institutions X": "and" continues an office only after an office's
  // or subject's word; after a name or a list's semicolon ("Ana Ruiz and Alfonso Ferdinand Ver") it
  // opens the next name.
  if (s.lower(start - 1) === 'and') {
    const w = s.lower(start - 2);
    if (s.isCap(start - 2) && (portfolio.has(w) || TITLE_WORD_OR_PLURAL.has(s.wordId(start - 2), s.tok(start - 2)!.text))) return true;
  }
  // "... and Development Institutions Erlan Dosanov": a portfolio word right before the run is the office's
  // subject going on; an office's own word there ("Prime Minister Shahzad ...") only introduces the name.
  // "Ministry of Foreign Affairs Amran Mohamed Zin": a word no subject has (no common noun's ending, no
  // plural, never written in lower case) opens the holder's own name there; so it does after a subject
  // that ends on a noun of its own ("Director General of ASEAN Cooperation Sidharto Reza Suryodipuro"),
  // not after an adjective whose noun may follow ("Minister of Public Safety Bill Blair").
  // "Minister of Foreign Affairs Mansoor Ebrahim Al-Mahmoud": a plural is a noun too, never an adjective
  // waiting for its noun, so the subject ends on it.
  if (s.isCap(start - 1) && portfolio.has(s.lower(start - 1)) && !(nameOnlyWord(s, start) && (bodyPortfolioEndsAt(s, start - 1) || COMMON_NOUN_ENDING.test(s.lower(start - 1)) || PLURAL_ENDING.test(s.lower(start - 1))))) return true;
  for (let j = start; j < end; j++) {
    const w = s.lower(j);
    if (TITLE_WORD_OR_PLURAL.has(s.wordId(j), s.tok(j)!.text) || portfolio.has(w) || s.lowerWords.has(w)) return true;
  }
  return false;
}

/** Single words of listed titles ("prime", "minister", "deputy"): alone after a title they are no name. */
const titleWordSet = cached((): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const key of titleLexicon().byKey.keys()) for (const w of key.split(/[\s-]+/)) if (w.length > 2 && w !== 'the' && w !== 'and') out.add(w);
  return out;
});

export function isTitleWord(word: string): boolean {
  return titleWordSet().has(word.toLowerCase());
}

/**
 * Per word of the process: whether it, or it without a final "s", is a word of a listed office
 * ("Ministers"). Asked of every word of a run of capitalised words, so answered once per word.
 */
const TITLE_WORD_OR_PLURAL = new WordTest((text: string) => {
  const w = text.toLowerCase();
  return isTitleWord(w) || isTitleWord(w.replace(/s$/, ''));
});

/** Whether the words from k are an office in the plural: "Ministers", "Prime Ministers", "Foreign Ministers". */
function pluralOfficeAt(s: SentenceScan, k: number): boolean {
  for (let q = k; q < s.last && q - k < 3 && s.isCap(q); q++) {
    if (pluralOfOffice(s.tok(q)!.text)) return true;
    if (!isTitleWord(s.lower(q))) return false;
  }
  return false;
}

/** "Ministers", "Presidents", "Secretaries": the plural of a word of a listed office. */
export function pluralOfOffice(word: string): boolean {
  if (!/\p{Ll}s$/u.test(word)) return false;
  const singular = /ies$/.test(word) ? word.replace(/ies$/, 'y') : word.replace(/e?s$/, '');
  return isTitleWord(singular) || isTitleWord(word.replace(/s$/, ''));
}

/**
 * The part of a run after its last word of an office or body ("National *Economy* Nina Petrova"
 * -> "Nina Petrova"), when two or more name words follow it; else null.
 */
export function afterOfficeWords(s: SentenceScan, run: NameRun): NameRun | null {
  // Only inside an office's complement: "Minister of National Economy Nina Petrova", "Governor of
  // the Capital City Kh.Nyambaatar".
  const opener = s.lower(run.start - 1) === 'the' ? run.start - 2 : run.start - 1;
  if (!/^(?:of|for|and)$/.test(s.lower(opener))) return null;
  let cut = -1;
  for (let k = run.start; k < run.end; k++) if (hasNonNameWord(s, nameRun(k, k + 1, 1, run.honorific))) cut = k;
  if (cut < 0 || s.glued(cut + 1)) return null;
  // Name words as the name reader counts them: an initial with its full stop is a word ("Kh.Nyambaatar" is two).
  const rest = nameRunAt(s, cut + 1);
  const words = rest && rest.start === cut + 1 && rest.end === run.end ? rest.words : 0;
  return words >= 2 ? nameRun(cut + 1, run.end, words, run.honorific) : null;
}

/** A short capitalised syllable of an East Asian given name written with a hyphen: "In", "Nam", "Jae". */
const SYLLABLE = /^\p{Lu}\p{Ll}{1,3}$/u;

/**
 * "Ji-won", "Geun-hye" (one token or three): a capitalised syllable, a glued hyphen, a lower-case
 * syllable; or two short capitalised syllables ("In-Nam", "Jae-In").
 */
function hyphenatedGivenAt(s: SentenceScan, k: number): boolean {
  const t = s.tok(k)?.text ?? '';
  if ((t.includes('-') || t.includes('‐')) && /^\p{Lu}\p{Ll}+[-‐]\p{Ll}+$/u.test(t)) return true;
  // "Paul Tschang In-Nam", "Moon Jae-In": a given name of two short syllables, both capitalised.
  if (SYLLABLE.test(t) && ((isHyphen(s.tok(k + 1)?.text) && s.glued(k + 1) && s.glued(k + 2) && SYLLABLE.test(s.tok(k + 2)?.text ?? ''))
    || (isHyphen(s.tok(k - 1)?.text) && s.glued(k) && s.glued(k - 1) && SYLLABLE.test(s.tok(k - 2)?.text ?? '')))) return true;
  return isHyphen(s.tok(k + 1)?.text) && /^\p{Lu}\p{Ll}+$/u.test(t) && s.glued(k + 1) && s.glued(k + 2) && /^\p{Ll}+$/u.test(s.tok(k + 2)?.text ?? '');
}

/**
 * A word that is never a name on its own but is a common surname ("Park"), read as part of the
 * name when a hyphenated given name stands beside it ("Park Ji-won", "Ji-won Park"), or when the
 * run of two or more words follows an office or honorific ("Minister Kim Park"). "Gorky Park"
 * and "the Industrial Park" stay no one's name.
 */
export function surnameWordIn(s: SentenceScan, k: number, run: NameRun, titled: boolean): boolean {
  if (!s.isCap(k)) return false;
  // "Finance Minister Christian Lindner": a listed given name that is also a common word opens a
  // name of two or more words after an office; "the Christian Democratic Union" has no office before it.
  if (s.isGiven(k) && k === run.start && titled && run.words >= 2) return true;
  if (!wordLists().surnameWords.has(s.lower(k))) return false;
  if (hyphenatedGivenAt(s, k + 1)) return true;
  // "the Ambassador of the Republic of Korea, Park Sang Min, said": a surname of the family-first
  // names opening a run of two words or more, set off by a comma right after an office, is its
  // holder's name whatever the given name.
  if (k === run.start && run.words >= 2 && wordLists().familyFirst.has(s.lower(k)) && appositionAfterOffice(s, k)) return true;
  // "met Paul Victory on Monday", "Mary Bishop said": a listed given name, then a capitalised common
  // word that ends the run inside a sentence, is a first name and surname.
  if (k === run.start + 1 && run.end === s.wordEnd(k) && surnameAfterGiven(s, run.start, k, 1)) return true;
  // "Yellen met Liu He", "talks with He Lifeng": inside a sentence a pronoun is written in lower
  // case, so a capitalised one in a run of names is a surname. At the start of a sentence a
  // pronoun is never followed by a proper noun of its own clause ("He Lifeng held talks").
  if (s.tok(k)!.pos === 'PRON' && run.words >= 2 && (!s.atClauseStart(k) || s.tok(k + 1)?.pos === 'PROPN')) return true;
  if (k > run.start && /\p{Lu}\p{Ll}+[-‐]\p{Ll}+$/u.test(s.span(run.start, k))) return true;
  // "Ambassador Park affirmed", "Vice Premier He said": after an office, a capitalised common surname
  // standing alone inside a sentence is the holder's name.
  return titled && (run.words >= 2 || !s.atClauseStart(k));
}

/**
 * Whether the word at k, a common word that is also a surname ("Victory", "Bishop"), follows a
 * listed given name that opens the run, inside a sentence, with no capitalised word after it:
 * "Mary Bishop said", but not "Bishop John Smith", "Paul Victory Square" or "the Alexander Hall".
 */
/**
 * "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": in Somali and other names "Sheikh" after a given
 * name and before a capitalised word is a word of the name (a forebear's), not a style that opens a
 * second person; at the start of a name it stays a style ("Sheikh Tamim").
 */
function sheikhInsideName(s: SentenceScan, k: number, wordsBefore: number): boolean {
  return wordsBefore >= 1 && /^(?:sheikh|shaikh)$/.test(s.lower(k)) && s.titleHit(k)?.end === k + 1
    && s.isCap(k + 1) && s.claimOf(k + 1) === Claim.Free && !s.titleHit(k + 1) && !s.glued(k + 1);
}

function surnameAfterGiven(s: SentenceScan, start: number, k: number, wordsBefore: number, officeBefore = false): boolean {
  if (wordsBefore !== 1 || k !== start + 1 || !s.isCap(k) || s.atClauseStart(k)) return false;
  // "Minister Julie Bishop": right after an office, the first word of the holder's name is a given name
  // whether or not the list knows it.
  const afterOffice = (officeBefore || s.titleHit(start - 1)?.end === start || appositionAfterOffice(s, start)) && !wordLists().nonName.has(s.lower(start));
  if (!(s.isGiven(start) || afterOffice) || !wordLists().surnameWords.has(s.lower(k))) return false;
  // "in the Alexander Hall of the Kremlin", "held at Peter Hall": after an article, or after "at" or
  // "in", the phrase names a thing or a place.
  if (/^(?:a|an|the|at|in)$/.test(s.lower(start - 1))) return false;
  const end = s.wordEnd(k);
  const office = s.titleHit(k);
  if (office && office.end > end) return false;
  return !s.isCap(end) && !isHyphen(s.tok(end)?.text);
}

/** Whether token k is followed by a comma and a word in lower case: ", was", ", said", ", and". */
function closedApposition(s: SentenceScan, k: number): boolean {
  const after = s.tok(k + 2);
  return s.tok(k + 1)?.text === ',' && after !== undefined && k + 2 < s.last && /^\p{Ll}/u.test(after.text);
}

/** Most tokens of an office and its complement read back over before an apposition's comma. */
const APPOSITION_OFFICE_REACH = 8;

/**
 * "the Irish Ambassador to Japan, Damien Power, said": a run set off by a comma right after an office and
 * its complement ("to Japan", "of Trade") stands in apposition to it, as a holder's name does.
 */
export function appositionAfterOffice(s: SentenceScan, start: number): boolean {
  if (s.tok(start - 1)?.text !== ',') return false;
  for (let k = start - 2; k >= s.first && start - 2 - k < APPOSITION_OFFICE_REACH; k--) {
    if (s.titleHit(k)) return true;
    if (!s.isCap(k) && !/^(?:of|to|for|the|and|in)$/.test(s.lower(k))) return false;
  }
  return false;
}

/**
 * "Lord Ahmad of Wimbledon", "Baroness Chapman": a peer named by the surname alone is known by the style
 * of the peerage (words.tsv, "peerage") and by the place after "of" that designates it (at most three capitalised words), where the text gives one; both
 * are the name's. The name and its tokens when the style stands right before the run `name` was read
 * from, else null.
 */
export function peerName(s: SentenceScan, run: NameRun, name: string): { name: string; tokenStart: number; tokenEnd: number } | null {
  // "First Lady Jill Biden": a style word inside an office is the office's.
  // "Lady Amelia Grant", "Baroness Jenny Chapman": a given name and a surname are a name without the style.
  const style = run.start - 1;
  if (run.words !== 1 || !wordLists().peerageStyles.has(s.lower(style)) || !s.isCap(style)) return null;
  for (let j = style - 2; j < style; j++) if ((s.titleHit(j)?.end ?? 0) > style) return null;
  let end = run.end;
  if (s.lower(end) === 'of' && s.isCap(end + 1) && !s.titleHit(end + 1)) {
    end++;
    while (end < s.last && end < run.end + 4 && s.isCap(end) && s.claimOf(end) === Claim.Free && !s.titleHit(end)) end++;
    if (end === run.end + 1) end = run.end;
  }
  const place = end > run.end ? ` ${nameText(s.span(run.end, end))}` : '';
  return { name: `${s.tok(style)!.text} ${name}${place}`, tokenStart: style, tokenEnd: end };
}

/**
 * A name as written without an editor's brackets, its white space one space: the same as
 * text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim(). Most names are words between single
 * spaces, for which that is the text itself: they are told so by one look at each character.
 */
export function nameText(text: string): string {
  let space = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (space) return nameTextSlowly(text);
      space = true;
      continue;
    }
    if (c < 32 || c === 91 || c === 93 || (c > 127 && wideSpace(c))) return nameTextSlowly(text);
    space = false;
  }
  return space && text.length > 0 ? nameTextSlowly(text) : text;
}

function nameTextSlowly(text: string): string {
  return text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
}
