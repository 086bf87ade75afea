import type { Actor, Mention, Sentence } from '../../document/layers.js';
import { lookupKey, ownCopy } from '../../lexicon/normalize.js';
import { sentenceOf } from './pronouns.js';
import { indexById } from './by-id.js';
import { setBounded } from '../../lexicon/bounded-cache.js';

/**
 * Offices that govern a city or region. Their holders are named in news with the region
 * left to the context ("regional governor Oleh Syniehubov said" in a sentence about Kharkiv),
 * so the place the sentence is about tells their country. National offices ("Minister",
 * "President") must not learn a country that way: a minister is often named beside the
 * city he visits.
 */
const LOCAL_OFFICES = new Set([
  'governor', 'regional governor', 'vice-governor', 'vice governor', 'deputy governor', 'lieutenant governor',
  'mayor', 'deputy mayor', 'city mayor', 'head of the administration', 'head of administration',
  // Heads of regions and cities in Kazakhstan and Uzbekistan.
  'akim', 'khokim', 'hokim',
]);
/** "Governor of the Central Bank", "Bank of Russia governor": a bank's governor runs no region. */
const NOT_LOCAL = /\bbank\b/;
/** Place kinds a local office can govern. */
const GOVERNED_KINDS = new Set(['city', 'region']);

/** "arrived in Minsk", "on a visit to Minsk": the place a visitor comes to is not the one they govern. */
export const VISITED = /(?:(?:arriv\w*|travel\w*|came|comes|flew|trip|tour\w*)[ \t\u00a0]+(?:in|to|at)|visit\w*(?:[ \t\u00a0]+(?:in|to|at))?)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i;
/**
 * "a delegation from Binh Duong Province", "a delegation to Yunnan": the place a delegation comes
 * from or goes to is the guests' or the hosts', not the one a governor named beside it governs.
 */
const DELEGATION_PLACE = /delegations?[ \t\u00a0]+(?:from|of|to)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i;

/** "Premier of ", "Governor of the ": an office's words right before the place it is of. */
const OFFICE_OF_BEFORE = /\p{Lu}[\p{L}-]*[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** Between that place and its holder's name: nothing, or a comma. */
const HOLDER_GAP = /^[ \t\u00a0]*,?[ \t\u00a0]*$/;

/**
 * "Governor X met Premier of Alberta Y": a place named in the office of a province's or a state's own
 * leader, right before that person's name, is where that person holds office; it says nothing of where
 * the governor governs. A local office's place stays: the holder's own ("the Governor of Selenge Province,
 * X"), or one whose deputies the text names beside it ("the Mayor of the West Midlands, Y, ... the Deputy Mayor").
 */
function placeOfNamedOffice(text: string, place: Mention, next: Mention | undefined): boolean {
  return next !== undefined && next.type === 'person' && next.form === 'name' && !isLocalOffice(next.title ?? null)
    && HOLDER_GAP.test(text.slice(place.end, next.start)) && OFFICE_OF_BEFORE.test(text.slice(Math.max(0, place.start - 40), place.start));
}

export function isLocalOffice(title: string | null): boolean {
  if (!title) return false;
  let known = LOCAL_ANSWERS.get(title);
  if (known === undefined) {
    known = readLocalOffice(title);
    // Kept as a copy of its own: a piece cut from a document would keep the whole document.
    setBounded(LOCAL_ANSWERS, MAX_LOCAL_ANSWERS, ownCopy(title), known);
  }
  return known;
}

/**
 * isLocalOffice's answers by title, at most MAX_LOCAL_ANSWERS of them: the stage asks it of the same
 * few offices again and again (for each holder, each bare title, each pass), in document after document.
 */
const LOCAL_ANSWERS = new Map<string, boolean>();
const MAX_LOCAL_ANSWERS = 4096;

function readLocalOffice(title: string): boolean {
  const key = lookupKey(title);
  if (NOT_LOCAL.test(key)) return false;
  // "Governor of Gyeonggi Province": the office of a place the lexicons may not know.
  return LOCAL_OFFICES.has(key) || LOCAL_OFFICES.has(key.replace(/ (?:of|for) .*$/, ''));
}

/** Characters read after a holder's name for the place their office is of: " of Nagano". */
const OWN_PLACE_REACH = 16;
/** A capitalised place after "of" in an office ("Governor of Nagano Prefecture"), or right after the holder's name (" of Nagano"). */
const OWN_PLACE_IN_TITLE = /\bof[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Lu}/u;
const OWN_PLACE_AFTER_NAME = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Lu}/u;

function namesOwnPlace(title: string | null, afterName: string): boolean {
  return (title !== null && OWN_PLACE_IN_TITLE.test(title)) || OWN_PLACE_AFTER_NAME.test(afterName);
}

/**
 * Gives a holder of a local office with no country the country of the cities and regions named
 * in the sentence that names them, when those all lie in one country; otherwise leaves it
 * unknown (a wrong country is worse than none).
 */
export function localOfficeCountries(actors: Actor[], mentions: readonly Mention[], sentences: readonly Sentence[], text = ''): void {
  const holders = actors.filter((a) => a.type === 'person' && !a.country && isLocalOffice(a.title));
  if (holders.length === 0) return;
  // Country of the cities and regions of each sentence; null once two countries meet there.
  // The regions of the whole document back it up when the sentence names none.
  const placeCountry = new Map<number, string | null>();
  let regionCountry: string | null | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'place' || !m.country || !m.placeKind || !GOVERNED_KINDS.has(m.placeKind)) continue;
    if (text && (VISITED.test(text.slice(Math.max(0, m.start - 24), m.start)) || DELEGATION_PLACE.test(text.slice(Math.max(0, m.start - 24), m.start)))) continue;
    if (text && placeOfNamedOffice(text, m, mentions[i + 1])) continue;
    const s = sentenceOf(sentences, m);
    const seen = placeCountry.get(s);
    placeCountry.set(s, seen === undefined || seen === m.country ? m.country : null);
    if (m.placeKind === 'region') regionCountry = regionCountry === undefined || regionCountry === m.country ? m.country : null;
  }
  const byId = indexById(mentions);
  for (const a of holders) {
    // The sentence that names the holder with the title; later sentences may be about elsewhere.
    const first = firstNaming(a, byId);
    if (!first) continue;
    // "In Baku, Governor X of Nagano met ...", "Governor of Nagano Prefecture X": a holder whose office
    // names a place of its own, one the lexicons do not know, governs there; the other places of the
    // sentence are where the holder travelled or met someone, and say nothing of that place's state.
    if (namesOwnPlace(a.title, text.slice(first.end, first.end + OWN_PLACE_REACH))) continue;
    const here = placeCountry.get(sentenceOf(sentences, first));
    const country = here === undefined ? regionCountry : here;
    if (country) a.country = country;
  }
}

/**
 * "Prime Minister X visited the Turkestan Region and met the growers Governor Y had invited": a holder
 * of a local office still without a country, in whose sentence the issuer's own official visits places
 * that all lie in the issuer's state, governs there: a state's officials tour their own regions and meet
 * their governors. (Places a governor is said to visit say nothing of where they govern, see VISITED;
 * this asks only of places of the issuer's `home`, in a sentence whose subject is not the governor.)
 */
export function visitedHomeRegion(actors: Actor[], mentions: readonly Mention[], sentences: readonly Sentence[], text: string, home: string): void {
  const holders = actors.filter((a) => a.type === 'person' && !a.country && isLocalOffice(a.title));
  if (holders.length === 0) return;
  const byId = indexById(mentions);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const a of holders) {
    const first = firstNaming(a, byId);
    if (!first) continue;
    const s = sentenceOf(sentences, first);
    const sentence = sentences[s];
    if (!sentence) continue;
    let visited = false;
    let other = false;
    let subject: Mention | undefined;
    for (const m of mentions) {
      if (m.start < sentence.start) continue;
      if (m.start >= sentence.end) break;
      if (!subject && m.type === 'person') subject = m;
      if (m.type !== 'place' || !m.country || !m.placeKind || !GOVERNED_KINDS.has(m.placeKind)) continue;
      if (m.country !== home) other = true;
      else if (VISITED.test(text.slice(Math.max(0, m.start - 24), m.start))) visited = true;
    }
    // The visitor is the sentence's first person, one of the issuer's own, not the governor.
    const visitor = subject?.actor ? actorById.get(subject.actor) : undefined;
    if (visited && !other && visitor && visitor !== a && visitor.country === home) a.country = home;
  }
}

/** Words that list those taking part in a meeting: "also present were", "attended by", "took part". */
const ATTENDEE_LIST = /(?<![\p{L}])(?:(?:also[ \t\u00a0]+)?present|attended[ \t\u00a0]+by|took[ \t\u00a0]+part|taking[ \t\u00a0]+part|participated)(?![\p{L}])/iu;

/**
 * "Also present at the meeting were Minister of Mining X and Governor Y, whose province will host the
 * refinery": a governor or mayor still without a country, in a text that names no region of another
 * state, listed among those taking part beside officials of the issuer's state only, governs in it.
 */
export function listedWithHomeOfficials(actors: Actor[], mentions: readonly Mention[], sentences: readonly Sentence[], text: string, home: string): void {
  const holders = actors.filter((a) => a.type === 'person' && !a.country && isLocalOffice(a.title));
  if (holders.length === 0) return;
  // A region of another state anywhere in the text may be the one governed: such a text is left alone.
  if (mentions.some((m) => m.type === 'place' && m.placeKind === 'region' && m.country && m.country !== home)) return;
  const byId = indexById(mentions);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const a of holders) {
    const first = a.mentions.map((id) => byId.get(id)).find((m) => m !== undefined && m.form !== 'pronoun');
    if (!first) continue;
    const sentence = sentences[sentenceOf(sentences, first)];
    if (!sentence || !ATTENDEE_LIST.test(text.slice(sentence.start, sentence.end))) continue;
    let own = false;
    let other = false;
    for (const m of mentions) {
      if (m.start < sentence.start || m.type !== 'person' || !m.actor || m.actor === a.id) continue;
      if (m.start >= sentence.end) break;
      const c = actorById.get(m.actor)?.country;
      if (c === home) own = true;
      else other = true;
    }
    if (own && !other) a.country = home;
  }
}

/** The first mention of an actor in the text that is no pronoun: the one that names it, with its title. */
function firstNaming(a: Actor, byId: ReadonlyMap<string, Mention>): Mention | undefined {
  let first: Mention | undefined;
  for (const id of a.mentions) {
    const m = byId.get(id);
    if (m && m.form !== 'pronoun' && (!first || m.start < first.start)) first = m;
  }
  return first;
}
