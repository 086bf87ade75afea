import { countryByName, demonymToCountry, countryName, countryLexicon } from './src/lexicon/countries.js';
console.log(countryByName('the United States'), countryByName('Russia'), countryByName("Côte d’Ivoire"), demonymToCountry('Belarusian'), demonymToCountry('Russians'), demonymToCountry('Iraqis'), countryName('XKX'), countryLexicon().names.size, countryLexicon().peoples.get('chineses'));
