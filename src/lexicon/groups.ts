import { alternatives, cached, readTsv } from './data.js';
import { lookupKey, prefixesOf } from './normalize.js';

export interface GroupNoun {
  readonly sector: string;
  /** A group actor even with no country word before it ("rebels", "the opposition"). */
  readonly standalone: boolean;
}

export interface GroupLexicon {
  readonly byKey: ReadonlyMap<string, GroupNoun>;
  readonly prefixes: ReadonlySet<string>;
  readonly maxWords: number;
}

export const groupLexicon = cached((): GroupLexicon => {
  const byKey = new Map<string, GroupNoun>();
  let maxWords = 1;
  for (const [words, sector, standalone] of readTsv('groups.tsv')) {
    if (!sector) continue;
    for (const w of alternatives(words)) {
      const key = lookupKey(w);
      if (!byKey.has(key)) byKey.set(key, { sector, standalone: standalone === 'yes' });
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { byKey, maxWords, prefixes: prefixesOf(byKey.keys()) };
});

/** The sector a group noun names ("police" -> COP), or null. */
export function groupSector(words: string): string | null {
  return groupLexicon().byKey.get(lookupKey(words))?.sector ?? null;
}
