import { createRequire } from 'node:module';
import countriesLib from 'i18n-iso-countries';
import { alternatives, cached, readTsv } from './data.js';
import { lookupKey } from './normalize.js';
import { wordLists } from './words.js';

export interface Country {
  /** ISO 3166-1 alpha-3 (XKX for Kosovo). */
  readonly iso3: string;
  /** The short name news texts use ("Russia", not "Russian Federation"). */
  readonly name: string;
}

export interface CountryLexicon {
  readonly byIso3: ReadonlyMap<string, Country>;
  /** Every written name of a country (look-up key -> ISO3), including i18n-iso-countries' English names. */
  readonly names: ReadonlyMap<string, string>;
  /** Demonym adjectives ("Belarusian") -> ISO3. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** The look-up keys of regions' demonyms ("Bavarian", "Scottish"), which are also in `demonyms`. */
  readonly regionalDemonyms: ReadonlySet<string>;
  /** People nouns in the plural ("Russians", "Britons") -> ISO3. */
  readonly peoples: ReadonlyMap<string, string>;
  /** City names -> ISO3 and spelling (the first country listed wins when a name repeats). */
  readonly cities: ReadonlyMap<string, { readonly iso3: string; readonly name: string }>;
  /** Capitals (the first city of each row of countries.tsv) -> ISO3. */
  readonly capitals: ReadonlyMap<string, string>;
  /** Original spellings for every name key, so callers can tell acronyms ("US") from words ("us"). */
  readonly spellings: ReadonlyMap<string, string>;
  /**
   * Demonyms two states share ("Congolese"), written "Congolese (Brazzaville)" in the row of the one
   * they do not stand for by default: look-up key -> those other states.
   */
  readonly sharedDemonyms: ReadonlyMap<string, readonly string[]>;
}

const require = createRequire(import.meta.url);

/** Plural people nouns from adjectives: "Russian" -> "Russians", "Iraqi" -> "Iraqis"; "Chinese" stays. */
function pluralOf(adjective: string): string | null {
  if (/(?:an|i|k|h)$/.test(adjective) && !/(?:sh|ch)$/.test(adjective) && !/[A-Z]{2}/.test(adjective)) return `${adjective}s`;
  return null;
}

export const countryLexicon = cached((): CountryLexicon => {
  const byIso3 = new Map<string, Country>();
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const regionalDemonyms = new Set<string>();
  const peoples = new Map<string, string>();
  const cities = new Map<string, { iso3: string; name: string }>();
  const capitals = new Map<string, string>();
  const spellings = new Map<string, string>();
  const sharedDemonyms = new Map<string, string[]>();
  /** Each demonym as the file writes it, by its key. */
  const spellingOfDemonym = new Map<string, string>();
  /** Every name countries.tsv gives a state, the first its canonical one. */
  const variantsByIso3 = new Map<string, string[]>();
  const addName = (name: string, iso3: string) => {
    const key = lookupKey(name);
    if (!names.has(key)) {
      names.set(key, iso3);
      spellings.set(key, name);
    }
  };
  for (const [iso3, name, variants, adjectives, people, cityList, regional] of readTsv('countries.tsv')) {
    if (!iso3 || !name) continue;
    byIso3.set(iso3, { iso3, name });
    addName(name, iso3);
    for (const v of alternatives(variants)) addName(v, iso3);
    variantsByIso3.set(iso3, [name, ...alternatives(variants)]);
    // A region's demonym stands with its state's for the offices it qualifies, and is marked as a region's.
    for (const r of alternatives(regional)) if (!demonyms.has(lookupKey(r))) regionalDemonyms.add(lookupKey(r));
    // "Congolese (Brazzaville)" (which `alternatives` leaves out): the bare word is another state's by
    // default, and this one's too.
    for (const a of (adjectives ?? '').split('|')) {
      const shared = /^(.+?) \(.+\)$/.exec(a.trim());
      if (!shared) continue;
      const bare = lookupKey(shared[1]!);
      const list = sharedDemonyms.get(bare);
      if (list) list.push(iso3);
      else sharedDemonyms.set(bare, [iso3]);
    }
    for (const a of [...alternatives(adjectives), ...alternatives(regional)]) {
      const key = lookupKey(a);
      if (!demonyms.has(key)) {
        demonyms.set(key, iso3);
        spellingOfDemonym.set(key, a);
      }
      const plural = pluralOf(a);
      if (plural && !peoples.has(lookupKey(plural))) peoples.set(lookupKey(plural), iso3);
    }
    for (const p of alternatives(people)) {
      const key = lookupKey(p);
      if (!peoples.has(key)) peoples.set(key, iso3);
    }
    const cityNames = alternatives(cityList);
    if (cityNames[0] && !capitals.has(lookupKey(cityNames[0]))) capitals.set(lookupKey(cityNames[0]), iso3);
    for (const c of cityNames) {
      const key = lookupKey(c);
      if (!cities.has(key)) cities.set(key, { iso3, name: c });
    }
  }
  // i18n-iso-countries supplies official and alternative English names for the rest.
  countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<typeof countriesLib.registerLocale>[0]);
  const all = countriesLib.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [alpha2, list] of Object.entries(all)) {
    const iso3 = alpha2 === 'XK' ? 'XKX' : countriesLib.alpha2ToAlpha3(alpha2);
    if (!iso3) continue;
    if (!byIso3.has(iso3) && list[0]) byIso3.set(iso3, { iso3, name: list[list.length - 1] ?? list[0] });
    for (const n of list) if (!n.includes(',') && !n.includes('(')) addName(n, iso3);
  }
  // Full state names official texts write ("Republic of Chile", "Kingdom of Norway"), from the short
  // name; added last, so a full name listed above keeps its own country ("Republic of China" is Taiwan).
  const usStates = new Set(['georgia']);
  for (const { iso3, name } of byIso3.values()) {
    for (const form of wordLists().stateForms) {
      if (form === 'State' && usStates.has(lookupKey(name))) continue;
      addName(`${form} of ${name}`, iso3);
      addName(`${form} of the ${name}`, iso3);
    }
  }
  // The same full forms from the other names the file lists for a state ("Republic of Côte d’Ivoire",
  // "Socialist Republic of Viet Nam"), after the ones above so that those keep their country. A name
  // that is a word of another state's name ("Congo", "Korea") stays out: "Republic of Congo" is not the
  // Democratic Republic's.
  const listed = [...variantsByIso3].flatMap(([iso3, list]) => list.map((n) => ({ iso3, key: ` ${lookupKey(n)} ` })));
  for (const [iso3, list] of variantsByIso3) {
    for (const v of list) {
      const key = ` ${lookupKey(v)} `;
      if (listed.some((o) => o.iso3 !== iso3 && o.key.includes(key))) continue;
      for (const form of wordLists().stateForms) {
        if (form === 'State' && usStates.has(lookupKey(v))) continue;
        addName(`${form} of ${v}`, iso3);
        addName(`${form} of the ${v}`, iso3);
      }
    }
  }
  // "the Portuguese Republic", "the Lebanese Republic", "the Togolese Republic": official texts also name a
  // republic by its demonym. Added last, so a listed name keeps its own state ("Dominican Republic"), and
  // never for a demonym two states share ("Congolese") or a region's ("Bavarian").
  for (const [key, iso3] of demonyms) {
    if (regionalDemonyms.has(key) || sharedDemonyms.has(key)) continue;
    const spelled = spellingOfDemonym.get(key);
    if (spelled) addName(`${spelled} Republic`, iso3);
  }
  return { byIso3, names, demonyms, regionalDemonyms, peoples, cities, capitals, spellings, sharedDemonyms };
});

/** The state whose capital a city's name is ("Dakar" -> SEN), or null: countries.tsv lists the capital first. */
export function capitalOf(name: string): string | null {
  return countryLexicon().capitals.get(lookupKey(name)) ?? null;
}

/** The country a name denotes ("Russia", "the United States", "Côte d'Ivoire"), or null. */
export function countryByName(name: string): Country | null {
  const lex = countryLexicon();
  const key = lookupKey(name).replace(/^the /, '');
  const iso3 = lex.names.get(key) ?? lex.names.get(`the ${key}`);
  return iso3 ? (lex.byIso3.get(iso3) ?? null) : null;
}

/** ISO3 of a demonym or people noun ("Belarusian", "Russians"), or null. */
export function demonymToCountry(word: string): string | null {
  const lex = countryLexicon();
  const key = lookupKey(word);
  return lex.demonyms.get(key) ?? lex.peoples.get(key) ?? null;
}

/** The other states a demonym may stand for beside its default one ("Congolese" -> COG), or null. */
export function otherStatesOfDemonym(word: string): readonly string[] | null {
  return countryLexicon().sharedDemonyms.get(lookupKey(word)) ?? null;
}

/**
 * Whether a demonym is a region's ("Scottish", "Bavarian"): it says whose offices a person holds,
 * but "Scottish salmon" names no place of the state.
 */
export function isRegionalDemonym(word: string): boolean {
  return countryLexicon().regionalDemonyms.has(lookupKey(word));
}

/** The short name of a country by ISO3 ("BLR" -> "Belarus"), or null for unknown codes. */
export function countryName(iso3: string): string | null {
  return countryLexicon().byIso3.get(iso3)?.name ?? null;
}

/** ISO3 of a two-letter country code ("kz" -> KAZ, "uk" -> GBR), or null. */
export function countryOfAlpha2(code: string): string | null {
  countryLexicon();
  const upper = code.toUpperCase() === 'UK' ? 'GB' : code.toUpperCase();
  return countriesLib.alpha2ToAlpha3(upper) ?? null;
}
