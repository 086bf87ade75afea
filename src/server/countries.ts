import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

// The English names ship as JSON inside the package; registering once per process is enough.
const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);

/** PLOVER codes for international actors, which are not ISO countries. */
const INTERNATIONAL: Record<string, string> = {
  IGO: 'International organisation', UNO: 'United Nations', EUR: 'European Union', NGO: 'Non-governmental organisation',
  MNC: 'Multinational company', AFR: 'Africa', ASA: 'Asia', EAF: 'East Africa', WST: 'The West', NTO: 'NATO',
};

export function countryName(code: string): string | null {
  const upper = code.toUpperCase();
  return INTERNATIONAL[upper] ?? countries.getName(upper, 'en', { select: 'alias' }) ?? null;
}

export function countryNames(codes: Iterable<string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of codes) {
    if (!c || c in out) continue;
    const name = countryName(c);
    if (name) out[c] = name;
  }
  return out;
}
