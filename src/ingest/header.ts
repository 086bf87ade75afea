/**
 * Press releases saved by Readout's collectors start with a header line:
 *   date 2020-09-25 Source: President of the Republic of Belarus
 * The header stays in the text (so offsets match the file) but is parsed into metadata
 * and excluded from annotation.
 */
export interface ParsedHeader {
  date: string | null;
  source: string | null;
  title: string | null;
  url: string | null;
  bodyStart: number;
  /** Why a date the header gives was refused ("2023-13-45" is no day of the calendar), or null. */
  dateProblem: string | null;
  /** Where the refused date stands in the text. */
  dateSpan: { start: number; end: number } | null;
}

const DATE_LINE = /^[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+Source:[ \t]*([^\r\n]*?))?[ \t]*(?:\r?\n|$)/i;
const FIELD_LINE = /^[ \t]*(Source|Title|URL):[ \t]*([^\r\n]*?)[ \t]*(?:\r?\n|$)/i;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real day of the (proleptic Gregorian) calendar, checked by arithmetic: no Date per document. */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}

export function parseHeader(text: string): ParsedHeader {
  const header: ParsedHeader = { date: null, source: null, title: null, url: null, bodyStart: 0, dateProblem: null, dateSpan: null };
  const first = DATE_LINE.exec(text);
  if (!first) return header;
  if (isValidIsoDate(first[1]!)) header.date = first[1]!;
  else {
    const start = first[0].indexOf(first[1]!);
    header.dateSpan = { start, end: start + first[1]!.length };
    header.dateProblem = `the header date "${first[1]}" is not a day of the calendar (YYYY-MM-DD); it was not used`;
  }
  header.source = first[2]?.trim() || null;
  let offset = first[0].length;
  // Optional further header fields directly below the date line.
  for (;;) {
    const m = FIELD_LINE.exec(text.slice(offset, offset + 2000));
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim() || null;
    if (key === 'source') header.source = value;
    else if (key === 'title') header.title = value;
    else header.url = value;
    offset += m[0].length;
  }
  header.bodyStart = offset;
  return header;
}
