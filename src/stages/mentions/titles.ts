import { listedCountryWithTitle, monarchByName, personByName, personBySurname } from '../../lexicon/people.js';
import { type TitleEntry, titleByWords } from '../../lexicon/titles.js';
import { isCapitalized, lookupKey, singleSpaced } from '../../lexicon/normalize.js';
import { countryName } from '../../lexicon/countries.js';
import { wordLists } from '../../lexicon/words.js';
import { WordTest } from '../../lexicon/word-table.js';
import { Claim, type SentenceScan, type TitleHit } from './context.js';
import { type CountryWord, countryWordAt, countryWordBefore } from './country-words.js';
import type { DraftMention } from './draft.js';
import { dropCommonStart, hasNonNameWord, isTitleWord, type NameRun, nameRun, nameRunAt, nameText, opensTwoWordStyle, peerName, startAtGivenName } from './names.js';
import { setBounded } from '../../lexicon/bounded-cache.js';
import { inflections, thirdPerson } from '../events/inflect.js';
import { eventLexicon } from '../events/lexicon.js';
import { meetingLexicon } from '../../lexicon/meetings.js';

/** Titles that are ordinary words in lower case ("a major role", "the general public"): they count only before a name or with a capital. */
const WEAK_TITLES = new Set([
  'leader', 'justice', 'major', 'doctor', 'representative', 'chair', 'deputy', 'general', 'director', 'secretary',
  'commander', 'editor', 'founder', 'activist', 'journalist', 'lieutenant', 'captain', 'colonel', 'inspector',
  'detective', 'professor', 'rector', 'administrator', 'commissioner', 'businessman', 'entrepreneur', 'correspondent',
  'head', 'prince', 'princess', 'sheikh', 'dissident', 'marshal', 'sergeant', 'cardinal', 'bishop', 'party leader', 'member',
]);
/** Titles whose sector comes from the body they head ("Chairman of the State Duma" is LEG). */
const GENERIC_TITLES = new Set([
  'chairman', 'director', 'director-general', 'head', 'secretary', 'secretary-general', 'deputy', 'spokesman',
  'leader', 'president', 'commissioner', 'administrator', 'executive director', 'managing director', 'ceo', 'founder',
]);
/**
 * The sector of an office given its complement: a generic title takes its body's ("Chairman of the
 * State Duma" is LEG); an office that heads companies as well as states is a business office of a
 * body the lexicons do not place in another sector ("Chief Executive of Siam Freight Lines" is BUS,
 * "Chief Executive of Hong Kong" stays GOV).
 */
function officeSector(entry: TitleEntry, comp: Complement | null, generic: boolean): string | null {
  if (comp?.organization && comp.sector && generic) return comp.sector;
  if (entry.company && comp?.organization && !comp.anaphoric) return comp.sector ?? 'BUS';
  return entry.sector;
}
/** Words that may stand between a country word and a title: "Lebanon's new President". */
/** Styles of respect written before an office ("Hon'ble Prime Minister"), lower case, straight apostrophe. */
const HONOURABLE = new Set(["hon'ble", 'honourable', 'honorable']);
/** Words between an article and an office that leave it a definite reference to its holder ("the Federal Minister"). */
const TITLE_ADJECTIVES = new Set(['new', 'federal', 'former', 'acting', 'then', 'interim', 'outgoing', 'incoming', 'newly', 'elected', 'senior', 'junior', 'top', 'late', 'current', 'incumbent', 'ousted', 'exiled', 'visiting', 'deposed', 'slain', 'jailed', 'embattled', 'retired', 'respective', 'powerful', 'influential', 'veteran', 'first', 'chief', 'executive']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Nouns of a federation's or a state's units written before "of" and the unit's name: "the State of Rio de Janeiro". */
const STATE_UNITS = new Set(['state', 'province', 'prefecture', 'region', 'department', 'county']);
/** Nouns for a state or one of its parts, whose possessive can own an office: "the province's Minister". */
const UNIT_NOUNS = new Set(['state', 'province', 'region', 'country', 'republic', 'kingdom', 'city', 'oblast', 'territory', 'emirate', 'county', 'prefecture']);
/** A state body's nouns that a release uses alone for the one it is about: "Secretary-General of the Ministry". */
const ANAPHORIC_BODIES = new Set(['ministry', 'department', 'embassy', 'consulate', 'presidency', 'secretariat']);
/** Common nouns of a body's units, written in lower case with their portfolio: "the regional department of tourism". */
const UNIT_BODIES = new Set(['department', 'division', 'directorate', 'office', 'administration', 'service', 'agency', 'committee', 'ministry', 'section', 'board']);
/** Most adjectives of level before such a unit: "the regional department". */
const MAX_UNIT_ADJECTIVES = 2;
/** Common nouns of businesses among BODY_NOUNS. */
const COMPANY_NOUNS = new Set(['company', 'corporation']);
/** Common nouns of bodies, whose possessive after an article owns an office: "the Ministry's spokesperson". */
const BODY_NOUNS = new Set(['ministry', 'department', 'government', 'embassy', 'consulate', 'commission', 'council', 'presidency', 'office', 'bank', 'agency', 'authority', 'company', 'corporation', 'committee', 'secretariat', 'party', 'union']);

/**
 * The title as the text words it ("General Secretary", "Spokesman", "Minister of Finance"), each
 * word capitalised; abbreviations ("PM", "Gen.") give way to the listed form.
 */
export function displayTitle(th: TitleHit): string {
  const shown = DISPLAYED.get(th.text);
  if (shown !== undefined) return shown ?? th.entry.title;
  const written = singleSpaced(th.text).trim();
  // "Chargé d’Affaires a.i.": the interim mark's dots abbreviate no word of the office.
  const display = /\./.test(written.replace(/\s+a\.i\.$/i, '')) || /^[A-Z]{1,3}$/.test(written)
    ? null
    : written.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + (/^(?:of|for|the|and|on|to|in)$/.test(c) ? c : c.toUpperCase()))
      .replace(/\b(Of|For|The|And|On|To|In|At)\b/g, (w) => w.toLowerCase())
      // "Ambassador-at-Large": a preposition inside a hyphenated office stays in lower case.
      .replace(/(?<=-)(?:At|By)(?=-)/g, (w) => w.toLowerCase())
      .replace(/ A\.i\.(?= |$)/, ' a.i.')
      // "Chargé d'affaires": the elided French article stays in lower case, the noun after it is capitalised.
      .replace(/(?<=\s)D(['’])(\p{L})/gu, (_m, q: string, c: string) => `d${q}${c.toUpperCase()}`)
      // "ex-President" keeps its prefix as written.
      .replace(/^Ex-(?=\p{Lu})/u, (w) => (written.startsWith('ex-') ? 'ex-' : w));
  remember(DISPLAYED, th.text, display);
  return display ?? th.entry.title;
}

/**
 * Titles as displayed (null: the listed form stands instead) and without their ranks, by the
 * words they are read from: the same few offices come back in every document.
 */
const DISPLAYED = new Map<string, string | null>();
const BASE_TITLES = new Map<string, string>();
const MAX_REMEMBERED = 5000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  setBounded(memo, MAX_REMEMBERED, key, value);
}

/** A title without its rank words: "First Deputy Chairman" -> "chairman". */
function baseTitle(title: string): string {
  let base = BASE_TITLES.get(title);
  if (base === undefined) {
    base = title.toLowerCase().replace(/^(?:(?:vice|deputy|first|assistant|junior|under|acting|chief)[\s-]+)+/, '');
    remember(BASE_TITLES, title, base);
  }
  return base;
}

/** Most words in a bracketed division of an office: "Secretary (Economic Relations)". */
const MAX_DIVISION_WORDS = 3;

/** "Ambassador of Belarus to Russia", "Special Envoy for Central Asia": where an envoy is posted, skipped when looking for the name. */
const POSTING = new Set(['to', 'in', 'at', 'for']);

/** A listed place starting at token `i` that belongs to no one state ("Central Asia", "the Sahel"). */
function regionWordAt(s: SentenceScan, i: number): { start: number; end: number; possessive: boolean } | null {
  const h = s.nameHit(i);
  if (!h || h.start !== i || h.hit.entry.kind !== 'place') return null;
  return { start: i, end: h.end, possessive: s.isPossessive(h.end) };
}
/** "of the host country": nouns for the state that hosts an event, named by that part. */
const HOST_NOUNS = new Set(['country', 'state', 'nation']);

/** Most states or regions one envoy is accredited to, after the first ("to Serbia, Montenegro and North Macedonia"). */
const MAX_ACCREDITED = 4;

/**
 * Where a list of the states or regions an envoy is accredited to ends, given the end of its first
 * item: "Russia and Central Asia", "Serbia, Montenegro and North Macedonia". Items after commas count
 * only when "and" closes the list, so "to Russia, Tom Reilly" keeps its posting at "Russia".
 */
function accreditedListEnd(s: SentenceScan, firstEnd: number): number {
  let end = firstEnd;
  let k = firstEnd;
  for (let n = 0; n < MAX_ACCREDITED; n++) {
    const joiner = s.lower(k);
    if (joiner !== ',' && joiner !== 'and') break;
    const at = k + 1 + (s.lower(k + 1) === 'the' ? 1 : 0);
    const item = countryWordAt(s, at) ?? regionWordAt(s, at);
    if (!item || item.possessive) break;
    k = item.end;
    if (joiner === 'and') {
      end = k;
      break;
    }
  }
  return end;
}

/**
 * Offices that are posted somewhere. Other titles before "to X" name a journey, not a post:
 * "the first visit by a British foreign secretary to Kazakhstan". The head of a diplomatic mission
 * ("Head of Mission to the European Union") is posted as an ambassador is.
 */
const ENVOY = /\b(?:ambassador|envoy|representative|coordinator|consul|charg[eé] d.affaires|high commissioner|attach[eé]|nuncio|(?:head|chief) of mission)\b/;

/** The end of an organisation's name starting at token `i`, found already or listed, or null. */
function bodyAt(s: SentenceScan, i: number): number | null {
  const draft = draftStartingAt(s, i);
  if (draft) return draft.type === 'organization' && draft.form === 'name' ? draft.tokenEnd : null;
  const h = s.nameHit(i);
  return h && h.start === i && h.hit.entry.kind === 'organization' ? h.end : null;
}

function draftEndingAt(s: SentenceScan, end: number): DraftMention | undefined {
  for (let k = s.out.length - 1; k >= 0; k--) if (s.out[k]!.tokenEnd === end) return s.out[k];
  return undefined;
}

/** Most of the latest drafts looked at for the body "its" stands for. */
const ITS_BODY_REACH = 4;

/**
 * "Korvanta Logistics will hire 400 workers, according to its chief executive, X": "its" right before an
 * office stands for the body the sentence named last, when no person, place or other thing was named
 * after it (a place or a person in between may be what "its" means).
 */
function itsBody(s: SentenceScan, p: number): DraftMention | undefined {
  if (s.lower(p - 1) !== 'its') return undefined;
  for (let k = s.out.length - 1; k >= 0 && s.out.length - k <= ITS_BODY_REACH; k--) {
    const d = s.out[k]!;
    if (d.tokenEnd > p - 1) continue;
    if (d.type !== 'organization' || d.form !== 'name') return undefined;
    for (let j = d.tokenEnd; j < p - 1; j++) if (s.nameHit(j)) return undefined;
    return d;
  }
  return undefined;
}

function draftStartingAt(s: SentenceScan, start: number): DraftMention | undefined {
  for (let k = s.out.length - 1; k >= 0; k--) if (s.out[k]!.tokenStart === start) return s.out[k];
  return undefined;
}

interface Complement {
  readonly end: number;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly organization: boolean;
  /** The text says "of the ...". */
  readonly article: boolean;
  /** "of the region": the place the text is about, by its common noun, not a place named. */
  readonly anaphoric?: boolean;
  /** "of the Board": a board, which is of the body named after it. */
  readonly board?: boolean;
  /** "of DBS": a company named by a word shaped like a brand, which no other rule has made a mention. */
  readonly brand?: boolean;
  /** The brand's first token. */
  readonly brandStart?: number;
}

/**
 * "Secretary-General of the United Nations", "Chairperson of the African Union Commission": a
 * body keeps the article the text gives it; places keep their short names ("President of Comoros").
 */
function ofComplement(comp: Complement, prep = 'of'): string {
  return comp.organization && comp.article ? `${prep} the ${comp.name.replace(/^the\s+/i, '')}` : `${prep} ${comp.name}`;
}

/**
 * "of Russia's Irkutsk Oblast", "of the State Duma", "of the Republic of Belarus"; a body followed by
 * its state ("of the Security Council of the Russian Federation") is one complement, of that state.
 */
function complementAt(s: SentenceScan, j: number): Complement | null {
  let comp = singleComplementAt(s, j);
  if (!comp?.organization) return comp;
  // "of the Samruk-Kazyna fund": a body's head noun in lower case after its name belongs to it.
  if (!s.isCap(comp.end) && wordLists().orgHeads.has(s.lower(comp.end))) comp = { ...comp, end: comp.end + 1, name: `${comp.name} ${s.lower(comp.end)}` };
  // "of the Board of the Northern Railway": a board is of the body named after it.
  if (comp.board) {
    // "of the Board of Directors of Siemens Energy": a board named by its members is still of the body after it.
    if (s.lower(comp.end) === 'of' && BOARD_MEMBERS.has(s.lower(comp.end + 1)) && s.isCap(comp.end + 1)) {
      comp = { ...comp, end: comp.end + 2, name: `${comp.name} of ${s.tok(comp.end + 1)!.text}` };
    }
    const body = singleComplementAt(s, comp.end);
    // "of the Board of Trade", "of the Board of Education": a board named by its subject is a body of its own.
    const subject = body ? null : portfolioAt(s, comp.end);
    if (body && !body.anaphoric) comp = { ...body, name: `${comp.name} ${singleSpaced(s.span(comp.end, body.end))}`, article: comp.article };
    else if (subject) return { ...comp, end: subject.end, name: `${comp.name} ${subject.text}`, board: false };
    if (!comp.organization) return comp;
  }
  const state = singleComplementAt(s, comp.end);
  if (!state || state.organization || state.anaphoric || !state.country) return comp;
  return { ...comp, end: state.end, name: `${comp.name} ${singleSpaced(s.span(comp.end, state.end))}`, country: state.country };
}

function singleComplementAt(s: SentenceScan, j: number): Complement | null {
  const comp = placeOrBodyAt(s, j);
  return comp && comp.article && !comp.anaphoric && !comp.board ? bodyNamedAfterPlace(s, comp) ?? comp : comp;
}

/** Words that end a body's name besides organisations' head nouns: "the Suez Canal Economic Zone". */
const BODY_ENDS = new Set(['zone', 'zones', 'area', 'park', 'port', 'canal']);

/** Bodies of a government an official may serve as its secretary or adviser: "Secretary to the Ministry of Finance". */
const SERVED_BODIES = new Set(['ministry', 'government', 'department', 'cabinet']);

/**
 * "Secretary to the Ministry of Finance of Odisha", "Adviser to the Government of Kenya": "to the"
 * before a government's body joins an office to the body its holder serves, as "of" does. An envoy
 * is posted "to" a state or body he does not serve, and is read apart (POSTING).
 */
function servedBodyAt(s: SentenceScan, j: number): boolean {
  return s.lower(j) === 'to' && s.lower(j + 1) === 'the' && s.isCap(j + 2) && SERVED_BODIES.has(s.lower(j + 2)) && !ENVOY.test(officeBeforeTo(s, j));
}

/** Most tokens between an office and the "to" after it: "Ambassador of the Republic of Peru to". */
const OFFICE_BEFORE_TO_REACH = 8;

/** The lower-case words of the nearest office before token j, or "". */
function officeBeforeTo(s: SentenceScan, j: number): string {
  for (let k = j - 1; k >= s.first && j - k <= OFFICE_BEFORE_TO_REACH; k--) {
    const th = s.titleHit(k);
    if (th) return lookupKey(th.entry.title);
  }
  return '';
}

/**
 * "of the General Authority for the Suez Canal Economic Zone Walid Gamal El-Din": capitalised words
 * after a place or body that end on a head noun, right before the holder's name, finish the body's
 * name; the holder's name starts after them. With no name after ("for the Suez Canal said") the
 * complement stays as read.
 */
function bodyNamedAfterPlace(s: SentenceScan, place: Complement): Complement | null {
  const { orgHeads } = wordLists();
  let end = -1;
  for (let j = place.end; j < s.last && j - place.end < MAX_BODY_WORDS && s.isCap(j) && s.claimOf(j) === Claim.Free && !s.nameHit(j) && !s.titleHit(j); j++) {
    const l = s.lower(j);
    if (orgHeads.has(l) || BODY_ENDS.has(l)) end = j + 1;
  }
  if (end < 0) return null;
  const holder = nameRunAt(s, end);
  if (!holder || holder.start !== end || holder.words < 2) return null;
  return { ...place, end, name: `${place.name} ${singleSpaced(s.span(place.end, end))}`, organization: true, sector: place.organization ? place.sector : null };
}

function placeOrBodyAt(s: SentenceScan, j: number): Complement | null {
  if (s.lower(j) !== 'of' && s.lower(j) !== 'for' && !servedBodyAt(s, j)) return null;
  let k = j + 1;
  const article = s.lower(k) === 'the';
  if (article) k++;
  const d = draftStartingAt(s, k);
  if (d && (d.type === 'organization' || d.type === 'place')) {
    const organization = d.type === 'organization';
    return { end: d.tokenEnd, name: d.canonical ?? s.span(d.tokenStart, d.tokenEnd), country: d.country, sector: organization ? d.sector : null, organization, article };
  }
  // "Head of the Delegation of Japan Keiichi Ono", "Head of the Japanese Delegation": a delegation is a
  // body of the state it speaks for.
  // "Head of the Delegation of the European Union to Moldova": a union of states sends delegations too.
  if (s.lower(k) === 'delegation' && s.lower(k + 1) === 'of') {
    const union = s.lower(k + 2) === 'the';
    const state = countryWordAt(s, union ? k + 3 : k + 2);
    const kind = state?.hit.hit.entry.kind;
    if (state && !state.possessive && kind !== 'demonym' && (kind !== 'organization' || (union && state.country === 'EUR'))) {
      return { end: state.end, name: singleSpaced(s.span(k, state.end)), country: state.country, sector: 'GOV', organization: true, article };
    }
  }
  const cw = countryWordAt(s, k);
  // "Head of the EU Delegation to Serbia": a delegation named by the body or state that sends it is a body of that side.
  if (cw && article && !cw.possessive && cw.hit.hit.entry.kind !== 'demonym' && s.lower(cw.end) === 'delegation' && s.isCap(cw.end)) {
    return { end: cw.end + 1, name: singleSpaced(s.span(k, cw.end + 1)), country: cw.country, sector: 'GOV', organization: true, article };
  }
  // "Deputy Chairman of the Security Council": a listed body whose state the text must say is a complement too.
  const body = cw ? undefined : s.nameHit(k);
  if (body && body.start === k && body.hit.entry.kind === 'organization') {
    const org = body.hit.entry.org;
    // "the First Vice-President of the Senate" after "the Senate of the Parliament of the Czech Republic".
    return { end: body.end, name: org.name, country: s.bodyCountry(org.name) ?? org.code, sector: org.sector, organization: true, article };
  }
  // "Governor of the State of Rio de Janeiro", "Governor of the state of Minas Gerais", "of the Province
  // of Buenos Aires": a unit's noun and "of" before a place's name; the office is that place's, of its state.
  if (!cw && article && STATE_UNITS.has(s.lower(k)) && s.lower(k + 1) === 'of') {
    const place = countryWordAt(s, k + 2);
    const e = place && !place.possessive ? place.hit.hit.entry : null;
    if (place && e && e.kind === 'place') {
      return { end: place.end, name: `the ${singleSpaced(s.span(k, place.end))}`, country: place.country, sector: null, organization: false, article };
    }
  }
  if (cw && cw.hit.hit.entry.kind === 'demonym') {
    // "head of the Belarusian state" is the head of state of Belarus; "head of the Dutch government" the
    // head of the Netherlands' government; other demonyms are no complement.
    if (article && (s.lower(cw.end) === 'government' || s.lower(cw.end) === 'cabinet' || s.lower(cw.end) === 'delegation')) {
      return { end: cw.end + 1, name: singleSpaced(s.span(k, cw.end + 1)), country: cw.country, sector: 'GOV', organization: true, article };
    }
    const unit = demonymUnitOfPlace(s, k, cw.end, cw.country, article);
    if (unit) return unit;
    const described = article ? describedCompanyAt(s, cw.start, cw.end, cw.country) : null;
    if (described) return { ...described, article };
    // "President of the Italian Senate", "Speaker of the Polish Sejm": a body named by its head noun
    // alone after the demonym of its state is that state's body.
    const head = article && s.isCap(cw.end) && s.lower(cw.end + 1) !== 'of' ? wordLists().orgHeads.get(s.lower(cw.end)) : undefined;
    if (head !== undefined) {
      return { end: cw.end + 1, name: singleSpaced(s.span(k, cw.end + 1)), country: cw.country, sector: head !== '-' ? head : null, organization: true, article };
    }
    if (s.lower(cw.end) !== 'state') return null;
    return { end: cw.end + 1, name: 'State', country: cw.country, sector: null, organization: false, article };
  }
  // "head of the Mongolia–Japan parliamentary group": two states joined by a dash qualify a noun after
  // them; neither is the office's complement.
  // The phrase with its noun is a body's name, though, when a head noun ends it and the holder's name
  // follows: "Chairman of the Japan–Mongolia Parliamentary Friendship League Kenji Hayashi", "head of
  // the Mongolia–Japan parliamentary group Ts.Munkh-Orgil"; a body of two states is neither's alone.
  if (cw && !cw.possessive && /^[-–—]$/.test(s.tok(cw.end)?.text ?? '') && s.glued(cw.end) && s.glued(cw.end + 1)) {
    const other = countryWordAt(s, cw.end + 1);
    if (other) return article ? bodyAfterStates(s, k, cw.end + 1, other.end) : null;
  }
  if (cw) {
    let place = cw;
    if (cw.possessive) {
      const next = countryWordAt(s, cw.end);
      if (next) place = next;
      // "President of the Republic of Tajikistan's Senate": a possessive state owns the body named after it,
      // and the office is that body's.
      const head = next || !s.isCap(cw.end) ? undefined : wordLists().orgHeads.get(s.lower(cw.end));
      if (head !== undefined) {
        return { end: cw.end + 1, name: singleSpaced(s.span(k, cw.end + 1)), country: cw.country, sector: head !== '-' ? head : null, organization: true, article };
      }
    }
    const e = place.hit.hit.entry;
    const name = e.kind === 'country' ? e.name : e.kind === 'place' ? e.place.name : e.kind === 'organization' ? e.org.name : s.span(place.hit.start, place.hit.end);
    const org = e.kind === 'organization';
    const end = place.possessive && !org ? place.end - 1 : place.hit.end;
    const country = (org ? s.bodyCountry(name) : null) ?? place.country ?? cw.country;
    return { end, name, country, sector: org ? e.org.sector : null, organization: org, article };
  }
  // "Minister of Economy of the region", "Deputy Head of the city": the region or city the text is
  // about, named by its common noun; the office is that place's, whichever it is.
  if (article && LOCAL_UNIT.has(s.lower(k)) && !s.isCap(k)) {
    return { end: k + 1, name: `the ${s.lower(k)}`, country: null, sector: null, organization: false, article, anaphoric: true };
  }
  // "Minister of Health of the Region Alexei Kuzin": a region's own releases write its noun with a
  // capital; alone before its holder's name (no "of", no name of its own after it), it is the region
  // the text is about, and the name opens after it.
  // "Deputy Governor of the Region for Social Affairs X": a portfolio may stand before the name.
  if (article && LOCAL_UNIT.has(s.lower(k)) && s.isCap(k) && s.lower(k + 1) !== 'of' && !s.nameHit(k + 1)
    && (nameRunAt(s, k + 1, true) || (s.lower(k + 1) === 'for' && lowerPortfolioEnd(s, k + 2) > 0))) {
    return { end: k + 1, name: `the ${s.lower(k)}`, country: null, sector: null, organization: false, article, anaphoric: true };
  }
  // "The Vice President of the Republic, Professor X": a republic's own releases name the state
  // "the Republic"; the office is the issuer's state's, whichever it is.
  // "President of the Republic Kais Saied", "President of the Republic General Joseph Aoun": so it is
  // right before its holder's name, which a military rank may open.
  if (article && s.lower(k) === 'republic' && s.isCap(k) && s.lower(k + 1) !== 'of' && (!s.isCap(k + 1) || holderNameAt(s, k + 1))) {
    return { end: k + 1, name: 'the Republic', country: null, sector: null, organization: false, article, anaphoric: true };
  }
  // "The Secretary-General of the Ministry, X", "Permanent Secretary of the Ministry X": a body named by
  // its noun alone, with its capital, is the one the text is about; the holder's name follows the office.
  if (article && s.isCap(k) && ANAPHORIC_BODIES.has(s.lower(k)) && !s.isCap(k + 1) && s.lower(k + 1) !== 'of'
    && (nameRunAt(s, k + 1, true) || (s.tok(k + 1)?.text === ',' && nameRunAt(s, k + 2)))) {
    return { end: k + 1, name: s.tok(k)!.text, country: null, sector: 'GOV', organization: true, article, anaphoric: true };
  }
  // "head of the regional department of tourism X", "Director of the department for investment, X": a
  // unit of the body the text is about, written in lower case with its portfolio; the holder's name follows.
  if (article && !s.isCap(k)) {
    let n = k;
    while (n < k + MAX_UNIT_ADJECTIVES && /^(?:regional|city|district|provincial|local|municipal)$/.test(s.lower(n))) n++;
    const end = UNIT_BODIES.has(s.lower(n)) && !s.isCap(n) && /^(?:of|for)$/.test(s.lower(n + 1)) ? lowerPortfolioEnd(s, n + 2) : -1;
    const holder = end > 0 ? nameRunAt(s, s.tok(end)?.text === ',' ? end + 1 : end, true) : null;
    if (holder && holder.words >= 2) {
      return { end, name: `the ${singleSpaced(s.span(k, end))}`, country: null, sector: 'GOV', organization: true, article, anaphoric: true };
    }
  }
  return bodyByHeadNoun(s, k, article) ?? brandBeforeHolder(s, j, k, article) ?? bodyOfStateByItsOwnName(s, k, article);
}

/** Nouns of a company's kind, after which its own name is written: "the Azerbaijani state oil company SOCAR". */
const COMPANY_KIND_NOUNS = new Set(['company', 'corporation', 'concern', 'firm', 'group', 'holding']);
/** Most lower-case words between a demonym and the company's noun: "state oil", "state-owned energy". */
const MAX_COMPANY_KIND_WORDS = 3;
/** Most words of the company's own name after its noun. */
const MAX_DESCRIBED_NAME_WORDS = 4;

/**
 * "of the Azerbaijani state oil company SOCAR", "of the Chinese company CITIC Group": a company described
 * by its state's demonym and its kind, then named, is the office's body. Its holder serves that state
 * only when the words say the state owns it ("state", "state-owned"); a private company's head serves
 * no state. `from` is the demonym, `k` the word after it; null unless the company's own capitalised name follows.
 */
function describedCompanyAt(s: SentenceScan, from: number, k: number, country: string | null): Omit<Complement, 'article'> | null {
  let n = k;
  let state = false;
  while (n < s.last && n - k < MAX_COMPANY_KIND_WORDS && !s.isCap(n) && !COMPANY_KIND_NOUNS.has(s.lower(n)) && /^[\p{Ll}-]+$/u.test(s.tok(n)!.text)) {
    if (s.lower(n) === 'state' || s.lower(n) === 'state-owned') state = true;
    n++;
  }
  if (!COMPANY_KIND_NOUNS.has(s.lower(n)) || s.isCap(n)) return null;
  const nameStart = n + 1;
  const d = draftStartingAt(s, nameStart);
  let end = d && d.type === 'organization' ? d.tokenEnd : nameStart;
  if (end === nameStart) {
    while (end < s.last && end - nameStart < MAX_DESCRIBED_NAME_WORDS && s.isCap(end) && s.claimOf(end) === Claim.Free && !s.titleHit(end)) end++;
    // The name must be closed off from the holder's by a comma, or be all there is before the sentence ends.
    if (end === nameStart || (s.tok(end)?.text !== ',' && end < s.last)) return null;
  }
  return { end, name: singleSpaced(s.span(from, end)), country: state ? country : null, sector: 'BUS', organization: true };
}

/** Words of states' full forms ("Republic", "Kingdom", "Socialist"), from the lexicon's list: "the Republic of Congo" is a state, not a body of one. */
let stateFormWords: ReadonlySet<string> | null = null;
function isStateFormWord(word: string): boolean {
  stateFormWords ??= new Set([...wordLists().stateForms].flatMap((f) => lookupKey(f).split(' ')));
  return stateFormWords.has(word);
}

/** Most words of a body's name in its own language before "of" and its state: "the Jogorku Kenesh". */
const MAX_OWN_NAME_WORDS = 3;

/**
 * "Chairman of the Halk Maslahaty of Turkmenistan X Y", "Speaker of the Jogorku Kenesh of Kyrgyzstan X Y":
 * after an office's "of the", capitalised words the lexicons do not know, then "of" and a state's name,
 * then the holder's name, are a body of that state called by its own name; complementAt adds the state.
 * Only with the state and the holder's name there, and never over a portfolio's or a listed given name's word.
 */
function bodyOfStateByItsOwnName(s: SentenceScan, k: number, article: boolean): Complement | null {
  if (!article) return null;
  const { portfolio } = wordLists();
  let end = k;
  while (end < s.last && end - k < MAX_OWN_NAME_WORDS && s.isCap(end) && s.claimOf(end) === Claim.Free && !s.nameHit(end)
    && !s.titleHit(end) && !s.isGiven(end) && !portfolio.has(s.lower(end)) && !isStateFormWord(s.lower(end))
    && /^\p{Lu}\p{Ll}+$/u.test(s.tok(end)!.text)) end++;
  if (end === k || s.lower(end) !== 'of') return null;
  const state = countryWordAt(s, end + 1);
  if (!state || state.possessive || state.hit.hit.entry.kind !== 'country') return null;
  const holder = nameRunAt(s, state.end);
  if (!holder || holder.start !== state.end || holder.words < 2) return null;
  return { end, name: s.span(k, end), country: null, sector: null, organization: true, article };
}

/**
 * A written word shaped like a company's brand, never like a person's name: all capitals ("DBS",
 * "ONGC"), two capitals or more before small letters ("HCLTech"), or one capital and a hyphen before
 * a capitalised word ("K-Electric"), or two words run together, the first of five letters or more
 * ("PetroVietnam"), or a word run together with "bank" after four letters or more ("Vietcombank",
 * "Sberbank"; "Eubank" is a surname). Names with a capital inside run on from a short prefix ("McClay", "DeSantis",
 * "FitzGerald").
 */
const BRAND_WORD = /^(?:\p{Lu}\p{Ll}{3,}bank|\p{Lu}[\p{Lu}&]*\p{Lu}|\p{Lu}{2,}\p{Ll}+\p{Lu}?\p{Ll}*|\p{Lu}[-‐]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{4,}\p{Lu}\p{Ll}+)$/u;

/**
 * "Chief Executive of DBS Tan Su Shan", "Chairman of ONGC Arun Kumar Singh", "Chief Executive of
 * K-Electric Syed Moonis Alvi": after the "of" of an office that heads companies, a word shaped like a
 * brand is the company's name, and the holder's name of two words or more (or opened by an initial)
 * follows it. Only with the holder's name there: "Chief Executive of DBS said" leaves the word to the
 * acronym rules.
 */
function brandBeforeHolder(s: SentenceScan, j: number, k: number, article: boolean): Complement | null {
  if (s.lower(j) !== 'of' || !s.isCap(k) || s.claimOf(k) !== Claim.Free || s.nameHit(k) || s.titleHit(k)) return null;
  const office = officeBeforeOf(s, j);
  if (!office) return null;
  const end = s.wordEnd(k);
  const brand = s.span(k, end);
  if (s.glued(end) && s.isWord(end)) return null;
  for (let q = k + 1; q < end; q++) if (s.claimOf(q) !== Claim.Free || s.nameHit(q) || s.titleHit(q)) return null;
  // "Managing Director of the NPA", "Chairman of the NDRC": an acronym with its article is a body's
  // name after any office, whether or not a name follows; the states' acronyms are listed names.
  if (article && ACRONYM_WORD.test(brand)) return { end, name: brand, country: null, sector: null, organization: true, article, brand: true, brandStart: k };
  // "President of SOCAR Rovshan Najaf": after any office's "of", a word of three capitals or more that
  // no list holds is a body's acronym when the holder's name follows; a name is never written in capitals
  // before a name in mixed case.
  const anyOffice = !article && end === k + 1 && /^\p{Lu}{3,}$/u.test(brand) && !wordLists().portfolio.has(s.lower(k));
  if (!anyOffice && (!(office.entry.sector === 'BUS' || office.entry.company) || !BRAND_WORD.test(brand))) return null;
  // "the Chief Executive of HKEX, Bonnie Chan Yiting,": the holder's name may be set off by a comma.
  const holderAt = s.tok(end)?.text === ',' ? end + 1 : end;
  const holder = nameRunAt(s, holderAt, anyOffice);
  if (!holder || holder.start !== holderAt || holder.words < 2) return null;
  // "Chief Executive of QM Global Sultan X": a word no name has ("Global") goes on with the brand's name.
  if (holderAt === end && wordLists().nonName.has(s.lower(holderAt))) return null;
  return { end, name: brand, country: null, sector: 'BUS', organization: true, article, brand: true, brandStart: k };
}

/**
 * The office whose "of" is token j: right before it ("Chairman of"), or before the board the "of"
 * follows ("Chairman of the Board of", "Chairman of the Board of Directors of"), a board being of the
 * company named next.
 */
function officeBeforeOf(s: SentenceScan, j: number): TitleHit | null {
  const office = s.titleHit(j - 1);
  if (office && office.end === j) return office;
  let b = j - 1;
  if (BOARD_MEMBERS.has(s.lower(b)) && s.lower(b - 1) === 'of') b -= 2;
  if (!BOARD_WORDS.has(s.lower(b)) || !s.isCap(b)) return null;
  b--;
  if (s.lower(b) === 'the') b--;
  if (s.lower(b) !== 'of') return null;
  const head = s.titleHit(b - 1);
  return head && head.end === b ? head : null;
}

/** Most words of a company's name read between an office's "of" and its holder's name set off by a comma. */
const MAX_COMPANY_WORDS = 4;

/**
 * "the Chief Executive of Global Zinc, Karen Holt,", "the Chairman of National Cement, Omar Saleh, said":
 * after the "of" of an office that heads companies, the capitalised words up to a comma are the company's
 * name, whatever portfolio or place word they hold, when a holder's name of two words or more follows the
 * comma and is closed by another, by the sentence's end or by a verb in lower case.
 */
function companyBeforeHolder(s: SentenceScan, office: TitleHit, j: number): Complement | null {
  if (s.lower(j) !== 'of' || !(office.entry.sector === 'BUS' || office.entry.company)) return null;
  const k = j + 1;
  let end = k;
  while (end < s.last && end - k < MAX_COMPANY_WORDS && s.isCap(end) && s.claimOf(end) === Claim.Free && !s.titleHit(end)) {
    const hit = s.nameHit(end);
    // A listed body, state or place is read by the complement rules.
    if (hit && hit.start === end && hit.hit.entry.kind !== 'place' && hit.hit.entry.kind !== 'demonym') return null;
    end++;
  }
  if (end === k || s.tok(end)?.text !== ',' || s.isGiven(k)) return null;
  const holder = nameRunAt(s, end + 1);
  if (!holder || holder.start !== end + 1 || holder.words < 2) return null;
  const after = s.tok(holder.end);
  if (!(after === undefined || holder.end >= s.last - 1 || after.text === ',' || /^\p{Ll}/u.test(after.text))) return null;
  const name = singleSpaced(s.span(k, end));
  return { end, name, country: null, sector: 'BUS', organization: true, article: false, brand: true, brandStart: k };
}

/** A word in capitals of two letters or more: "NPA", "NDRC". */
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

/**
 * Boards inside an office ("Chairman of the Board", "of the Management Board"): bodies of a company
 * or an agency, which the organisation finder does not take as organisations of their own.
 */
const BOARD_WORDS = new Set(['board', 'boards']);

/** Who sit on a board, naming it after "of": "the Board of Directors", "the Board of Trustees". */
const BOARD_MEMBERS = new Set(['directors', 'trustees', 'governors', 'supervisors', 'management']);

/** Most words of a body named by its head noun inside an office: "the Management Board". */
const MAX_BODY_WORDS = 4;

/**
 * "of the Board", "of the Politburo", "of the Management Board": a body no list holds, named by
 * capitalised words that end on an organisation's head noun, with the holder's name after it.
 */
function bodyByHeadNoun(s: SentenceScan, k: number, article: boolean): Complement | null {
  if (!article) return null;
  const { orgHeads } = wordLists();
  let end = -1;
  let regions = false;
  for (let j = k; j < s.last && j - k < MAX_BODY_WORDS + 1; j++) {
    // "the Asia and Oceania Division": a department may be named after regions no one state owns,
    // joined by "and"; its holder's name is then set off by a comma or follows directly.
    const region = regionWordAt(s, j);
    if (region && !region.possessive && countryWordAt(s, j) === null) {
      regions = true;
      j = region.end - 1;
      if (s.lower(j + 1) === 'and' && s.isCap(j + 2)) j++;
      continue;
    }
    // "and Oceania Division": the rest, found already as a body of its own, ends the name.
    const rest = regions ? draftStartingAt(s, j) : undefined;
    if (rest && rest.type === 'organization' && rest.form === 'name') {
      end = rest.tokenEnd;
      break;
    }
    if (!s.isCap(j) || s.claimOf(j) !== Claim.Free || s.nameHit(j) || s.titleHit(j)) break;
    if (orgHeads.has(s.lower(j)) || BOARD_WORDS.has(s.lower(j))) end = j + 1;
    // "the Provincial People's Committee": a possessive inside the body's name.
    if (s.isPossessive(j + 1) && s.isCap(j + 2)) j++;
  }
  const holderAt = regions && s.tok(end)?.text === ',' ? end + 1 : end;
  // "of the Management Board of KazMunayGas, Askhat Khassenov": a board is a body inside an office
  // whatever follows; other head nouns only with the holder's name right after.
  if (end < 0 || (!nameRunAt(s, holderAt) && !BOARD_WORDS.has(s.lower(end - 1)))) return null;
  const sector = orgHeads.get(s.lower(end - 1));
  return { end, name: s.span(k, end), country: null, sector: sector && sector !== '-' ? sector : null, organization: true, article, board: BOARD_WORDS.has(s.lower(end - 1)) };
}

/**
 * The body whose name opens with two states joined by a dash at k and goes on from `from` with words
 * that end on a head noun ("Parliamentary Friendship League", "parliamentary group"), when the holder's
 * name follows it; else null.
 */
function bodyAfterStates(s: SentenceScan, k: number, second: number, from: number): Complement | null {
  const { orgHeads } = wordLists();
  let end = -1;
  // The second state may open a body found already ("Mongolia Parliamentary Friendship League").
  const found = draftStartingAt(s, second);
  const known = found && found.type === 'organization' && found.form === 'name' ? found.tokenEnd : -1;
  for (let j = from; known < 0 && j < s.last && j - from < MAX_BODY_WORDS; j++) {
    const t = s.tok(j)!;
    if (t.kind !== 'word' || s.claimOf(j) !== Claim.Free || s.nameHit(j) || s.titleHit(j) || /^(?:of|and|the|for|to|in|at|with)$/.test(t.lower)) break;
    if (orgHeads.has(t.lower)) end = j + 1;
  }
  if (known >= 0) end = known;
  if (end < 0) return null;
  const holder = nameRunAt(s, end);
  if (!holder || holder.start !== end) return null;
  return { end, name: singleSpaced(s.span(k, end)), country: null, sector: null, organization: true, article: true };
}

/** Common nouns for a region or city as a unit of government. */
const LOCAL_UNIT = new Set(['region', 'oblast', 'krai', 'province', 'city', 'district', 'municipality', 'prefecture', 'county']);

/** Kinds of a state's part that English names as "the <demonym> <kind> of <Name>". */
const UNIT_OF_STATE = new Set([...LOCAL_UNIT, 'state', 'territory', 'republic', 'land', 'canton', 'governorate', 'emirate']);

/** Most capitalised words of a part's own name after "of" when no list holds it: "of Nuevo León". */
const MAX_UNIT_NAME_WORDS = 3;

/**
 * "of the Chinese province of Heilongjiang", "of the Mexican state of Nuevo León": a part of a state
 * introduced by that state's demonym and its kind. The demonym says whose it is; the name after "of"
 * is the place, listed or not. An unlisted name is only taken when a comma, a lower-case word or the
 * sentence's end closes it, so that a holder's name right after it is never read as part of it.
 */
function demonymUnitOfPlace(s: SentenceScan, k: number, demonymEnd: number, country: string | null, article: boolean): Complement | null {
  if (!country || !UNIT_OF_STATE.has(s.lower(demonymEnd)) || s.isCap(demonymEnd) || s.lower(demonymEnd + 1) !== 'of') return null;
  const at = demonymEnd + 2;
  const d = draftStartingAt(s, at);
  const listed = countryWordAt(s, at);
  let end = -1;
  if (d && d.type === 'place') end = d.tokenEnd;
  else if (listed && listed.hit.hit.entry.kind === 'place' && !listed.possessive) end = listed.hit.end;
  else {
    let j = at;
    while (j < s.last && j - at < MAX_UNIT_NAME_WORDS && s.isCap(j) && s.claimOf(j) === Claim.Free && !s.titleHit(j)) j++;
    // "of Jilin, Liang Huiling" or "of Jilin in May": closed; "of Jilin Liang Huiling met": the run may hold the name.
    const closed = j >= s.last || /^[,.;:()]$/.test(s.tok(j)?.text ?? '') || (j === at + 1 && !s.isCap(j));
    if (j > at && closed) end = j;
  }
  if (end < 0) return null;
  const name = `${article ? 'the ' : ''}${singleSpaced(s.span(k, end))}`;
  return { end, name, country, sector: null, organization: false, article };
}

/**
 * "of Industry and Trade", "for Enlargement", "for Foreign Affairs and Security Policy": the
 * subject of an office, made of capitalised portfolio words and "and"/commas between them.
 */
const SUBJECT_REGION_KINDS = new Set(['country', 'place', 'demonym']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'middle', 'near', 'far']);
/** Region adjectives the lexicons do not list as demonyms: "Asian", "Eurasian", "African", "Pacific", "Atlantic". */
const REGION_ADJECTIVE = /^(?:Asian|Eurasian|African|American|Arab|Pacific|Atlantic|Arctic|Caribbean|Nordic|Baltic|Balkan|Indo|Euro|Afro|Latin)$/;

/** A capitalised portfolio word, or its plural, at token k: "Affairs", "Fisheries". */
function portfolioWordAt(s: SentenceScan, k: number): boolean {
  const { portfolio } = wordLists();
  const l = s.lower(k);
  return s.isCap(k) && (portfolio.has(l) || (/[^s]s$/.test(l) && portfolio.has(l.slice(0, -1))));
}

/** Most tokens of a portfolio after "for" between an office's place and its holder's name. */
const MAX_FOR_PORTFOLIO_TOKENS = 6;

/**
 * The end of a portfolio starting at token k, its words listed in either case and joined by "and" or
 * commas ("investment and foreign trade", "Social Affairs"), ending on a portfolio word; or -1.
 */
function lowerPortfolioEnd(s: SentenceScan, k: number): number {
  const { portfolio } = wordLists();
  let end = -1;
  for (let j = k; j < s.last && j - k < MAX_FOR_PORTFOLIO_TOKENS; j++) {
    const l = s.lower(j);
    if (portfolio.has(l) || (/[^s]s$/.test(l) && portfolio.has(l.slice(0, -1)))) end = j + 1;
    else if (end < 0 || (l !== 'and' && l !== ',')) break;
  }
  return end;
}

/** Nouns that make a body's name before them a subject: "ASEAN Affairs", "EU Cooperation", "NATO Relations". */
const BODY_SUBJECT_HEADS = new Set(['affairs', 'cooperation', 'relations', 'integration', 'issues', 'matters']);

/**
 * Whether token k, right after a body's name, is a noun that makes that name an office's subject
 * ("for ASEAN Affairs"); a body's own words ("ASEAN Political-Security Community") are not.
 */
function bodySubjectHeadAt(s: SentenceScan, k: number): boolean {
  return s.isCap(k) && BODY_SUBJECT_HEADS.has(s.lower(k)) && !s.nameHit(k);
}

function portfolioAt(s: SentenceScan, j: number, continuing = false, lowerWords = false): { end: number; text: string } | null {
  const prep = s.lower(j);
  const joins = prep === 'and' || prep === '&' || prep === ',';
  if (prep !== 'of' && prep !== 'for' && prep !== 'on' && !(continuing && joins)) return null;
  const { portfolio } = wordLists();
  let k = j + 1;
  if (s.lower(k) === 'the') k++;
  let end = -1;
  // "Minister for Europe", "Minister for the Indo-Pacific", "Special Envoy for the Middle East":
  // after "for", a region alone is the subject of the office.
  let regionEnd = -1;
  while (k < s.last) {
    // "Lands", "Fisheries": a portfolio word's plural is a portfolio too.
    // "for Economic Diplomacy": a word that is a subject only after the subject word before it (two-word entries).
    const secondWord = end === k && s.isCap(k) && portfolio.has(`${s.lower(k - 1)} ${s.lower(k)}`);
    if (s.isCap(k) && (secondWord || portfolio.has(s.lower(k)) || (/[^s]s$/.test(s.lower(k)) && portfolio.has(s.lower(k).slice(0, -1)))) && !s.nameHit(k)) {
      // "for Foreign Affairs and Climate Envoy X": after "and", a portfolio word that opens an office of
      // its own ("Climate Envoy") starts a second office, not one more item of this subject.
      const office = end > 0 && s.lower(k - 1) === 'and' ? s.titleHit(k) : undefined;
      if (office && office.start === k && office.end > k + 1) break;
      end = ++k;
      continue;
    }
    // "of State Security", "of State Property": "State" opening the subject qualifies the portfolio word after it.
    if (end < 0 && s.lower(k) === 'state' && s.isCap(k) && s.isCap(k + 1) && portfolio.has(s.lower(k + 1)) && !s.nameHit(k + 1)) {
      k++;
      continue;
    }
    // "deputy minister of transport Vera X": an office written in lower case has its portfolio in lower case too.
    if (lowerWords && !joins && !s.isCap(k) && portfolio.has(s.lower(k))) {
      end = ++k;
      continue;
    }
    if (lowerWords && !joins && end === k && s.lower(k) === 'and' && !s.isCap(k + 1) && portfolio.has(s.lower(k + 1))) {
      k++;
      continue;
    }
    if (s.tok(k)?.text === '-' && s.glued(k) && s.glued(k + 1) && s.isCap(k - 1) && s.isCap(k + 1)) {
      k++;
      continue;
    }
    // "for Women's Issues", "of Children's Rights": a portfolio word's possessive before another
    // portfolio word goes on with the subject.
    if (end === k && s.isPossessive(k) && portfolioWordAt(s, k + 1) && !s.nameHit(k + 1)) {
      k++;
      continue;
    }
    // "for Good Governance", "for Strategic Planning": after "for", a capitalised word that is no given
    // name or listed name, right before a portfolio word, qualifies the subject. After "of" the words
    // may name a listed office ("Minister of Popular Power for Foreign Affairs"), left to the titles list.
    if (prep === 'for' && s.isCap(k) && !s.nameHit(k) && !s.isGiven(k) && /^\p{Lu}\p{Ll}+$/u.test(s.tok(k)!.text) && s.isCap(k + 1) && portfolio.has(s.lower(k + 1)) && !s.nameHit(k + 1)) {
      k++;
      continue;
    }
    // "for South and Central Asian Affairs", "for European and Eurasian Affairs", "for Middle East
    // Affairs": regions may qualify the subject, but the subject still ends on a portfolio word.
    const h = s.nameHit(k);
    // "for Pacific Island Affairs": a place the text's own words make one (no lexicon entry, or a
    // longer one than the lexicon's) qualifies it too.
    const place = draftStartingAt(s, k);
    if (place && place.type === 'place' && place.tokenEnd > (h && h.start === k ? h.end : k)) {
      k = place.tokenEnd;
      continue;
    }
    // "Undersecretary for ASEAN Affairs", "Director General of EU Cooperation": an international body's
    // name right before a portfolio word is what the portfolio deals with, not the body the office is of.
    if (h && h.start === k && h.hit.entry.kind === 'organization' && h.end > k && bodySubjectHeadAt(s, h.end)) {
      k = h.end;
      continue;
    }
    // "Minister of Foreign Affairs, European Union and Cooperation": a body's name standing as one item of a
    // portfolio list, with a portfolio word after its "and" or comma, is what the office deals with.
    if (h && h.start === k && h.hit.entry.kind === 'organization' && (end > 0 || joins) && /^(?:and|,)$/.test(s.lower(h.end)) && portfolioWordAt(s, h.end + 1) && !s.nameHit(h.end + 1)) {
      k = h.end;
      continue;
    }
    if (h && h.start === k && SUBJECT_REGION_KINDS.has(h.hit.entry.kind)) {
      k = h.end;
      // "thanked the Minister for Africa's support": a possessive region is no office's subject.
      // Only a region of no one state ("Africa", "the Indo-Pacific"): "the Minister for Trade and China"
      // ends at Trade, and "for Wales" is the office's country, read as its complement.
      if (h.hit.entry.kind === 'place' && !h.hit.entry.place.country && !s.isPossessive(k)) regionEnd = k;
      continue;
    }
    if (s.isCap(k) && !h && (DIRECTIONS.has(s.lower(k)) || REGION_ADJECTIVE.test(s.tok(k)!.text))) {
      k++;
      continue;
    }
    if ((s.lower(k) === 'and' || s.lower(k) === ',' || s.lower(k) === '&') && s.isCap(k + 1)) {
      k++;
      continue;
    }
    // "for Latin America and the Caribbean": a region after "and the" is one more item of the subject.
    if (s.lower(k) === 'and' && s.lower(k + 1) === 'the' && s.isCap(k + 2)) {
      const next = s.nameHit(k + 2);
      if (next && next.start === k + 2 && next.hit.entry.kind === 'place' && !next.hit.entry.place.country) {
        k += 2;
        continue;
      }
      // "Secretary for Financial Services and the Treasury": so is a portfolio word, when no office of
      // its own follows it ("the Minister of Trade and the Economy Minister" names two offices).
      if (portfolioWordAt(s, k + 2) && !s.nameHit(k + 2) && !s.titleHit(k + 3) && !s.titleHit(k + 2)) {
        k += 2;
        continue;
      }
    }
    break;
  }
  // "Minister for Development and Africa": after "for", regions are items of the subject too.
  if (prep === 'for' && regionEnd > end) end = regionEnd;
  if (end < 0) return null;
  const words = s.span(j + 1, end).replace(/^the\s+/i, '');
  // A continued subject keeps its joiner as written: "Minister of Energy[, Mining and Water]".
  return { end, text: joins ? `${prep === ',' ? ',' : prep} ${words}` : `${prep} ${words}` };
}

/**
 * "Deputy Minister of Foreign Affairs for Political Affairs", "Under-Secretary of State for Economic
 * Affairs": a second subject with "for" narrows the first, and both are the office's.
 */
function narrowed(s: SentenceScan, subject: { end: number; text: string } | null): { end: number; text: string } | null {
  if (!subject || s.lower(subject.end) !== 'for') return subject;
  const inner = portfolioAt(s, subject.end);
  return inner ? { end: inner.end, text: `${subject.text} ${inner.text}` } : subject;
}

/**
 * "Minister of International Relations and La Francophonie Martine Biron": a capitalised phrase
 * joined by "and" to an office's subject, with no given name in it, is a second portfolio of the
 * office when the holder's name follows it, starting at a given name.
 */
function coordinatedSubject(s: SentenceScan, th: TitleHit, subject: { end: number; text: string } | null): { end: number; text: string } | null {
  const at = subject ? subject.end : th.end;
  if (s.lower(at) !== 'and' || !s.isCap(at + 1)) return subject;
  if (!subject && !/ (?:of|for) /i.test(th.entry.title) && !/ (?:of|for) /i.test(th.text)) return subject;
  const raw = nameRunAt(s, at + 1, true);
  if (!raw || raw.start !== at + 1) return subject;
  const run = startAtGivenName(s, raw);
  if (run.start === raw.start) return subject;
  // "Minister of Culture and Prime Minister Anna Petrova": an office, or a listed place or body, opens no portfolio.
  for (let k = raw.start; k < run.start; k++) if (s.titleHit(k) || s.nameHit(k) || s.isGiven(k)) return subject;
  const words = s.span(at + 1, run.start);
  s.take(at + 1, run.start, Claim.Title);
  return { end: run.start, text: subject ? `${subject.text} and ${words}` : `and ${words}` };
}

/** Most capitalised words of an envoy's topic read up to the holder's given name. */
const MAX_TOPIC_WORDS = 4;

/**
 * "Special Envoy for Peace Missions Steve Witkoff", "Special Envoy for Hostage Response Adam Boehler":
 * what an envoy is "for" may be a topic of capitalised words that no list holds; when the holder's
 * name follows, opened by a given name, the words before it are the topic. A place there is the
 * envoy's posting, read as a complement, and stops the topic.
 */
function envoyTopic(s: SentenceScan, th: TitleHit, titleEnd: number, place: Complement | null, subject: { end: number; text: string } | null): { end: number; text: string } | null {
  if (place && !subject) return subject;
  if (subject ? !subject.text.startsWith('for ') : s.lower(titleEnd) !== 'for') return subject;
  const envoy = ENVOY.test(lookupKey(`${th.entry.title} ${th.text}`));
  const from = subject ? subject.end : titleEnd + 1;
  let k = from;
  while (k < s.last && k - from < MAX_TOPIC_WORDS && s.isCap(k) && !s.isGiven(k) && s.claimOf(k) === Claim.Free && !s.titleHit(k) && !s.nameHit(k)) k++;
  // A subject that ends on its portfolio word ("for Commerce") is complete; one that is missing or ends
  // on a region ("for Pacific") may go on to its head noun.
  if (!envoy) return subject && portfolioWordAt(s, subject.end - 1) ? subject : portfolioBeforeHolder(s, from, k, subject);
  if (k === from || !s.isGiven(k)) return subject;
  const holder = nameRunAt(s, k, true);
  if (!holder || holder.start !== k || holder.words < 2) return subject;
  const words = s.span(from, k);
  s.take(from, k, Claim.Title);
  return { end: k, text: subject ? `${subject.text} ${words}` : `for ${words}` };
}

/** A word shaped as a name's: one capital, then lower case ("Whitlow", "Rangiwai"). */
const NAME_SHAPED = /^\p{Lu}\p{Ll}+$/u;
/** The ending of an English plural noun: a consonant and "s", or "es" ("Skills", "Peoples", "Families"). */
const PLURAL_NOUN = /^\p{Lu}\p{Ll}*(?:[^aeiousy\P{Ll}]s|es)$/u;

/**
 * "Minister for Skills Dana Whitlow", "Minister for Pacific Peoples Hemi Rangiwai": any office's
 * subject after "for" may hold capitalised words no list has. When the run of such words after it
 * (from `from` to `to`) opens on a portfolio, a holder's name follows it: starting at a given name
 * of two words or more, or else the last two words of a run that ends before a lower-case word or a
 * stop, both shaped as a name's and neither a portfolio word. At least one word stays the subject's;
 * a run with no such name ("Minister for Skills said") is left as it was.
 */
function portfolioBeforeHolder(s: SentenceScan, from: number, to: number, subject: { end: number; text: string } | null): { end: number; text: string } | null {
  if (to === from) return subject;
  let holderAt = -1;
  if (s.isGiven(to)) {
    const holder = nameRunAt(s, to, true);
    if (holder && holder.start === to && holder.words >= 2) holderAt = to;
  } else {
    // The run's last two words, both free of every list, closed by a lower-case word, a comma or a stop.
    let end = to;
    while (end < s.last && end - from < MAX_TOPIC_WORDS + 2 && NAME_SHAPED.test(s.tok(end)?.text ?? '') && s.claimOf(end) === Claim.Free && !s.titleHit(end) && !s.nameHit(end) && !s.isGiven(end)) end++;
    const after = s.tok(end);
    const closed = end >= s.last || after === undefined || /^\p{Ll}/u.test(after.text) || /^[,.;:]$/.test(after.text);
    const { portfolio, nonName, orgHeads } = wordLists();
    const nameWord = (q: number): boolean => NAME_SHAPED.test(s.tok(q)!.text) && !portfolio.has(s.lower(q)) && !nonName.has(s.lower(q)) && !orgHeads.has(s.lower(q)) && !portfolioWordAt(s, q);
    // The words left to the subject head it as a portfolio does, with a plural noun ("Skills",
    // "Peoples", "Veterans"); a given name the list lacks ("Jam Kamal Khan", "Rosa Iturbe Salas") is
    // no plural, and "Marcos", "Thomas", "Jonas" end as no English plural does.
    let plural = true;
    for (let q = from; q < end - 2; q++) if (!PLURAL_NOUN.test(s.tok(q)!.text)) plural = false;
    if (closed && end - from >= 3 && plural && nameWord(end - 2) && nameWord(end - 1)) holderAt = end - 2;
  }
  if (holderAt <= from) return subject;
  const words = s.span(from, holderAt);
  s.take(from, holderAt, Claim.Title);
  return { end: holderAt, text: subject ? `${subject.text} ${words}` : `for ${words}` };
}

/**
 * "The Vice President for Regional Development and Business Delivery, Tomas Berg,": a subject read
 * after "for" runs on through one more capitalised word that is no given name, listed name or
 * office, when a comma and the holder's full name follow it. The word ends the subject.
 */
function subjectRunOn(s: SentenceScan, subject: { end: number; text: string } | null): { end: number; text: string } | null {
  if (!subject || !subject.text.startsWith('for ')) return subject;
  const from = subject.end;
  let k = from;
  while (k < s.last && k - from < 2 && s.isCap(k) && /^\p{Lu}\p{Ll}+$/u.test(s.tok(k)!.text) && !s.isGiven(k) && s.claimOf(k) === Claim.Free && !s.titleHit(k) && !s.nameHit(k)) k++;
  if (k === from) return subject;
  // One word alone between the office and a full name set off by a comma is no one's name. Without
  // the comma the run is left to the name rules ("Minister for Commerce Jam Kamal Khan").
  if (s.tok(k)?.text !== ',' || k - from > 1) return subject;
  const at = k + 1;
  const holder = nameRunAt(s, at, true);
  if (!holder || holder.start !== at || holder.words < 2) return subject;
  const words = s.span(from, k);
  s.take(from, k, Claim.Title);
  return { end: k, text: `${subject.text} ${words}` };
}

/** The numbers of offices held twice over in one cabinet: "Minister of Finance II", "Minister of Foreign Affairs II". */
const OFFICE_NUMBERS = new Set(['II', 'III']);

/**
 * "Minister of Finance II, Datuk Seri Amir Hamzah", "Minister of Defence II of Brunei Darussalam": Malaysia
 * and Brunei number a second minister of one portfolio with a Roman numeral after the portfolio; it is part
 * of the office, not a name. Only right after a portfolio and before a comma, "of" or a capitalised word.
 */
function numberedOffice(s: SentenceScan, th: TitleHit, subject: { end: number; text: string } | null): { end: number; text: string } | null {
  const at = subject ? subject.end : th.end;
  const t = s.tok(at);
  if (!t || !OFFICE_NUMBERS.has(t.text) || (s.claimOf(at) !== Claim.Free && s.claimOf(at) !== Claim.Title) || !/ (?:of|for) /i.test(`${th.text} ${subject?.text ?? ''}`)) return subject;
  const next = s.tok(at + 1)?.text ?? '';
  if (next !== ',' && next !== 'of' && !s.isCap(at + 1)) return subject;
  s.take(at, at + 1, Claim.Title);
  return { end: at + 1, text: subject ? `${subject.text} ${t.text}` : t.text };
}

/** Most words of one item of a subject's list, and most items, read on after the subject. */
const MAX_LIST_ITEM_WORDS = 3;
const MAX_LIST_ITEMS = 4;

/** Most words of a holder's name read after the closing item of a subject's list, with no comma between. */
const MAX_HOLDER_WORDS = 4;

/**
 * The end of a list's closing item that runs straight into its holder's name ("... and Indigenous
 * Medicine Anura Perera"), or -1. The name opens at the first given name of the capitalised run, or
 * else at its last two words; the item keeps a word at least, holds no given name, and the name opens
 * on no portfolio's word and reads as a name of two words or more.
 */
function closingItemBeforeHolder(s: SentenceScan, from: number): number {
  if (from < 0) return -1;
  const { portfolio } = wordLists();
  let e = from;
  let given = -1;
  while (e < s.last && e - from < MAX_LIST_ITEM_WORDS + MAX_HOLDER_WORDS && /^\p{Lu}\p{Ll}+$/u.test(s.tok(e)!.text)
    && s.claimOf(e) === Claim.Free && !s.titleHit(e)) {
    if (given < 0 && e > from && s.isGiven(e)) given = e;
    e++;
  }
  const at = given >= 0 ? given : e - 2;
  if (at <= from || at - from > MAX_LIST_ITEM_WORDS || e - at < 2 || portfolio.has(s.lower(at))) return -1;
  const holder = nameRunAt(s, at, true);
  return holder && holder.start === at && holder.words >= 2 ? at : -1;
}

/**
 * "the Minister of Health, Nutrition and Indigenous Medicine, Dr. Ramesh Perera": a subject read
 * runs on through a list of capitalised words joined by commas and a closing "and", when the list
 * ends at a comma and the holder's name follows it (opened by an honorific, or of two words or
 * more). No item may hold a given name, a listed name or an office; without "and" before its last
 * item, or without the name after it, the list is left as it was read.
 */
function listedSubjectRunOn(s: SentenceScan, th: TitleHit, subject: { end: number; text: string } | null): { end: number; text: string } | null {
  // The subject read, or one the listed office holds itself ("Minister of Health").
  if (subject ? !/^(?:of|for) /.test(subject.text) : !/ (?:of|for) /i.test(th.text)) return subject;
  const { honorifics } = wordLists();
  const start = subject ? subject.end : th.end;
  let k = start;
  let items = 0;
  let closed = false;
  let last = -1;
  while (k < s.last && items < MAX_LIST_ITEMS) {
    const joiner = s.lower(k);
    if (joiner !== ',' && joiner !== 'and') break;
    let from = k + 1;
    // ", and": the serial comma before the closing item.
    if (joiner === ',' && s.lower(from) === 'and') from++;
    let j = from;
    while (j < s.last && j - from < MAX_LIST_ITEM_WORDS && /^\p{Lu}\p{Ll}+$/u.test(s.tok(j)!.text) && !s.isGiven(j) && s.claimOf(j) === Claim.Free && !s.titleHit(j) && !s.nameHit(j)) j++;
    if (j === from) break;
    items++;
    if (joiner === 'and' || from > k + 1) closed = true;
    k = j;
    if (closed) {
      last = from;
      break;
    }
  }
  if (!closed) return subject;
  if (s.tok(k)?.text !== ',') {
    // "Minister of Health, Nutrition, and Indigenous Medicine Anura Perera": with no comma after it,
    // the closing item runs into its holder's name; the name is read from the end of the capitalised
    // run, at least two words.
    k = closingItemBeforeHolder(s, last);
    if (k < 0) return subject;
  } else {
    const at = k + 1;
    const holder = honorifics.has(lookupKey(s.tok(at)?.text ?? '').replace(/\.$/, '')) ? { start: at, words: 2 } : nameRunAt(s, at, true);
    if (!holder || holder.start !== at || holder.words < 2) return subject;
  }
  const words = s.span(start, k);
  s.take(start, k, Claim.Title);
  if (!subject) return { end: k, text: words.startsWith(',') ? words : `and ${words.replace(/^and\s+/, '')}` };
  return { end: k, text: `${subject.text}${words.startsWith(',') ? '' : ' '}${words}` };
}

/** The office and its subject as the text words them; a continued portfolio keeps the text's wording: "Minister of Industry and Trade". */
function officeWithSubject(th: TitleHit, subject: { text: string } | null): string {
  const base = displayTitle(th);
  if (!subject) return base;
  const written = `${th.text.charAt(0).toUpperCase()}${th.text.slice(1)}`;
  if (/^(?:and|&) /.test(subject.text)) return `${written} ${subject.text}`;
  return subject.text.startsWith(', ') ? `${written}${subject.text}` : `${base} ${subject.text}`;
}

/** Offices that serve another office holder: "Adviser to the Prime Minister", "Assistant to the President". */
const SERVING_OFFICES = new Set(['Aide', 'Assistant', 'Counsellor']);

/**
 * "to the Prime Minister of India" after an adviser's or assistant's office: the principal's office
 * and its complement, whose country is the adviser's too. The principal's title words are claimed,
 * so they make no person of their own.
 */
function principalAt(s: SentenceScan, th: TitleHit, j: number): { end: number; text: string; country: string | null } | null {
  // "Special Envoy of the Secretary-General", "Special Representative of the President of Russia": an
  // envoy's principal, written with "of", is an office too.
  const envoyOf = s.lower(j) === 'of' && ENVOY.test(lookupKey(`${th.entry.title} ${th.text}`));
  if (!envoyOf && (!SERVING_OFFICES.has(th.entry.title) || s.lower(j) !== 'to')) return null;
  let k = j + 1;
  if (s.lower(k) === 'the') k++;
  // "Special Envoy of the French President": the principal's state may be said by its adjective.
  const demonym = k > j + 1 ? countryWordAt(s, k) : null;
  const state = demonym && !demonym.possessive && demonym.hit.hit.entry.kind === 'demonym' ? demonym : null;
  if (state) k = state.end;
  const inner = s.titleHit(k);
  if (!inner || inner.start !== k || !s.isCap(k) || s.claimOf(k) === Claim.Mention) return null;
  // "Special Envoy of President João Lourenço", "Aide to President Vladimir Putin": without an article,
  // an office right before a name is that person's own; the one named is the principal, not the envoy
  // ("Aide to the President Yuri Ushakov" names the aide).
  if (k === j + 1 && nameRunAt(s, inner.end) !== null) return null;
  const subject = complementAt(s, inner.end) ? null : portfolioAt(s, inner.end, / (?:of|for) /i.test(inner.entry.title) || / (?:of|for) /i.test(inner.text));
  const comp = complementAt(s, subject ? subject.end : inner.end);
  const office = officeWithSubject(inner, subject);
  s.take(inner.start, inner.end, Claim.Title);
  // "Special Envoy of the Secretary-General for Myanmar": the state an envoy is for is the posting,
  // not whom the envoy serves.
  const posting = comp !== null && s.lower(subject ? subject.end : inner.end) === 'for';
  if (state) s.take(state.start, state.end, Claim.Title);
  const adjective = state ? `${s.span(state.start, state.end)} ` : '';
  return {
    end: comp ? comp.end : subject ? subject.end : inner.end,
    text: ` ${envoyOf ? 'of' : 'to'} the ${adjective}${comp ? `${office} ${ofComplement(comp, posting ? 'for' : 'of')}` : office}`,
    country: envoyOf && posting ? state?.country ?? null : comp?.country ?? state?.country ?? null,
  };
}

/** "Ambassador-designate", "President-elect": an office not yet taken up is written with its holder's name all the same. */
function withDesignate(s: SentenceScan, th: TitleHit): TitleHit {
  if (s.tok(th.end)?.text !== '-' || !s.glued(th.end) || !s.glued(th.end + 1) || !/^(?:designate|elect)$/.test(s.lower(th.end + 1))) return th;
  return { ...th, end: th.end + 2, text: s.span(th.start, th.end + 2) };
}

/** Most portfolio words written right after an office with no "of": "Secretary Foreign Affairs". */
const MAX_BARE_SUBJECT_WORDS = 3;

/** A diplomatic mission's name: "the Embassy of Türkiye", "the Turkish Embassy", "the Consulate General of Japan". */
const MISSION_NAME = /\b(?:Embassy|Consulate|Consulate General|Consulate-General|High Commission|Permanent Mission|Mission|Delegation)\b/i;
/** A body's mission or delegation, which is sent to a state: "the OSCE Mission", "the EU Delegation". */
const BODY_MISSION = /\b(?:Mission|Delegation)(?: of (?:the )?[\p{Lu}][\p{L} ]*)?$/iu;

/** Verbs that take a person and then a thing: "wished the Ambassador success", "offered the President condolences". */
// Only the simple past of the irregular ones: "given the President's remarks" is no giving of a thing.
const GIVING_VERBS = new Set(['wish', 'give', 'offer', 'send', 'hand', 'grant', 'promise', 'show', 'extend']
  .flatMap((v) => inflections(v, new Map([['give', ['gave']], ['send', ['sent']], ['show', ['showed']]]))));

/**
 * "wished the Ambassador success": after a verb that takes a person and then a thing, an office with
 * its article is the one given to, and the noun after it the thing given, not a noun the office modifies.
 */
function indirectObjectAt(s: SentenceScan, i: number): boolean {
  let k = i - 1;
  while (k > s.first && i - k <= 3 && s.lower(k) !== 'the' && s.isCap(k)) k--;
  return s.lower(k) === 'the' && k - 1 >= s.first && GIVING_VERBS.has(s.lower(k - 1));
}

/** What stands before an office: a country word, an organisation, a determiner, a style of respect. */
interface OfficeLead {
  /** The first token of the office with its adjectives and style. */
  readonly p: number;
  readonly honoured: boolean;
  readonly before: CountryWord | null;
  readonly orgBefore: DraftMention | undefined;
  readonly orgSectorBefore: string | null;
  readonly determiner: boolean;
}

/** An office read so far: its lead, its complements and how far its words reach. */
interface OfficeRead extends OfficeLead {
  readonly th: TitleHit;
  readonly comp: Complement | null;
  readonly subject: { end: number; text: string } | null;
  readonly principal: { end: number; text: string; country: string | null } | null;
  readonly canonical: string | null;
  readonly office: string | null;
  readonly afterTitle: number;
  readonly country: string | null;
  readonly sector: string | null;
  readonly body: string | null;
}

/** A stretch of words that belongs to the office, and the token after it. */
interface OfficePart { readonly text: string; readonly end: number }

function emitTitle(s: SentenceScan, hit: TitleHit): void {
  const th = withDesignate(s, hit);
  const titleBase = baseTitle(th.entry.title);
  const lead = leadOfOffice(s, th.start);
  const { bracket, titleEnd, subject, comp } = complementsOfOffice(s, th);
  pushBrandOfOffice(s, comp);
  if (displayTitle(th) === 'Head' && !comp) return;
  const canonical = officeWithSubject(th, subject);
  let afterTitle = comp ? comp.end : subject ? subject.end : th.end;
  // "National Security Adviser to the Prime Minister of India Ajit Doval".
  const principal = comp ? null : principalAt(s, th, afterTitle);
  if (principal) afterTitle = principal.end;
  // "... of Uzbekistan, Abdulaziz] Kamilov": the bracket's comma stands between office and name.
  // "Minister [of Foreign Affairs] Kamilov": or closes before it.
  if (bracket && afterTitle > titleEnd && /^[,\]]$/.test(s.lower(afterTitle)) && nameRunAt(s, afterTitle + 1)) afterTitle++;
  const bare = !comp && !subject && !principal && !bracket ? bareSubjectAt(s, afterTitle) : null;
  if (bare) afterTitle = bare.end;
  const posting = postingAt(s, th, comp, subject, afterTitle);
  if (posting) afterTitle = posting.end;
  // "Ambassador to Portugal of the State of Qatar": the state an envoy serves may follow the posting.
  const sender = posting && !comp && s.lower(afterTitle) === 'of' ? complementAt(s, afterTitle) : null;
  const sendingState = sender?.country && !sender.organization ? sender : null;
  if (sendingState) afterTitle = sendingState.end;
  const division = divisionAt(s, comp, afterTitle);
  if (division) afterTitle = division.end;
  // "Special Envoy for Sudan", "Special Representative for Afghanistan": the state an envoy is for is
  // the subject of the post, not the state the envoy serves.
  const subjectState = comp !== null && s.lower(subject ? subject.end : titleEnd) === 'for' && ENVOY.test(lookupKey(`${th.entry.title} ${th.text}`));
  const country = (subjectState ? null : comp?.country) ?? sendingState?.country ?? principal?.country ?? lead.before?.country ?? lead.orgBefore?.country ?? null;
  const generic = GENERIC_TITLES.has(titleBase);
  let sector = officeSector(th.entry, comp, generic);
  if (generic && !comp && lead.orgSectorBefore) sector = lead.orgSectorBefore;
  // "his Japanese counterpart Fumio Kishida", "his Moldovan colleague X" give a country, not an office.
  const counterpart = th.entry.title === 'Counterpart';
  const office = counterpart ? null : (comp ? `${canonical} ${ofComplement(comp, subjectState ? 'for' : 'of')}` : canonical) + (bare?.text ?? '') + (principal?.text ?? '') + (posting?.text ?? '') + (sendingState ? ` ${ofComplement(sendingState)}` : '') + (division?.text ?? '');
  const body = lead.honoured ? null : bodyModifyingOffice(s, lead.p, lead.before, lead.orgBefore);
  // Written out field by field: a spread followed by more fields builds the object slowly, and in a
  // shape every later read of it pays for.
  const read: OfficeRead = {
    p: lead.p, honoured: lead.honoured, before: lead.before, orgBefore: lead.orgBefore, orgSectorBefore: lead.orgSectorBefore, determiner: lead.determiner,
    th, comp, subject, principal, canonical, office, afterTitle, country, sector, body,
  };
  if (emitHolderName(s, read)) return;
  if (counterpart) return;
  emitOfficeAlone(s, read, WEAK_TITLES.has(titleBase));
}

/** What stands before the office at token i: a country word, an organisation, a determiner. */
function leadOfOffice(s: SentenceScan, i: number): OfficeLead {
  let p = i;
  while (p - 1 >= s.first && TITLE_ADJECTIVES.has(s.lower(p - 1)) && p - i < 3) p--;
  // "the Union Minister for Coal": India and Myanmar call the central government's ministers the Union's;
  // with its capital, right after the article ("the European Union Minister" has a name before it).
  if (p - 1 >= s.first && s.lower(p - 1) === 'union' && s.isCap(p - 1) && DETERMINERS.has(s.lower(p - 2))) p--;
  // "the Hon'ble Prime Minister", "Honourable Minister said": a style of respect before an office
  // makes it a definite reference to its holder, with or without the article.
  const honoured = p - 1 >= s.first && HONOURABLE.has(s.lower(p - 1).replace('’', "'"));
  if (honoured) p--;
  const before = countryWordBefore(s, p);
  const orgBefore = before ? undefined : draftEndingAt(s, p) ?? itsBody(s, p);
  // "Cosatu general secretary": a listed organisation before the title gives its sector too.
  const beforeEntry = before?.hit.hit.entry;
  // Heads of international bodies stay in government ("NATO Secretary General"); others take the body's sector.
  const orgSectorBefore = beforeEntry?.kind === 'organization'
    ? (beforeEntry.org.national ? beforeEntry.org.sector : null)
    : orgBefore?.sector ?? null;
  const determiner = DETERMINERS.has(s.lower(p - 1)) || DETERMINERS.has(s.lower((before?.start ?? p) - 1)) || (honoured && s.isCap(p));
  return { p, honoured, before, orgBefore, orgSectorBefore, determiner };
}

/** The office's portfolio and the place or body that completes it: "Minister of Industry and Trade of Vietnam". */
function complementsOfOffice(s: SentenceScan, th: TitleHit): { bracket: boolean; titleEnd: number; subject: { end: number; text: string } | null; comp: Complement | null } {
  // "Minister of Industry and Trade [of Vietnam]": the portfolio first, then perhaps a country.
  // "Minister of Industry" is listed; "and Trade" continues its portfolio.
  // "Minister [of Foreign Affairs of Uzbekistan, Abdulaziz] Kamilov": an editor's bracket that
  // completes the office and opens the holder's name is read through, offsets left as written.
  const bracket = s.tok(th.end)?.text === '[' && /^(?:of|for)$/.test(s.lower(th.end + 1));
  const titleEnd = bracket ? th.end + 1 : th.end;
  // "Minister for Northern Ireland Affairs X", "Minister for Pacific Island Affairs Y": a place
  // followed by a portfolio word qualifies the office's subject, and is no complement naming its state.
  const placeAtTitle = complementAt(s, titleEnd) ?? companyBeforeHolder(s, th, titleEnd);
  // Only after "for": "Chair of the Bishkek City Kenesh" names the city's body, not a portfolio.
  // After "of", only "Affairs" makes the place a portfolio's ("Minister of Pacific Island Affairs"): a body's
  // own word may follow a place there ("Chair of the Bishkek City Kenesh").
  const placeQualifies = placeAtTitle !== null && !placeAtTitle.organization && portfolioWordAt(s, placeAtTitle.end)
    && (s.lower(titleEnd) === 'for' || (s.lower(titleEnd) === 'of' && s.lower(placeAtTitle.end) === 'affairs'))
    // "Undersecretary for ASEAN Affairs", "Director General of ASEAN Cooperation": an international body
    // named without an article right before a portfolio word is what the office deals with, not its body.
    || (placeAtTitle !== null && placeAtTitle.organization && !placeAtTitle.article && placeAtTitle.country !== null && countryName(placeAtTitle.country) === null
      && (s.lower(titleEnd) === 'for' || s.lower(titleEnd) === 'of') && bodySubjectHeadAt(s, placeAtTitle.end));
  // portfolioAt reads on after "and", "&" or a comma only for an office that has "of" or "for" in it:
  // the office is searched for them only then.
  const prep = s.lower(titleEnd);
  const joined = prep === 'and' || prep === '&' || prep === ',';
  const subject = numberedOffice(s, th, listedSubjectRunOn(s, th, subjectRunOn(s, envoyTopic(s, th, titleEnd, placeAtTitle, coordinatedSubject(s, th, narrowed(s, placeAtTitle && !placeQualifies ? null : portfolioAt(s, titleEnd, joined && (/ (?:of|for) /i.test(th.entry.title) || / (?:of|for) /i.test(th.text)), !s.isCap(th.end - 1))))))));
  // With no subject the complement is the one read at the office's end already.
  const first = subject ? complementAt(s, subject.end) : placeAtTitle;
  // "Chairman of the Mazhilis of the Parliament of Kazakhstan": a second complement names the body or
  // state the first belongs to, and the name comes after both.
  // "Special Envoy of the United States for Ukraine and Russia X": after the envoy's own state, "for" names
  // the states the post is for (read below as its posting), not a second complement.
  const envoyFor = first !== null && s.lower(first.end) === 'for' && ENVOY.test(lookupKey(`${th.entry.title} ${th.text}`));
  const outer = first && !envoyFor ? complementAt(s, first.end) : null;
  const comp = first && outer
    ? { ...first, end: outer.end, name: `${first.name.replace(/^the\s+/i, '')} ${ofComplement(outer)}`, country: first.country ?? outer.country, sector: first.sector ?? outer.sector }
    : first;
  return { bracket, titleEnd, subject, comp };
}

/** "of DBS", "of the NPA": a body the complement reader made of a brand's or an acronym's word is a mention of its own. */
function pushBrandOfOffice(s: SentenceScan, comp: Complement | null): void {
  if (!comp?.brand || !s.free(comp.brandStart ?? comp.end - 1, comp.end)) return;
  const k = comp.brandStart ?? comp.end - 1;
  s.push({
    start: s.tokens[k]!.start, end: s.tokens[comp.end - 1]!.end, tokenStart: k, tokenEnd: comp.end,
    type: 'organization', form: 'name', canonical: comp.name, country: null, sector: comp.sector, rule: 'brand-of-office',
  });
}

/**
 * "Secretary Commerce Jawad Paul", "Secretary Foreign Affairs X": South Asian releases write an
 * office's portfolio right after it, with no "of"; the holder's name of two words or more follows.
 */
function bareSubjectAt(s: SentenceScan, afterTitle: number): OfficePart | null {
  let k = afterTitle;
  while (k < s.last && k - afterTitle < MAX_BARE_SUBJECT_WORDS && portfolioWordAt(s, k) && s.claimOf(k) === Claim.Free && !s.nameHit(k) && !s.titleHit(k)) k++;
  const holder = k > afterTitle ? nameRunAt(s, k, true) : null;
  if (holder && holder.start === k && holder.words >= 2 && !hasNonNameWord(s, holder, true) && !isTitleWord(s.lower(k))) {
    return { text: ` ${s.span(afterTitle, k)}`, end: k };
  }
  return null;
}

/** Where the office is held or whom it is posted to, between the office and its holder's name. */
function postingAt(s: SentenceScan, th: TitleHit, comp: Complement | null, subject: { end: number } | null, afterTitle: number): OfficePart | null {
  return envoyPostingAt(s, th, afterTitle)
    ?? (comp ? officerRegionsAt(s, afterTitle) ?? deputyPortfolioAt(s, afterTitle) ?? missionSeatAt(s, comp, afterTitle) : null)
    ?? bodyHeldAt(s, afterTitle)
    ?? (!comp && !subject ? hostStateAt(s, afterTitle) : null)
    ?? (comp ? bodyShortNameAt(s, afterTitle) : null);
}

/** "Ambassador to Russia", "Permanent Representative to the OSCE": the state, region or body an envoy is posted to. */
function envoyPostingAt(s: SentenceScan, th: TitleHit, afterTitle: number): OfficePart | null {
  if (!POSTING.has(s.lower(afterTitle)) || !ENVOY.test(lookupKey(`${th.entry.title} ${th.text}`))) return null;
  const at = afterTitle + (s.lower(afterTitle + 1) === 'the' ? 2 : 1);
  // "Special Envoy of the United Kingdom for Central Asia": a region no one state owns is a posting too.
  const post = countryWordAt(s, at) ?? regionWordAt(s, at);
  // "Ambassador of Ukraine to the United Nations Office at Geneva", "Permanent Representative to the
  // OSCE": an envoy may be posted to an international body, perhaps with the city of its seat; a body's
  // name that runs past a listed word ("United Nations") is the whole posting.
  const body = bodyAt(s, at);
  if (body !== null && (!post || body > post.end)) {
    let end = body;
    const seat = /^(?:at|in)$/.test(s.lower(end)) ? s.nameHit(end + 1) : null;
    if (seat && seat.start === end + 1 && seat.hit.entry.kind === 'place') end = seat.end;
    return { text: ` ${s.lower(afterTitle)} ${s.span(afterTitle + 1, end)}`, end };
  }
  if (post && !post.possessive) {
    // "Ambassador to Russia and Central Asia", "Ambassador to Serbia, Montenegro and North Macedonia": an
    // envoy accredited to several states or regions at once; the list is part of the posting.
    const end = accreditedListEnd(s, post.end);
    return { text: ` ${s.lower(afterTitle)} ${s.span(post.start, end)}`, end };
  }
  if (at === afterTitle + 2 && s.isCap(at) && HOST_STATE_NOUNS.has(s.lower(at))) {
    // "Ambassador of Saudi Arabia to the Sultanate": the host state named by its kind, as its own
    // releases call it.
    return { text: ` ${s.lower(afterTitle)} the ${s.tok(at)!.text}`, end: at + 1 };
  }
  return null;
}

/**
 * "Vice President of the World Bank for Europe and Central Asia X", "Director of the Fund for Africa X": the
 * regions or states an officer of a body is responsible for, between the office and its holder's name,
 * are part of the office (one or two, joined by "and"), when the holder's name follows right after them.
 */
function officerRegionsAt(s: SentenceScan, afterTitle: number): OfficePart | null {
  if (s.lower(afterTitle) !== 'for') return null;
  // "Regional Director of OMV for the Caspian X": a region may take its article.
  const at = afterTitle + (s.lower(afterTitle + 1) === 'the' ? 2 : 1);
  const first = regionWordAt(s, at) ?? countryWordAt(s, at);
  let end = first && !first.possessive ? first.end : -1;
  if (end > 0 && s.lower(end) === 'and') {
    const second = regionWordAt(s, end + 1) ?? countryWordAt(s, end + 1);
    end = second && !second.possessive ? second.end : -1;
  }
  return end > 0 && nameRunAt(s, end, true) ? { text: ` for ${s.span(afterTitle + 1, end)}`, end } : null;
}

/**
 * "Deputy khokim of the region for investment and foreign trade X", "Deputy Governor of the Region for
 * Social Affairs X": a deputy's portfolio, after the place or body and before the holder's name, in
 * lower case or not, is part of the office.
 */
function deputyPortfolioAt(s: SentenceScan, afterTitle: number): OfficePart | null {
  if (s.lower(afterTitle) !== 'for') return null;
  const end = lowerPortfolioEnd(s, afterTitle + 1);
  const holder = end > 0 ? nameRunAt(s, end, true) : null;
  return holder && holder.start === end && holder.words >= 2 ? { text: ` for ${s.span(afterTitle + 1, end)}`, end } : null;
}

/**
 * "Counsellor of the Embassy of Türkiye in Vientiane Elif Kaya": the city or state where a mission sits,
 * after the mission's name and before the holder's, is part of the office, not the holder's name.
 */
function missionSeatAt(s: SentenceScan, comp: Complement, afterTitle: number): OfficePart | null {
  // "Head of the OSCE Mission to Serbia X": a body's mission or delegation is sent "to" a state.
  const sentTo = s.lower(afterTitle) === 'to' && BODY_MISSION.test(comp.name);
  if (!sentTo && !(MISSION_NAME.test(comp.name) && /^(?:in|at)$/.test(s.lower(afterTitle)))) return null;
  const seat = s.nameHit(afterTitle + 1);
  const kind = seat?.hit.entry.kind;
  // "the Head of the OSCE Mission to Serbia, X,": the holder's name may follow after a comma.
  if (seat && seat.start === afterTitle + 1 && (kind === 'place' || kind === 'country')
    && (nameRunAt(s, seat.end, true) || (s.tok(seat.end)?.text === ',' && nameRunAt(s, seat.end + 1)))) {
    return { text: ` ${s.lower(afterTitle)} ${s.span(seat.start, seat.end)}`, end: seat.end };
  }
  return null;
}

/**
 * "Minister of State at the Federal Foreign Office X", "State Secretary at the Ministry of Finance, X": the
 * body an office is held at, named between the office and its holder's name, is part of the office.
 */
function bodyHeldAt(s: SentenceScan, afterTitle: number): OfficePart | null {
  if (s.lower(afterTitle) !== 'at') return null;
  const at = afterTitle + (s.lower(afterTitle + 1) === 'the' ? 2 : 1);
  const body = s.isCap(at) ? bodyAt(s, at) : null;
  if (body !== null && (nameRunAt(s, body, true) || (s.tok(body)?.text === ',' && nameRunAt(s, body + 1)))) {
    return { text: ` at ${s.span(afterTitle + 1, body)}`, end: body };
  }
  return null;
}

/**
 * "the Foreign Minister of the host country, X": the state is named by its part in the event, not by
 * name; the office reads on to the holder's name, and whose state it is comes from where the event is
 * (coreference/host-country.ts).
 */
function hostStateAt(s: SentenceScan, afterTitle: number): OfficePart | null {
  if (s.lower(afterTitle) === 'of' && s.lower(afterTitle + 1) === 'the' && s.lower(afterTitle + 2) === 'host'
    && HOST_NOUNS.has(s.lower(afterTitle + 3))
    && (nameRunAt(s, afterTitle + 4, true) || (s.tok(afterTitle + 4)?.text === ',' && nameRunAt(s, afterTitle + 5)))) {
    return { text: ` of the host ${s.lower(afterTitle + 3)}`, end: afterTitle + 4 };
  }
  return null;
}

/**
 * "President of the Austrian Energy Regulator E-Control, Alfons Haber": a capitalised word with a
 * hyphen inside, right after the head noun that ends a body's name and before a comma and a name, is
 * the body's own short name, part of the office; the holder is the name after the comma.
 */
function bodyShortNameAt(s: SentenceScan, afterTitle: number): OfficePart | null {
  if (!(afterTitle > 0 && s.isCap(afterTitle) && s.claimOf(afterTitle) === Claim.Free && !s.isGiven(afterTitle)
    && wordLists().orgHeads.has(lookupKey(s.tok(afterTitle - 1)!.text)))) return null;
  const end = s.wordEnd(afterTitle);
  let written = '';
  for (let q = afterTitle; q < end; q++) written += s.tok(q)!.text;
  if (/^\p{Lu}[\p{L}\d]*-\p{Lu}[\p{L}\d-]*$/u.test(written) && s.tok(end)?.text === ',' && nameRunAt(s, end + 1)) {
    return { text: ` ${written}`, end: end + 1 };
  }
  return null;
}

/**
 * "Secretary (East) Jaideep Mazumdar", "Joint Secretary (Eurasia) ...": a bracketed division of
 * the office, followed by the holder's name, belongs to the title.
 * "Minister of Foreign Affairs of the Republic of China (Taiwan), Lin Chia-lung": after the state
 * that completes the office, a bracket naming a state again is that state's other name, and the
 * holder's name follows it, set off by a comma or not.
 */
function divisionAt(s: SentenceScan, comp: Complement | null, afterTitle: number): OfficePart | null {
  if (s.tok(afterTitle)?.text !== '(') return null;
  let k = afterTitle + 1;
  const stateGloss = comp?.country != null && s.nameHit(k)?.hit.entry.kind === 'country';
  // "Joint Secretary (Eurasia)", "Additional Secretary (South Asia)": a region may name the division.
  while (k < s.last && k - afterTitle <= MAX_DIVISION_WORDS && s.isCap(k) && (!s.nameHit(k) || stateGloss || SUBJECT_REGION_KINDS.has(s.nameHit(k)!.hit.entry.kind))) k++;
  if (k > afterTitle + 1 && s.tok(k)?.text === ')' && (nameRunAt(s, k + 1) || (stateGloss && s.lower(k + 1) === ',' && nameRunAt(s, k + 2)))) {
    // The state's other name adds nothing to the office, which names the state already.
    return { text: stateGloss ? '' : ` (${s.span(afterTitle + 1, k)})`, end: k + 1 };
  }
  return null;
}

/** The office with its holder's name after it: pushes the person and tells whether it did. */
function emitHolderName(s: SentenceScan, r: OfficeRead): boolean {
  const { th, p, before, comp, principal, office, canonical, afterTitle } = r;
  const raw = headingVerbCut(s, nameRunAt(s, afterTitle, true));
  const dropped = raw ? dropCommonStart(s, nameRun(raw.start, raw.end, raw.words, false), true) : null;
  const run = dropped ? startAtGivenName(s, dropped, comp !== null) : null;
  if (!run || dropped!.start !== raw!.start || hasNonNameWord(s, run, true) || namesNoOne(s, run, comp, p)) return false;
  const plain = nameText(s.span(run.start, run.end));
  // "Minister of State Lord Collins of Highbury": a peer's style and designation are the name's.
  const peer = run.start === raw!.start ? peerName(s, run, plain) : null;
  const name = peer?.name ?? plain;
  // "President von der Leyen": a surname opened by its particles is looked up by its last word.
  const known = personByName(plain) ?? (run.words === 1 ? personBySurname(name.slice(name.lastIndexOf(' ') + 1), canonical) : null) ?? monarchByName(name, th.entry.title);
  // "the Australian Deputy Prime Minister and Minister for Trade Mark Vaile", "Acting Provincial
  // Governor Brigadier General X": offices stacked before one name are all that person's; the
  // first says the office and often the country.
  const outer = officeBefore(s, p);
  let full = office;
  let country = r.country;
  let sector = r.sector;
  if (outer) {
    full = outer.joiner === '' ? outer.title ?? office : office && outer.title ? `${outer.title}${outer.joiner}${office}` : outer.title ?? office;
    // "Ambassador of Bhutan to India Major General X": a country word right before the inner office
    // ends the outer office's own words, and that office has already said whose it is.
    if (outer.country && before && !comp && !principal) country = outer.country;
    else country ??= outer.country;
    sector = outer.sector ?? sector;
  }
  const countrySource = country ? 'title' : 'lexicon';
  country ??= listedCountryWithTitle(known, full ?? null);
  s.take(th.start, th.end, Claim.Title);
  const tokenStart = peer?.tokenStart ?? run.start;
  const tokenEnd = peer?.tokenEnd ?? run.end;
  s.push({
    start: s.tokens[tokenStart]!.start, end: s.tokens[tokenEnd - 1]!.end, tokenStart, tokenEnd,
    type: 'person', form: 'name', canonical: name,
    country, countrySource, sector: sector ?? known?.sector ?? null, title: full ?? known?.title ?? null, rule: comp ? 'title-of-place-name' : 'title-name',
    body: r.body !== null && full !== null && !outer ? r.body : undefined,
  });
  return true;
}

/** Whether a run after an office names no one: an office word alone, offices in the plural, a body's last word. */
function namesNoOne(s: SentenceScan, run: NameRun, comp: Complement | null, p: number): boolean {
  // "Chief and Deputy Chief Negotiators": an office word alone, or its plural, names no one.
  const loneWord = run.words === 1 ? s.tok(run.start)!.text : '';
  // "Deputy Prime Ministers": a run ending on an office in the plural names a body of holders, no one.
  const lastWord = s.tok(run.end - 1)!.text;
  // "Ambassador Paul Judges": a run opened by a given name is a person's.
  const pluralOffice = /s$/.test(lastWord) && isTitleWord(lastWord.replace(/ies$/, 'y').replace(/s$/, '')) && !s.isGiven(run.start);
  // "founder of Bloomberg LP": a company's legal form after the office's body ends that body's name; it names no one.
  // "Kenji Hayashi, President of Toyota Tsusho, said": an office in apposition after a name is that name's;
  // one word after its complement, closed by a comma, ends the body's name and names no second person.
  const apposedWordAfter = run.words === 1 && comp !== null && s.tok(run.end)?.text === ','
    && s.tok(p - 1)?.text === ',' && /^\p{Lu}\p{Ll}+$/u.test(s.tok(p - 2)?.text ?? '') && !s.titleHit(p - 2) && !s.nameHit(p - 2);
  return (run.words === 1 && (isTitleWord(loneWord) || wordLists().legalSuffixes.has(loneWord))) || pluralOffice || apposedWordAfter;
}

/** A title with no name: "the President", "the governor", "Montenegro's prime minister". */
function emitOfficeAlone(s: SentenceScan, r: OfficeRead, weak: boolean): void {
  const { th, p, comp, afterTitle, office } = r;
  const i = th.start;
  // "the governor election", "presidential" uses: a title followed by a noun modifies that noun.
  const nextTok = s.tok(afterTitle);
  if (!comp && nextTok && nextTok.pos === 'NOUN' && !s.isCap(afterTitle) && !indirectObjectAt(s, i)) return;
  const unitOwned = ownedByUnit(s, p);
  // "the secretary" in lower case is an ordinary word; "the Secretary" with its capital is the office.
  if (!officeAnchored(s, r, unitOwned) || (weak && !isCapitalized(th.text) && !(r.before || r.orgBefore || comp))) return;
  // "Foreign Minister of Saudi Arabia Prince Faisal bin Farhan": a style between an office and the name
  // that office already took is the bearer's own, not someone else standing for a title.
  if (!comp && styleOfNameAt(s, afterTitle)) return;
  if (!comp && joinedToServedOffice(s, th, office, afterTitle)) return;
  // "the company's chief executive": an office that heads companies as well as states, owned by a
  // company's noun, is a business office.
  const sector = unitOwned && th.entry.company && COMPANY_NOUNS.has(s.lower(p - 2)) ? 'BUS' : r.sector;
  s.take(th.start, th.end, Claim.Title);
  s.push({
    start: s.tokens[th.start]!.start, end: s.tokens[th.end - 1]!.end, tokenStart: th.start, tokenEnd: th.end,
    type: 'person', form: 'title', canonical: null, country: r.country, sector, title: office, extentEnd: afterTitle, rule: comp && !comp.anaphoric ? 'title-of-place' : 'title-only',
    // "according to its chief executive, X": the office is the body's that "its" stands for.
    ...(r.body !== null && r.orgBefore !== undefined && r.orgBefore.tokenEnd < p - 1 ? { body: r.body } : {}),
  });
}

/**
 * "the state's Minister for Industries, X", "the province's Minister of Production": an office of a
 * unit the text has named, owned by the unit's noun, is anchored as one after "the" is.
 * "the Ministry's spokesperson, X", "the Bank's Vice-President, X": so is one owned by a body's noun.
 * "The Foreign Ministry's Ambassador-at-Large, X": capitalised words may name the body before its noun.
 */
function ownedByUnit(s: SentenceScan, p: number): boolean {
  let owner = p - 3;
  while (owner > p - 6 && owner >= s.first && s.isCap(owner) && !DETERMINERS.has(s.lower(owner))) owner--;
  return s.isPossessive(p - 1) && (UNIT_NOUNS.has(s.lower(p - 2)) || BODY_NOUNS.has(s.lower(p - 2))) && DETERMINERS.has(s.lower(owner));
}

/** Whether an office with no name is a definite reference to one holder rather than a word in general use. */
function officeAnchored(s: SentenceScan, r: OfficeRead, unitOwned: boolean): boolean {
  const { th, p, comp, subject, principal, afterTitle } = r;
  const i = th.start;
  // "• from the Welsh Government: Minister for the Economy, Vaughan Gething MS": an office opening a
  // sentence or list item, then a comma and a name, is that person's (the appositive rule joins them).
  const opensItem = (p === s.first || /^[:;•·▪●]$/.test(s.tok(p - 1)?.text ?? '')) && s.tok(afterTitle)?.text === ','
    && nameRunAt(s, afterTitle + 1) !== null;
  // "EAM conveyed ...", "PM said": a listed abbreviation of an office stands for its holder as the
  // subject of a verb, with no article ("at 3 PM" is a time, after a number and before no verb).
  // "EAM also called on ...", "PM later said": an adverb in lower case may stand before the verb.
  const adverb = s.tok(afterTitle)?.pos === 'ADV' && /^\p{Ll}/u.test(s.tok(afterTitle)!.text) ? 1 : 0;
  const abbreviatedSubject = /^[A-Z]{2,4}$/.test(th.text) && /^(?:VERB|AUX)$/.test(s.tok(afterTitle + adverb)?.pos ?? '')
    && !/^\d/.test(s.tok(i - 1)?.text ?? '');
  // "Minister of State for Foreign Affairs and Climate Envoy X": a capitalised office with its own
  // subject, joined by "and" to an office right after it, is the first office of the holder named there.
  const nextOffice = subject !== null && s.isCap(p) && s.lower(afterTitle) === 'and' ? s.titleHit(afterTitle + 1) : undefined;
  const coordinated = nextOffice !== undefined && nextOffice.start === afterTitle + 1 && s.isCap(afterTitle + 1);
  // "Assistant to the President of Azerbaijan, Head of ... X": an aide's office whose principal's office
  // names a state is one definite office, as an office with its own complement is.
  const servesStatePrincipal = principal !== null && principal.country !== null && s.isCap(i);
  return r.determiner || r.before !== null || r.orgBefore !== undefined || comp !== null || opensItem || abbreviatedSubject || unitOwned || coordinated || servesStatePrincipal;
}

/**
 * "the Chief of Staff to the President, X": an office serving the office after it, with a name in
 * apposition, is one office, the name's; the President is not that person. Extends the serving office
 * over this one and tells whether it did.
 */
function joinedToServedOffice(s: SentenceScan, th: TitleHit, office: string | null, afterTitle: number): boolean {
  const i = th.start;
  if (!(s.lower(i - 1) === 'the' && (s.lower(i - 2) === 'to' || s.lower(i - 2) === 'of') && s.tok(afterTitle)?.text === ','
    && nameRunAt(s, afterTitle + 1) !== null)) return false;
  for (let k = s.out.length - 1; k >= 0 && s.out.length - k <= STYLE_NAME_REACH; k--) {
    const d = s.out[k]!;
    if (d.type !== 'person' || d.form !== 'title' || d.rule !== 'title-only' || (d.extentEnd ?? d.tokenEnd) !== i - 2) continue;
    d.title = d.title && office ? `${d.title} ${s.lower(i - 2)} the ${office}` : d.title;
    d.extentEnd = afterTitle;
    s.take(th.start, th.end, Claim.Title);
    return true;
  }
  return false;
}

/** Prepositions of place before a body's name: "At the Kremlin President Putin met ...", where the body is where, not whose. */
const LOCATIVE = new Set(['at', 'in', 'inside', 'outside']);

/**
 * "NATO Secretary General Mark Rutte", "Foreign Ministry Spokeswoman Maria Zakharova", "Kremlin spokesman
 * Dmitry Peskov": a body's name written right before an office modifies it as a noun does, and says whose
 * office it is; the title is read with it. A body owned by a possessive ("NATO's Secretary General") or
 * after a preposition of place ("At the Kremlin President Putin", "in the Ministry Director X") is no
 * modifier of the office.
 */
function bodyModifyingOffice(s: SentenceScan, p: number, before: CountryWord | null, orgBefore: DraftMention | undefined): string | null {
  let start: number;
  if (before) {
    if (before.possessive || before.hit.hit.entry.kind !== 'organization') return null;
    start = before.hit.start;
  } else if (orgBefore && orgBefore.type === 'organization' && orgBefore.form === 'name' && orgBefore.tokenEnd < p - 1) {
    // "its chief executive": the body "its" stands for, named earlier in the sentence.
    return orgBefore.canonical;
  } else if (orgBefore && orgBefore.type === 'organization' && orgBefore.form === 'name' && !s.isPossessive(p - 1)) {
    start = orgBefore.tokenStart;
  } else return null;
  const prev = s.lower(start - 1) === 'the' ? start - 2 : start - 1;
  if (LOCATIVE.has(s.lower(prev))) return null;
  return singleSpaced(s.span(start, p));
}

/** Most of the latest drafts looked at for a name starting right after a title. */
const STYLE_NAME_REACH = 3;

/** Whether one of the latest person names the sentence has given starts at token k. */
function styleOfNameAt(s: SentenceScan, k: number): boolean {
  if (s.claimOf(k) === Claim.Free) return false;
  for (let j = s.out.length - 1; j >= 0 && s.out.length - j <= STYLE_NAME_REACH; j--) {
    const d = s.out[j]!;
    if (d.type === 'person' && d.form === 'name' && d.tokenStart === k) return true;
  }
  return false;
}

/**
 * An office that stands right before the office at token i, with nothing or "and" between:
 * the title-only mention already made of it (removed, as it is the same person), or a title
 * the rules passed over because a second title, not a name, followed it.
 */
function officeBefore(s: SentenceScan, i: number): { title: string | null; country: string | null; sector: string | null; joiner: string } | null {
  // "UAE President His Highness Sheikh X": a style of address between two titles joins them as "and" does.
  const style = styleOfAddressEndingAt(s, i);
  // "Press Secretary of the President Sherzod Asadov", "Aide to the President X": an office serving
  // the office named last is the holder's whole title; the President is another person.
  const serving = !style && s.lower(i - 1) === 'the' && (s.lower(i - 2) === 'of' || s.lower(i - 2) === 'to') ? 2 : 0;
  // "High Representative/Vice-President Josep Borrell": two offices joined by a slash, as by "and".
  const slash = !style && !serving && s.tok(i - 1)?.text === '/' && s.glued(i - 1) && s.glued(i);
  // "Deputy Prime Minister – Minister of Foreign Affairs X": a dash set off by spaces joins the two
  // offices of one holder, as the CIS style of writing a combined post does.
  const dash = !style && !serving && !slash && /^[–—]$/.test(s.tok(i - 1)?.text ?? '') && !s.glued(i - 1) && !s.glued(i);
  const sep = style ? style : serving ? serving : s.lower(i - 1) === 'and' || slash || dash ? 1 : 0;
  const j = i - sep;
  const joiner = serving ? ` ${s.lower(i - 2)} the ` : slash ? '/' : dash ? ' – ' : sep && !style ? ' and ' : '';
  for (let k = s.out.length - 1; k >= 0; k--) {
    const d = s.out[k]!;
    if (d.type !== 'person' || d.form !== 'title' || (d.extentEnd ?? d.tokenEnd) !== j) continue;
    // "the President and Foreign Minister Lavrov" are two people; "the Australian Deputy Prime
    // Minister and Minister for Trade Mark Vaile" one, and so is "the Secretary of State for Business
    // and Trade and President of the Board of Trade X": an office with its own subject words is whole,
    // and "and" with no article of its own adds a second office of the same holder.
    const ownSubject = d.rule === 'title-only' && (d.extentEnd ?? d.tokenEnd) > d.tokenEnd && !DETERMINERS.has(s.lower(i - 1));
    if (sep && !serving && !ownSubject && !accreditedAgain(s, d, i) && DETERMINERS.has(s.lower(d.tokenStart - 1)) && !countryWordBefore(s, d.tokenStart)) return null;
    s.out.splice(k, 1);
    return { title: d.title ?? null, country: d.country, sector: d.sector, joiner };
  }
  const prev = s.titleHit(j - 1);
  if (!prev || prev.end !== j) return null;
  const before = countryWordBefore(s, prev.start);
  if (sep && !style && !serving && !coordinatedOffice(s, prev, before !== null)) return null;
  return { title: displayTitle(prev), country: before?.country ?? null, sector: prev.entry.sector, joiner };
}

/**
 * "the Ambassador of Chile to Spain and Head of Mission to the European Union X": an envoy whose office
 * names the state sending him, joined by "and" to a second posting with no article and no state of its
 * own, is one diplomat accredited twice; "the Ambassador of Chile and Foreign Minister X" are two people.
 */
function accreditedAgain(s: SentenceScan, outer: DraftMention, i: number): boolean {
  const inner = s.titleHit(i);
  return outer.country !== null && outer.rule === 'title-of-place' && inner !== undefined && inner.start === i && s.isCap(i)
    && ENVOY.test(lookupKey(outer.title ?? '')) && ENVOY.test(lookupKey(`${inner.entry.title} ${inner.text}`))
    && s.lower(inner.end) !== 'of' && !countryWordBefore(s, i);
}

/**
 * "Deputy Prime Minister and Minister of Finance Lawrence Wong": a capitalised office joined by "and"
 * to the office right before a name, with no article of its own, is the same person's first office.
 * "the President and Foreign Minister Lavrov" are two people: an article or possessive before the
 * first office makes it a person of its own (unless a country word stands between, "the Australian
 * Deputy Prime Minister and ..."); so does a lower-case office ("the president and Minister X").
 */
function coordinatedOffice(s: SentenceScan, prev: TitleHit, countryBefore: boolean): boolean {
  if (!s.isCap(prev.start)) return false;
  if (countryBefore) return true;
  let p = prev.start;
  while (p - 1 >= s.first && TITLE_ADJECTIVES.has(s.lower(p - 1))) p--;
  return !DETERMINERS.has(s.lower(p - 1)) && s.lower(p - 1) !== 'a' && s.lower(p - 1) !== 'an';
}

/** How many tokens a style of address ("His Highness", "Her Majesty", "His Royal Highness") takes, ending right before token i; else 0. */
function styleOfAddressEndingAt(s: SentenceScan, i: number): number {
  const last = s.lower(i - 1);
  if (last !== 'highness' && last !== 'majesty' && last !== 'excellency') return 0;
  const royal = s.lower(i - 2) === 'royal' ? 1 : 0;
  const owner = s.lower(i - 2 - royal);
  return owner === 'his' || owner === 'her' ? 2 + royal : 0;
}

/** How many tokens a style of address ("His Excellency", "Her Royal Highness") takes starting at token k; else 0. */
function styleOfAddressStartingAt(s: SentenceScan, k: number): number {
  const owner = s.lower(k);
  if ((owner !== 'his' && owner !== 'her') || !s.isCap(k)) return 0;
  const royal = s.lower(k + 1) === 'royal' ? 1 : 0;
  const style = s.lower(k + 1 + royal);
  return style === 'highness' || style === 'majesty' || style === 'excellency' ? 2 + royal : 0;
}

/** People named with a title ("Belarus President Aleksandr Lukashenko") and titles standing for a person ("the governor"). */
export function titledPeople(s: SentenceScan): void {
  for (let i = s.first; i < s.last; i++) {
    const th = s.titleHit(i);
    if (!th || th.start !== i || s.claimOf(i) !== Claim.Free || givenNameAfterStyle(s, th)) continue;
    emitTitle(s, th);
    i = th.end - 1;
  }
}

/**
 * "Datuk Seri Amir Hamzah Azizan", "Dr. Amir Kazemi": a one-word office that is also a given name ("Amir"),
 * right after a style of address and before another name word, opens the bearer's name; a style of address
 * stands before a name, and an office after one is written with its article ("H.E. the Amir").
 */
function givenNameAfterStyle(s: SentenceScan, th: TitleHit): boolean {
  const k = th.start;
  if (th.end !== k + 1 || !s.isGiven(k) || !s.isCap(k + 1) || s.claimOf(k + 1) !== Claim.Free || s.titleHit(k + 1)) return false;
  // "Dato' Amir", "Dr. Amir": the style's own apostrophe or full stop.
  const mark = s.tok(k - 1)?.text;
  const style = mark === '.' || mark === "'" || mark === '’' ? k - 2 : k - 1;
  if (style < s.first) return false;
  const { honorifics } = wordLists();
  return honorifics.has(s.tokenKey(style)) || honorifics.has(`${s.tokenKey(style)}.`);
}

/** Most words of one holder's name after a plural office: "Biden", "Lula da Silva". */
const MAX_PLURAL_ITEM_WORDS = 3;

/**
 * "Presidents Biden and Marcos", "Foreign Ministers Szijjártó, Sikorski and Lipavský": an office in
 * the plural before a list of names joined by commas and "and" gives each name that office.
 */
/** Per word: whether it ends in an "s" after another letter, as a plural does ("Ministers"; not "Press"). */
const PLURAL_ENDINGS = new WordTest((text: string) => /[^s]s$/.test(text));

export function pluralTitledPeople(s: SentenceScan): void {
  for (let i = s.first; i < s.last; i++) {
    // A word in lower case can only open "members of the ...": no capitalised office is read from it.
    if (!s.isCap(i)) {
      if (s.lower(i + 1) === 'of' && s.claimOf(i) === Claim.Free && PLURAL_ENDINGS.has(s.wordId(i), s.tok(i)!.text)) {
        const end = holdersOfBodies(s, i);
        if (end > i) i = end - 1;
      }
      continue;
    }
    if (s.claimOf(i) !== Claim.Free || !PLURAL_ENDINGS.has(s.wordId(i), s.tok(i)!.text)) continue;
    const office = pluralOfficeAt(s, i, true);
    if (!office) continue;
    const { entry, start } = office;
    // "Members of the Bundestag Anna Weber and Klaus Frey": the body or place after the office in the
    // plural is every holder's, and says whose they are; the list of names follows it.
    const of = s.lower(i + 1) === 'of' ? complementAt(s, i + 1) : null;
    const comp = of && of.country && !of.anaphoric && !of.brand ? of : null;
    // A list of two or more that closes with "and": "Presidents Biden and Marcos", not "Ministers Group".
    const list = closedList(s, comp ? comp.end : i + 1, MAX_PLURAL_ITEM_WORDS, true);
    if (!list) continue;
    const { items } = list;
    s.take(start, i + 1, Claim.Title);
    const title = comp ? `${entry.title} ${ofComplement(comp)}` : entry.title;
    for (const [a, b] of items) {
      const name = singleSpaced(s.span(a, b));
      const listed = personByName(name)?.country ?? null;
      s.push({
        start: s.tokens[a]!.start, end: s.tokens[b - 1]!.end, tokenStart: a, tokenEnd: b,
        type: 'person', form: 'name', canonical: name, country: listed ?? comp?.country ?? null, countrySource: listed || !comp ? 'lexicon' : 'title',
        sector: entry.sector, title, rule: 'plural-title-name',
      });
    }
    i = items[items.length - 1]![1] - 1;
  }
}

/**
 * The office a plural noun at i names ("Deputies" -> "Deputy", "Ministers" -> "Minister"), with one or
 * two office words before it ("Foreign Ministers", "chief executives"), capitalised ones only when
 * `capitalised`; where the office's words start.
 */
function pluralOfficeAt(s: SentenceScan, i: number, capitalised: boolean): { entry: TitleEntry; start: number } | null {
  const word = s.tok(i)!.text;
  const singular = /[^aeiou]ies$/i.test(word) ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  let start = i;
  let entry = titleByWords(singular);
  for (let back = 1; back <= 2 && i - back >= s.first && (!capitalised || s.isCap(i - back)) && s.claimOf(i - back) === Claim.Free; back++) {
    const longer = titleByWords(`${s.span(i - back, i)} ${singular}`);
    if (longer) {
      entry = longer;
      start = i - back;
    }
  }
  return entry ? { entry, start } : null;
}

/** Most capitalised words of one body in a list after a plural office: "Standard Chartered". */
const MAX_BODY_ITEM_WORDS = 4;

/**
 * Capitalised items joined by commas and a closing "and", from token k, each of at most `most`
 * words with no office or never-a-name word in it: "HSBC and Standard Chartered". The items and
 * the token after the last one; none when the list does not close with "and".
 */
function closedList(s: SentenceScan, k: number, most: number, names = false): { items: Array<[number, number]>; end: number } | null {
  const { nonName, particles } = wordLists();
  const items: Array<[number, number]> = [];
  let closed = false;
  const nameWord = (e: number) => s.isCap(e) && s.claimOf(e) === Claim.Free && !nonName.has(s.lower(e)) && !s.titleHit(e);
  while (k < s.last) {
    let e = k;
    let words = 0;
    while (e < s.last && words < most) {
      if (nameWord(e)) {
        e++;
        words++;
        continue;
      }
      if (!names) break;
      // "Presidents al-Assad and X", "van der Berg": a surname may open on its particles, glued to it by a hyphen or not.
      if (words === 0) {
        let p = e;
        while (p < s.last && particles.has(s.tok(p)!.text)) p++;
        if (p > e && (s.tok(p)?.text === '-' || s.tok(p)?.text === '‐') && s.glued(p) && s.glued(p + 1)) p++;
        if (p > e && nameWord(p)) {
          e = p;
          continue;
        }
        break;
      }
      // "Okonkwo-Eze": a hyphen glued between two capitalised words joins them into one.
      if ((s.tok(e)!.text === '-' || s.tok(e)!.text === '‐') && s.glued(e) && s.glued(e + 1) && nameWord(e + 1)) {
        e += 2;
        continue;
      }
      // "Lula da Silva", "de la Fuentebella": particles lead on to a capitalised word of the same name.
      let p = e;
      while (p < s.last && particles.has(s.tok(p)!.text)) p++;
      if (p > e && nameWord(p)) {
        e = p;
        continue;
      }
      break;
    }
    if (e === k) return null;
    items.push([k, e]);
    if (closed) return items.length >= 2 ? { items, end: e } : null;
    if (s.lower(e) === 'and') closed = true;
    else if (s.lower(e) !== ',') return null;
    else if (s.lower(e + 1) === 'and') {
      closed = true;
      e++;
    }
    k = e + 1;
  }
  return null;
}

/**
 * "the chief executives of HSBC and Standard Chartered, Georges Elhedery and Bill Winters,": an office
 * in the plural "of" a list of bodies, then, set off by a comma, a list of as many names: each name
 * holds the office of the body in its place in the list. Returns the token after the names, or -1.
 */
function holdersOfBodies(s: SentenceScan, i: number): number {
  const entry = pluralOfficeAt(s, i, false)?.entry;
  if (!entry) return -1;
  const bodies = closedList(s, s.lower(i + 2) === 'the' ? i + 3 : i + 2, MAX_BODY_ITEM_WORDS);
  if (!bodies || s.lower(bodies.end) !== ',') return -1;
  const holders = closedList(s, bodies.end + 1, MAX_PLURAL_ITEM_WORDS, true);
  // "..., A and B and C": a list that goes on past its "and" is not the one read.
  if (!holders || holders.items.length !== bodies.items.length || s.lower(holders.end) === 'and') return -1;
  // Each holder's name has two words or more and no listed place or body in it.
  for (const [a, b] of holders.items) {
    if (b - a < 2) return -1;
    for (let k = a; k < b; k++) if (s.nameHit(k) && s.nameHit(k)!.hit.entry.kind !== 'person') return -1;
  }
  const office = entry.title;
  holders.items.forEach(([a, b], n) => {
    const [ba, bb] = bodies.items[n]!;
    const name = singleSpaced(s.span(a, b));
    s.push({
      start: s.tokens[a]!.start, end: s.tokens[b - 1]!.end, tokenStart: a, tokenEnd: b,
      type: 'person', form: 'name', canonical: name, country: personByName(name)?.country ?? null, countrySource: 'lexicon',
      sector: entry.company ? null : entry.sector, title: `${office} of ${singleSpaced(s.span(ba, bb))}`, rule: 'plural-title-of-bodies',
    });
  });
  return holders.end;
}

/** Most lower-case words between an appositive's country word and its title: "Algeria's leading human rights activist". */
const MAX_APPOSITIVE_MODIFIERS = 5;

/** An office read as an apposition to a name: its title as written out, whose it is, and its tokens. */
interface AppositiveOffice { title: string; country: string | null; sector: string | null; start: number; end: number }

/**
 * The title of an appositive starting at token k: "[the] [Country's] [modifiers] Title [of X]".
 */
function appositiveAt(s: SentenceScan, k: number): AppositiveOffice | null {
  // "Phil Gordon, her National Security Advisor": a possessive pronoun right before an office
  // determines it as an article does ("her Georgian counterpart" names a relation, read elsewhere).
  if (/^(?:his|her|their)$/.test(s.lower(k))) {
    const office = s.titleHit(k + 1);
    if (!office || office.start !== k + 1 || /counterpart/i.test(office.entry.title)) return null;
    k++;
  } else if (s.lower(k) === 'the' || s.lower(k) === 'a' || s.lower(k) === 'an') k++;
  const cw = countryWordAt(s, k);
  if (cw) k = cw.end;
  // "X, Union Minister of Commerce and Industry,": India's and Myanmar's central ministers are the Union's,
  // as emitTitle reads them before a name.
  if (!cw && s.lower(k) === 'union' && s.isCap(k) && s.titleHit(k + 1)?.start === k + 1 && /^(?:cabinet\s+)?minister\b/i.test(s.titleHit(k + 1)!.text)) k++;
  /** "the company's chief executive": a company's noun owns the office. */
  let company = false;
  for (let n = 0; n < MAX_APPOSITIVE_MODIFIERS && k < s.last && !s.titleHit(k); n++, k++) {
    const t = s.tok(k)!;
    if (s.isPossessive(k)) {
      company ||= COMPANY_NOUNS.has(s.lower(k - 1));
      continue;
    }
    if (s.isCap(k) || !/^(?:ADJ|NOUN|ADV|VERB)$/.test(t.pos)) return null;
  }
  const hit = s.titleHit(k);
  if (!hit || hit.start !== k) return null;
  const th = withDesignate(s, hit);
  // "Minister of Industry and Trade [of Vietnam]": the portfolio first, then perhaps a country.
  // "Minister of Industry" is listed; "and Trade" continues its portfolio.
  // "Minister [of Foreign Affairs of Uzbekistan, Abdulaziz] Kamilov": an editor's bracket that
  // completes the office and opens the holder's name is read through, offsets left as written.
  const bracket = s.tok(th.end)?.text === '[' && /^(?:of|for)$/.test(s.lower(th.end + 1));
  const titleEnd = bracket ? th.end + 1 : th.end;
  const subject = numberedOffice(s, th, complementAt(s, titleEnd) ? null : portfolioAt(s, titleEnd, / (?:of|for) /i.test(th.entry.title) || / (?:of|for) /i.test(th.text)));
  const comp = complementAt(s, subject ? subject.end : titleEnd);
  // "A, Presidential Aide B and C": a title with a name of its own after it opens the next item of a list.
  let end = comp ? comp.end : subject ? subject.end : th.end;
  if (s.claimOf(end) === Claim.Mention && s.out.some((m) => m.tokenStart === end && m.type === 'person' && m.form === 'name')) return null;
  const office = officeWithSubject(th, subject);
  // "Hikmet Hajiyev, Assistant to the President of Azerbaijan".
  const principal = comp ? null : principalAt(s, th, end);
  if (principal) end = principal.end;
  const subjectState = comp !== null && s.lower(subject ? subject.end : titleEnd) === 'for' && ENVOY.test(lookupKey(`${th.entry.title} ${th.text}`));
  // "Dr Majid Al Qasabi, Minister of Commerce, Saudi Arabia": a country's name closing the
  // sentence (a list's line) right after the office says whose office it is, as "of" would.
  const closing = comp || principal || s.tok(end)?.text !== ',' ? null : countryWordAt(s, end + 1);
  const listed = closing && closing.hit.hit.entry.kind === 'country' && (closing.end === s.last || (closing.end + 1 === s.last && s.tok(closing.end)?.text === '.')) ? closing.country : null;
  const first: AppositiveOffice = {
    title: (comp ? `${office} ${ofComplement(comp, subjectState ? 'for' : 'of')}` : office) + (principal?.text ?? ''),
    country: (subjectState ? null : comp?.country) ?? principal?.country ?? cw?.country ?? listed ?? null,
    sector: company && th.entry.company && !comp ? 'BUS' : officeSector(th.entry, comp, GENERIC_TITLES.has(baseTitle(th.entry.title))),
    start: th.start,
    end,
  };
  return jointOffice(s, first);
}

/**
 * "X, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Kazakhstan, ...": an
 * office without a state of its own joined by "and" to a second office with no name after it is one
 * person's two offices, and the state the second names is the first's too. A second office followed by
 * a name ("Minister of Finance and Minister of Economy Y") opens another person.
 */
function jointOffice(s: SentenceScan, first: AppositiveOffice): AppositiveOffice {
  if (first.country || s.lower(first.end) !== 'and') return first;
  const hit = s.titleHit(first.end + 1);
  if (!hit || hit.start !== first.end + 1) return first;
  const second = appositiveAt(s, first.end + 1);
  if (!second || !second.country || nameRunAt(s, second.end)) return first;
  return { ...first, title: `${first.title} and ${second.title}`, country: second.country, end: second.end };
}

/**
 * "Recalling the words of Nelson Mandela, the Russian leader said": a name that closes a sentence's
 * opening phrase (one that starts with a preposition, a subordinating conjunction or an -ing form) is
 * no subject, and the office phrase after its comma runs straight into a verb: that phrase is the
 * subject of the main clause, not an apposition to the name. (With the name as the subject, "X, the
 * Belarusian leader said" is an apposition whose closing comma is left out.)
 */
function subjectAfterOpeningPhrase(s: SentenceScan, name: DraftMention, officeEnd: number): boolean {
  const opener = s.tok(s.first);
  if (!opener || name.tokenStart <= s.first) return false;
  if (!(opener.pos === 'ADP' || opener.pos === 'SCONJ' || (opener.pos === 'VERB' && /ing$/i.test(opener.text)))) return false;
  for (let k = s.first; k < name.tokenStart; k++) if (s.tok(k)!.text === ',') return false;
  let k = officeEnd;
  if (s.tok(k)?.pos === 'ADV' && /^\p{Ll}/u.test(s.tok(k)!.text)) k++;
  const verb = s.tok(k);
  return !!verb && k < s.last && /^(?:VERB|AUX)$/.test(verb.pos) && /^\p{Ll}/u.test(verb.text);
}

/** How many tokens ", who is", ", who became", ", who serves as" take before an office in apposition: "Binh, who is Deputy Prime Minister of Vietnam,". */
function relativeOffice(s: SentenceScan, k: number): number {
  if (s.lower(k) !== 'who') return 0;
  // "Starovoit, who became Minister of Transport": an office taken up is held.
  if (/^(?:is|was|became|becomes)$/.test(s.lower(k + 1))) return 2;
  if (/^(?:has|had)$/.test(s.lower(k + 1)) && s.lower(k + 2) === 'become') return 3;
  return /^(?:serves|served)$/.test(s.lower(k + 1)) && s.lower(k + 2) === 'as' ? 3 : 0;
}

/** Whether token k is a style of address or its full stop ("Mr", "Mr.", "H.E.", "Dr", "."). */
/** Most tokens of styles of address between an office's comma and its holder's name. */
const MAX_STYLE_TOKENS = 6;

function styleWord(s: SentenceScan, k: number): boolean {
  const t = s.lower(k);
  return t === '.' || wordLists().honorifics.has(t) || wordLists().honorifics.has(t.replace(/\.$/, '')) || opensTwoWordStyle(s, k);
}

/** Whether an office and a comma end right before token k, past any styles of address: "the Prime Minister of India, Shri ". */
function officeEndsBefore(s: SentenceScan, k: number, byEnd: ReadonlyMap<number, DraftMention>): boolean {
  let j = k - 1;
  while (j > s.first && k - j <= MAX_STYLE_TOKENS && styleWord(s, j)) j--;
  return s.tok(j)?.text === ',' && byEnd.has(j);
}

/** A state named by its kind, as the state's own releases name it: "to the Sultanate", "to the Kingdom". */
const HOST_STATE_NOUNS = new Set(['sultanate', 'kingdom', 'republic', 'emirate', 'emirates', 'state', 'principality', 'federation', 'confederation', 'commonwealth']);

/**
 * A holder's name of two words or more starting at token k, perhaps after a military rank ("General
 * Joseph Aoun"); no listed place or body starts there, and one capitalised word names none ("the
 * Republic Square project").
 */
function holderNameAt(s: SentenceScan, k: number): boolean {
  if (s.nameHit(k)) return false;
  const rank = s.titleHit(k);
  const at = rank && rank.start === k ? (isRank(rank.entry.title) ? rank.end : -1) : k;
  const run = at >= 0 ? nameRunAt(s, at, true) : null;
  return run !== null && run.start === at && run.words >= 2;
}

/**
 * Whether the office `title` opens the apposition at token k, perhaps after "the", and goes on with
 * "of" or "and": "X, the Sultan and ...", "X, the King of Norway,". "X, the President replied" is the
 * bare office again, a subject of its own.
 */
function repeatsOffice(s: SentenceScan, k: number, title: string): boolean {
  const at = s.lower(k) === 'the' ? k + 1 : k;
  const th = s.titleHit(at);
  return th !== undefined && th.start === at && th.entry.title === title && (s.lower(th.end) === 'of' || s.lower(th.end) === 'and');
}

/** Titles of rank or style that hold no office: an office in apposition says more. */
const STYLE_TITLES = new Set(['Sheikh', 'Shaikh', 'Sheikha', 'Prince', 'Princess', 'Professor', 'Archbishop', 'Cardinal', 'Bishop', 'Monsignor']);
/** Titles kept as a style by people who hold another office: a bare "Ambassador" before the name. */
const COURTESY_TITLES = new Set(['Ambassador']);

/**
 * A military rank with no office named ("General", "Colonel"): "Gen. X, Chairman of the Joint Chiefs
 * of Staff," holds the office in apposition.
 */
function isRank(title: string): boolean {
  return !/ (?:of|for|to|in) /i.test(title) && titleByWords(title)?.sector === 'MIL';
}

/**
 * The office mention right before title `m` and joined to it by "and" alone ("the Minister of Foreign
 * Affairs and Deputy Prime Minister of Hungary, X,"): with one name in apposition to both, the two
 * offices are that one holder's. "The President and the Prime Minister, A and B," repeat the article
 * or name two people.
 */
function coordinatedBefore(s: SentenceScan, m: DraftMention, n: DraftMention, byEnd: ReadonlyMap<number, DraftMention>): { title: string | null; country: string | null; draft?: DraftMention } | undefined {
  const and = m.tokenStart - 1;
  if (s.lower(and) !== 'and' || s.lower(n.tokenEnd) === 'and') return undefined;
  const first = byEnd.get(and);
  const named = first ? undefined : draftEndingAt(s, and);
  if (named && named.type === 'person' && named.form === 'name') return envoyOfNamed(s, named, byEnd);
  if (first) return first !== m && first.type === 'person' && first.form === 'title' ? { title: first.title ?? null, country: first.country, draft: first } : undefined;
  // "Minister of Foreign Affairs and Deputy Prime Minister of Hungary, X, met ...": an office opening
  // the sentence stands for no one by itself, so it has no mention of its own.
  const prev = s.titleHit(and - 1);
  if (!prev || prev.end !== and || prev.start !== s.first || s.claimOf(prev.start) !== Claim.Free) return undefined;
  return { title: displayTitle(prev), country: null };
}

/**
 * "the Special Envoy of President Xi Jinping and Vice Chairperson of ..., Madam X": an envoy's office
 * whose principal is named with the principal's own office, right before "and": the first of the
 * holder's offices, serving the principal's state. The principal is a person of his own.
 */
function envoyOfNamed(s: SentenceScan, principal: DraftMention, byEnd: ReadonlyMap<number, DraftMention>): { title: string | null; country: string | null; draft?: DraftMention } | undefined {
  const office = s.titleHit(principal.tokenStart - 1);
  const at = office && office.end === principal.tokenStart ? office.start : principal.tokenStart;
  if (s.lower(at - 1) !== 'of') return undefined;
  let envoy: DraftMention | undefined;
  for (const d of byEnd.values()) if (d.type === 'person' && d.form === 'title' && (d.extentEnd ?? d.tokenEnd) === at - 1) envoy = d;
  if (!envoy || !ENVOY.test(lookupKey(envoy.title ?? ''))) return undefined;
  return { title: `${envoy.title} of ${s.span(at, principal.tokenEnd)}`, country: principal.country, draft: envoy };
}

/** Most tokens of a second office and its complement after "and": "Permanent Representative to the African Union". */
const MAX_SECOND_OFFICE_TOKENS = 10;

/**
 * "... and Permanent Representative to ECOWAS,": where an office listed in the lexicon follows "and" at
 * token `and`, alone or with a complement that opens with a preposition and runs in capitalised words
 * and "of", "to", "for", "the", "and" up to a comma, the comma's token; else -1.
 */
function secondOfficeComma(s: SentenceScan, and: number): number {
  if (s.lower(and) !== 'and') return -1;
  const hit = s.titleHit(and + 1);
  if (!hit || hit.start !== and + 1) return -1;
  if (s.tok(hit.end)?.text === ',') return hit.end;
  // The complement opens with a preposition: capitalised words right after the office are a name
  // ("the Ambassador of Ghana and Minister Kofi Mensah, X").
  if (!/^(?:of|to|for|at)$/.test(s.lower(hit.end))) return -1;
  for (let j = hit.end + 1; j < s.last && j - hit.end < MAX_SECOND_OFFICE_TOKENS; j++) {
    if (s.tok(j)?.text === ',') return j;
    if (!s.isCap(j) && !/^(?:of|to|for|the|and)$/.test(s.lower(j))) return -1;
  }
  return -1;
}

/** Most tokens of a second office between the comma after the first and its holder's name. */
const MAX_STACKED_OFFICE_TOKENS = 12;
/** An office at the head of a diplomatic mission. */
const HEAD_OF_MISSION = /^(?:the[ \t\u00a0]+)?(?:Ambassador|High Commissioner|Head of (?:the )?(?:Mission|Delegation))\b/i;
/** An office on a mission's staff: "Minister Counsellor of the Embassy", "First Secretary of the High Commission". */
const MISSION_STAFF = / of (?:the |this |that )?(?:Embassy|High Commission|Mission|Consulate)\b/i;

/**
 * The name, given with its own office starting at token `after`, that the office `m` before the comma
 * is stacked on: both offices have a complement ("of ..."), no comma stands inside the second, and the
 * name ends the list (no "and" or comma after it). Undefined when there is none.
 */
function stackedHolder(s: SentenceScan, m: DraftMention, after: number, byStart: ReadonlyMap<number, DraftMention>): DraftMention | undefined {
  if (!m.title || !/ (?:of|for) /.test(m.title) || s.titleHit(after)?.start !== after) return undefined;
  // Only the few tokens after the comma are looked at, each by where a mention starts: linear in the sentence.
  for (let j = after + 1; j < s.last && j - after <= MAX_STACKED_OFFICE_TOKENS; j++) {
    const n = byStart.get(j);
    if (!n || n.type !== 'person' || n.form !== 'name') continue;
    if (n.rule !== 'title-name' && n.rule !== 'title-of-place-name') return undefined;
    if (!n.title || !/ (?:of|for) /.test(n.title)) return undefined;
    for (let q = after; q < n.tokenStart; q++) if (s.tok(q)?.text === ',') return undefined;
    const next = s.lower(n.tokenEnd);
    return next === 'and' || next === ',' ? undefined : n;
  }
  return undefined;
}

/**
 * Stacks the title-only office `m` onto the holder named after a second office past the comma that
 * ends it (its words up to the comma may go on with a subject: "... of the European Union for Foreign
 * Affairs and Security Policy,"). Returns whether it did.
 */
function stackOnto(s: SentenceScan, m: DraftMention, byStart: ReadonlyMap<number, DraftMention>): boolean {
  let end = m.extentEnd ?? m.tokenEnd;
  let written = '';
  if (s.tok(end)?.text !== ',') {
    if (!/^(?:for|of)$/.test(s.lower(end))) return false;
    let comma = -1;
    for (let j = end + 1; j < s.last && j - end <= MAX_STACKED_OFFICE_TOKENS; j++) {
      if (s.tok(j)?.text === ',') { comma = j; break; }
      if (!s.isCap(j) && !/^(?:of|to|for|the|and)$/.test(s.lower(j))) return false;
    }
    if (comma < 0) return false;
    written = ` ${s.span(end, comma)}`;
    end = comma;
  }
  if (byStart.has(end + 1)) return false;
  const n = stackedHolder(s, m, end + 1, byStart);
  if (!n) return false;
  // "the Ambassador of Japan to Estonia, Minister Counsellor of the Embassy X": an office on the staff
  // of a mission is not held by the one who heads it; the name is the staff member's alone, and the
  // mission ("the Embassy") is that of the state the head of mission serves.
  if (HEAD_OF_MISSION.test(m.title!) && MISSION_STAFF.test(n.title!) && !HEAD_OF_MISSION.test(n.title!)) {
    if (!n.country && m.country) {
      n.country = m.country;
      n.countrySource = 'title';
    }
    return false;
  }
  n.title = `${m.title}${written}, ${n.title}`;
  if (!n.country && m.country) {
    n.country = m.country;
    n.countrySource = 'title';
  }
  return true;
}

/**
 * Whether the office `m` closes the apposition of the name before it, between commas: in "A,
 * President of Kazakhstan, B, President of Kyrgyzstan," the first office is A's, not an opener
 * for B. An office that opens its sentence or follows an article or a verb opens for the name after it.
 */
function closesApposition(s: SentenceScan, m: DraftMention, nameByEnd: ReadonlyMap<number, DraftMention>): boolean {
  const comma = m.tokenStart - 1;
  return s.tok(comma)?.text === ',' && nameByEnd.has(comma);
}

/**
 * "the Ambassador to Malaysia, Hermono, said": many people (in Indonesia and elsewhere) have one name
 * only. One capitalised word set off by commas right after an office with an article is its holder's
 * name, when it is no listed word, place, body or office, no word the text writes in lower case, and
 * the tagger reads it as a proper noun. The sentence's closing full stop sets it off as a comma
 * does ("Also present was the Minister of Foreign Affairs of Indonesia, Sugiono."). A new person's
 * mention for it is returned.
 */
function loneNameInApposition(s: SentenceScan, m: DraftMention, at: number, byStart: Map<number, DraftMention>): DraftMention | undefined {
  const next = s.tok(at + 1)?.text;
  const closed = next === ',' || (next === '.' && at + 2 >= s.last);
  if (!closed || !s.isCap(at) || s.claimOf(at) !== Claim.Free) return undefined;
  if (!DETERMINERS.has(s.lower(m.tokenStart - 1))) return undefined;
  const t = s.tok(at)!;
  if (t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || s.nameHit(at) || s.titleHit(at) || s.lowerWords.has(t.lower)) return undefined;
  if (NON_NAME_WORD.has(s.wordId(at), t.text) || isTitleWord(t.text)) return undefined;
  s.push({
    start: t.start, end: t.end, tokenStart: at, tokenEnd: at + 1,
    type: 'person', form: 'name', canonical: t.text, country: null, sector: null, title: null, rule: 'lone-name-in-apposition',
  });
  const d = s.out[s.out.length - 1]!;
  byStart.set(at, d);
  return d;
}

/** Per word: a listed word that never names a person ("However", "Today"), an office's subject, or a body's head noun. */
const NON_NAME_WORD = new WordTest((text: string) => {
  const { nonName, orgHeads, portfolio } = wordLists();
  const l = text.toLowerCase();
  return nonName.has(l) || orgHeads.has(l) || portfolio.has(l);
});

/** A sentence's drafts by their first token, its offices by where they end, its names by their end. */
interface ApposedDrafts {
  readonly byStart: Map<number, DraftMention>;
  readonly byEnd: Map<number, DraftMention>;
  readonly nameByEnd: Map<number, DraftMention>;
}

function apposedDrafts(out: readonly DraftMention[]): ApposedDrafts {
  const byStart = new Map<number, DraftMention>();
  for (const m of out) byStart.set(m.tokenStart, m);
  const byEnd = new Map<number, DraftMention>();
  for (const m of out) if (m.type === 'person' && m.form === 'title') byEnd.set(m.extentEnd ?? m.tokenEnd, m);
  const nameByEnd = new Map<number, DraftMention>();
  for (const m of out) if (m.type === 'person' && m.form === 'name') nameByEnd.set(m.tokenEnd, m);
  return { byStart, byEnd, nameByEnd };
}

/**
 * "Aleksandr Lukashenko, President of Belarus," and "the Foreign Minister, Sergei Lavrov,":
 * a title set off by a comma beside a name belongs to that name.
 */
export function appositiveTitles(s: SentenceScan): void {
  // Only a person's mention takes an office in apposition: most sentences have none.
  if (!s.out.some((m) => m.type === 'person')) return;
  // The drafts by where they start and end, made when a mention first needs them: most names
  // have no comma after them, and a sentence without an office in it needs none. Nothing changes
  // the drafts before then, so the tables are the ones the sentence had on entry.
  let tables: ApposedDrafts | null = null;
  const drafts = (): ApposedDrafts => (tables ??= apposedDrafts(s.out));
  const drop = new Set<DraftMention>();
  for (const m of s.out) {
    if (m.type !== 'person' || drop.has(m)) continue;
    // Both readings of a name need a comma right after it.
    const comma = m.form === 'name' && s.tok(m.tokenEnd)?.text === ',';
    // "Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar,": a style with no office ("Sheikh",
    // "Prince") gives way to the office in apposition.
    // A title only a list of known people gave ("KAMIKAWA Yoko", listed as Foreign Minister) gives way
    // to the office the text writes beside the name, as the listed form's does.
    const listedTitle = comma && (m.rule === 'name-run' || m.rule === 'honorific-name') && m.title && m.countrySource === 'lexicon' && personByName(m.canonical ?? s.span(m.tokenStart, m.tokenEnd))?.title === m.title;
    // "Ambassador X, the Permanent Representative of China,": diplomats keep "Ambassador" as a style in
    // other posts, so a bare "Ambassador" before the name gives way to the office in apposition.
    const styledAmbassador = !!m.title && COURTESY_TITLES.has(m.title) && m.countrySource !== 'title';
    // "Sultan X, the Sultan and Yang Di-Pertuan of Brunei Darussalam,": the bare office before the name,
    // written again in apposition with the state it serves, says less than the apposition.
    const bareRepeated = !!m.title && !m.country && !/ /.test(m.title) && repeatsOffice(s, m.tokenEnd + 1, m.title);
    // "the Prime Minister of India, Narendra Modi, the President of Chile, X": a listed name whose office
    // the text wrote right before it, set off by a comma, is closed; the office after it opens the next name.
    // "the Prime Minister of India, Shri Narendra Modi,": styles of address may stand between.
    const listedName = m.rule === 'person-lexicon' && !(m.title && officeEndsBefore(s, m.tokenStart, drafts().byEnd));
    if (comma && (!m.title || STYLE_TITLES.has(m.title) || isRank(m.title) || styledAmbassador || listedName || listedTitle || bareRepeated)) {
      const { byStart } = drafts();
      const app = appositiveAt(s, m.tokenEnd + 1 + relativeOffice(s, m.tokenEnd + 1));
      if (app && !subjectAfterOpeningPhrase(s, m, app.end)) {
        // A style's or rank's sector ("Prince" ELI, "General" MIL) gives way to the office's too.
        if (m.title && app.sector) m.sector = app.sector;
        m.title = app.title;
        if (!m.country && app.country) {
          m.country = app.country;
          m.countrySource = 'title';
        } else if (app.country && m.countrySource === 'lexicon') {
          // "Juan Manuel Santos, President of Colombia,": the office's own words beat a list of known names.
          m.country = app.country;
          m.countrySource = 'title';
        } else if (!app.country && m.countrySource === 'lexicon' && (m.rule === 'person-lexicon' || listedTitle)) {
          // "Kaja Kallas, Prime Minister,": a list's international body says nothing of another office.
          m.country = listedCountryWithTitle(personByName(m.canonical ?? s.span(m.tokenStart, m.tokenEnd)), app.title);
        }
        m.sector ??= app.sector;
        const t = byStart.get(app.start);
        if (t && t.form === 'title') drop.add(t);
        s.take(app.start, app.start + 1, Claim.Title);
      }
    } else if (comma && m.title && !m.country) {
      const { byStart } = drafts();
      // "Senator Jim Risch, Minister of Trade of the United States,": an office before the name that
      // names no state, and one in apposition that does; the state is the holder's, the office before
      // the name stays as the text gives it.
      const app = appositiveAt(s, m.tokenEnd + 1 + relativeOffice(s, m.tokenEnd + 1));
      const t = app ? byStart.get(app.start) : undefined;
      // The apposition must close: "X, Ambassador of Mexico Y" and "X, Chief Negotiator of Albania, Y"
      // name the office of the next person in a list.
      const end = t && t.form === 'title' ? t.extentEnd ?? t.tokenEnd : -1;
      const next = end >= 0 ? s.tok(end)?.text : undefined;
      const closed = end >= 0 && (end >= s.last || next === '.' || next === ';' || (next === ',' && byStart.get(end + 1)?.type !== 'person'));
      if (app && closed && app.country && countryName(app.country)) {
        m.country = app.country;
        m.countrySource = 'title';
        drop.add(t!);
        s.take(app.start, app.start + 1, Claim.Title);
      }
    } else if (m.form === 'title' && !closesApposition(s, m, drafts().nameByEnd) && stackOnto(s, m, drafts().byStart)) {
      // "the High Representative of the Union for Foreign Affairs and Security Policy, Vice-President of
      // the European Commission Kaja Kallas": two offices, each with its own complement, stacked before one
      // name with a comma between are both the holder's; a list goes on after the name ("and", a comma).
      drop.add(m);
    } else if (m.form === 'title' && !closesApposition(s, m, drafts().nameByEnd)
      && (s.tok(m.extentEnd ?? m.tokenEnd)?.text === ',' || (!drafts().byStart.has((m.extentEnd ?? m.tokenEnd) + 1) && secondOfficeComma(s, m.extentEnd ?? m.tokenEnd) > 0))) {
      const { byStart, byEnd } = drafts();
      // "the Ambassador of the United States to South Africa, Mr Reuben Brigety,".
      // "the Ambassador of Ghana to Nigeria and Permanent Representative to ECOWAS, H.E. X": a second
      // office joined by "and", with its own complement, stands before the comma.
      const end = m.extentEnd ?? m.tokenEnd;
      // (A second office with a mention of its own is read when that mention's turn comes.)
      const second = s.tok(end)?.text === ',' ? -1 : secondOfficeComma(s, end);
      const after = (second > 0 ? second : end) + 1;
      // Only a style of address may stand between ("Mr", "H.E."): "..., met Cai Qi" names someone else.
      // So may a rank ("General"), which the name's own mention took as its title.
      const rank = s.titleHit(after);
      // "..., Dato' Seri Utama Haji Mohamad Hasan": styles of address may pile up, each with its own
      // full stop or apostrophe.
      // "the President of Ghana, His Excellency X": so may a style of address with its possessive.
      let styled = after;
      while (styled < s.last && styled - after < MAX_STYLE_TOKENS) {
        const address = styleOfAddressStartingAt(s, styled);
        if (address > 0) styled += address;
        else if (styleWord(s, styled) || (/^['’]$/.test(s.tok(styled)?.text ?? '') && s.glued(styled))) styled++;
        else break;
      }
      // "Qatar's emir, Sheikh X", "the Foreign Minister of Saudi Arabia, Prince X": a princely style
      // between the office and the name; the office's own mention stays, coreference joins the two.
      // "the President of the UAE, His Highness Sheikh X": a style of address, then a princely style.
      const styledRank = styled > after ? s.titleHit(styled) : undefined;
      const princely = (rank !== undefined && rank.start === after && STYLE_TITLES.has(rank.entry.title))
        || (styledRank !== undefined && styledRank.start === styled && STYLE_TITLES.has(styledRank.entry.title));
      const n = byStart.get(after) ?? (styled > after ? byStart.get(styled) : undefined) ?? loneNameInApposition(s, m, after, byStart)
        ?? (rank && rank.start === after && (isRank(rank.entry.title) || COURTESY_TITLES.has(rank.entry.title) || princely) ? byStart.get(rank.end) : undefined)
        ?? (styledRank && styledRank.start === styled && STYLE_TITLES.has(styledRank.entry.title) ? byStart.get(styledRank.end) : undefined);
      // "the Special Envoy of the French President for Lebanon, former Foreign Minister X": an office the
      // holder no longer holds, between the comma and the name, gives way to the one before the comma.
      const formerOffice = s.lower(after) === 'former' ? s.titleHit(after + 1) : undefined;
      const formerHolder = formerOffice && formerOffice.start === after + 1 && !n ? byStart.get(formerOffice.end) : undefined;
      // "the Estonian Prime Minister, Kaja Kallas,": the office the text gives beats a list's usual one.
      // "Estonia's Commander of the Defence Forces, General X": a rank or style holds no office, so
      // the office before the comma is the holder's, as it is after the name.
      // "the Permanent Representative of Thailand to ASEAN, Ambassador X": diplomats keep "Ambassador" as
      // a style in other posts, so a bare "Ambassador" beside an office named in full is that style.
      // "The Minister of Foreign Affairs, Ambassador X, received ...": or an apposition closed by a comma
      // and a verb in lower case, where a list would go on with another name.
      const closed = n ? s.tok(n.tokenEnd)?.text === ',' && /^\p{Ll}/u.test(s.tok(n.tokenEnd + 1)?.text ?? '') : false;
      const courtesy = n?.title ? COURTESY_TITLES.has(n.title) && n.countrySource !== 'title' && (m.country !== null || closed) : false;
      const mere = n?.title ? isRank(n.title) || STYLE_TITLES.has(n.title) || courtesy : false;
      if (formerHolder && formerHolder.type === 'person' && formerHolder.form === 'name') {
        formerHolder.title = m.title ?? formerHolder.title;
        if (m.country) {
          formerHolder.country = m.country;
          formerHolder.countrySource = 'title';
        }
        formerHolder.sector = m.sector ?? formerHolder.sector;
        drop.add(m);
      } else if (n && n.type === 'person' && n.form === 'name' && (!n.title || mere || n.rule === 'person-lexicon')) {
        if (mere && m.sector) n.sector = m.sector;
        n.title = second > 0 && m.title ? `${m.title} and ${s.span(end + 1, second)}` : m.title ?? null;
        // "according to its chief executive, X": the body the office is of goes with it.
        if (m.body && !(second > 0)) n.body = m.body;
        // "the Minister of Foreign Affairs and Deputy Prime Minister of Hungary, Péter Szijjártó,": an
        // office joined by "and" to the one before the comma, with no article of its own, is the same
        // holder's first office.
        const first = coordinatedBefore(s, m, n, byEnd);
        if (first) {
          n.title = m.title && first.title ? `${first.title} and ${m.title}` : first.title ?? m.title ?? null;
          if (!m.country && first.country) {
            n.country = first.country;
            n.countrySource = 'title';
          }
          if (first.draft) drop.add(first.draft);
        }
        if (m.country && (!n.country || n.countrySource === 'lexicon' || courtesy)) {
          n.country = m.country;
          n.countrySource = 'title';
        }
        n.sector ??= m.sector;
        if (!princely) drop.add(m);
      }
    }
  }
  if (drop.size > 0) {
    const kept = s.out.filter((m) => !drop.has(m));
    s.out.length = 0;
    s.out.push(...kept);
  }
}

/**
 * "Secretary Blinken Meets Kenyan Counterpart": a heading capitalises its verb, so a capitalised
 * verb of meeting in the third person ("Meets", "Welcomes", "Holds") after a name's first word
 * ends the name there; no one's name goes on with such a verb. In a line written as a heading
 * (title case, no closing full stop) any third-person verb form the verb dictionary knows ("Wants",
 * "Urges") or a capitalised preposition or article ("With", "The") ends it too, except a word
 * right after a given name, where a surname stands ("Marcus Burns").
 */
function headingVerbCut(s: SentenceScan, run: NameRun | null): NameRun | null {
  if (!run) return run;
  let heading: boolean | null = null;
  for (let k = run.start + 1; k < run.end; k++) {
    if (!s.isCap(k)) continue;
    const l = s.lower(k);
    const cues = l.endsWith('s') ? meetingLexicon().byFirstWord.get(l) : undefined;
    if (!cues?.some((c) => c.cueClass !== 'noun')) {
      if (!(HEADING_FUNCTION_WORDS.has(l) || (l.endsWith('s') && !s.isGiven(k - 1) && isThirdPersonVerb(l)))) continue;
      heading ??= isHeadingLine(s);
      if (!heading) continue;
    }
    let cut = 0;
    for (let q = k; q < run.end; q++) if (s.isCap(q)) cut++;
    return run.words - cut >= 1 ? nameRun(run.start, k, run.words - cut, run.honorific) : null;
  }
  return run;
}

/**
 * "Ambassador Marcus Hollis Presents Credentials": in a heading, a capitalised third-person verb
 * right after a name opens what the person does, not a second name.
 */
export function opensHeadingPredicate(s: SentenceScan, k: number): boolean {
  const l = s.lower(k);
  return k > s.first && s.isCap(k) && s.isCap(k - 1) && !s.isGiven(k) && l.endsWith('s') && isThirdPersonVerb(l) && isHeadingLine(s);
}

/** Words a title-case heading may leave in lower case, and that never stand inside a person's name. */
const HEADING_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'with', 'to', 'for', 'on', 'in', 'at', 'and', 'or', 'from', 'by', 'into', 'over', 'after', 'amid', 'as']);

/** A third-person singular present form ("wants", "urges", "carries") of a verb the event patterns or the verb dictionary know. */
function isThirdPersonVerb(word: string): boolean {
  const lexicon = eventLexicon();
  const bases = [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`];
  if (lexicon.byFirstForm.has(word) && bases.some((b) => thirdPerson(b) === word && lexicon.byFirstForm.has(b))) return true;
  const forms = lexicon.dictionary?.byForm.get(word);
  if (!forms) return false;
  return forms.some((f) => {
    const base = f.verb.verb.replace(/^\+/, '').split(/[_ ]/)[0]!;
    return base !== word && thirdPerson(base) === word;
  });
}

/** A line written as a heading: every content word capitalised and no full stop at its end. */
function isHeadingLine(s: SentenceScan): boolean {
  const end = s.tok(s.last - 1)?.text;
  if (end === '.' || end === '?' || end === '!') return false;
  let words = 0;
  for (let t = s.first; t < s.last; t++) {
    const text = s.tok(t)!.text;
    if (!/^\p{L}/u.test(text)) continue;
    words++;
    if (!s.isCap(t) && !HEADING_FUNCTION_WORDS.has(s.lower(t)) && s.lower(t) !== 'of') return false;
  }
  return words >= 3;
}
