import { alternatives, cached, readTsv } from './data.js';
import { lookupKey } from './normalize.js';

/** Look-up key of a given name -> the gender its bearers are referred to by, from data/lexicon/name-genders.tsv. */
export const nameGenders = cached((): ReadonlyMap<string, 'f' | 'm'> => {
  const out = new Map<string, 'f' | 'm'>();
  for (const [names, gender] of readTsv('name-genders.tsv')) {
    if (gender !== 'f' && gender !== 'm') continue;
    for (const n of alternatives(names)) out.set(lookupKey(n), gender);
  }
  return out;
});

export function genderOfGivenName(word: string): 'f' | 'm' | null {
  return nameGenders().get(lookupKey(word)) ?? null;
}
