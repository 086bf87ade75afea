import type { NameHit, SentenceScan } from './context.js';

/** A word or phrase that tells which country something belongs to: "Belarus", "Russia's", "Chinese", "Irkutsk Oblast". */
export interface CountryWord {
  /** First token of the country word. */
  readonly start: number;
  /** One past its last token, including a possessive "'s". */
  readonly end: number;
  readonly country: string;
  readonly hit: NameHit;
  readonly possessive: boolean;
}

/** The country a lexicon name implies, if any. */
export function countryOfHit(h: NameHit): string | null {
  const e = h.hit.entry;
  switch (e.kind) {
    case 'country':
    case 'demonym':
    case 'people':
      return e.iso3;
    case 'place':
      return e.place.country;
    case 'organization':
      return e.org.code;
    case 'person':
      return e.person.country;
  }
}

/** A country word whose last token (or possessive) ends right before token `end`. */
export function countryWordBefore(s: SentenceScan, end: number): CountryWord | null {
  let e = end;
  let possessive = false;
  if (s.isPossessive(e - 1)) {
    possessive = true;
    e -= 1;
  }
  const h = s.nameHit(e - 1);
  if (!h || h.end !== e) return null;
  const kind = h.hit.entry.kind;
  if (kind === 'person' || kind === 'people') return null;
  // "Cambodian Senate President": a state's name or demonym right before a listed body's name says
  // whose body it is, whichever state the list gives a body of that name.
  const owner = kind === 'organization' && !possessive ? s.nameHit(h.start - 1) : undefined;
  const ownerKind = owner?.hit.entry.kind;
  const country = (owner && owner.end === h.start && (ownerKind === 'country' || ownerKind === 'demonym') ? countryOfHit(owner) : null) ?? countryOfHit(h);
  if (!country) return null;
  return { start: h.start, end, country, hit: h, possessive };
}

/** A country word starting at token `i` (with its possessive, if any). */
export function countryWordAt(s: SentenceScan, i: number): CountryWord | null {
  const h = s.nameHit(i);
  if (!h || h.start !== i) return null;
  const kind = h.hit.entry.kind;
  if (kind === 'person' || kind === 'people') return null;
  // "of the Senate" after "the Senate of the Parliament of the Czech Republic": that body's country.
  const country = (h.hit.entry.kind === 'organization' ? s.bodyCountry(h.hit.entry.org.name) : null) ?? countryOfHit(h);
  if (!country) return null;
  const possessive = s.isPossessive(h.end);
  return { start: i, end: possessive ? h.end + 1 : h.end, country, hit: h, possessive };
}

/**
 * A country given after a phrase: "of Belarus", "in the Ivory Coast", "of Russia's Irkutsk Oblast".
 * Returns the last (most specific) place's hit and the token after it.
 */
export function countryAfter(s: SentenceScan, i: number, preps: ReadonlySet<string>): CountryWord | null {
  if (!preps.has(s.lower(i))) return null;
  let j = i + 1;
  if (s.lower(j) === 'the') j++;
  let found = countryWordAt(s, j);
  if (!found) return null;
  // "of Russia's Irkutsk Oblast": the complement runs on to the region it names, and the region's
  // own country (Russia's) comes with it, so the word after the possessive is the one returned.
  if (found.possessive) {
    const next = countryWordAt(s, found.end);
    if (next) found = next;
  }
  return found;
}
