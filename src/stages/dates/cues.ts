/**
 * Cheap tests that decide whether the slow parts (chrono-node) need to look at a
 * sentence at all. Whether a sentence speaks of the future is tense.ts's question.
 */

/** Month names and the abbreviations chrono reads, lower-cased, with their number: one table for the dates stage. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
    (m, i) => [m, i + 1] as const,
  ),
  ...Object.entries({ jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 }),
]);

const MONTH_WORDS = [...MONTH_NUMBER.keys()].map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');

/**
 * Words as one pattern grouped by their first letter ("J(?:anuary|une|...)|F(?:ebruary|eb)|..."),
 * longest first in each group: the engine tries the rest of a group only after its capital. With
 * a word boundary after it, the pattern matches what the plain list of words matches.
 */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) groups.set(w[0]!, [...(groups.get(w[0]!) ?? []), w.slice(1)]);
  return `(?:${[...groups].map(([c, rests]) => `${c}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`).join('|')})`;
}

/**
 * A capitalised month name or abbreviation, or a full numeric date (25/09/2020, 2020-09-25,
 * 12.09.2020); decimals such as "2.6" do not count. Month names must be capitalised so that the verbs "may" and "march" do not
 * wake chrono up. Every sentence is searched for it, so it is written for speed: "no word
 * character before" for the leading word boundary (the same before a letter or digit), and the
 * month words grouped by their capital.
 */
export const CHRONO_CUE = new RegExp(
  `(?<!\\w)${byFirstLetter(MONTH_WORDS.split('|'))}\\b\\.?|(?<!\\w)\\d{1,4}([/.-])\\d{1,2}\\1\\d{2,4}\\b`,
);

/** Month names and abbreviations as written with a capital, to vet chrono's finds. */
export const CAPITALISED_MONTH = new RegExp(`\\b(?:${MONTH_WORDS})\\b`);
