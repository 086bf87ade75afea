import type { MeetingText } from './view.js';

/** Most tokens of an office written before a name: "Minister of Foreign Affairs of the Republic of Chile". */
const OFFICE_REACH = 10;

/**
 * Where the office written before the name starting at k begins, with the places and bodies it
 * names: "President of the United States [Donald Trump]", "Minister of Foreign Affairs of Chile
 * [X]". Steps over office words, "of", articles and mentions of no person; a verb, a preposition
 * other than "of", a mark or another person ends it. k itself when nothing stands before the name.
 */
export function officePhraseStart(v: MeetingText, k: number, first: number): number {
  let start = v.officeStart(k);
  for (let g = start - 1; g >= first && k - g <= OFFICE_REACH; g--) {
    const m = v.mentionAt(g);
    if (m) {
      if (v.person(m)) break;
      g = v.tokenRange(m)[0];
      start = g;
      continue;
    }
    if (v.isVerb(g)) break;
    const l = v.lower(g);
    if (l === 'of' || l === 'the') continue;
    if (!v.isOfficeWord(g)) break;
    start = g;
  }
  return start;
}
