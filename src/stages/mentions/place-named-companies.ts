import { Mark } from './word-facts.js';
import { Claim, type SentenceScan } from './context.js';
import { countryOfHit } from './country-words.js';

/**
 * "Air Astana", "Air India": a word that opens companies' names and never a person's ("Air",
 * "Norsk") right before a city's or a country's name makes one company's name with it. The place
 * is the company's namesake, not somewhere the text speaks of, so it is claimed here before
 * places are read; the company belongs to the state of its namesake.
 */
export function placeNamedCompanies(s: SentenceScan): void {
  for (let i = s.first; i + 1 < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free || !s.isCap(i) || !s.marked(i, Mark.OrgOpener) || s.titleHit(i) || s.titleHit(i + 1)) continue;
    const h = s.nameHit(i + 1);
    const kind = h?.hit.entry.kind;
    if (!h || h.start !== i + 1 || (kind !== 'place' && kind !== 'country') || !s.free(i, h.end)) continue;
    const text = s.span(i, h.end);
    s.push({
      start: s.tokens[i]!.start, end: s.tokens[h.end - 1]!.end, tokenStart: i, tokenEnd: h.end,
      type: 'organization', form: 'name', canonical: text.replace(/\s+/g, ' '),
      country: countryOfHit(h), sector: 'BUS', rule: 'company-named-after-place',
    });
    i = h.end - 1;
  }
}
