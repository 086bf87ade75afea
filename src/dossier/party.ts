/**
 * From what a user types ("Belarus", "BY", "Irkutsk Region", "Lukashenko", "region:Irkutsk Oblast")
 * to a dossier party. Names resolve loosely through the lexicons and the store's actors; more
 * than one fitting reading is an error that lists the readings and what to type for each.
 */
import { createRequire } from 'node:module';
import countriesLib from 'i18n-iso-countries';
import { countryByName, countryLexicon, countryName, demonymToCountry } from '../lexicon/countries.js';
import { lookupKey } from '../lexicon/normalize.js';
import { organizationByName } from '../lexicon/organizations.js';
import { personByName } from '../lexicon/people.js';
import { placeByName, placeLexicon, suffixVariants } from '../lexicon/places.js';
import { foldText } from '../store/actor-key.js';
import type { ActorRow, Store } from '../store/store.js';
import type { Party, PartyCandidate, PartyKind } from './types.js';

const require = createRequire(import.meta.url);
let localeReady = false;
function alpha2ToAlpha3(code: string): string | null {
  if (!localeReady) {
    countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<typeof countriesLib.registerLocale>[0]);
    localeReady = true;
  }
  return countriesLib.alpha2ToAlpha3(code.toUpperCase()) ?? null;
}

export class PartyError extends Error {
  constructor(
    readonly input: string,
    readonly reason: 'unknown' | 'ambiguous' | 'empty',
    readonly candidates: PartyCandidate[],
  ) {
    super(
      reason === 'empty'
        ? 'a party name is empty'
        : reason === 'unknown'
          ? `no country, region, city, person or organisation called "${input}" (try an ISO code, a full name, or a name as the store lists it under "readout actors")`
          : `"${input}" could mean ${candidates.length} things: ${candidates.map((c) => `${c.name} (${c.kind}${c.country ? `, ${c.country}` : ''}) - type "${c.choose}"`).join('; ')}`,
    );
    this.name = 'PartyError';
  }
}

const REGION_SUFFIX = /\s+(oblast|region|province|krai|kray|territory|republic|autonomous okrug|autonomous district|governorate|prefecture|state|county)$/i;

/** A region's own name without its kind word: "Irkutsk Oblast" -> "irkutsk", "Republic of Tatarstan" -> "tatarstan". */
export function regionStem(name: string): string | null {
  const fold = foldText(name);
  const of = /^republic of (.+)$/.exec(fold);
  if (of) return of[1]!;
  const stem = fold.replace(REGION_SUFFIX, '').trim();
  return stem && stem !== fold ? stem : null;
}

interface Reading {
  kind: PartyKind;
  name: string;
  country: string | null;
  actorIds: string[];
  names: string[];
  how: string;
  exact: boolean;
  documents: number | null;
}

const KIND_PREFIX = /^(country|region|city|area|person|organization|organisation|actor):\s*(.+)$/i;

function countryReading(iso3: string, how: string): Reading {
  const lex = countryLexicon();
  const names = new Set<string>();
  const name = countryName(iso3) ?? iso3;
  names.add(foldText(name));
  for (const [key, code] of lex.names) if (code === iso3) names.add(foldText(key));
  return { kind: 'country', name, country: iso3, actorIds: [], names: [...names], how, exact: true, documents: null };
}

function placeReading(entry: { name: string; kind: string; country: string | null }, how: string, exact: boolean): Reading {
  const kind: PartyKind = entry.kind === 'region' ? 'region' : entry.kind === 'city' ? 'city' : entry.kind === 'country' ? 'country' : 'area';
  const names = new Set(suffixVariants(entry.name).map(foldText));
  return { kind, name: entry.name, country: entry.country, actorIds: [], names: [...names], how, exact, documents: null };
}

function actorReading(row: ActorRow, exact: boolean): Reading {
  const kind: PartyKind = row.kind === 'person' ? 'person' : row.kind === 'organization' ? 'organization' : 'area';
  return { kind, name: row.name, country: row.country, actorIds: [row.id], names: [foldText(row.name)], how: `store actor ${row.id}`, exact, documents: row.documents };
}

/** Lexicon readings of a name: country, region, city, listed organisation. */
function lexiconReadings(input: string): Reading[] {
  const out: Reading[] = [];
  const trimmed = input.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed) && countryLexicon().byIso3.has(trimmed.toUpperCase())) out.push(countryReading(trimmed.toUpperCase(), 'ISO 3166 alpha-3 code'));
  else if (/^[A-Za-z]{2}$/.test(trimmed) && trimmed === trimmed.toUpperCase()) {
    const iso3 = alpha2ToAlpha3(trimmed);
    if (iso3) out.push(countryReading(iso3, 'ISO 3166 alpha-2 code'));
  }
  const country = countryByName(trimmed);
  if (country && !out.some((r) => r.country === country.iso3 && r.kind === 'country')) out.push(countryReading(country.iso3, 'country name'));
  const place = placeByName(trimmed);
  if (place && place.kind !== 'country') out.push(placeReading(place, `${place.kind} name`, true));
  const city = countryLexicon().cities.get(lookupKey(trimmed));
  if (city && !(place && foldText(place.name) === foldText(city.name))) out.push(placeReading({ name: city.name, kind: 'city', country: city.iso3 }, 'city name', true));
  const org = organizationByName(trimmed);
  if (org) {
    out.push({
      kind: 'organization', name: org.name, country: org.code, actorIds: [], names: [foldText(org.name), foldText(trimmed)],
      how: 'organisation name', exact: true, documents: null,
    });
  }
  const person = personByName(trimmed);
  if (person) out.push({ kind: 'person', name: person.name, country: person.country, actorIds: [], names: [foldText(person.name)], how: 'listed person', exact: true, documents: null });
  if (out.length === 0) {
    const demonym = demonymToCountry(trimmed);
    if (demonym) out.push({ ...countryReading(demonym, 'demonym'), exact: false });
  }
  return out;
}

/** Regions whose own name is the input ("Irkutsk" -> Irkutsk Oblast): a looser reading. */
function regionsByStem(input: string): Reading[] {
  const fold = foldText(input);
  if (!fold) return [];
  const seen = new Set<string>();
  const out: Reading[] = [];
  for (const entry of placeLexicon().values()) {
    if (entry.kind !== 'region' || seen.has(entry.name)) continue;
    seen.add(entry.name);
    if (regionStem(entry.name) === fold) out.push(placeReading(entry, 'region named after it', false));
  }
  return out;
}

function samePlace(r: Reading, row: ActorRow): boolean {
  return row.kind === 'place' && r.kind !== 'person' && r.kind !== 'organization' && r.names.includes(foldText(row.name));
}

function toCandidate(r: Reading): PartyCandidate {
  const choose = r.actorIds.length === 1 && (r.kind === 'person' || r.kind === 'organization') ? `actor:${r.actorIds[0]}` : `${r.kind}:${r.name}`;
  return { kind: r.kind, name: r.name, country: r.country, choose, documents: r.documents };
}

function describe(r: Reading): string {
  switch (r.kind) {
    case 'country':
      return `${r.name} itself, its regions and cities, its officials (by the office they held at the time) and its bodies`;
    case 'region':
      return `${r.name} itself, its governor and other officials (by the office they held at the time) and its bodies`;
    case 'city':
      return `${r.name} itself, its officials and bodies`;
    case 'person':
      return `${r.name} only; shown with the office held at the time, that is, for ${r.country ? (countryName(r.country) ?? r.country) : 'their country'}`;
    case 'organization':
      return `${r.name} itself`;
    default:
      return `${r.name} itself`;
  }
}

/**
 * Resolves one side. Throws PartyError listing the candidates when the input fits several
 * parties equally, or none.
 */
export async function resolveParty(store: Store, raw: string): Promise<Party> {
  const input = raw.trim();
  if (!input) throw new PartyError(raw, 'empty', []);
  const prefixed = KIND_PREFIX.exec(input);
  const wantKind = prefixed ? prefixed[1]!.toLowerCase().replace('organisation', 'organization') : null;
  const name = prefixed ? prefixed[2]!.trim() : input;

  let readings: Reading[] = [];
  if (wantKind === 'actor') {
    const detail = /^\d+$/.test(name) ? await store.getActor(name) : null;
    if (!detail) throw new PartyError(input, 'unknown', []);
    readings = [actorReading(detail, true)];
  } else {
    readings = lexiconReadings(name);
    const fold = foldText(name);
    const rows = fold.length >= 2 ? (await store.listActors({ name, limit: 50 })).items : [];
    for (const row of rows) {
      const exact = foldText(row.name) === fold;
      // A store place that is a lexicon reading adds its actor id to it rather than a reading of its own.
      const same = readings.find((r) => samePlace(r, row));
      if (same) {
        same.actorIds.push(row.id);
        same.documents = (same.documents ?? 0) + row.documents;
        continue;
      }
      if (row.kind === 'place') {
        if (exact) readings.push({ ...actorReading(row, true), kind: 'area' });
        continue;
      }
      // A person by the whole name or by a word of it ("Lukashenko"); a body by its whole name only.
      const words = foldText(row.name).split(' ');
      const byWord = row.kind === 'person' && (words.includes(fold) || words.slice(-fold.split(' ').length).join(' ') === fold);
      const known = readings.find((r) => r.kind === (row.kind === 'person' ? 'person' : 'organization') && r.names.includes(foldText(row.name)));
      if (known) {
        known.actorIds.push(row.id);
        continue;
      }
      if (exact || byWord) readings.push(actorReading(row, exact));
    }
    if (wantKind) readings = readings.filter((r) => r.kind === wantKind || (wantKind === 'area' && r.kind === 'area'));
    // "Irkutsk" is a city and the region named after it: say so rather than pick one.
    if (!wantKind || wantKind === 'region') {
      for (const region of regionsByStem(name)) if (!readings.some((r) => r.name === region.name)) readings.push(region);
    }
  }

  // People may be one store actor under several romanisations; the store already merged those.
  const exact = readings.filter((r) => r.exact);
  const pool = exact.length > 0 && !(exact.length === 1 && exact[0]!.kind === 'city' && readings.some((r) => r.kind === 'region')) ? exact : readings;
  if (pool.length === 0) throw new PartyError(input, 'unknown', []);
  if (pool.length > 1) throw new PartyError(input, 'ambiguous', pool.map(toCandidate));
  const r = pool[0]!;

  // Store places that are this country, region or city, under any of its names.
  if (r.kind !== 'person' && r.kind !== 'organization' && r.actorIds.length === 0) {
    for (const n of r.names.slice(0, 12)) {
      const rows = (await store.listActors({ name: n, kind: 'place', limit: 20 })).items;
      for (const row of rows) if (foldText(row.name) === n && !r.actorIds.includes(row.id)) r.actorIds.push(row.id);
    }
  }
  const names = new Set(r.names);
  for (const id of r.kind === 'person' || r.kind === 'organization' ? r.actorIds : []) {
    const detail = await store.getActor(id);
    if (detail) {
      for (const n of detail.names) names.add(foldText(n.name));
      if (!r.country) r.country = detail.country;
    }
  }
  return {
    input: raw,
    kind: r.kind,
    name: r.name,
    country: r.country,
    actorIds: r.actorIds,
    names: [...names],
    stem: r.kind === 'region' ? regionStem(r.name) : r.kind === 'city' ? foldText(r.name) : null,
    officials: [],
    resolvedBy: r.how,
    includes: describe(r),
  };
}
