import type { Actor, Mention } from '../../document/layers.js';
import { countryByName } from '../../lexicon/countries.js';
import { type PlaceEntry, placeByName } from '../../lexicon/places.js';
import { ownCopy } from '../../lexicon/normalize.js';
import { setBounded } from '../../lexicon/bounded-cache.js';
import { isLocalOffice } from './local-office.js';

/** Place kinds whose state tells which of the states sharing a region's name the text is in. */
const NAMED_KINDS = new Set(['country', 'city', 'region']);

/** "Chief Minister of Punjab", "Governor of the State of Georgia": the place an office's title ends on. */
const OFFICE_OF_PLACE = /\b(?:of|for)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/**
 * "Governor Brian Kemp of Georgia", "Mayor of Victoria": a local office whose place is written as a
 * country's name, when a region of another state has that name, governs the region: states have
 * no governors or mayors of their own. Returns the region's state, or null.
 */
export function regionOfLocalOffice(title: string | null, place: string): string | null {
  if (!isLocalOffice(title)) return null;
  const state = countryByName(place);
  const region = placeByName(place);
  return state && region?.kind === 'region' && region.country && region.country !== state.iso3 ? region.country : null;
}

/** What an office's title says of the place it ends on: the state of a region a local office governs (regionOfLocalOffice), and the place by name. */
interface TitlePlace {
  readonly local: string | null;
  readonly region: PlaceEntry | null;
}

/**
 * TitlePlace by title (null for a title ending on no place), shared across documents: the same
 * offices are named text after text. Keys are copies of their own, so that no document stays held.
 */
const TITLE_PLACES = new Map<string, TitlePlace | null>();
const MAX_TITLE_PLACES = 5000;

function titlePlace(title: string): TitlePlace | null {
  let known = TITLE_PLACES.get(title);
  if (known === undefined) {
    const place = OFFICE_OF_PLACE.exec(title)?.[1];
    known = place ? { local: regionOfLocalOffice(title, place), region: placeByName(place) } : null;
    setBounded(TITLE_PLACES, MAX_TITLE_PLACES, ownCopy(title), known);
  }
  return known;
}

/**
 * "Chief Minister of Punjab": a region whose name two states share is the one of them whose name,
 * cities or other regions the text names, when it names places of exactly one of them; else the
 * issuer's, when the issuer is one of them (a region's own release is no clue: its source names the
 * region by the same shared name). The holder
 * of an office of such a region takes that state; without either clue the listed state stays.
 * Offices of a region written as a country's name are the local offices above. One pass over the
 * mentions, one over the people.
 */
export function sharedPlaceCountries(actors: Actor[], mentions: readonly Mention[], home: string | null): void {
  let named: Set<string> | null = null;
  for (const a of actors) {
    if (a.type !== 'person' || !a.title) continue;
    const place = titlePlace(a.title);
    if (!place) continue;
    if (place.local) {
      a.country = place.local;
      continue;
    }
    const region = place.region;
    if (!region?.also || !region.country || (a.country && a.country !== region.country)) continue;
    const states = [region.country, ...region.also];
    if (!named) {
      // The states, cities and other regions the text names ("in Lahore"), the shared name itself aside.
      named = new Set();
      for (const m of mentions) {
        if (m.type !== 'place' || !m.country || !m.placeKind || !NAMED_KINDS.has(m.placeKind)) continue;
        if (placeByName(m.text)?.also) continue;
        named.add(m.country);
      }
    }
    const told = states.filter((s) => named!.has(s));
    if (told.length === 1) a.country = told[0]!;
    else if (home && states.includes(home)) a.country = home;
  }
}
