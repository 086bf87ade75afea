import { addDays, formatDay, weekday } from './calendar.js';
import type { DateCandidate, DateContext } from './candidate.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Capitalised weekday names; the plural ("on Tuesdays") is a habit, not a date. */
const WEEKDAY = /\b(?:(last|next|this|on|since|by|until|from)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?!s\b)\b/g;

/**
 * "on Tuesday" is the most recent Tuesday on or before the document date; "last Tuesday"
 * the one strictly before; "next Tuesday" the first one after; a Tuesday governed by a future
 * cue ("on Tuesday the minister will travel") the first one on or after.
 */
export function weekdayDates(ctx: DateContext): DateCandidate[] {
  const ref = ctx.reference;
  if (!ref) return [];
  const sentence = ctx.sentence;
  const found: DateCandidate[] = [];
  // Every weekday name ends in "day": most sentences need no search at all.
  if (!sentence.includes('day')) return found;
  let refDay = -1;
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(sentence); m; m = WEEKDAY.exec(sentence)) {
    if (refDay < 0) refDay = weekday(ref);
    const modifier = m[1]?.toLowerCase() ?? '';
    const target = WEEKDAYS.indexOf(m[2]!);
    const nameStart = m.index + m[0].length - m[2]!.length;
    const keepModifier = modifier === 'last' || modifier === 'next' || modifier === 'this';
    const start = ctx.span.start + (keepModifier ? m.index : nameStart);
    const end = ctx.span.start + m.index + m[0].length;
    const back = (refDay - target + 7) % 7;
    const ahead = (target - refDay + 7) % 7;
    let shift: number;
    let rule: string;
    const cue = modifier === 'last' || modifier === 'next' ? null : ctx.tense.at(start);
    if (modifier === 'last') {
      shift = -(back === 0 ? 7 : back);
      rule = 'weekday/last';
    } else if (modifier === 'next') {
      shift = ahead === 0 ? 7 : ahead;
      rule = 'weekday/next';
    } else if (cue?.direction === 'future') {
      shift = ahead;
      rule = `weekday/future-cue:${cue.label}`;
    } else {
      shift = -back;
      rule = 'weekday/past';
    }
    found.push({ start, end, value: formatDay(addDays(ref, shift)), grain: 'day', rule });
  }
  return found;
}
