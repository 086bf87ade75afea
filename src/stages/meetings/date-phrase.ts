import type { MeetingText } from './view.js';

const MONTH_WORDS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY_WORDS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** Month names and their short forms, lower case: "june", "sept.". */
export const MONTH = new RegExp(`^(?:${MONTH_WORDS})\\.?$`);
/** Days of the week, lower case. */
export const WEEKDAY = new RegExp(`^(?:${WEEKDAY_WORDS})$`);
/** Month names and days of the week: what names the day of a meeting in "on Monday", "on 12 May". */
export const MONTH_OR_WEEKDAY = new RegExp(`^(?:${MONTH_WORDS}|${WEEKDAY_WORDS})\\.?$`);
/** A day of the month or a year: "11", "11th", "2025". */
export const DAY_OR_YEAR = /^\d{1,4}(?:st|nd|rd|th)?$/;

/**
 * The end of a date starting at token k, made of day and year numbers and at least one word that
 * `named` accepts ("11 June 2025", "June 11, 2025", "Monday"), read over at most `reach` tokens; or
 * -1. A comma counts only before a number, and never ends the date.
 */
export function datePhraseEnd(v: MeetingText, k: number, last: number, named: RegExp, reach: number): number {
  let j = k;
  let found = false;
  let end = -1;
  while (j < last && j - k < reach) {
    const w = v.lower(j);
    if (named.test(w)) found = true;
    else if (!DAY_OR_YEAR.test(w) && !(w === ',' && DAY_OR_YEAR.test(v.lower(j + 1)))) break;
    j++;
    if (w !== ',') end = j;
  }
  return found ? end : -1;
}
