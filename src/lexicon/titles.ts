import { alternatives, cached, readTsv } from './data.js';
import { lookupKey, prefixesOf } from './normalize.js';

export interface TitleEntry {
  /** Canonical form ("Prime Minister" for "PM" and "Premier"). */
  readonly title: string;
  readonly sector: string | null;
  /** "hos" head of state, "hog" head of government, or null. */
  readonly role: string | null;
}

export interface TitleLexicon {
  readonly byKey: ReadonlyMap<string, TitleEntry>;
  /** Leading substrings of every key, for early exit while scanning. */
  readonly prefixes: ReadonlySet<string>;
  /** Longest title in words, to bound phrase look-ups. */
  readonly maxWords: number;
}

export const titleLexicon = cached((): TitleLexicon => {
  const byKey = new Map<string, TitleEntry>();
  let maxWords = 1;
  for (const [forms, sector, role] of readTsv('titles.tsv')) {
    const list = alternatives(forms);
    if (!list[0]) continue;
    const entry: TitleEntry = {
      title: list[0],
      sector: sector && sector !== '-' ? sector : null,
      role: role && role !== '-' ? role : null,
    };
    for (const f of list) {
      const key = lookupKey(f);
      if (!byKey.has(key)) byKey.set(key, entry);
      maxWords = Math.max(maxWords, key.split(/[ -]/).length + 1);
    }
  }
  return { byKey, maxWords, prefixes: prefixesOf(byKey.keys()) };
});

/** The office a phrase names ("foreign minister" -> Foreign Minister, GOV), or null. */
export function titleByWords(words: string): TitleEntry | null {
  return titleLexicon().byKey.get(lookupKey(words)) ?? null;
}

/** Words that stand for a role class rather than one title ("the head of state"). */
export function roleOfTitle(title: string): string | null {
  const key = lookupKey(title);
  const direct = titleLexicon().byKey.get(key);
  if (direct?.role) return direct.role;
  // "President of Belarus", "Governor of Irkutsk Oblast": the head word decides.
  const head = key.split(/ of | for /)[0]!;
  return titleLexicon().byKey.get(head)?.role ?? null;
}
