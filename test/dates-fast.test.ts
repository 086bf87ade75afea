import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDocument, mulberry32 } from '../bench/corpus.js';
import { chronoWindow, cueWindows } from '../src/stages/dates/chrono-dates.js';
import { CHRONO_CUE } from '../src/stages/dates/cues.js';
import { ANY_MONTH, BUSY, BUSY_BUT_DIGITS, type DateReading, fastDates, mayBeBusy, nextMonth } from '../src/stages/dates/fast-dates.js';

/**
 * The quick date reader must say what chrono says, or nothing: for every window it answers,
 * its finds equal chrono's as chrono-dates.ts reads them (offset and text after the leading
 * prepositions, certain components and their values, the range end's year).
 */
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const instant = new Date(Date.UTC(2020, 8, 25, 12));
const LEADING_WORDS = /^(?:(?:on|in|at|of|by|the|since|from|until|till|during|before|after)\s+)+/i;

function key(results: readonly DateReading[]): string[] {
  return results
    .filter((r) => r.start.isCertain('month'))
    .map((r) => {
      const lead = LEADING_WORDS.exec(r.text)?.[0].length ?? 0;
      const parts = (['year', 'month', 'day'] as const).map((c) => (r.start.isCertain(c) ? `${c}=${r.start.get(c)}` : `${c}?`));
      const endYear = r.end?.isCertain('year') ? `end-year=${r.end.get('year')}` : '';
      return `${r.index + lead}:${r.text.slice(lead).replace(/[\s,]+$/, '')} ${parts.join(' ')} ${endYear}`;
    });
}

/** Compares both readers on every cue window of `text`; returns how many windows the quick one answered. */
function compare(text: string): number {
  let answered = 0;
  for (const sentence of text.split(/\n+|(?<=[.!?])\s+(?=[A-Z"“])/)) {
    for (const w of cueWindows(sentence)) {
      const windowText = sentence.slice(w.start, w.end);
      const fast = fastDates(windowText);
      if (fast === null) continue;
      answered++;
      expect({ window: windowText, found: key(fast) }).toEqual({ window: windowText, found: key(chronoWindow(windowText, instant)) });
    }
  }
  return answered;
}

const filesIn = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(root, dir, f), 'utf8'));

/** Pieces `width` characters long, one every `step`, of the lines of the demo corpus, the fixtures and 100 bench documents. */
function* corpusPieces(seed: number, width: number, step: number): Generator<string> {
  const rand = mulberry32(seed);
  const texts = [...filesIn('demo/corpus'), ...filesIn('test/fixtures/texts'), ...Array.from({ length: 100 }, () => generateDocument(rand))];
  for (const text of texts) {
    for (const line of text.split('\n')) {
      for (let k = 0; k < line.length; k += step) yield line.slice(k, k + width);
    }
  }
}

describe('dates: the cue pattern', () => {
  it('finds what the plain list of month words with word boundaries finds', () => {
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
    const plain = new RegExp(`\\b(?:${months})\\b\\.?|\\b\\d{1,4}([/.-])\\d{1,2}\\1\\d{2,4}\\b`, 'g');
    const fast = new RegExp(CHRONO_CUE.source, 'g');
    const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    const pieces = fc.constantFrom('Sept', 'Sep', 'Sept.', 'September', 'June', 'Jun', 'Ju', 'May', 'Mayor', 'March', 'Mar', 'x', '_', '1', '25', '2020', '/', '.', '-', ' ', 'é', 'Ω', ',');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 2 })), { maxLength: 12 }), (p) => {
      const s = p.join('');
      expect(all(fast, s)).toEqual(all(plain, s));
    }), { numRuns: 3000 });
  });
});

describe('dates: the month scan before ANY_MONTH', () => {
  const every = (s: string) => [...s.matchAll(new RegExp(ANY_MONTH))].map((m) => `${m.index}:${m[0]}`);
  const stepped = (s: string) => {
    const found: string[] = [];
    for (let m = nextMonth(s, 0); m !== null; m = nextMonth(s, ANY_MONTH.lastIndex)) found.push(`${m.index}:${m[0]}`);
    return found;
  };

  it('finds what ANY_MONTH finds, one match after another', () => {
    const pieces = fc.constantFrom(
      'May', 'MAY', 'may', 'Mayor', 'inMay', 'in May', 'Maysecond', 'Mayof', 'secondSept.', '1stofMay', '500BCMay', 'Azerbaijan', 'Bektenov',
      'Sept', 'sep', 'Ja', 'Jan', 'janu', 'June', 'jul', 'Decem', 'December', 'Noven', 'ocT', 'AUG', 'in', 'of', 'th', 'st', 'be', 'first',
      'thirty', 'ſep', 'Kelvin', 'é', 'ß', '_', '3', ' ', ' ', '-', '.', ',',
    );
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 10 }), (p) => {
      const s = p.join('');
      expect(stepped(s), s).toEqual(every(s));
    }), { numRuns: 20000 });
  });

  it('on the windows of the demo corpus, the fixtures and the bench corpus', () => {
    for (const s of corpusPieces(6, 80, 40)) expect(stepped(s), s).toEqual(every(s));
  });
});

describe('dates: the quick test before BUSY', () => {
  it('never says no where BUSY matches', () => {
    const pieces = fc.constantFrom(
      'they', 'They', 'THEY', 'the', 'y', 's', 'S', 'U.S.', "Ukraine's", 'Ukraine’s', 'attend', 'extend', 'ones', 'phones', 'tens', 'lasts',
      'eighth', 'fourth', 'coupled', 'ofd', 'nextFriday', 'Mon', 'common', 'followed', 'know', 'Chicago', 'grammar', 'September', 'Sept',
      'weekdays', 'midnight', 'overmorrow', 'tmrw', 'hrs', 'x', 'met', 'talks', 'signed', 'in', 'for', 'within', 'later', 'ago', '_', '3',
      'é', 'ß', 'ſ', 'K', ' ', ' ', ' ', '-', '+', "'", '’', '.', ',', '(',
    );
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 10 }), (p) => {
      const s = p.join('');
      if (BUSY.test(s)) expect(mayBeBusy(s), s).toBe(true);
      if (BUSY_BUT_DIGITS.test(s)) expect(mayBeBusy(s, false), s).toBe(true);
    }), { numRuns: 20000 });
  });

  it('on the text of the demo corpus, the fixtures and the bench corpus', () => {
    for (const s of corpusPieces(5, 48, 24)) {
      if (BUSY.test(s)) expect(mayBeBusy(s), s).toBe(true);
      if (BUSY_BUT_DIGITS.test(s)) expect(mayBeBusy(s, false), s).toBe(true);
    }
  });
});

describe('dates: the quick reader agrees with chrono', () => {
  it('on the demo corpus and the test fixtures', () => {
    let answered = 0;
    for (const text of [...filesIn('demo/corpus'), ...filesIn('test/fixtures/texts')]) answered += compare(text);
    expect(answered).toBeGreaterThan(20);
  });

  it('on the bench corpus', () => {
    const rand = mulberry32(11);
    let answered = 0;
    for (let i = 0; i < 400; i++) answered += compare(generateDocument(rand));
    expect(answered).toBeGreaterThan(400);
  });

  it('on the near misses found so far (chrono reads them otherwise or not at all)', () => {
    const nearMisses = [
      'May a', '12 Sep.until', 'secondSept.September 25 2020', 'March -', '25 September to in Mayfirst', '25 September.next s',
      'Mayof. 25 September', 'nextFriday, 25 September', '31 Sept. 2020', '25 September,MarchUNin Maysecond', 'lastS 25 September',
      'They later met on 25 September', 'They ago met on 25 September', 'for They 25 September', 'in they met on 25 September',
    ];
    for (const text of nearMisses) compare(text);
    // ...and the plain shapes the reader is for.
    let answered = 0;
    for (const text of ['They met on 25 September 2020.', 'on September 25, 2020 in Minsk', 'signed in March 2024.', 'in May', 'on 3 Sept. in Baku', 'dated 2020-09-25, the note']) {
      answered += compare(text);
    }
    expect(answered).toBe(6);
  });

  it('after a dateline dash: a reading chrono joins to the date goes to chrono, a word that ends it does not', () => {
    const joined = [
      'Wuhan, 26 November – 3 December', 'Wuhan, 26 November – at 10 talks', '26 November – Tomorrow talks', '26 November – In 21d talks',
      '26 November – Noon talks', '26 November – Eleven days later', '26 November – Firstly, officials', '26 November – Officials met at 10:00',
      '26 November – Officials met 21d later', '26 November – Chinese officials met on Friday', 'Wuhan, 26 November - 5 December',
      // a number ending the window: chrono may still read one touching something else, or a time after "at"
      '26 November – Officials met at 3', '26 November – Officials signed 3.', '26 November – Officials met 10:3',
    ];
    for (const text of joined) compare(text);
    let answered = 0;
    for (const text of ['Wuhan, 26 November – Chinese and Vietnamese officials signed 21 documents', 'VIENNA, 15 May 2024 – OSCE Secretary General', 'Kyiv, 3 March -- Officials met 3 times']) {
      answered += compare(text);
    }
    expect(answered).toBe(3);
    // A window ends at white space in its sentence: a count cut off from its noun ("signed 18 | agreements") is a bare count too.
    expect(compare('Kazan, 23 September – Russian and South African officials signed 18')).toBe(1);
    // ...but not one glued to a mark at the window's end.
    expect(compare('Kazan, 23 September – Russian and South African officials signed 18.')).toBe(0);
  });

  it('a one-letter time unit only where chrono glues one: after a number word or "last", never after "on"', () => {
    for (const text of ['lasts 25 September', 'for ones 25 September', 'in tend 25 September', 'a couple ofd 25 September']) compare(text);
    let answered = 0;
    for (const text of ['at the ceremony on 25 September 2020', 'talks between the nations on 25 September']) answered += compare(text);
    expect(answered).toBe(2);
  });

  it('a month word ending a longer word is one only where chrono reads it so', () => {
    for (const text of ['secondSept. 25 September', 'the 1stofMay and 25 September', '500BCMay 25 September', 'twenty firstMay, 25 September']) compare(text);
    let answered = 0;
    for (const text of ['with President of Azerbaijan Ilham Aliyev on 18 January.', 'Prime Minister Olzhas Bektenov on 26 June.', 'in Andijan in April 2025.']) answered += compare(text);
    expect(answered).toBe(3);
  });

  it('on generated strings', () => {
    const pieces = fc.constantFrom(
      '25 September', '25 September 2020', 'September 25, 2020', 'September 25 2020', '25th of May', 'Sept.', 'Sept. 2020',
      '12 Sep', 'on 12 May', 'in May', 'May', 'March', 'September 2020', '2020-09-25', '2020-9-25', 'Friday', 'Friday, ',
      'the', 'They', 'they', 'a', 'for a', 'later', 'within', ' d', ' s', 'at noon', '10:00', ' to ', ' and ', '-', '–', '/', ',', '.', '. ', ' ', ' ', ' ',
      'BC', 'GMT', 'CET', 'EU', 'UN', 'said', 'met', 'next', 'last', 'this year', 'ago', 'first', 'second', 'week',
      'until', 'from', 'of', 'in', 'In ', 'first of ', 'twenty', 'on', 'half', 'noon', 'night', 'U.S.', "'s", 'June', 'Dec.', 'Theresa', 'x', '3', '31', '32', '0', '1999', '2099', 'at', 'th', 'in mid-', 'early ', '(', ')',
      // a dateline dash and what may follow it
      ' – ', ' — ', ' -- ', ' - ', 'Chinese ', 'OSCE ', 'Talks ', 'Tomorrow ', 'Eleven ', 'At ', 'Firstly ', ' 21 ', '21d', 'signed ', 'documents',
      'Azerbaijan', 'Bektenov', 'second', 'Sept.', 'st', 'of', 'BC', 'jan', 'nov',
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, pieces, fc.string({ maxLength: 3 })), { maxLength: 14 }), (p) => {
        answered += compare(p.join(''));
      }),
      { numRuns: 4000 },
    );
    expect(answered).toBeGreaterThan(50);
  });
});
