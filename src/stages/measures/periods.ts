/**
 * Periods from date expressions and the words around them. Works on plain text and date
 * records, so the same reading serves the measures stage and readers of stored records.
 */
import type { Period } from '../../document/layers.js';
import { measureLexicon, phraseEndingAt, type MeasureCue } from '../../lexicon/measures.js';

/** A date expression as the dates stage writes it (layer or record). */
export interface DateLike {
  readonly text: string;
  readonly value: string;
  readonly grain: 'day' | 'month' | 'year';
  readonly start: number;
  readonly end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const COUNT: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string): number | null => {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
};
const numberWord = (w: string): number | null => (/^\d+$/.test(w) ? Number(w) : (COUNT[w.toLowerCase()] ?? null));

/** The period of a run of months in one year, named by its usual grain. */
export function monthsPeriod(year: number, first: number, last: number, span: { text: string; start: number; end: number }): Period {
  const from = `${year}-${pad(first)}`;
  const to = `${year}-${pad(last)}`;
  let value = `${from}..${to}`;
  let grain: Period['grain'] = 'months';
  if (first === 1 && last === 12) {
    value = String(year);
    grain = 'year';
  } else if (first === last) {
    value = from;
    grain = 'month';
  } else if (last - first === 2 && first % 3 === 1) {
    value = `${year}-Q${(first + 2) / 3}`;
    grain = 'quarter';
  } else if (last - first === 5 && first % 6 === 1) {
    value = `${year}-H${(first + 5) / 6}`;
    grain = 'half';
  }
  // The span's own fields only: a date annotation passed as the span carries more, which a period does not
  // need, and a spread of objects of many shapes is slow.
  return { text: span.text, start: span.start, end: span.end, value, grain, from, to };
}

const QUARTER_BEFORE = /(?:\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?|\bQ([1-4])\s+(?:of\s+)?)$/i;
const HALF_BEFORE = /(?:\b(?:the\s+)?(first|second|1st|2nd)\s+half\s+(?:of\s+)?|\bH([12])\s+(?:of\s+)?)$/i;
const MONTHS_BEFORE = /\b(?:the\s+)?(?:first\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+$/i;
const MONTH_RANGE = /^([a-z]+)\.?\s*(?:[-–—]|to|through)\s*([a-z]+)\.?,?\s+(\d{4})$/i;

/**
 * The period a date expression names, widened over a part-of-year phrase before it
 * ("the first quarter of 2021", "Q1 2021", "the first nine months of 2022") or read from a
 * month range inside it ("January-March 2022"). Day dates give their month.
 */
export function periodOf(text: string, d: DateLike): Period {
  const year = Number(d.value.slice(0, 4));
  const range = MONTH_RANGE.exec(d.text.trim());
  if (range) {
    const a = monthOf(range[1]!);
    const b = monthOf(range[2]!);
    if (a && b && a <= b) return monthsPeriod(Number(range[3]), a, b, d);
  }
  if (d.grain === 'year') {
    const before = text.slice(Math.max(0, d.start - 48), d.start);
    const q = QUARTER_BEFORE.exec(before);
    if (q) {
      const n = ORDINAL[(q[1] ?? '').toLowerCase()] ?? Number(q[2]);
      return monthsPeriod(year, n * 3 - 2, n * 3, { text: text.slice(d.start - q[0].length, d.end), start: d.start - q[0].length, end: d.end });
    }
    const h = HALF_BEFORE.exec(before);
    if (h) {
      const n = ORDINAL[(h[1] ?? '').toLowerCase()] ?? Number(h[2]);
      return monthsPeriod(year, n * 6 - 5, n * 6, { text: text.slice(d.start - h[0].length, d.end), start: d.start - h[0].length, end: d.end });
    }
    const m = MONTHS_BEFORE.exec(before);
    const n = m ? numberWord(m[1]!) : null;
    if (m && n && n >= 1 && n <= 12) {
      return monthsPeriod(year, 1, n, { text: text.slice(d.start - m[0].length, d.end), start: d.start - m[0].length, end: d.end });
    }
    return monthsPeriod(year, 1, 12, d);
  }
  const month = Number(d.value.slice(5, 7));
  return monthsPeriod(year, month, month, d);
}

/** The same period `years` earlier ("year on year" compares with it). */
export function shiftPeriod(p: Period, years: number, span: { text: string; start: number; end: number }): Period {
  const y = Number(p.from.slice(0, 4)) - years;
  return monthsPeriod(y, Number(p.from.slice(5, 7)), Number(p.to.slice(5, 7)), span);
}

/** Words of a stretch of text with their offsets, split like the tokenizer splits them. */
export function wordsIn(text: string, start: number, end: number): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  if (asciiOnly(text, start, end)) {
    // The same words read character by character: no slice and no match array per word.
    for (let i = start; i < end; ) {
      const c = text.charCodeAt(i);
      if (asciiWordChar(c)) {
        let j = i + 1;
        while (j < end && asciiWordChar(text.charCodeAt(j))) j++;
        out.push({ w: text.slice(i, j).toLowerCase(), start: i, end: j });
        i = j;
      } else {
        if (!asciiSpace(c)) out.push({ w: text[i]!, start: i, end: i + 1 });
        i++;
      }
    }
    return out;
  }
  const re = WORD_OR_MARK;
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ w: m[0].toLowerCase(), start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** A run of letters and digits, or one mark that is neither they nor white space. */
const WORD_OR_MARK = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

function asciiOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** An ASCII letter or digit (\p{L} or \p{N} among ASCII). */
function asciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** ASCII white space as \s reads it: tab, line feed, vertical tab, form feed, carriage return, space. */
function asciiSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20;
}

/** Words that may stand between a cue and its date: "compared with the same period of 2021", "by the end of 2025". */
const FILLER = new Set(['the', 'same', 'similar', 'comparable', 'corresponding', 'period', 'periods', 'of', 'in', 'level', 'levels', 'figure', 'figures', 'for', 'that', 'year', 'end']);

export type DateRole = 'period' | 'base' | 'deadline';

/**
 * What a date does for a figure, from the cue before it: "compared with 2018" and "than in 2019"
 * name a base, "by 2025" a deadline, anything else the period the figure refers to.
 */
/** The first of a cue's kinds that is a role of a date (a base or a deadline), or null. */
function dateRoleOf(kinds: ReadonlySet<MeasureCue>): DateRole | null {
  for (const c of kinds) if (c === 'base' || c === 'deadline') return c;
  return null;
}

export function dateRole(text: string, start: number): { role: DateRole; cue: string | null; cueStart: number } {
  const words = wordsIn(text, Math.max(0, start - 64), start);
  const { cues } = measureLexicon();
  const at = (i: number) => words[i]?.w ?? '';
  let end = words.length;
  for (let skipped = 0; end > 0 && skipped <= 5; skipped++) {
    const hit = phraseEndingAt(cues, at, end, 0);
    const role = hit ? dateRoleOf(hit.value) : null;
    if (hit && role !== null) {
      // The cue's words joined by spaces, read off the list in place.
      let cue = words[hit.start]!.w;
      for (let k = hit.start + 1; k < end; k++) cue += ` ${words[k]!.w}`;
      return { role, cue, cueStart: words[hit.start]!.start };
    }
    if (!FILLER.has(at(end - 1))) break;
    end--;
  }
  return { role: 'period', cue: null, cueStart: start };
}

const RELATIVE = /\b(within|in|over|during)\s+(?:the\s+)?(next|coming|following)?\s*(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|months?)\b/gi;

/**
 * A deadline counted from the document date: "within three years", "in the next two years",
 * "over the coming six months". "In three years" alone is a deadline only in a future clause,
 * which the caller knows; here it needs "within" or "next/coming".
 */
export function relativeDeadline(text: string, start: number, end: number, docDate: string | null): Period | null {
  if (!docDate) return null;
  const slice = text.slice(start, end);
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(slice); m; m = RELATIVE.exec(slice)) {
    if (m[1]!.toLowerCase() !== 'within' && !m[2]) continue;
    const n = numberWord(m[3]!);
    if (!n) continue;
    const months = m[4]!.toLowerCase().startsWith('year') ? n * 12 : n;
    const total = Number(docDate.slice(0, 4)) * 12 + Number(docDate.slice(5, 7)) - 1 + months;
    const y = Math.floor(total / 12);
    const mo = (total % 12) + 1;
    return { ...monthsPeriod(y, mo, mo, { text: m[0], start: start + m.index, end: start + m.index + m[0].length }) };
  }
  return null;
}

/**
 * The date something is due by, inside [start, end): a date after "by", "before", "until",
 * "no later than" ("by 2025", "by the end of 2024"), else a relative one ("within three years").
 */
export function deadlineIn(text: string, start: number, end: number, dates: readonly DateLike[], docDate: string | null): Period | null {
  for (const d of dates) {
    if (d.start < start || d.end > end) continue;
    const role = dateRole(text, d.start);
    if (role.role === 'deadline') {
      const p = periodOf(text, d);
      return { ...p, text: text.slice(role.cueStart, d.end), start: role.cueStart };
    }
  }
  return relativeDeadline(text, start, end, docDate);
}
