/** Small distinct press releases written to files, for tests that run several writers at once. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COUNTRIES = ['Belarus', 'Kazakhstan', 'Vietnam', 'Egypt', 'Brazil', 'Serbia', 'Mongolia', 'Armenia', 'India', 'Turkey'];
const CITIES = ['Minsk', 'Astana', 'Hanoi', 'Cairo', 'Brasilia', 'Belgrade', 'Ulaanbaatar', 'Yerevan', 'New Delhi', 'Ankara'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The text of release number `i`: a dated header, a meeting and a figure, different for every i. */
export function releaseText(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length]!;
  const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length] === a ? COUNTRIES[(i + 1) % COUNTRIES.length]! : COUNTRIES[(i * 7 + 3) % COUNTRIES.length]!;
  const month = (i % 12) + 1;
  const day = (i % 27) + 1;
  return [
    `date 2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} Source: Ministry of Foreign Affairs`,
    `The Foreign Minister of ${a} met the Ambassador of ${b} in ${CITIES[i % CITIES.length]} on ${day} ${MONTHS[month - 1]}.`,
    `The two sides discussed trade, which reached $${100 + i} million last year, and agreed to hold consultations (release ${i}).`,
  ].join('\n');
}

/** Writes `n` releases as r0000.txt ... into `dir` (created). */
export function writeReleases(dir: string, n: number, from = 0): void {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < from + n; i++) writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), releaseText(i));
}

/** How many files the concurrent-writer tests use (READOUT_HOSTILE_FILES raises it, e.g. to 3000). */
export function hostileFileCount(fallback: number): number {
  const n = Number(process.env.READOUT_HOSTILE_FILES);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
