import { alternatives, cached, readTsv } from './data.js';
import { lookupKey } from './normalize.js';
import type { PlaceKind } from '../document/layers.js';

export interface PlaceEntry {
  /** Canonical name, the first form listed. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO3 of the country the place belongs to, or null for places across borders. */
  readonly country: string | null;
  /** Other states with a region of the same name ("Punjab": India's and Pakistan's); the text says which. */
  readonly also?: readonly string[];
}

/**
 * English texts name the same administrative unit several ways ("Irkutsk Oblast",
 * "Irkutsk Region", "Republic of Tatarstan", "Tatarstan"); the file lists one and
 * this adds the usual others.
 */
export function suffixVariants(name: string): string[] {
  const out = [name];
  const oblast = /^(.+) Oblast$/.exec(name);
  if (oblast) out.push(`${oblast[1]} Region`, `${oblast[1]} Province`, `${oblast[1]} oblast`);
  const region = /^(.+) Region$/.exec(name);
  if (region) out.push(`${region[1]} Oblast`, `${region[1]} Province`);
  const krai = /^(.+) Krai$/.exec(name);
  if (krai) out.push(`${krai[1]} Territory`, `${krai[1]} Region`, `${krai[1]} Kray`);
  const republicOf = /^Republic of (.+)$/.exec(name);
  if (republicOf) out.push(republicOf[1]!, `${republicOf[1]} Republic`);
  const republic = /^(.+) Republic$/.exec(name);
  if (republic && !/ /.test(republic[1]!)) out.push(`Republic of ${republic[1]}`);
  const okrug = /^(.+) Autonomous Okrug$/.exec(name);
  if (okrug) out.push(`${okrug[1]} Autonomous District`);
  // Formal styles put the unit's kind first: "the Province of Ontario", "the State of Michigan",
  // "the Province of Gyeonggi" for "Gyeonggi Province", "the Free State of Bavaria".
  const unit = /^(.+) (Province|State|Region|Prefecture)$/.exec(name);
  if (unit) out.push(`${unit[2]} of ${unit[1]}`);
  else if (!/ (?:Oblast|Krai|Republic|Okrug|District|Territory|County|City)$|^Republic of /.test(name)) out.push(`Province of ${name}`, `State of ${name}`, `Free State of ${name}`);
  return out;
}

export const placeLexicon = cached((): ReadonlyMap<string, PlaceEntry> => {
  const map = new Map<string, PlaceEntry>();
  for (const [names, kind, country, also] of readTsv('places.tsv')) {
    const forms = alternatives(names);
    const canonical = forms[0];
    if (!canonical) continue;
    const others = alternatives(also);
    const entry: PlaceEntry = {
      name: canonical,
      kind: kind === 'region' || kind === 'city' || kind === 'country' ? kind : 'other',
      country: country && country !== '-' ? country : null,
      ...(others.length > 0 ? { also: others } : {}),
    };
    for (const form of forms) {
      for (const v of suffixVariants(form)) {
        const key = lookupKey(v);
        if (!map.has(key)) map.set(key, entry);
      }
    }
  }
  return map;
});

/** A region, city or wider area by name ("Irkutsk Region", "Siberia"), or null. */
export function placeByName(name: string): PlaceEntry | null {
  return placeLexicon().get(lookupKey(name)) ?? null;
}
