import { cameoActor, cameoActorIndex, cameoCodeOn, cameoNamesAfter, cameoNamesStarting, type CameoActor, type CameoActorName } from '../../lexicon/cameo-actors.js';
import { setBounded } from '../../lexicon/bounded-cache.js';
import { titleByWords } from '../../lexicon/titles.js';
import { WordAnswers, WordTest } from '../../lexicon/word-table.js';
import { Mark } from './word-facts.js';
import { Claim, keyOfText, type SentenceScan } from './context.js';
import type { DraftMention } from './draft.js';
import { formerBefore } from './former.js';
import { namesThingAt } from './lexicon-names.js';

/**
 * The CAMEO actor dictionaries as a fallback gazetteer (data/cameo/actors-*.tsv): office holders
 * with the dates of their offices, IGOs, militant and other non-state groups, provinces and
 * cities. Runs after every other mention rule, so what the text and the project's own lexicons
 * say comes first: a name already found keeps its country unless it has none, and only words
 * no rule has claimed become new mentions.
 */

/** Words that start a name in the dictionary yet are too common to stand for it on their own. */
const MIN_SINGLE_WORD = 5;
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'around', 'across', 'of']);

interface Found {
  readonly actor: CameoActor;
  readonly length: number;
}

/** Per word: the dictionary's names it starts (cameoNamesStarting of its key). */
const NAMES_STARTING = new WordAnswers((text: string) => cameoNamesStarting(keyOfText(text)));

/** The longest dictionary name over tokens [i, limit) of the sentence. */
function nameAt(s: SentenceScan, i: number, limit: number): Found | null {
  // The names a word starts are the word's own, kept per word of the process.
  const starting = i >= s.first && i < s.last ? NAMES_STARTING.get(s.wordId(i), s.tokens[i]!.text) : cameoNamesStarting(s.tokenKey(i));
  const list = cameoNamesAfter(starting, i + 1 < limit ? s.tokenKey(i + 1) : null);
  // The words after the first, joined when a length is first asked for (the list is longest first,
  // so mostly once per length); no array or closure is made per call, as this runs at many words.
  let restLength = 0;
  let rest = '';
  for (const n of list) {
    if (i + n.length > limit) continue;
    if (n.length > 1) {
      if (restLength !== n.length) {
        rest = restKey(s, i, n.length);
        restLength = n.length;
      }
      if (rest !== n.rest) continue;
    }
    return { actor: cameoActor(n.row), length: n.length };
  }
  return null;
}

/** The keys of tokens i + 1 to i + length - 1, joined by single spaces: a dictionary name's words after its first. */
function restKey(s: SentenceScan, i: number, length: number): string {
  let out = s.tokenKey(i + 1);
  for (let k = 2; k < length; k++) out += ` ${s.tokenKey(i + k)}`;
  return out;
}

function where(actor: CameoActor): string {
  return `${actor.file}:${actor.line}`;
}

/**
 * A person named by first name and surname only ("Laurent Kabila", "Joseph Kabila") whom the
 * dictionary lists with one name more ("laurent desire kabila", "joseph kabila kabange"): accepted
 * when every such entry has one country.
 */
function fullerName(s: SentenceScan, d: DraftMention): CameoActor | null {
  if (d.type !== 'person' || d.tokenEnd - d.tokenStart !== 2) return null;
  const first = s.tokenKey(d.tokenStart);
  const list = cameoActorIndex().byFirstWord.get(first);
  if (!list) return null;
  const surname = s.tokenKey(d.tokenStart + 1);
  // The answer is the two words' own, and a common first name starts a long list: it is read once per pair.
  let bySurname = FULLER_NAMES.get(first);
  const known = bySurname?.get(surname);
  if (known !== undefined) return known;
  const found = fullerNameOf(list, surname);
  if (!bySurname) {
    if (FULLER_NAMES.size >= MAX_FULLER_FIRST_WORDS) FULLER_NAMES.clear();
    FULLER_NAMES.set(first, (bySurname = new Map()));
  }
  setBounded(bySurname, MAX_FULLER_SURNAMES, surname, found);
  return found;
}

/**
 * fullerName's answers by first word, then surname (both look-up keys, which the word table keeps
 * as short strings of their own): at most this many first words, and surnames under each.
 */
const FULLER_NAMES = new Map<string, Map<string, CameoActor | null>>();
const MAX_FULLER_FIRST_WORDS = 2000;
const MAX_FULLER_SURNAMES = 200;

/** The one-country entry of three words among `list` (the names starting with a first word) that holds `surname`, or null. */
function fullerNameOf(list: readonly CameoActorName[], surname: string): CameoActor | null {
  let found: CameoActor | null = null;
  for (const n of list) {
    // One name more than the text gives, not a long name of many family names, any of which a namesake
    // may share ("Ana Pereira" is not "Ana Maria Pessoa Pereira da Silva Pinto").
    if (n.length !== 3 || !n.rest.includes(surname) || !n.rest.split(' ').includes(surname)) continue;
    const actor = cameoActor(n.row);
    if (found && cameoCodeOn(found, null).country !== cameoCodeOn(actor, null).country) return null;
    found = actor;
  }
  return found;
}

/**
 * Whether the dictionary may have the actor in office on the document's day: an undated code, a
 * dated period that contains the day, or one still open; without a day, always.
 */
function heldOn(actor: CameoActor, date: string | null): boolean {
  if (!date || date.length < 4) return true;
  const day = date.length >= 10 ? date.slice(0, 10) : `${date.slice(0, 4)}-07-01`;
  // An undated elite code ("KIR/ELI" after a governorship) is standing, not an office: one who has it
  // and no office on the day holds none then.
  return actor.codes.some((c) => (c.from === null && c.to === null && c.sector !== 'ELI') || ((c.from !== null || c.to !== null) && (c.from === null || c.from <= day) && (c.to === null || day <= c.to)));
}

/**
 * Where a person's country from the dictionary stands: a namesake listed only in offices ended by the
 * document's day is a past namesake when the text gives the name an office now ("Minister for
 * Development Andrew Mitchell" in 2023), and past-listed when it gives none where it names him, so an
 * office the text gives later ("... The Brazilian President") goes before the list (see coreference).
 */
function listedSource(s: SentenceScan, d: DraftMention, actor: CameoActor, date: string | null): 'lexicon' | 'past-namesake' | 'past-listed' {
  if (heldOn(actor, date) || formerBefore(s.text, d.start)) return 'lexicon';
  return d.title ? 'past-namesake' : 'past-listed';
}

/** A name found by another rule, without a country: the dictionary entry of exactly that name gives one. */
function fillCountry(s: SentenceScan, d: DraftMention, date: string | null): void {
  if (d.country || (d.form !== 'name' && d.form !== 'acronym')) return;
  // No dictionary name, short or full, starts with a word the word table says starts none.
  if (!CAMEO_FIRST_WORDS.has(s.wordId(d.tokenStart), s.tokens[d.tokenStart]!.text)) return;
  let n = nameAt(s, d.tokenStart, d.tokenEnd);
  if (!n || d.tokenStart + n.length !== d.tokenEnd) {
    const fuller = fullerName(s, d);
    n = fuller ? { actor: fuller, length: 2 } : null;
  }
  if (!n) return;
  // A lone word ("Farah", "Bagram") is too often someone or something else.
  if (n.length < 2 && !(d.type !== 'person' && n.actor.file !== 'actors-countries.tsv')) return;
  const code = cameoCodeOn(n.actor, date);
  if (!code.country) return;
  d.country = code.country;
  d.sector ??= code.sector;
  // "Minister for Development Andrew Mitchell" in 2023: a namesake the dictionary lists only in
  // offices that had ended by the document's day may not be the one the text gives an office now,
  // so what the text's issuer says of its officials goes first (see coreference).
  if (d.type === 'person') d.countrySource = listedSource(s, d, n.actor, date);
  d.rule = `${d.rule}; country from ${where(n.actor)}`;
}

/**
 * The kind of thing a dictionary actor is: offices held for a time are people, coded bodies
 * organisations, and a country's own names (cities, provinces, peoples; dated only by the
 * country's history, as "Abkhaz") places.
 */
function kindOf(actor: CameoActor): DraftMention['type'] {
  if (actor.file !== 'actors-countries.tsv') return 'organization';
  if (!actor.codes.some((c) => c.sector)) return 'place';
  return actor.codes.some((c) => c.from !== null || c.to !== null) ? 'person' : 'organization';
}

function isOffice(text: string): boolean {
  return titleByWords(text) !== null || titleByWords(text.split(/ of | for /i)[0]!) !== null;
}

/** Per word: whether a name of the CAMEO actor dictionary starts with it. */
const CAMEO_FIRST_WORDS = new WordTest((text: string) => cameoActorIndex().byFirstWord.has(keyOfText(text)));

/** Capitalised words no rule has claimed that the dictionary names. */
function newNames(s: SentenceScan, date: string | null): void {
  for (let i = s.first; i < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free || !s.isCap(i) || !s.marked(i, Mark.StartsCameoName)) continue;
    let limit = i;
    while (limit < s.last && s.claimOf(limit) === Claim.Free) limit++;
    const n = nameAt(s, i, limit);
    if (!n) continue;
    const end = i + n.length;
    if (n.length === 1) {
      const word = s.tok(i)!.text;
      // A single word stands for the actor when it is written as a name: not a sentence's first
      // word the text also writes in lower case, and long enough not to be an everyday word.
      if (word.length < MIN_SINGLE_WORD && !/^[A-Z]{3,}$/.test(word)) continue;
      if (s.atClauseStart(i) && s.lowerWords.has(s.tokenKey(i))) continue;
      // A lone city or province name ("Farah", "Kunar") is a place only where the text puts
      // something: "in Kunar", "from Farah"; elsewhere it is as likely someone's name.
      if (kindOf(n.actor) === 'place' && !PLACE_BEFORE.has(s.lower(i - 1))) continue;
    }
    if (!s.isCap(end - 1) && !/^[-']$/.test(s.tok(end - 1)!.text)) continue;
    const code = cameoCodeOn(n.actor, date);
    if (!code.country && !code.sector) continue;
    const text = s.span(i, end);
    // An office without its holder ("Secretary of State" heading a transcript) is a title, the title rules' business.
    if (isOffice(text)) continue;
    const type = kindOf(n.actor);
    // "Nelson Mandela University", "the Willy Brandt House": a person's name before a body's head noun names the body.
    if (type === 'person' && namesThingAt(s, i, end)) continue;
    const draft: DraftMention = {
      start: s.tokens[i]!.start, end: s.tokens[end - 1]!.end, tokenStart: i, tokenEnd: end,
      type, form: 'name', canonical: text, country: code.country, sector: code.sector,
      rule: `cameo-actor (${where(n.actor)})`,
    };
    if (type === 'place') draft.placeKind = 'other';
    if (type === 'person' && code.country) draft.countrySource = listedSource(s, draft, n.actor, date);
    s.push(draft);
    i = end - 1;
  }
}

/** The dictionary's reading of one sentence's names; `date` is the document's date, for offices held. */
export function cameoActors(s: SentenceScan, date: string | null): void {
  for (const d of s.out) fillCountry(s, d, date);
  newNames(s, date);
}
