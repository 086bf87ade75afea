import { countryByName, demonymToCountry } from './countries.js';
import { readTsv } from './data.js';
import { rowsByHeader } from './rows-by-header.js';

/** Currency look-ups built once per process from data/lexicon/currencies.tsv. */
export interface CurrencyLexicon {
  /** Symbol or code written before a figure ("$", "US$", "€", "BYN") -> ISO code. Case-sensitive. */
  readonly prefixes: ReadonlyMap<string, string>;
  /** Name written after a figure ("euros", "russian rubles"), lower case -> ISO code. */
  readonly names: ReadonlyMap<string, string>;
  /** Names that are also ordinary words; money only after a scale word. */
  readonly weakNames: ReadonlyMap<string, string>;
  /** Prefixes ("R") that are also the first letter of names of roads and models; money only with a scale. */
  readonly weakPrefixes: ReadonlySet<string>;
  /** Every prefix, longest first, for building a regular expression. */
  readonly prefixList: readonly string[];
  /** Every name (strong and weak), longest first. */
  readonly nameList: readonly string[];
}

let cached: CurrencyLexicon | null = null;

export function currencyLexicon(): CurrencyLexicon {
  if (cached) return cached;
  const prefixes = new Map<string, string>();
  const names = new Map<string, string>();
  const weakNames = new Map<string, string>();
  const weakPrefixes = new Set<string>();
  const split = (cell: string | undefined) => (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
  for (const row of rowsByHeader(readTsv('currencies.tsv'))) {
    const code = row.code!;
    prefixes.set(code, code);
    for (const s of split(row.symbols)) if (!prefixes.has(s)) prefixes.set(s, code);
    for (const n of split(row.names)) names.set(n.toLowerCase(), code);
    for (const n of split(row.weak)) weakNames.set(n.toLowerCase(), code);
    for (const s of split(row['weak symbols'])) {
      if (prefixes.has(s)) continue;
      prefixes.set(s, code);
      weakPrefixes.add(s);
    }
  }
  // "RMB" is the usual English shorthand for the yuan.
  prefixes.set('RMB', 'CNY');
  const byLength = (a: string, b: string) => b.length - a.length;
  cached = {
    prefixes,
    names,
    weakNames,
    weakPrefixes,
    prefixList: [...prefixes.keys()].sort(byLength),
    nameList: [...new Set([...names.keys(), ...weakNames.keys()])].sort(byLength),
  };
  return cached;
}

let homeDollars: ReadonlyMap<string, string> | null = null;

/**
 * The dollar a state issues, from the currency names of currencies.tsv ("canadian dollar" -> CAN: CAD,
 * "new zealand dollar" -> NZL: NZD). A state's own releases write it as a bare "$".
 */
export function dollarOf(country: string): string | null {
  if (!homeDollars) {
    const out = new Map<string, string>();
    for (const [name, code] of currencyLexicon().names) {
      const m = /^(.+) dollar$/.exec(name);
      if (!m || code === 'USD') continue;
      const state = demonymToCountry(m[1]!) ?? countryByName(m[1]!)?.iso3 ?? null;
      if (state && !out.has(state)) out.set(state, code);
    }
    homeDollars = out;
  }
  return homeDollars.get(country) ?? null;
}
