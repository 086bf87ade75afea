/**
 * Lexicons of countries, places, organisations, titles, group nouns and public figures.
 * Every table is read from data/lexicon on first use and kept for the life of the process.
 */
export { countryByName, countryLexicon, countryName, demonymToCountry, type Country } from './countries.js';
export { placeByName, placeLexicon, type PlaceEntry } from './places.js';
export { organizationByName, organizationLexicon, type OrganizationEntry } from './organizations.js';
export { roleOfTitle, titleByWords, titleLexicon, type TitleEntry } from './titles.js';
export { groupLexicon, groupSector, type GroupNoun } from './groups.js';
export { personByName, personBySurname, peopleLexicon, type KnownPerson } from './people.js';
export { wordLists } from './words.js';
export { gazetteer, type GazetteerHit, type NameEntry } from './gazetteer.js';
export { isAllCaps, isCapitalized, lookupKey } from './normalize.js';
