import { addDays, addMonths, formatDay, formatMonth, formatYear } from './calendar.js';
import type { DateCandidate, DateContext } from './candidate.js';

/**
 * Dates relative to the document date: "this year", "last month", "yesterday",
 * "three days ago". Without a document date none of them can be resolved.
 */
const RELATIVE =
  /\b(?:(this|last|next|the current|the coming)\s+(year|month)|(today|yesterday|tomorrow)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+ago)\b/gi;

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

export function relativeDates(ctx: DateContext): DateCandidate[] {
  const ref = ctx.reference;
  if (!ref) return [];
  const sentence = ctx.text.slice(ctx.span.start, ctx.span.end);
  const found: DateCandidate[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(sentence); m; m = RELATIVE.exec(sentence)) {
    const start = ctx.span.start + m.index;
    const end = start + m[0].length;
    const push = (value: string, grain: DateCandidate['grain'], rule: string) =>
      found.push({ start, end, value, grain, rule });
    if (m[1] && m[2]) {
      const which = m[1].toLowerCase();
      const shift = which === 'last' ? -1 : which === 'next' || which === 'the coming' ? 1 : 0;
      const name = which === 'the current' ? 'this' : which === 'the coming' ? 'next' : which;
      if (m[2].toLowerCase() === 'year') push(formatYear(ref.year + shift), 'year', `relative/${name}-year`);
      else {
        const ym = addMonths(ref.year, ref.month, shift);
        push(formatMonth(ym.year, ym.month), 'month', `relative/${name}-month`);
      }
    } else if (m[3]) {
      const word = m[3];
      // "Russia Today", "USA Today": a capitalised "Today" inside a sentence is a name.
      if (word[0] === 'T' && word === 'Today' && !atSentenceStart(sentence, m.index)) continue;
      const lower = word.toLowerCase();
      const shift = lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0;
      push(formatDay(addDays(ref, shift)), 'day', `relative/${lower}`);
    } else if (m[4] && m[5]) {
      const n = SMALL_NUMBERS[m[4].toLowerCase()] ?? Number(m[4]);
      const unit = m[5].toLowerCase().replace(/s$/, '');
      if (unit === 'day') push(formatDay(addDays(ref, -n)), 'day', 'relative/days-ago');
      else if (unit === 'week') push(formatDay(addDays(ref, -7 * n)), 'day', 'relative/weeks-ago');
      else if (unit === 'month') {
        const ym = addMonths(ref.year, ref.month, -n);
        push(formatMonth(ym.year, ym.month), 'month', 'relative/months-ago');
      } else push(formatYear(ref.year - n), 'year', 'relative/years-ago');
    }
  }
  return found;
}

function atSentenceStart(sentence: string, index: number): boolean {
  return /^[\s"“‘'«(]*$/.test(sentence.slice(0, index));
}
