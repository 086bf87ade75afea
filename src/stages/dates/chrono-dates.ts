import * as chrono from 'chrono-node';
import { formatDay, formatMonth, isRealDay, type CalendarDay } from './calendar.js';
import type { DateCandidate, DateContext } from './candidate.js';
import { CAPITALISED_MONTH, CHRONO_CUE, soundsFuture } from './cues.js';

/** British order (day before month) for numeric dates, as most wire copy outside the US writes them. */
const parser = chrono.en.GB;

/** Prepositions chrono keeps in its match ("on 25 September") that are not part of the date. */
const LEADING_WORDS = /^(?:(?:on|in|at|of|by|the|since|from|until|till|during|before|after)\s+)+/i;
/** Numeric dates are accepted only with a full year: "25/09/2020", "2020-09-25" (never "1.2.3" or "12-15"). */
const NUMERIC_DATE = /^(?:\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2})$/;
const MONTH_THEN_SMALL_NUMBER = /^[A-Z][a-z]+\.?\s+(\d{1,2})$/;
const SMALL_NUMBER_THEN_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+[A-Z][a-z]+\.?$/;
const YEAR_RANGE = { min: 1800, max: 2199 };

/**
 * Explicit calendar dates ("25 September", "September 2019", "25/09/2020") through chrono-node,
 * called only on sentences that carry a month name or a numeric date, because chrono is slow.
 * A date without a year takes the document's year, or the previous one when it would otherwise
 * fall after the document date, unless the sentence speaks of the future.
 */
export function chronoDates(ctx: DateContext): DateCandidate[] {
  const sentence = ctx.text.slice(ctx.span.start, ctx.span.end);
  if (!CHRONO_CUE.test(sentence)) return [];
  const ref = ctx.reference;
  const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(sentence, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const found: DateCandidate[] = [];
  for (const r of results) {
    const start = r.start;
    if (!start.isCertain('month')) continue;
    const lead = LEADING_WORDS.exec(r.text)?.[0].length ?? 0;
    const text = r.text.slice(lead).replace(/[\s,]+$/, '');
    if (text === '') continue;
    const hasMonthName = CAPITALISED_MONTH.test(text);
    if (!hasMonthName && !NUMERIC_DATE.test(text)) continue;
    const month = start.get('month');
    let day = start.isCertain('day') ? start.get('day') : null;
    let yearKnown = start.isCertain('year');
    // chrono reads "September 20" as September 2020; in news copy it is the 20th.
    // ...and "from 1 May" as one o'clock in May. A bare day number next to the month is the day.
    const monthDay = MONTH_THEN_SMALL_NUMBER.exec(text) ?? SMALL_NUMBER_THEN_MONTH.exec(text);
    if (monthDay && day === null && Number(monthDay[1]) >= 1 && Number(monthDay[1]) <= 31) {
      day = Number(monthDay[1]);
      yearKnown = false;
    }
    if (month === null) continue;
    const from = ctx.span.start + r.index + lead;
    let year: number;
    let rule: string;
    if (yearKnown) {
      year = start.get('year') ?? NaN;
      rule = day === null ? 'chrono/month-year' : 'chrono/full-date';
    } else {
      if (!ref) continue; // a month without a year means nothing without the document date
      const future = soundsFuture(ctx.text.slice(ctx.span.start, from));
      year = chooseYear(ref, month, day, future);
      rule = day === null ? 'chrono/month' : 'chrono/day-month';
      if (future) rule += '+future';
    }
    if (!(year >= YEAR_RANGE.min && year <= YEAR_RANGE.max)) continue;
    if (day !== null) {
      const d: CalendarDay = { year, month, day };
      if (!isRealDay(d)) continue;
      found.push({ start: from, end: from + text.length, value: formatDay(d), grain: 'day', rule });
    } else {
      found.push({ start: from, end: from + text.length, value: formatMonth(year, month), grain: 'month', rule });
    }
  }
  return found;
}

/**
 * Year for a date written without one. News reports mostly look back, so a date that would
 * fall after the document date belongs to the previous year; future sentences look ahead.
 */
export function chooseYear(ref: CalendarDay, month: number, day: number | null, future: boolean): number {
  const after = month > ref.month || (month === ref.month && day !== null && day > ref.day);
  const before = month < ref.month || (month === ref.month && day !== null && day < ref.day);
  if (future) return before ? ref.year + 1 : ref.year;
  return after ? ref.year - 1 : ref.year;
}
