import { countryByName, demonymToCountry } from '../../lexicon/countries.js';
import { organizationByName } from '../../lexicon/organizations.js';

const MAX_WORDS = 8;

/**
 * The country a document's source speaks for, if its name says so: "President of the
 * Republic of Belarus" -> BLR, "Ministry of Foreign Affairs of Kazakhstan" -> KAZ,
 * "Xinhua" -> CHN. An official press release calls its own officials by title alone
 * ("Foreign Minister Sergei Aleinik"), so they belong to this country.
 */
const BY_SOURCE = new Map<string, string | null>();
const MAX_CACHED_SOURCES = 1000;

export function homeCountry(source: string | null): string | null {
  if (!source) return null;
  // A corpus has few distinct sources; each is read once.
  const cached = BY_SOURCE.get(source);
  if (cached !== undefined) return cached;
  const found = readHomeCountry(source);
  if (BY_SOURCE.size >= MAX_CACHED_SOURCES) BY_SOURCE.clear();
  BY_SOURCE.set(source, found);
  return found;
}

function readHomeCountry(source: string): string | null {
  const words = source.split(/[\s,;:()]+/).filter((w) => w !== '');
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ').replace(/['’]s$/, '');
      if (!/^\p{Lu}/u.test(phrase)) continue;
      const country = countryByName(phrase)?.iso3 ?? demonymToCountry(phrase);
      if (country) return country;
      const org = organizationByName(phrase);
      if (org?.national && org.code) return org.code;
    }
  }
  return null;
}
