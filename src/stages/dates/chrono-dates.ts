import * as chrono from 'chrono-node';
import { formatDay, formatMonth, isRealDay, type CalendarDay } from './calendar.js';
import type { DateCandidate, DateContext } from './candidate.js';
import { chronoFor } from './chrono-parsers.js';
import { CAPITALISED_MONTH, CHRONO_CUE } from './cues.js';
import { type DateReading, fastDates } from './fast-dates.js';

/** British order (day before month) for numeric dates, as most wire copy outside the US writes them. */
const parser = chrono.en.GB;

/** Prepositions chrono keeps in its match ("on 25 September") that are not part of the date. */
const LEADING_WORDS = /^(?:(?:on|in|at|of|by|the|since|from|until|till|during|before|after)\s+)+/i;
/** Numeric dates are accepted only with a full year: "25/09/2020", "2020-09-25" (never "1.2.3" or "12-15"). */
const NUMERIC_DATE = /^(?:\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2})$/;
const MONTH_THEN_SMALL_NUMBER = /^[A-Z][a-z]+\.?\s+(\d{1,2})$/;
const SMALL_NUMBER_THEN_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+[A-Z][a-z]+\.?$/;
const MONTH_LEAD = /(?:^|[^\p{L}])(?:in|since|by|until|till|from|during|through|throughout|of|early|late|mid|last|next|this|before|after|between|and|or|to|end|beginning|start|until|on|(?:scheduled|planned|slated|set|due|expected)\s+for)[\s-]+$/iu;
/** How far back MONTH_LEAD looks: room for "scheduled for ". */
const MONTH_LEAD_REACH = 20;
/** "next September", "last May": the word right before the month fixes the direction by itself. */
const ADJACENT_DIRECTION = /(?:^|[^\p{L}])(next|last)\s+$/iu;
const YEAR_RANGE = { min: 1800, max: 2199 };

/**
 * Explicit calendar dates ("25 September", "September 2019", "25/09/2020") through chrono-node,
 * called only on sentences that carry a month name or a numeric date, because chrono is slow.
 * A date without a year takes the document's year, or the previous one when it would otherwise
 * fall after the document date, unless the words governing it speak of the future (tense.ts).
 */
export function chronoDates(ctx: DateContext): DateCandidate[] {
  const sentence = ctx.sentence;
  const found: DateCandidate[] = [];
  for (const w of cueWindows(sentence)) readWindow(ctx, ctx.span.start + w.start, sentence.slice(w.start, w.end), found);
  return found;
}

/** Characters of context chrono gets on each side of a cue: enough for "Friday, 25 September 2020". */
const WINDOW_MARGIN = 48;
const MAX_WINDOW = 320;
const CUE_GLOBAL = new RegExp(CHRONO_CUE.source, 'g');
const SPACE = /\s/;

/**
 * Stretches of the sentence around each cue, cut at white space and merged where they touch, so
 * that chrono reads a few words, not a whole (possibly enormous) sentence.
 */
export function cueWindows(sentence: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  CUE_GLOBAL.lastIndex = 0;
  for (let m = CUE_GLOBAL.exec(sentence); m; m = CUE_GLOBAL.exec(sentence)) {
    let start = Math.max(0, m.index - WINDOW_MARGIN);
    let end = Math.min(sentence.length, m.index + m[0].length + WINDOW_MARGIN);
    while (start > 0 && !SPACE.test(sentence[start - 1]!)) start--;
    while (end < sentence.length && !SPACE.test(sentence[end]!)) end++;
    const last = windows[windows.length - 1];
    // Merge touching windows, but never into one long stretch: overlapping finds are reconciled later.
    if (last && start <= last.end && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/**
 * "the afternoon of June 18": chrono reads the part of the day as a time of the document date and
 * loses the date after it. Blanked out (offsets kept), the date is read as the day it names.
 */
const PART_OF_DAY_OF = /\b(?:morning|afternoon|evening|night)\s+of\s+(?=[\p{Lu}\d])/giu;
/**
 * The words PART_OF_DAY_OF cannot match without, asked first: most windows hold none, and a replace
 * with a function is a call into the runtime that costs some microseconds when it comes cold, as it
 * does once per document read on its own, even over a window it leaves unchanged.
 */
const PART_OF_DAY = /morning|afternoon|evening|night/iu;

/** Runs chrono on one window (starting at document offset `base`) and keeps the finds we trust. */
function readWindow(ctx: DateContext, base: number, rawWindow: string, found: DateCandidate[]): void {
  const windowText = PART_OF_DAY.test(rawWindow) ? rawWindow.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length)) : rawWindow;
  const ref = ctx.reference;
  // Plain dates alone in their window are read without chrono (fast-dates.ts), with the same result;
  // only chrono needs the instant.
  let results: readonly DateReading[] | null = fastDates(windowText);
  if (results === null) {
    const instant = ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
    results = chronoWindow(windowText, instant);
  }
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
    // "3 October to 5 November 2019": the range's year belongs to both ends.
    if (!yearKnown && r.end?.isCertain('year')) yearKnown = true;
    if (month === null) continue;
    const from = base + r.index + lead;
    let year: number;
    let rule: string;
    // A month with neither day nor year must read as time ("in May", "since March", "mid-October"),
    // so that "Theresa May" or "March on Washington" stay names.
    if (day === null && !yearKnown && !MONTH_LEAD.test(ctx.text.slice(Math.max(ctx.span.start, from - MONTH_LEAD_REACH), from))) continue;
    if (yearKnown) {
      year = (start.isCertain('year') ? start.get('year') : r.end?.get('year')) ?? NaN;
      rule = day === null ? 'chrono/month-year' : 'chrono/full-date';
    } else {
      if (!ref) continue; // a month without a year means nothing without the document date
      rule = day === null ? 'chrono/month' : 'chrono/day-month';
      const adjacent = ADJACENT_DIRECTION.exec(ctx.text.slice(Math.max(ctx.span.start, from - 6), from))?.[1]?.toLowerCase();
      if (adjacent === 'next' || adjacent === 'last') {
        year = chooseYear(ref, month, day, adjacent);
        rule += `+${adjacent}`;
      } else {
        const cue = ctx.tense.at(from);
        const forward = cue?.direction === 'future';
        year = chooseYear(ref, month, day, cue?.near ? 'near' : forward ? 'forward' : 'back');
        if (forward) rule += `+future-cue:${cue.label}`;
      }
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
}

/** chrono's reading of one window; an empty list when chrono fails on it. */
export function chronoWindow(windowText: string, instant: Date): readonly DateReading[] {
  try {
    // chrono's own parse, run over the parsers that can match this window (chrono-parsers.ts);
    // called through `parser.parse` so that anything watching the shared parser sees every call.
    return parser.parse.call(chronoFor(parser, windowText), windowText, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
}

/**
 * How to place a date without a year: `back` is the default reading of news, `forward` a date
 * governed by a future cue, `near` a time set by an act that may itself lie before the document
 * date ("convened the board for 14 June"), `next` and `last` a month named with that word in front of it.
 */
export type YearReading = 'back' | 'forward' | 'near' | 'next' | 'last';

/**
 * Year for a date written without one. News reports mostly look back, so a date that would
 * fall after the document date belongs to the previous year; future sentences look ahead to the
 * nearest such date not before the document date, and so does a day in the week after the
 * document date. "next"/"last" exclude the document's own month: "next September" written in
 * September is a year away.
 */
export function chooseYear(ref: CalendarDay, month: number, day: number | null, reading: YearReading): number {
  const after = month > ref.month || (month === ref.month && day !== null && day > ref.day);
  const before = month < ref.month || (month === ref.month && day !== null && day < ref.day);
  if (reading === 'forward') return before ? ref.year + 1 : ref.year;
  if (reading === 'near') return nearestYear(ref, month, day);
  if (reading === 'next') return after ? ref.year : ref.year + 1;
  if (reading === 'last') return before ? ref.year : ref.year - 1;
  // A day within a week after the document date is an announcement of what comes next,
  // not something that happened almost a year ago.
  if (after && day !== null && daysBetween(ref, { year: ref.year, month, day }) <= NEAR_FUTURE_DAYS) return ref.year;
  return after ? ref.year - 1 : ref.year;
}

const NEAR_FUTURE_DAYS = 7;

/**
 * The year that puts the month (and day) closest to the document date; at an equal distance
 * the later one, since what is set for a time is set ahead of it. A month alone counts from its middle.
 */
function nearestYear(ref: CalendarDay, month: number, day: number | null): number {
  let best = ref.year;
  let bestDistance = Infinity;
  for (const year of [ref.year + 1, ref.year, ref.year - 1]) {
    const distance = Math.abs(daysBetween(ref, { year, month, day: day ?? 15 }));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
