import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The place half of the metamorphic test (`npm run eval:perturb -- --kind places`): each state an
 * article names becomes another real state of our own lexicon, consistently in text and gold: its
 * name, its other names, its demonym adjectives and people nouns, and its cities (the capital to the
 * other's capital), and the gold `country` codes follow. Regions of a state with an administrative
 * suffix ("Amur Oblast", "Kostanay Region") swap their stems with other regions of the same state and
 * suffix. Grammar stays intact because a state is only swapped with one whose short name takes the
 * article the same way ("the Netherlands" with "the Philippines", "France" with "Peru"), and a
 * long form that takes "the" ("the Republic of Belarus") becomes another that does.
 */

export interface PlaceSwap {
  /** Phrase as written (case-sensitive, whole words) -> its replacement. */
  phrases: Map<string, string>;
  /** ISO3 code -> the code of the state that replaces it. */
  codes: Map<string, string>;
}

interface State {
  code: string;
  name: string;
  variants: string[];
  demonyms: string[];
  people: string[];
  cities: string[];
  takesThe: boolean;
}

interface Region {
  stem: string;
  suffix: string;
  country: string;
}

/** A short name takes "the" when it is plural or a description ("the Netherlands", "the United Kingdom", "the Gambia"). */
function takesThe(name: string): boolean {
  // Plural names only: "Belarus", "Cyprus" and "Laos" end in s but take no article.
  if (/ and /.test(name)) return false;
  return /(?:lands$|ines$|amas$|ives$|oros$|^United |Republic|Kingdom|Emirates|Islands|^Gambia$|^Congo$)/.test(name);
}

const SUFFIXES = ['Oblast', 'Krai', 'Region', 'Province', 'Prefecture', 'Territory'];

const split = (s: string | undefined) => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);

export interface PlaceLexicon {
  states: State[];
  regions: Region[];
  /** Names of each state's regions: a state whose region a text names keeps its own name, or the region would change states. */
  regionNames: Map<string, string[]>;
}

export function loadPlaceLexicon(repoRoot: string): PlaceLexicon {
  const states: State[] = [];
  for (const line of readFileSync(path.join(repoRoot, 'data/lexicon/countries.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, name, variants, demonyms, people, cities] = line.split('\t');
    if (!code || !name || !/^[A-Z]{3}$/.test(code)) continue;
    const dem = split(demonyms);
    // People nouns the loader derives (-an, -i + s) are written out here, so that they are swapped too.
    const nouns = split(people);
    for (const d of dem) if (/(?:an|i)$/.test(d) && !nouns.includes(`${d}s`)) nouns.push(`${d}s`);
    states.push({ code, name, variants: split(variants), demonyms: dem, people: nouns, cities: split(cities), takesThe: takesThe(name) });
  }
  const regions: Region[] = [];
  const regionNames = new Map<string, string[]>();
  for (const line of readFileSync(path.join(repoRoot, 'data/lexicon/places.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [names, kind, country] = line.split('\t');
    if (kind !== 'region' || !names || !country || country === '-') continue;
    for (const n of split(names)) if (n.length > 3) regionNames.set(country, [...(regionNames.get(country) ?? []), n]);
    const m = /^([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?) (Oblast|Krai|Region|Province|Prefecture)$/u.exec(split(names)[0]!);
    if (m) {
      regions.push({ stem: m[1]!, suffix: m[2]!, country });
      // The loader's suffix variants ("Tomsk Oblast" is also "Tomsk Region") name the region as well.
      for (const suffix of SUFFIXES) regionNames.set(country, [...(regionNames.get(country) ?? []), `${m[1]!} ${suffix}`]);
    }
  }
  return { states, regions, regionNames };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const present = (text: string, phrase: string) => new RegExp(`(?<![\\p{L}\\p{M}])${esc(phrase)}(?![\\p{L}\\p{M}])`, 'u').test(text);

/** The forms of a state that, found in a text, show the text speaks of it. */
const formsOf = (s: State) => [s.name, ...s.variants.filter((v) => v.length > 3 && !/^[A-Z]+$/.test(v)), ...s.demonyms, ...s.cities];

export function planPlaceSwap(text: string, goldCodes: string[], personNames: string[], random: () => number,
  lex: PlaceLexicon): PlaceSwap {
  const phrases = new Map<string, string>();
  const codes = new Map<string, string>();
  const named = lex.states.filter((s) => goldCodes.includes(s.code) || formsOf(s).some((f) => present(text, f)));
  const namedCodes = new Set(named.map((s) => s.code));
  // A replacement must be a state the text does not speak of, with a demonym and a capital to stand for the original's.
  const pool = lex.states.filter((s) => !namedCodes.has(s.code) && s.demonyms.length && s.cities.length && s.variants.every((v) => !present(text, v)));
  const taken = new Set<string>();
  for (const from of named) {
    if ((lex.regionNames.get(from.code) ?? []).some((n) => present(text, n))) continue;
    const fits = pool.filter((s) => !taken.has(s.code) && s.takesThe === from.takesThe
      && (!from.demonyms.length || s.demonyms.length) && (!from.cities.length || s.cities.length));
    if (!fits.length) continue;
    const to = fits[Math.floor(random() * fits.length)]!;
    taken.add(to.code);
    codes.set(from.code, to.code);
    phrases.set(from.name, to.name);
    for (const v of from.variants) {
      // A long form keeps its article: "the Republic of Belarus" becomes "the Republic of Peru".
      // An abbreviation of a name that takes "the" ("the UK", "US President") reads as well with the other's
      // name in its place; one of a bare name ("the PRC" for China) would not, and stays.
      if (/^[A-Z]+$/.test(v)) {
        if (from.takesThe && v.length >= 2) phrases.set(v, to.name);
        continue;
      }
      phrases.set(v, takesThe(v) && !to.takesThe ? `Republic of ${to.name}` : to.name);
    }
    from.demonyms.forEach((d, i) => phrases.set(d, to.demonyms[Math.min(i, to.demonyms.length - 1)]!));
    from.people.forEach((p, i) => {
      const target = to.people[Math.min(i, to.people.length - 1)];
      if (target) phrases.set(p, target);
    });
    from.cities.forEach((c, i) => {
      // The capital becomes the capital; another city becomes another city where there is one, else stays.
      const target = i === 0 ? to.cities[0] : to.cities[1 + ((i - 1) % Math.max(1, to.cities.length - 1))];
      if (target && (i === 0 || to.cities.length > 1)) phrases.set(c, target);
    });
  }
  // Regions: stems swap within the same state and suffix ("Amur Oblast" -> "Tver Oblast"), followed by any suffix word.
  const usedStems = new Set<string>();
  for (const r of lex.regions) {
    const re = new RegExp(`(?<![\\p{L}])${esc(r.stem)} (?:Oblast|Krai|Region|Province|Prefecture|Territory)\\b`, 'u');
    if (!re.test(text)) continue;
    const fits = lex.regions.filter((x) => x.country === r.country && x.suffix === r.suffix && x.stem !== r.stem
      && !usedStems.has(x.stem) && !present(text, x.stem));
    if (!fits.length) continue;
    const to = fits[Math.floor(random() * fits.length)]!;
    usedStems.add(to.stem);
    for (const suffix of ['Oblast', 'Krai', 'Region', 'Province', 'Prefecture', 'Territory']) {
      phrases.set(`${r.stem} ${suffix}`, `${to.stem} ${suffix}`);
      phrases.set(`${r.stem} ${suffix.toLowerCase()}`, `${to.stem} ${suffix.toLowerCase()}`);
    }
  }
  // Texts write the apostrophe of "People's Republic of China" either way.
  for (const [from, to] of [...phrases]) if (/'/.test(from)) phrases.set(from.replace(/'/g, '’'), to.replace(/'/g, '’'));
  // A place word inside a person's name ("Vladimir", a city) is the person's and stays.
  for (const key of [...phrases.keys()]) if (personNames.some((n) => present(n, key))) phrases.delete(key);
  return { phrases, codes };
}

/** Replaces every phrase where it stands as whole words, longest first, in one pass (so swaps never chain). */
export function applyPlaceSwap(s: string, swap: PlaceSwap): string {
  if (!swap.phrases.size) return s;
  const keys = [...swap.phrases.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${keys.map(esc).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
  return s.replace(re, (m) => swap.phrases.get(m) ?? m);
}

export function reversePlaceSwap(swap: PlaceSwap): PlaceSwap {
  const phrases = new Map<string, string>();
  for (const [a, b] of swap.phrases) if (!phrases.has(b)) phrases.set(b, a);
  return { phrases, codes: new Map([...swap.codes].map(([a, b]) => [b, a])) };
}
