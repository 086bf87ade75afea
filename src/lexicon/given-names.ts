import { alternatives, cached, readTsv } from './data.js';
import { lookupKey } from './normalize.js';

/** Look-up keys of common given names, from data/lexicon/given-names.tsv. */
export const givenNames = cached((): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const [names] of readTsv('given-names.tsv')) for (const n of alternatives(names)) out.add(lookupKey(n));
  return out;
});

export function isGivenName(word: string): boolean {
  return givenNames().has(lookupKey(word));
}

/** isGivenName for a word whose look-up key is at hand (a sentence scan keeps every token's). */
export function isGivenKey(key: string): boolean {
  return givenNames().has(key);
}
