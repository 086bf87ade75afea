import { wordLists } from '../../lexicon/words.js';
import { Claim, type SentenceScan } from './context.js';

/** Most capitalised words on either side of the "and" of a building's name ("the Peter and Paul Fortress"). */
const MAX_SIDE_WORDS = 2;

/**
 * "the Victoria and Albert Museum", "the Ferdinand and Isabella Gallery": after "the", capitalised words
 * joined by "and" and ending in the head of a building's or an institution's name (words.tsv, venue) name
 * what the building is named after; "the" never opens a person's name, so none of the words is a person.
 * The whole phrase is taken as no mention: a building is neither a person nor a body. A name the lexicons
 * give across the "and" ("Trinidad and Tobago") is left to them. "Karl and Anna Berg" has no "the" and no
 * venue head, and stays two people.
 */
export function coordinatedVenues(s: SentenceScan): void {
  const { venues } = wordLists();
  for (let i = s.first + 2; i < s.last - 2; i++) {
    if (s.lower(i) !== 'and' || !s.isCap(i - 1) || !s.isCap(i + 1)) continue;
    let from = i - 1;
    while (from > s.first && i - from < MAX_SIDE_WORDS && s.isCap(from - 1)) from--;
    if (s.lower(from - 1) !== 'the') continue;
    let head = i + 1;
    while (head < s.last && head - i <= MAX_SIDE_WORDS + 1 && s.isCap(head) && !venues.has(s.tokenKey(head))) head++;
    if (head >= s.last || head === i + 1 || !s.isCap(head) || !venues.has(s.tokenKey(head))) continue;
    const across = s.nameHit(from);
    if (across && across.end > i + 1) continue;
    if (!s.free(from, head + 1)) continue;
    s.take(from, head + 1, Claim.Mention);
    i = head;
  }
}
