import type { OrganizationEntry } from './organizations.js';
import { organizationLexicon } from './organizations.js';
import { countryLexicon } from './countries.js';
import { cached } from './data.js';
import { addPrefixes, isAllCaps } from './normalize.js';
import type { KnownPerson } from './people.js';
import { peopleLexicon } from './people.js';
import type { PlaceEntry } from './places.js';
import { placeLexicon } from './places.js';

/** What a capitalised phrase in a text can name. */
export type NameEntry =
  | { readonly kind: 'country'; readonly iso3: string; readonly name: string }
  | { readonly kind: 'place'; readonly place: PlaceEntry }
  | { readonly kind: 'demonym'; readonly iso3: string }
  | { readonly kind: 'people'; readonly iso3: string }
  | { readonly kind: 'organization'; readonly org: OrganizationEntry }
  | { readonly kind: 'person'; readonly person: KnownPerson };

export interface GazetteerHit {
  readonly entry: NameEntry;
  /** Acronyms and short all-capital forms match only as written ("US", not "us"). */
  readonly caseSensitive: boolean;
  readonly spelling: string;
}

/**
 * One map from look-up key to what the phrase names, built from every name lexicon.
 * When two lexicons share a phrase the more specific reading wins: a listed person, then an
 * organisation, a country, a region or city, and last a demonym.
 */
export const gazetteer = cached((): ReadonlyMap<string, GazetteerHit> => {
  const map = new Map<string, GazetteerHit>();
  const add = (key: string, entry: NameEntry, spelling: string) => {
    const caseSensitive = isAllCaps(spelling) && spelling.length <= 8;
    const old = map.get(key);
    // "COSATU" and "Cosatu" share a key: a mixed-case form listed for the same body lifts the capitals-only rule.
    if (!old || (old.caseSensitive && !caseSensitive && sameEntry(old.entry, entry))) map.set(key, { entry, caseSensitive, spelling });
  };
  for (const [key, person] of peopleLexicon().byName) add(key, { kind: 'person', person }, person.name);
  for (const [key, form] of organizationLexicon()) add(key, { kind: 'organization', org: form.entry }, form.spelling);
  const countries = countryLexicon();
  for (const [key, iso3] of countries.names) {
    add(key, { kind: 'country', iso3, name: countries.byIso3.get(iso3)?.name ?? key }, countries.spellings.get(key) ?? key);
  }
  for (const [key, place] of placeLexicon()) add(key, { kind: 'place', place }, place.name);
  for (const [key, city] of countries.cities) add(key, { kind: 'place', place: { name: city.name, kind: 'city', country: city.iso3 } }, city.name);
  for (const [key, iso3] of countries.demonyms) add(key, { kind: 'demonym', iso3 }, key);
  for (const [key, iso3] of countries.peoples) add(key, { kind: 'people', iso3 }, key);
  return map;
});

/**
 * The gazetteer and its prefixes in one map: every leading substring of a key maps to the hit of
 * that key when it is one, else to null; a text that is no prefix is absent. A scan that grows a
 * phrase word by word asks once per word instead of twice.
 */
export const gazetteerSteps = cached((): ReadonlyMap<string, GazetteerHit | null> => {
  const steps = new Map<string, GazetteerHit | null>();
  addPrefixes(gazetteer().keys(), steps, (p) => steps.set(p, null));
  for (const [key, hit] of gazetteer()) steps.set(key, hit);
  return steps;
});

function sameEntry(a: NameEntry, b: NameEntry): boolean {
  if (a.kind === 'organization' && b.kind === 'organization') return a.org === b.org;
  if (a.kind === 'country' && b.kind === 'country') return a.iso3 === b.iso3;
  return false;
}
