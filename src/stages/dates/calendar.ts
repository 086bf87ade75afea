/**
 * Calendar arithmetic on plain year/month/day numbers in UTC, so that a document's
 * dates never shift with the time zone of the machine that reads it.
 */
export interface CalendarDay {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The document date as a calendar day, or null when absent or not a real day. */
export function parseIsoDay(value: string | null): CalendarDay | null {
  if (!value) return null;
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDay(day) ? day : null;
}

export function isRealDay(d: CalendarDay): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Worked out without a Date object, as Date.UTC would: years 0 to 99 stand for 1900 to 1999 there.
  if (Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12 && Math.abs(year) < 200_000) {
    if (month !== 2) return MONTH_DAYS[month - 1]!;
    const y = year >= 0 && year <= 99 ? 1900 + year : year;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function formatDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

function toUtc(d: CalendarDay): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): CalendarDay {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromUtc(toUtc(d) + days * 86_400_000);
}

/** Shifts by whole months, keeping the year/month pair only (day is not meaningful at month grain). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: CalendarDay): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
