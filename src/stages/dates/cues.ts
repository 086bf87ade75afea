/**
 * Cheap tests that decide whether the slow parts (chrono-node) need to look at a
 * sentence at all, and whether a sentence speaks of the future.
 */

const MONTH_WORDS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/**
 * A capitalised month name or abbreviation, or a full numeric date (25/09/2020, 2020-09-25,
 * 12.09.2020); decimals such as "2.6" do not count. Month names must be capitalised so that the verbs "may" and "march" do not
 * wake chrono up.
 */
export const CHRONO_CUE = new RegExp(`\\b(?:${MONTH_WORDS})\\b\\.?|\\b\\d{1,4}([/.-])\\d{1,2}\\1\\d{2,4}\\b`);

/** Month names and abbreviations as written with a capital, to vet chrono's finds. */
export const CAPITALISED_MONTH = new RegExp(`\\b(?:${MONTH_WORDS})\\b`);

/**
 * Words that put the rest of the sentence in the future: "will visit on 3 October",
 * "talks are scheduled for 12 May". Only the text before a date is tested.
 */
const FUTURE = /\b(?:will|shall|won't|is to|are to|is due|are due|due to|is expected to|are expected to|is scheduled|are scheduled|scheduled for|is planned|are planned|planned for|plans to|plan to|intends to|to be held|upcoming|forthcoming|is set|are set|set for|slated for|going to)\b|\w'll\b/i;

export function soundsFuture(textBefore: string): boolean {
  return FUTURE.test(textBefore);
}
