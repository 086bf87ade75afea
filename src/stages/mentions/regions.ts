import { wordLists } from '../../lexicon/words.js';
import { singleSpaced } from '../../lexicon/normalize.js';
import { Mark } from './word-facts.js';
import { Claim, type SentenceScan } from './context.js';
import { countryAfter, countryWordBefore } from './country-words.js';

const MAX_NAME_WORDS = 3;
const OF_IN = new Set(['of', 'in']);

/**
 * Regions the lexicon does not list, known by their suffix: "Samarkand Region",
 * "Sindh Province", "Cankaya District". Up to three capitalised words before the suffix;
 * the country comes from a country word before it or "of/in Country" after it.
 */
export function suffixRegions(s: SentenceScan): void {
  const { regionSuffixes, geoSuffixes, nonName, orgHeads } = wordLists();
  for (let i = s.first + 1; i < s.last; i++) {
    // Only a capitalised suffix names a unit ("Samarkand Region"); "the Siberian region" is a description.
    if (!s.isCap(i)) continue;
    // Whether a suffix may open with the word ("Region", "Autonomous"): most capitalised words open none.
    if (!s.marked(i, Mark.StartsRegionSuffix)) continue;
    const geo = geoSuffixes.has(s.tokenKey(i));
    if (!geo && !regionSuffixes.has(s.tokenKey(i)) && !regionSuffixes.has(s.key(i, Math.min(i + 2, s.last)))) continue;
    const suffixEnd = !geo && regionSuffixes.has(s.key(i, Math.min(i + 2, s.last))) && i + 2 <= s.last ? i + 2 : i + 1;
    if (s.claimOf(i) !== Claim.Free || s.nameHit(i) || s.titleHit(i)) continue;
    let l = i;
    let inner: string | null = null;
    const cityBefore = s.nameHit(i - 1);
    if (cityBefore && cityBefore.end === i && cityBefore.hit.entry.kind === 'place' && s.claimOf(i - 1) === Claim.Free) {
      // "Samarkand Region", "Kaduna State": a city's name with a region suffix is the region around it.
      l = cityBefore.start;
      inner = cityBefore.hit.entry.place.country;
    } else {
      while (l - 1 >= s.first && i - (l - 1) <= MAX_NAME_WORDS && s.isCap(l - 1) && s.claimOf(l - 1) === Claim.Free
        && !s.nameHit(l - 1) && !s.titleHit(l - 1) && !orgHeads.has(s.tokenKey(l - 1))
        && !(nonName.has(s.tokenKey(l - 1)) && (s.atClauseStart(l - 1) || s.tokenKey(l - 1) === 'the'))) l--;
    }
    if (l === i) continue;
    // "State" after a capitalised word is a region only when it reads as one ("Kaduna State"), not "Union State".
    if (s.tokenKey(i) === 'state' && nonName.has(s.tokenKey(i - 1))) continue;
    const before = countryWordBefore(s, l);
    const country = inner ?? before?.country ?? countryAfter(s, suffixEnd, OF_IN)?.country ?? null;
    const text = singleSpaced(s.span(l, suffixEnd));
    s.push({
      start: s.tokens[l]!.start, end: s.tokens[suffixEnd - 1]!.end, tokenStart: l, tokenEnd: suffixEnd,
      type: 'place', form: 'name', canonical: text, country: geo ? (inner ?? null) : country, sector: null,
      placeKind: geo ? 'other' : 'region', rule: geo ? 'feature-suffix' : 'region-suffix',
    });
    i = suffixEnd - 1;
  }
}
