/**
 * Cheap tests that decide whether the slow parts (chrono-node) need to look at a
 * sentence at all. Whether a sentence speaks of the future is tense.ts's question.
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
