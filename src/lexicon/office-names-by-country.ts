import { alternatives, cached, readTsv } from './data.js';
import { lookupKey } from './normalize.js';

/** One row of data/lexicon/office-names-by-country.tsv: `name` stands for `office` in `countries`. */
export interface OfficeName {
  readonly office: string;
  readonly countries: ReadonlySet<string>;
}

/** Rows by the look-up key of the other name ("chancellor"). */
const officeNames = cached((): ReadonlyMap<string, readonly OfficeName[]> => {
  const byName = new Map<string, OfficeName[]>();
  for (const [name, office, countries] of readTsv('office-names-by-country.tsv')) {
    if (!name || !office || !countries) continue;
    const row = { office, countries: new Set(alternatives(countries)) };
    const key = lookupKey(name);
    byName.set(key, [...(byName.get(key) ?? []), row]);
  }
  return byName;
});

/**
 * The rows of the office names a title may stand for, whatever the state; undefined when it stands
 * for none (most titles), so that a caller comparing one title with many holders looks it up once.
 */
export function otherNamesOfTitle(title: string): readonly OfficeName[] | undefined {
  return officeNames().get(lookupKey(title));
}

/**
 * The office a title names in the holder's state, when that state calls it by another office's name
 * ("Chancellor" in Peru -> "Foreign Minister"), from the rows otherNamesOfTitle gave; null elsewhere.
 */
export function officeNamedInRows(rows: readonly OfficeName[] | undefined, country: string | null): string | null {
  if (!country || !rows) return null;
  return rows.find((r) => r.countries.has(country))?.office ?? null;
}
