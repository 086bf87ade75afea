import { addDays, addMonths, formatDay, formatMonth, formatYear, type CalendarDay } from './calendar.js';
import type { DateCandidate, DateContext } from './candidate.js';

/**
 * Dates relative to the document date: "this year", "last month", "yesterday",
 * "three days ago". Without a document date none of them can be resolved.
 */
const RELATIVE =
  /\b(?:(this|last|next|the current|the coming)\s+(year|month)|(today|yesterday|tomorrow)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+ago)\b/gi;

/**
 * The word every match of RELATIVE ends on, at the end of a word: "year" or "month" (this/last/next ...),
 * "today", "yesterday", "tomorrow", or "ago". "years" or "Monday" alone end none.
 */
const RELATIVE_WORD = /(?:year|month|today|yesterday|tomorrow|ago)\b/i;

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

export function relativeDates(ctx: DateContext): DateCandidate[] {
  const ref = ctx.reference;
  if (!ref) return [];
  const sentence = ctx.sentence;
  const found: DateCandidate[] = [];
  // Every match holds one of these words; a quick test spares most sentences the full search.
  if (!RELATIVE_WORD.test(sentence)) return found;
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(sentence); m; m = RELATIVE.exec(sentence)) {
    const r = resolve(m, ref, sentence);
    if (!r) continue;
    const start = ctx.span.start + m.index;
    const end = start + m[0].length;
    found.push({ start, end, value: r.value, grain: r.grain, rule: r.rule });
  }
  return found;
}

type Resolved = Pick<DateCandidate, 'value' | 'grain' | 'rule'>;

/** The date one match of RELATIVE stands for, or null when it is a name ("Russia Today"). */
function resolve(m: RegExpExecArray, ref: CalendarDay, sentence: string): Resolved | null {
  if (m[1] && m[2]) {
    const which = m[1].toLowerCase();
    const shift = which === 'last' ? -1 : which === 'next' || which === 'the coming' ? 1 : 0;
    const name = which === 'the current' ? 'this' : which === 'the coming' ? 'next' : which;
    if (m[2].toLowerCase() === 'year') return { value: formatYear(ref.year + shift), grain: 'year', rule: `relative/${name}-year` };
    const ym = addMonths(ref.year, ref.month, shift);
    return { value: formatMonth(ym.year, ym.month), grain: 'month', rule: `relative/${name}-month` };
  }
  if (m[3]) {
    const word = m[3];
    // "Russia Today", "USA Today": a capitalised "Today" inside a sentence is a name.
    if (word[0] === 'T' && word === 'Today' && !atSentenceStart(sentence, m.index)) return null;
    const lower = word.toLowerCase();
    const shift = lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0;
    return { value: formatDay(addDays(ref, shift)), grain: 'day', rule: `relative/${lower}` };
  }
  if (m[4] && m[5]) {
    const n = SMALL_NUMBERS[m[4].toLowerCase()] ?? Number(m[4]);
    const unit = m[5].toLowerCase().replace(/s$/, '');
    if (unit === 'day') return { value: formatDay(addDays(ref, -n)), grain: 'day', rule: 'relative/days-ago' };
    if (unit === 'week') return { value: formatDay(addDays(ref, -7 * n)), grain: 'day', rule: 'relative/weeks-ago' };
    if (unit === 'month') {
      const ym = addMonths(ref.year, ref.month, -n);
      return { value: formatMonth(ym.year, ym.month), grain: 'month', rule: 'relative/months-ago' };
    }
    return { value: formatYear(ref.year - n), grain: 'year', rule: 'relative/years-ago' };
  }
  return null;
}

const OPENING = /[\s"“‘'«(]/;

/** Only white space, quotation marks or a bracket before `index`: read back to the first other character. */
function atSentenceStart(sentence: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) if (!OPENING.test(sentence[i]!)) return false;
  return true;
}
