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
 * A capitalised month name or abbreviation, or a full numeric date (25/09/2020, 2020-09-25,
 * 12.09.2020); decimals such as "2.6" do not count. Month names must be capitalised so that the verbs "may" and "march" do not
 * wake chrono up.
 */
export const CHRONO_CUE = new RegExp(`\\b(?:${MONTH_WORDS})\\b\\.?|\\b\\d{1,4}([/.-])\\d{1,2}\\1\\d{2,4}\\b`);

/** Month names and abbreviations as written with a capital, to vet chrono's finds. */
export const CAPITALISED_MONTH = new RegExp(`\\b(?:${MONTH_WORDS})\\b`);
