import { alternatives, cached, readTsv } from './data.js';
import { lookupKey, prefixesOf } from './normalize.js';
import { setBounded } from './bounded-cache.js';

export interface TitleEntry {
  /** Canonical form ("Prime Minister" for "PM" and "Premier"). */
  readonly title: string;
  readonly sector: string | null;
  /** "hos" head of state, "hog" head of government, or null. */
  readonly role: string | null;
  /** An office that heads companies as well ("Chief Executive"): of a company it is a business office. */
  readonly company: boolean;
}

export interface TitleLexicon {
  readonly byKey: ReadonlyMap<string, TitleEntry>;
  /** Leading substrings of every key, for early exit while scanning. */
  readonly prefixes: ReadonlySet<string>;
  /** Longest title in words, to bound phrase look-ups. */
  readonly maxWords: number;
  /** Every form as the file writes it, with its case ("Ambassador at Large"), each once. */
  readonly written: readonly string[];
}

export const titleLexicon = cached((): TitleLexicon => {
  const byKey = new Map<string, TitleEntry>();
  const written = new Set<string>();
  let maxWords = 1;
  for (const [forms, sector, role, company] of readTsv('titles.tsv')) {
    const list = alternatives(forms);
    if (!list[0]) continue;
    const entry: TitleEntry = {
      title: list[0],
      sector: sector && sector !== '-' ? sector : null,
      role: role && role !== '-' ? role : null,
      company: company === 'company',
    };
    for (const f of list) {
      written.add(f);
      const key = lookupKey(f);
      if (!byKey.has(key)) byKey.set(key, entry);
      maxWords = Math.max(maxWords, key.split(/[ -]/).length + 1);
    }
  }
  // "Consul-General" is "Consul General", "Lieutenant Governor" is "Lieutenant-Governor": English writes the
  // words of a compound office joined by hyphens or by spaces alike, so each listed office of several words is
  // read in the other spelling too, unless the file lists that spelling for an office of its own.
  for (const [key, entry] of [...byKey]) {
    if (!/^[\p{L}'’]+(?:[ -][\p{L}'’]+)+$/u.test(key)) continue;
    for (const other of [key.replace(/ /g, '-'), key.replace(/-/g, ' ')]) if (!byKey.has(other)) byKey.set(other, entry);
  }
  return { byKey, maxWords, prefixes: prefixesOf(byKey.keys()), written: [...written] };
});

/** The office a phrase names ("foreign minister" -> Foreign Minister, GOV), or null. */
export function titleByWords(words: string): TitleEntry | null {
  return titleLexicon().byKey.get(lookupKey(words)) ?? null;
}

/** Words that stand for a role class rather than one title ("the head of state"). */
/** A chair of the cabinet or government, read on the look-up key: the head of government under another name. */
const PRESIDES_OVER_GOVERNMENT = /^(?:chairman|chairwoman|chairperson|chair|president) of the (?:(?:cabinet|council) of ministers|government)\b/;

/** Whether a title is the chair of a cabinet or government: a head of government under another name. */
export function presidesOverGovernment(title: string): boolean {
  return PRESIDES_OVER_GOVERNMENT.test(lookupKey(title));
}

export function roleOfTitle(title: string): string | null {
  const offices = officesOf(title);
  if (offices.length > 1) {
    // "Crown Prince and Prime Minister": a holder of two offices holds the role of either.
    for (const office of offices) {
      const role = roleOfTitle(office);
      if (role) return role;
    }
    return null;
  }
  const key = lookupKey(title);
  const direct = titleLexicon().byKey.get(key);
  if (direct?.role) return direct.role;
  // "Chairman of the Cabinet of Ministers of Kyrgyzstan", "President of the Council of Ministers of Italy",
  // "President of the Government of Spain": the one who presides over the government heads it.
  if (PRESIDES_OVER_GOVERNMENT.test(key)) return 'hog';
  // "President of Belarus", "Governor of Irkutsk Oblast": the head word decides.
  const head = key.split(/ of | for /)[0]!;
  return titleLexicon().byKey.get(head)?.role ?? null;
}

/** Most words of an office's opening that are looked up to tell two offices from one portfolio. */
const MAX_OPENING_WORDS = 4;
const OFFICES = new Map<string, readonly string[]>();
const MAX_CACHED_OFFICES = 5000;

/** Whether the words open with a listed office: "Minister of Finance", "Prime Minister", not "Trade" or "Tourism". */
function opensWithOffice(words: string): boolean {
  const parts = lookupKey(words).split(' ');
  for (let n = Math.min(parts.length, MAX_OPENING_WORDS); n >= 1; n--) {
    if (titleLexicon().byKey.has(parts.slice(0, n).join(' '))) return true;
  }
  return false;
}

/**
 * The offices a title joins with "and" or a slash: "Deputy Prime Minister and Minister of Finance" is two
 * offices of one holder, each of which the text may later use alone ("the Deputy Prime Minister");
 * "Minister of Industry and Trade" is one office, as "Trade" opens no office. A title of one office
 * comes back alone.
 */
export function officesOf(title: string): readonly string[] {
  let offices = OFFICES.get(title);
  if (offices === undefined) {
    offices = [title];
    if (title.includes(' and ') || title.includes('/') || title.includes(', ') || title.includes(' – ')) {
      // "High Representative/Vice-President": a slash joins offices as "and" does; so does a comma
      // between two offices named in full ("High Representative ..., Vice-President of ..."), and a
      // dash set off by spaces ("Deputy Prime Minister – Minister of Foreign Affairs").
      const pieces = title.split(/( and |\/|, | – )/);
      const found: string[] = [];
      let current = pieces[0]!;
      for (let k = 1; k + 1 < pieces.length; k += 2) {
        const piece = pieces[k + 1]!;
        if (opensWithOffice(current) && opensWithOffice(piece)) {
          found.push(current);
          current = piece;
        } else current = `${current}${pieces[k]}${piece}`;
      }
      found.push(current);
      if (found.length > 1) offices = found;
    }
    setBounded(OFFICES, MAX_CACHED_OFFICES, title, offices);
  }
  return offices;
}
