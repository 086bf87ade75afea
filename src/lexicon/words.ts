import { alternatives, cached, readTsv } from './data.js';
import { lookupKey } from './normalize.js';

export interface WordLists {
  /** Capitalised words that never make a person name (keys). */
  readonly nonName: ReadonlySet<string>;
  /** Organisation head nouns (key, possibly two words) -> PLOVER sector. */
  readonly orgHeads: ReadonlyMap<string, string>;
  /** First words of the head nouns, for a quick test before longer look-ups. */
  readonly orgHeadFirstWords: ReadonlySet<string>;
  /** Words of other languages that open a body's name and never a person's ("Norsk Hydro", "Deutsche Telekom"). */
  readonly orgOpeners: ReadonlySet<string>;
  /** Never-a-name adjectives of a body's reach ("National", "Federal") that open its name at a sentence's head. */
  readonly scopeOpeners: ReadonlySet<string>;
  readonly legalPrefixes: ReadonlySet<string>;
  readonly legalSuffixes: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  /** Letters written after a name, as written ("MP", "MSP", "OBE"). */
  readonly postNominals: ReadonlySet<string>;
  /** Generational suffixes, as written ("Jr.", "III"): still the name's when a comma sets them off. */
  readonly generational: ReadonlySet<string>;
  /** Keys of words that make a preceding name a region. */
  readonly regionSuffixes: ReadonlySet<string>;
  /** Keys of subject words of an office ("trade", "foreign", "affairs"). */
  readonly portfolio: ReadonlySet<string>;
  /** Keys of words that make a preceding name a natural feature. */
  readonly geoSuffixes: ReadonlySet<string>;
  /** Keys of place names that are also given names. */
  readonly givenPlaces: ReadonlySet<string>;
  /** Forms of state written before "of" and a country's name ("Republic", "Kingdom"), as written. */
  readonly stateForms: readonly string[];
  /** Keys of never-a-name words that are also common surnames ("park"). */
  readonly surnameWords: ReadonlySet<string>;
  /** Metals a mine yields, which end mining firms' names ("Ridgeline Gold"). */
  readonly mineWords: ReadonlySet<string>;
  /** Keys of family names written first ("xi" of "Xi Jinping"). */
  readonly familyFirst: ReadonlySet<string>;
  /** Keys of heads of names of places and things that hold no office ("park", "zone"). */
  readonly facilities: ReadonlySet<string>;
  /** Keys of heads of the names of buildings and institutions ("museum", "gallery", "hall"). */
  readonly venues: ReadonlySet<string>;
  /**
   * Honorifics listed in capitals ("HE" for His Excellency), as written: only the capitals are the
   * honorific, so "He" in "Vice Premier He Lifeng" stays a name.
   */
  readonly capitalHonorifics: ReadonlySet<string>;
  /** Honorifics the list writes with their full stop ("Engr.", "Dr."), lower case without it: a full stop after one never ends a sentence before a name. */
  readonly dottedHonorifics: ReadonlySet<string>;
  /** First words of the styles of two words ("tan" of "Tan Sri"), which alone are no style. */
  readonly styleOpeners: ReadonlySet<string>;
  /** Keys of Balinese names of birth order ("Wayan", "Made"), after which "I" and "Ni" open a name. */
  readonly birthOrder: ReadonlySet<string>;
  /** Styles of the peerage ("Lord", "Baroness"), look-up keys: honorifics that stand in a peer's name. */
  readonly peerageStyles: ReadonlySet<string>;
  /** Lower-case words of a Turkic patronymic ("son of", "daughter of") after a father's name inside a person's name ("Turgunbek uulu", "Heydar oglu"), as written. */
  readonly patronymicSuffixes: ReadonlySet<string>;
  /** Keys of seats of government the organisations list gives as bodies ("Kremlin"): after "in the" or before ", Moscow" a building. */
  readonly seats: ReadonlySet<string>;
  /** Keys of words that, right before "Office", make it a room ("Oval", "Working"), not a body. */
  readonly roomOffices: ReadonlySet<string>;
}

export const wordLists = cached((): WordLists => {
  const nonName = new Set<string>();
  const orgHeads = new Map<string, string>();
  const legalPrefixes = new Set<string>();
  const legalSuffixes = new Set<string>();
  const particles = new Set<string>();
  const honorifics = new Set<string>();
  const postNominals = new Set<string>();
  const generational = new Set<string>();
  const regionSuffixes = new Set<string>();
  const portfolio = new Set<string>();
  const geoSuffixes = new Set<string>();
  const givenPlaces = new Set<string>();
  const stateForms: string[] = [];
  const surnameWords = new Set<string>();
  const mineWords = new Set<string>();
  const familyFirst = new Set<string>();
  const facilities = new Set<string>();
  const venues = new Set<string>();
  const capitalHonorifics = new Set<string>();
  const dottedHonorifics = new Set<string>();
  const styleOpeners = new Set<string>();
  const orgOpeners = new Set<string>();
  const scopeOpeners = new Set<string>();
  const seats = new Set<string>();
  const roomOffices = new Set<string>();
  const birthOrder = new Set<string>();
  const peerageStyles = new Set<string>();
  const patronymicSuffixes = new Set<string>();
  for (const [list, words] of readTsv('words.tsv')) {
    const forms = alternatives(words);
    if (list === 'nonname') for (const w of forms) nonName.add(lookupKey(w));
    else if (list === 'seat') for (const w of forms) seats.add(lookupKey(w));
    else if (list === 'roomoffice') for (const w of forms) roomOffices.add(lookupKey(w));
    else if (list?.startsWith('orghead:')) {
      const sector = list.slice('orghead:'.length);
      for (const w of forms) if (!orgHeads.has(lookupKey(w))) orgHeads.set(lookupKey(w), sector);
    } else if (list === 'legalprefix') for (const w of forms) legalPrefixes.add(w);
    else if (list === 'legalsuffix') for (const w of forms) legalSuffixes.add(w);
    else if (list === 'particle') for (const w of forms) particles.add(w);
    else if (list === 'honorific') {
      for (const w of forms) {
        honorifics.add(lookupKey(w));
        if (w.includes(' ')) styleOpeners.add(lookupKey(w.split(' ')[0]!));
        if (/^\p{Lu}{2,}$/u.test(w)) capitalHonorifics.add(w);
        if (/^\p{L}+\.$/u.test(w)) dottedHonorifics.add(w.slice(0, -1).toLowerCase());
      }
    }
    else if (list === 'postnominal') for (const w of forms) postNominals.add(w);
    else if (list === 'generational') for (const w of forms) generational.add(w);
    else if (list === 'givenplace') for (const w of forms) givenPlaces.add(lookupKey(w));
    else if (list === 'geosuffix') for (const w of forms) geoSuffixes.add(lookupKey(w));
    else if (list === 'portfolio') for (const w of forms) portfolio.add(lookupKey(w));
    else if (list === 'regionsuffix') for (const w of forms) regionSuffixes.add(lookupKey(w));
    else if (list === 'stateform') stateForms.push(...forms);
    else if (list === 'surnameword') for (const w of forms) surnameWords.add(lookupKey(w));
    else if (list === 'mineword') for (const w of forms) mineWords.add(lookupKey(w));
    else if (list === 'familyfirst') for (const w of forms) familyFirst.add(lookupKey(w));
    else if (list === 'facility') for (const w of forms) facilities.add(lookupKey(w));
    else if (list === 'venue') for (const w of forms) venues.add(lookupKey(w));
    else if (list === 'scopeopener') for (const w of forms) scopeOpeners.add(lookupKey(w));
    else if (list === 'orgopener') for (const w of forms) orgOpeners.add(lookupKey(w));
    else if (list === 'birthorder') for (const w of forms) birthOrder.add(lookupKey(w));
    else if (list === 'peerage') for (const w of forms) peerageStyles.add(lookupKey(w));
    else if (list === 'patronymicsuffix') for (const w of forms) patronymicSuffixes.add(w);
  }
  const orgHeadFirstWords = new Set([...orgHeads.keys()].map((k) => k.split(/[\s'’]/)[0]!));
  return { nonName, orgHeads, orgHeadFirstWords, orgOpeners, scopeOpeners, legalPrefixes, legalSuffixes, particles, honorifics, postNominals, generational, regionSuffixes, portfolio, geoSuffixes, givenPlaces, stateForms, surnameWords, mineWords, familyFirst, facilities, venues, capitalHonorifics, dottedHonorifics, styleOpeners, seats, roomOffices, birthOrder, patronymicSuffixes, peerageStyles };
});
