import { cameoActorIndex } from '../../lexicon/cameo-actors.js';
import { cameoAgentIndex } from '../../lexicon/cameo-agents.js';
import { gazetteer, gazetteerSteps, type GazetteerHit } from '../../lexicon/gazetteer.js';
import { isGivenKey } from '../../lexicon/given-names.js';
import { groupLexicon, type GroupNoun } from '../../lexicon/groups.js';
import { isCapitalized, lookupKey } from '../../lexicon/normalize.js';
import { titleLexicon, type TitleEntry } from '../../lexicon/titles.js';
import { laterWordTest } from '../../lexicon/later-words.js';
import { wordLists } from '../../lexicon/words.js';
import { WordAnswers } from '../../lexicon/word-table.js';
import { PhraseSteps, type PhraseNode } from '../../lexicon/phrase-steps.js';

/**
 * What the mention rules ask of a word alone, whatever its place: its look-up key, its shape,
 * whether a listed name, title or group phrase starts with it or can go on with it. Each answer
 * depends on the word's text only, so it is worked out once per word of the process. All of a
 * word's answers are kept in one record (WordFacts), read once per token when a sentence's scan
 * starts (context.ts), instead of in a table per answer: each table is as large as the process's
 * vocabulary, and a document read on its own finds them out of the processor's caches, so every
 * table read was a wait for memory, about ten of them per token.
 */

/** Characters of a plain word, whose tokenizer lower case is already its look-up key. */
const PLAIN_CHARS = (() => {
  const ok = new Uint8Array(128);
  for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:!?()&$%#@*+=<>/-') ok[c.charCodeAt(0)] = 1;
  return ok;
})();

/** Same as /^[A-Za-z0-9.,;:!?()&$%#@*+=<>\/-]*$/, without a regular expression per token. */
function plainWord(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || PLAIN_CHARS[c] === 0) return false;
  }
  return true;
}

/**
 * Same as /\p{L}/u.test(text): ASCII characters are read one by one, so punctuation and numbers
 * need no regular expression; a text with other characters is left to the expression.
 */
function hasLetter(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return /\p{L}/u.test(text);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/**
 * The word keyOfText read last, and its key. A word the process meets for the first time is asked
 * about by one per-word table after another (its facts here, then the tables of other rules, such
 * as organisations' heads or CAMEO actors' first words), each from its text: the key is made once for all of them,
 * and the lexicons look up one string, whose hash the engine keeps, instead of a new copy each time.
 */
let lastText = '';
let lastKey = '';

/** The look-up key of a token's text: its lower case for plain words, folded otherwise. */
export function keyOfText(text: string): string {
  if (text === lastText) return lastKey;
  const key = plainWord(text) ? text.toLowerCase() : lookupKey(text);
  // Only a short word is kept: the engine copies a piece that short out of its text, so no
  // document stays held through it (a longer one may be a view of the whole document).
  if (text.length <= 12) {
    lastText = text;
    lastKey = key;
  }
  return key;
}

/** Per word: 0 no letter, 1 a letter, 2 a letter and a capital first. */
function shapeOf(text: string): number {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return 2;
  if (c >= 97 && c <= 122) return 1;
  return hasLetter(text) ? (isCapitalized(text) ? 2 : 1) : 0;
}

/** Gazetteer phrases read word by word (phrase-steps.ts). */
let nameSteps: PhraseSteps<GazetteerHit> | null = null;
export const NAME_STEPS = (): PhraseSteps<GazetteerHit> => (nameSteps ??= new PhraseSteps((key) => gazetteerSteps().get(key)));
/** Listed titles and group noun phrases read word by word (phrase-steps.ts). */
let titleSteps: PhraseSteps<TitleEntry> | null = null;
export const TITLE_STEPS = (): PhraseSteps<TitleEntry> =>
  (titleSteps ??= new PhraseSteps((key) => {
    const { byKey, prefixes } = titleLexicon();
    return prefixes.has(key) ? byKey.get(key) ?? null : undefined;
  }));
let groupSteps: PhraseSteps<GroupNoun> | null = null;
export const GROUP_STEPS = (): PhraseSteps<GroupNoun> =>
  (groupSteps ??= new PhraseSteps((key) => {
    const { byKey, prefixes } = groupLexicon();
    return prefixes.has(key) ? byKey.get(key) ?? null : undefined;
  }));
/**
 * The key a title is looked up by: "ex-President" (or "ex-foreign minister") is read as the office "President", which the
 * prefix puts in the past (former.ts), as "former President" is; the tokenizer keeps it one word.
 */
function officeKeyOfText(text: string): string {
  const c = text.charCodeAt(0);
  // The first three characters are read before the expression is, which most words fail at the first.
  if ((c === 69 || c === 101) && text.charCodeAt(1) === 120 && text.charCodeAt(2) === 45 && /^[Ee]x-\p{L}/u.test(text)) return keyOfText(text.slice(3));
  return keyOfText(text);
}

/** Same as /^['’]s?$/.test(text): an apostrophe alone or before "s". */
function possessiveEnding(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 39 && c !== 8217) return false;
  return text.length === 1 || (text.length === 2 && text.charCodeAt(1) === 115);
}

/**
 * Whether a word can begin a word after the first in a gazetteer name, a title or a group noun
 * phrase (by its key). A phrase scan reading a word after a space stops at once when it cannot.
 */
let laterInNames: ((word: string) => boolean) | null = null;
let laterInTitles: ((word: string) => boolean) | null = null;
let laterInGroups: ((word: string) => boolean) | null = null;

/**
 * The yes-or-no facts of a word, as bits of WordFacts.marks; the low two bits are its shape (0 no
 * letter, 1 a letter, 2 a letter and a capital first). Bits rather than a field each keep a record
 * small, five fields: a word's record is then one line of the processor's cache (64 bytes).
 */
export const Mark = {
  Shape: 3,
  /** The key is a listed given name. */
  Given: 1 << 2,
  /** A listed title, a listed group noun phrase starts with it. */
  StartsTitle: 1 << 3,
  StartsGroup: 1 << 4,
  /** It can go on a gazetteer name, a title, a group noun phrase after a space. */
  LaterInName: 1 << 5,
  LaterInTitle: 1 << 6,
  LaterInGroup: 1 << 7,
  /** A possessive ending ("'s", "’s", "'"), asked of many tokens by many rules. */
  Possessive: 1 << 8,
  // The words each of the rules below starts from, which the rule asks of every token of a sentence.
  // They were tables of their own, one per rule: each a read per token of memory that a document read
  // on its own finds out of the processor's caches; here they come with the record read anyway.
  /** One of the third-person pronouns (pronouns.ts). */
  Pronoun: 1 << 9,
  /** A CAMEO agent phrase or a group noun phrase starts with it (agents.ts). */
  StartsAgent: 1 << 10,
  /** A name of the CAMEO actor dictionary starts with it (cameo-actors.ts). */
  StartsCameoName: 1 << 11,
  /** A legal form written before a company's name ("JSC", "OOO"), or after it ("Ltd", "AG") (organizations.ts). */
  LegalPrefix: 1 << 12,
  LegalSuffix: 1 << 13,
  /** An organisation's head noun starts with it (organizations.ts). */
  StartsOrgHead: 1 << 14,
  /** It opens companies' names and never a person's ("Air", "Norsk") (place-named-companies.ts). */
  OrgOpener: 1 << 15,
  /** A suffix of a region or place may open with it ("Region", "Autonomous") (regions.ts). */
  StartsRegionSuffix: 1 << 16,
  /** A noun for those who serve a state: "soldiers", "diplomat" (serving-groups.ts). */
  Serving: 1 << 17,
  // What nameRunAt and dropCommonStart (names.ts) ask of nearly every word of a capitalised run.
  /** An initial of one or two letters ("D", "Kh"), and one the tokenizer kept with its full stop ("D.", "Th."). */
  Initial: 1 << 18,
  InitialWithStop: 1 << 19,
  /** Words of the words.tsv lists: letters after a name ("MP"), a particle of a name ("bin", "van"), a word that is no name ("However"). */
  PostNominal: 1 << 20,
  Particle: 1 << 21,
  ListedNonName: 1 << 22,
} as const;

/** Third-person pronouns; coreference decides what each refers to. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/** Nouns for those who serve a state, singular and plural: the military ones, then officers, diplomats and officials (serving-groups.ts). */
export const MILITARY_NOUNS: ReadonlySet<string> = new Set([
  'soldier', 'soldiers', 'serviceman', 'servicemen', 'servicewoman', 'servicewomen', 'troops',
  'peacekeeper', 'peacekeepers', 'sailor', 'sailors', 'airman', 'airmen', 'marine', 'marines',
  'paratrooper', 'paratroopers',
]);
const SERVING_NOUNS: ReadonlySet<string> = new Set([...MILITARY_NOUNS, 'officer', 'officers', 'diplomat', 'diplomats', 'official', 'officials']);

let agentFirstWordSet: Set<string> | null = null;

/** Every word a CAMEO agent phrase or a group noun starts with. */
function agentFirstWords(): ReadonlySet<string> {
  if (!agentFirstWordSet) {
    agentFirstWordSet = new Set(cameoAgentIndex().byFirstWord.keys());
    for (const key of groupLexicon().byKey.keys()) agentFirstWordSet.add(key.split(' ')[0]!);
  }
  return agentFirstWordSet;
}

/** The marks of the words single rules ask about (Pronoun to ListedNonName above), from the word's text and key. */
function ruleMarks(text: string, key: string): number {
  const lower = text.toLowerCase();
  const { legalPrefixes, legalSuffixes, orgHeadFirstWords, orgOpeners, regionSuffixes, geoSuffixes, postNominals, particles, nonName } = wordLists();
  let marks = 0;
  if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower)) marks |= Mark.Pronoun;
  if (agentFirstWords().has(lower)) marks |= Mark.StartsAgent;
  if (cameoActorIndex().byFirstWord.has(key)) marks |= Mark.StartsCameoName;
  if (legalPrefixes.has(text)) marks |= Mark.LegalPrefix;
  if (legalSuffixes.has(text)) marks |= Mark.LegalSuffix;
  if (orgHeadFirstWords.has(key)) marks |= Mark.StartsOrgHead;
  if (orgOpeners.has(key)) marks |= Mark.OrgOpener;
  if (geoSuffixes.has(key) || regionSuffixes.has(key) || key === 'autonomous') marks |= Mark.StartsRegionSuffix;
  if (SERVING_NOUNS.has(lower)) marks |= Mark.Serving;
  // An initial is one or two letters (two UTF-16 units each at most), and its full stop: longer words need no expression.
  if (text.length <= 5) {
    if (/^\p{Lu}\p{Ll}?$/u.test(text)) marks |= Mark.Initial;
    if (/^\p{Lu}\p{Ll}?\.$/u.test(text)) marks |= Mark.InitialWithStop;
  }
  if (postNominals.has(text)) marks |= Mark.PostNominal;
  if (particles.has(text)) marks |= Mark.Particle;
  if (nonName.has(lower)) marks |= Mark.ListedNonName;
  return marks;
}

export interface WordFacts {
  /** The look-up key (keyOfText). */
  readonly key: string;
  /** Mark bits. */
  readonly marks: number;
  /** The gazetteer's, the titles' and the group nouns' phrase of the word alone (a hit, or null for a prefix), undefined when none starts with it. */
  readonly nameFirst: PhraseNode<GazetteerHit> | undefined;
  readonly titleFirst: PhraseNode<TitleEntry> | undefined;
  readonly groupFirst: PhraseNode<GroupNoun> | undefined;
}

/** Every answer for a word, from its text. */
function factsOf(text: string): WordFacts {
  const key = keyOfText(text);
  const officeKey = officeKeyOfText(text);
  let marks = shapeOf(text);
  if (isGivenKey(key)) marks |= Mark.Given;
  if (titleLexicon().prefixes.has(officeKey)) marks |= Mark.StartsTitle;
  if (groupLexicon().prefixes.has(key)) marks |= Mark.StartsGroup;
  if ((laterInNames ??= laterWordTest(gazetteer().keys()))(key)) marks |= Mark.LaterInName;
  if ((laterInTitles ??= laterWordTest(titleLexicon().byKey.keys()))(key)) marks |= Mark.LaterInTitle;
  if ((laterInGroups ??= laterWordTest(groupLexicon().byKey.keys()))(key)) marks |= Mark.LaterInGroup;
  if (possessiveEnding(text)) marks |= Mark.Possessive;
  marks |= ruleMarks(text, key);
  return {
    key,
    marks,
    nameFirst: NAME_STEPS().first(key),
    titleFirst: TITLE_STEPS().first(officeKey),
    groupFirst: GROUP_STEPS().first(key),
  };
}

const FACTS = new WordAnswers(factsOf);

/** The facts of a word whose word-table id is `id` (word-table.ts) and whose text is `text`. */
export function wordFacts(id: number, text: string): WordFacts {
  return FACTS.get(id, text);
}
