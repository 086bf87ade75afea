import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import {
  COMPANIES, FAMILY, FEMININE, FIGURES, GIVEN, MONTHS, OPENINGS, OUTCOMES, PARTIES, PRODUCTS, QUOTES, REGIONS,
  SECTORS, SOURCES, WEEKDAYS,
} from './corpus-data.js';
import { mulberry32 } from './seeded.js';

export { mulberry32 };

/** Documents in a generated corpus file are separated by an ASCII record separator on its own line. */
export const DOC_SEPARATOR = '\u001e\n';

const SLOT = /\{([a-z0-9_]+)\}/g;

/** One press-release-style document: a header line, a meeting, then figures, quotes and outcomes. */
export function generateDocument(rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const a = pick(PARTIES);
  let b = pick(PARTIES);
  while (b === a) b = pick(PARTIES);
  const [aTitle, aName] = pick(a.leaders);
  const [bTitle, bName] = pick(b.leaders);
  const [region, centre] = pick(REGIONS);
  const given = pick(GIVEN);
  const govName = `${given} ${pick(FAMILY)}${FEMININE[given] ? 'a' : ''}`;
  const year = int(2015, 2024);
  const monthIndex = int(0, 11);
  const day = int(1, 28);
  const [curCode] = pick([a.currency, b.currency]);
  const money = () => {
    const v = int(12, 980);
    return rand() < 0.5 ? `${v} million` : `${(v / 100).toFixed(1)} billion`;
  };
  const slots: Record<string, () => string> = {
    a_title: () => aTitle, a_title_lower: () => aTitle.toLowerCase(), a_name: () => aName,
    a_country: () => a.country, a_demonym: () => a.demonym,
    b_title: () => bTitle, b_name: () => bName, b_country: () => b.country, b_demonym: () => b.demonym,
    place: () => pick([a.capital, b.capital, ...a.cities]), city: () => pick([...a.cities, ...b.cities]),
    region: () => region, centre: () => centre, gov_name: () => govName,
    day: () => String(day), month: () => MONTHS[monthIndex]!, weekday: () => pick(WEEKDAYS),
    year: () => String(year), year2: () => String(year + int(1, 6)),
    sector: () => pick(SECTORS), sector2: () => pick(SECTORS), sector3: () => pick(SECTORS),
    product: () => pick(PRODUCTS), product2: () => pick(PRODUCTS), company: () => pick(COMPANIES),
    money, money_words: () => `${money()} ${pick(['dollars', 'euros', 'US dollars'])}`,
    amount: () => money(), cur_code: () => curCode,
    pct: () => (rand() < 0.5 ? String(int(2, 60)) : `${int(1, 40)}.${int(1, 9)}`),
    ratio: () => `${int(1, 3)}.${int(1, 9)}`, small: () => String(int(2, 9)),
    count: () => String(int(3, 25)), count_big: () => String(int(2, 40) * 50),
  };
  const fill = (template: string) => template.replace(SLOT, (_, name: string) => slots[name]?.() ?? name);
  const paragraphs: string[] = [fill(pick(OPENINGS))];
  const used = new Set<string>();
  const blocks = [FIGURES, QUOTES, OUTCOMES, FIGURES, QUOTES, OUTCOMES];
  const count = int(3, 6);
  for (let i = 0; i < count; i++) {
    const pool = blocks[(i + int(0, 5)) % blocks.length]!;
    const sentences = int(1, 3);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++) {
      // A template is used at most once per document, so no document repeats a sentence.
      const fresh = pool.filter((t) => !used.has(t));
      if (fresh.length === 0) break;
      const template = pick(fresh);
      used.add(template);
      parts.push(fill(template));
    }
    if (parts.length === 0) continue;
    paragraphs.push(parts.join(' '));
  }
  const date = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return `date ${date} Source: ${pick(SOURCES)}\n\n${paragraphs.join('\n\n')}\n`;
}

export interface CorpusInfo {
  file: string;
  bytes: number;
  documents: number;
}

/** Streams documents into `file` in 64 KB writes, never holding the corpus in memory. */
export function writeCorpus(file: string, targetBytes: number, seed = 20200925): CorpusInfo {
  const rand = mulberry32(seed);
  const fd = openSync(file, 'w');
  let bytes = 0;
  let documents = 0;
  let buffer = '';
  try {
    while (bytes + Buffer.byteLength(buffer) < targetBytes) {
      buffer += generateDocument(rand) + DOC_SEPARATOR;
      documents++;
      if (buffer.length > 65_536) {
        bytes += writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer) bytes += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return { file, bytes, documents };
}

/** Reads a corpus file lazily, one document at a time. */
export async function* readDocuments(file: string): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    pending += chunk as string;
    let cut = pending.indexOf(DOC_SEPARATOR);
    let from = 0;
    while (cut >= 0) {
      yield pending.slice(from, cut);
      from = cut + DOC_SEPARATOR.length;
      cut = pending.indexOf(DOC_SEPARATOR, from);
    }
    pending = pending.slice(from);
  }
  if (pending.trim() !== '') yield pending;
}
