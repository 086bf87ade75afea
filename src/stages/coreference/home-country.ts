import { countryByName, countryLexicon, countryOfAlpha2, demonymToCountry } from '../../lexicon/countries.js';
import { lookupKey } from '../../lexicon/normalize.js';
import { organizationByName } from '../../lexicon/organizations.js';
import { placeByName } from '../../lexicon/places.js';
import { wordLists } from '../../lexicon/words.js';
import { setBounded } from '../../lexicon/bounded-cache.js';

const MAX_WORDS = 8;

/**
 * Words that make a source a media outlet besides the newspaper head nouns of words.tsv
 * ("News", "Times", "Telegraph"): "Wire report", "China Daily", "Morning Newsletter".
 */
const MEDIA_WORDS = new Set(['wire', 'newswire', 'newsletter', 'daily', 'media', 'magazine', 'newsroom']);

/**
 * Nouns of a state body's own press unit, after "Media" or "Press": "Media Office", "Media Division", "Press Wing";
 * and of what such a unit issues: "Queensland Government Media Statements", "Media Releases".
 */
const PRESS_UNITS = new Set(['office', 'division', 'wing', 'unit', 'centre', 'center', 'department', 'directorate', 'service', 'secretariat',
  'statement', 'statements', 'release', 'releases']);

/** Whether a phrase names a media outlet: a listed news body or a newspaper head noun. */
function isMediaPhrase(phrase: string): boolean {
  if (organizationByName(phrase)?.sector === 'JRN') return true;
  const key = lookupKey(phrase);
  return MEDIA_WORDS.has(key) || wordLists().orgHeads.get(key) === 'JRN';
}

/** What a document's source line says about where it speaks from. */
export interface SourceCountry {
  /** The country the source's name gives ("Ministry of Foreign Affairs of Kazakhstan" -> KAZ, "Reuters" -> GBR). */
  readonly country: string | null;
  /** A media outlet ("Reuters", "Xinhua", "BelTA", "Vietnam News Agency", "UK news report"), not an issuing state body. */
  readonly media: boolean;
  /** The country an embassy's release is about: its host ("mx.usembassy.gov" -> MEX). */
  readonly partner?: string | null;
  /** The source is a region's own body ("Gyeonggi Provincial Government", "Government of Bryansk Oblast"). */
  readonly regional?: boolean;
  /** The source is an international body ("United Nations Secretary-General", "African Union Commission"). */
  readonly international?: boolean;
}

const NO_SOURCE: SourceCountry = { country: null, media: false };
const BY_SOURCE = new Map<string, SourceCountry>();
const MAX_CACHED_SOURCES = 1000;

/** Reads a source line once; a corpus has few distinct sources. */
export function sourceCountry(source: string | null): SourceCountry {
  if (!source) return NO_SOURCE;
  const cached = BY_SOURCE.get(source);
  if (cached !== undefined) return cached;
  const found = readSource(source);
  setBounded(BY_SOURCE, MAX_CACHED_SOURCES, source, found);
  return found;
}

/**
 * The country whose officials a document may name by title alone. An official press release
 * ("President of the Republic of Belarus", "Ministry of Foreign Affairs of Kazakhstan") calls
 * its own officials "Foreign Minister Sergei Aleinik", so they belong to the issuing country.
 *
 * A media outlet is no issuing state: a wire reports on officials of every state, and its own
 * country ("Reuters" -> GBR) says nothing about theirs. Only a home outlet filing from home
 * ("Hanoi, August 2 (VNA) –", "JOHANNESBURG –" in a South African report) writes for readers
 * to whom an unmarked minister is their own; then the dateline's country, which the outlet's
 * agrees with, is the home. Reuters in Kyiv, a UK report from Astana: none.
 */
export function homeCountry(source: string | null, datelineCountry: string | null): string | null {
  const read = sourceCountry(source);
  if (!read.media) return read.country;
  // "Kuwait News Agency", "State News Agency of Turkmenistan": a state's own agency, named after its
  // state, writes its state's officials by title alone as an official release does, unless a
  // dateline says it files from abroad.
  if (read.country !== null && datelineCountry === null && source !== null && nationalAgency(source) === read.country) return read.country;
  return read.country !== null && read.country === datelineCountry ? datelineCountry : null;
}

/** "Kuwait News Agency", "Saudi Press Agency", "State News Agency of Turkmenistan": the state a national agency is named after. */
const AGENCY_AFTER_STATE = /^(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:News|Press)\s+Agency\b/u;
const AGENCY_OF_STATE = /^(?:the\s+)?(?:State|National|Official)\s+(?:News|Press|Information)\s+Agency\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,4})/u;

function nationalAgency(source: string): string | null {
  for (const m of [AGENCY_AFTER_STATE.exec(source), AGENCY_OF_STATE.exec(source)]) {
    const words = m?.[1]?.trim();
    const country = words ? countryByName(words)?.iso3 ?? demonymToCountry(words) : null;
    if (country) return country;
  }
  return null;
}

/**
 * "Hanoi, August 2 (VNA) –", "JOHANNESBURG –", "YEKATERINBURG, July 1. /TASS/.", "BEIJING,
 * March 2 (Xinhua) --": what may follow the place of a dateline before its dash.
 */
const DATELINE_TAIL = /^(?:,\s*[\p{L}\d .,]{1,25}?)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:[–—]|-{1,2}\s|\/[^/\n]{1,20}\/)/u;

/** The country of the city or region a news text opens with as its dateline, if it does. */
export function datelineCountry(text: string, bodyStart: number, firstPlace: { start: number; end: number; country: string | null } | undefined): string | null {
  if (!firstPlace || !firstPlace.country) return null;
  if (text.slice(bodyStart, firstPlace.start).trim() !== '') return null;
  return DATELINE_TAIL.test(text.slice(firstPlace.end, firstPlace.end + 60)) ? firstPlace.country : null;
}

/** Second-level words of government web addresses before a country code: "gov.kz", "gob.mx", "gouv.fr". */
const GOV_LABEL = /^(?:gov|gob|gouv|go|govt|gv|admin|government|mfa|mid|president|presidency|prezident|kremlin|akorda|pmo|mea|parliament)$/;

/**
 * The country of an official web address: "state.gov", "usembassy.gov" (the United States),
 * "gov.uk", "mfa.gov.kz", "kremlin.ru", "government.ru"; an embassy's country-code prefix
 * ("mx.usembassy.gov") names the host country it reports on.
 */
export function domainCountry(source: string): { country: string; partner: string | null } | null {
  for (const host of source.toLowerCase().match(/\b(?:[a-z0-9-]+\.)+[a-z]{2,4}\b/g) ?? []) {
    const labels = host.split('.');
    const tld = labels[labels.length - 1]!;
    const embassy = labels.findIndex((l) => /embassy$/.test(l));
    const partner = embassy > 0 && labels[embassy - 1]!.length === 2 ? countryOfAlpha2(labels[embassy - 1]!) : null;
    if (tld === 'gov' || tld === 'mil') return { country: 'USA', partner };
    if (tld.length !== 2) continue;
    const second = labels[labels.length - 2] ?? '';
    if (GOV_LABEL.test(second) || labels.slice(0, -1).some((l) => GOV_LABEL.test(l))) {
      const country = countryOfAlpha2(tld);
      if (country) return { country, partner };
    }
  }
  return null;
}

function readSource(source: string): SourceCountry {
  const read = readSourceWords(source);
  if (read.media) return read;
  const domain = domainCountry(source);
  const host = embassyHost(source);
  if (!domain) return host && host !== read.country ? { ...read, partner: host } : read;
  return { country: read.country ?? domain.country, media: false, partner: domain.partner ?? (host !== domain.country ? host : null), regional: read.regional ?? false };
}

/** "Embassy of Canada to Peru", "Embassy of the Republic of Slovenia in Accra", "U.S. Embassy in Ghana": the words after "in" or "to". */
const EMBASSY_HOST = /\bEmbassy\b[^()\n]*?\b(?:in|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;

/** The state an embassy named in a source line sits in: a country named after "in"/"to", or the country of a city named so. */
export function embassyHost(source: string): string | null {
  const words = EMBASSY_HOST.exec(source)?.[1]?.split(/\s+/);
  if (!words) return null;
  // The longest run of the words that names a state or a place.
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ');
    const country = countryByName(phrase)?.iso3 ?? countryLexicon().cities.get(lookupKey(phrase))?.iso3 ?? placeByName(phrase)?.country ?? null;
    if (country) return country;
  }
  return null;
}

function readSourceWords(source: string): SourceCountry {
  const words = source.split(/[\s,;:()]+/).filter((w) => w !== '');
  let media = false;
  // "Reuters-style wire report": hyphenated parts count as words for spotting an outlet.
  // "Media Office of the Prime Minister", "President's Media Division": a state body's own press unit is
  // no outlet; the word before a unit's noun is skipped.
  for (const [k, w] of words.entries()) {
    if (PRESS_UNITS.has(lookupKey(words[k + 1] ?? ''))) continue;
    for (const x of [w, ...w.split(/[-‐]/)]) if (isMediaPhrase(x)) media = true;
  }
  for (let n = Math.min(MAX_WORDS, words.length); n >= 2 && !media; n--) {
    for (let i = 0; i + n <= words.length; i++) if (isMediaPhrase(words.slice(i, i + n).join(' '))) media = true;
  }
  // "Federal Foreign Office of Germany": a state the source names outright is its country, before a
  // body whose name another state's body shares ("Foreign Office").
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ').replace(/['’]s$/, '');
      if (!/^\p{Lu}/u.test(phrase)) continue;
      const country = countryByName(phrase)?.iso3 ?? demonymToCountry(phrase);
      if (country) return { country, media };
    }
  }
  let international = false;
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ').replace(/['’]s$/, '');
      if (!/^\p{Lu}/u.test(phrase)) continue;
      const org = organizationByName(phrase);
      if (org?.national && org.code) return { country: org.code, media };
      if (org && !org.national && org.code) international = true;
      // "Government of Bryansk Oblast": a region's own bodies speak for its country's officials too.
      const place = placeByName(phrase);
      if (place?.kind === 'region' && place.country) return { country: place.country, media, regional: !media };
    }
  }
  return international && !media ? { country: null, media, international } : { country: null, media };
}
