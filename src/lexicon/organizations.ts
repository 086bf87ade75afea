import { alternatives, cached, readTsv } from './data.js';
import { isAllCaps, lookupKey } from './normalize.js';

export interface OrganizationEntry {
  readonly name: string;
  /** PLOVER actor code: UNO, EUR, IGO, NGO, MNC, IMG, or the ISO3 of a national body; null when the text must say. */
  readonly code: string | null;
  readonly sector: string | null;
  /** True when the code is a country whose own body this is: a country named in the text overrides it. */
  readonly national: boolean;
}

export interface OrganizationForm {
  readonly entry: OrganizationEntry;
  /** Acronyms match only as written ("WHO", not "who"). */
  readonly caseSensitive: boolean;
  readonly spelling: string;
}

const INTERNATIONAL = new Set(['UNO', 'EUR', 'IGO', 'NGO', 'MNC', 'IMG', 'ISM']);

/** Whether a code is a PLOVER code of an international or non-state body (UNO, IGO, EUR, ...), not a state's ISO3. */
export function isInternationalCode(code: string): boolean {
  return INTERNATIONAL.has(code);
}

export const organizationLexicon = cached((): ReadonlyMap<string, OrganizationForm> => {
  const map = new Map<string, OrganizationForm>();
  for (const [names, code, sector] of readTsv('organizations.tsv')) {
    const forms = alternatives(names);
    if (!forms[0]) continue;
    const c = code && code !== '-' ? code : null;
    const entry: OrganizationEntry = {
      name: forms[0],
      code: c,
      sector: sector && sector !== '-' ? sector : null,
      national: c !== null && !INTERNATIONAL.has(c),
    };
    for (const f of forms) {
      const key = lookupKey(f);
      const caseSensitive = isAllCaps(f) && f.length <= 8;
      const old = map.get(key);
      if (!old || (old.caseSensitive && !caseSensitive && old.entry === entry)) map.set(key, { entry, caseSensitive, spelling: f });
    }
  }
  return map;
});

/** A named organisation ("NATO", "Eurasian Economic Union"), or null. */
export function organizationByName(name: string): OrganizationEntry | null {
  const form = organizationLexicon().get(lookupKey(name));
  if (!form) return null;
  if (form.caseSensitive && form.spelling !== name.trim()) return null;
  return form.entry;
}
