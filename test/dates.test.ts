import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Document } from '../src/document/document.js';
import type { DateMention } from '../src/document/layers.js';
import { dates } from '../src/stages/dates/index.js';
import { tokenize } from '../src/stages/tokenize/index.js';

/** 2020-09-25 is a Friday. */
function read(text: string, date: string | null = '2020-09-25'): readonly DateMention[] {
  const doc = new Document('t', text, { date });
  tokenize.run(doc);
  dates.run(doc);
  return doc.layer('dates');
}
const values = (text: string, date?: string | null) => read(text, date).map((d) => `${d.text}=${d.value}`);

afterEach(() => vi.restoreAllMocks());

describe('dates: explicit dates through chrono', () => {
  it('a day and month take the document year', () => {
    const [d] = read('The governor arrived in Minsk on 25 September.');
    expect(d).toMatchObject({ text: '25 September', value: '2020-09-25', grain: 'day', rule: 'chrono/day-month' });
  });

  it('prefers the past: a day after the document date is last year', () => {
    expect(values('The forum opened on 12 October.')).toEqual(['12 October=2019-10-12']);
    expect(values('Talks were held on September 20.')).toEqual(['September 20=2020-09-20']);
    expect(values('The new rules apply from 1 May.')).toEqual(['1 May=2020-05-01']);
  });

  it('looks ahead where the sentence is about the future', () => {
    expect(values('The minister will visit Baku on 3 October.')).toEqual(['3 October=2020-10-03']);
    expect(values('The next round is scheduled for 14 January.')).toEqual(['14 January=2021-01-14']);
    expect(values('Talks are set for September 28-29.')).toEqual(['September 28-29=2020-09-28']);
  });

  it('a day in the week after the document date stays in its year', () => {
    expect(values('The delegation arrives on 29 September.')).toEqual(['29 September=2020-09-29']);
    expect(values('The delegation came on 10 October.')).toEqual(['10 October=2019-10-10']);
  });

  it('the first date of a range takes the year of the second', () => {
    expect(values('Between January and August 2020 exports grew.')).toEqual(['January=2020-01', 'August 2020=2020-08']);
    expect(values('From 3 to 5 October 2019 the fair was held.')).toEqual(['3 to 5 October 2019=2019-10-03']);
    expect(values('The fair ran from 3 March to 5 April 2019.')).toEqual(['3 March to 5 April 2019=2019-03-03']);
  });

  it('a part of the day before "of" leaves the day: "on the afternoon of June 18"', () => {
    expect(values('On the afternoon of June 18, the ministers held a video call.', '2024-06-18')).toEqual(['June 18=2024-06-18']);
    expect(values('On the morning of 3 May the envoy left.', '2024-06-18')).toEqual(['3 May=2024-05-03']);
    expect(values('The talks went on into the night of 12 June 2023.', '2024-06-18')).toEqual(['12 June 2023=2023-06-12']);
    // Near miss: a part of the day with no date after it is no date.
    expect(values('On the morning of the summit the envoy left.', '2024-06-18')).toEqual([]);
  });

  it('full dates, months with years, numeric dates', () => {
    expect(values('The treaty was signed on 5 December 2019 in Ashgabat.')).toEqual(['5 December 2019=2019-12-05']);
    expect(read('In March 2019 the plant opened.')[0]).toMatchObject({ value: '2019-03', grain: 'month' });
    expect(values('The decree of 25/09/2020 takes effect.')).toEqual(['25/09/2020=2020-09-25']);
  });

  it('a month alone resolves to the most recent such month', () => {
    expect(read('Exports fell in March.')[0]).toMatchObject({ value: '2020-03', grain: 'month' });
    expect(read('Exports fell in November.')[0]).toMatchObject({ value: '2019-11', grain: 'month' });
  });

  it('without a document date only absolute dates resolve', () => {
    expect(values('He arrived on 25 September and left yesterday, in 2019 or on 5 December 2019.', null)).toEqual([
      '2019=2019',
      '5 December 2019=2019-12-05',
    ]);
  });
});

describe('dates: our own rules', () => {
  it('bare years', () => {
    expect(values('In 2019 trade grew by 2.6 times compared with 2018.')).toEqual(['2019=2019', '2018=2018']);
    expect(values('The 2024 election campaign began; the programme runs until 2030.')).toEqual(['2024=2024', '2030=2030']);
    expect(values('The plan for 2021–2025 was adopted.')).toEqual(['2021=2021', '2025=2025']);
    expect(values('The line opens in mid-2022; the Su-2020 does not.')).toEqual(['2022=2022']);
    expect(values('Since 2014, and until 2030; by 1991 the union was gone.')).toEqual(['2014=2014', '2030=2030', '1991=1991']);
  });

  it('relative years and months', () => {
    expect(read('Figures dropped this year.')[0]).toMatchObject({ text: 'this year', value: '2020', grain: 'year', rule: 'relative/this-year' });
    expect(values('Last year exports grew; next year they will grow again.')).toEqual(['Last year=2019', 'next year=2021']);
    expect(read('The plant opened this month.')[0]).toMatchObject({ value: '2020-09', grain: 'month' });
    expect(read('The plant opened last month.', '2021-01-10')[0]).toMatchObject({ value: '2020-12', grain: 'month' });
  });

  it('yesterday, today, tomorrow and "ago"', () => {
    expect(values('Yesterday the talks ended; today the delegation left; tomorrow it reports.')).toEqual([
      'Yesterday=2020-09-24', 'today=2020-09-25', 'tomorrow=2020-09-26',
    ]);
    expect(values('The bridge opened three days ago, and the road two years ago.')).toEqual([
      'three days ago=2020-09-22', 'two years ago=2018',
    ]);
  });

  it('weekdays: most recent on or before the document date', () => {
    expect(values('The leaders spoke by phone on Tuesday.')).toEqual(['Tuesday=2020-09-22']);
    expect(values('The leaders spoke by phone on Friday.')).toEqual(['Friday=2020-09-25']);
    expect(values('The leaders spoke by phone last Friday.')).toEqual(['last Friday=2020-09-18']);
    expect(values('The leaders will speak by phone on Monday.')).toEqual(['Monday=2020-09-28']);
    expect(values('They will meet next Friday.')).toEqual(['next Friday=2020-10-02']);
  });
});

describe('dates: future cues decide the direction', () => {
  const rows = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/dates/direction.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [date, expected, sentence] = l.split('\t');
      return { date: date!, expected: expected!.split(' | '), sentence: sentence! };
    });
  it.each(rows)('$date: $sentence', ({ date, expected, sentence }) => {
    expect(values(sentence, date)).toEqual(expected);
  });

  it('the rule names the cue that fired', () => {
    expect(read('Turchin invited him to visit the region in September.', '2021-06-02')[0]).toMatchObject({
      value: '2021-09',
      rule: 'chrono/month+future-cue:invited-to',
    });
    expect(read('On Friday the minister will travel to Paris.', '2021-06-02')[0]).toMatchObject({
      value: '2021-06-04',
      rule: 'weekday/future-cue:will',
    });
    expect(read('In September the governor visited Minsk.', '2021-06-02')[0]).toMatchObject({ value: '2020-09', rule: 'chrono/month' });
    expect(read('Next September the fair returns.')[0]).toMatchObject({ value: '2021-09', rule: 'chrono/month+next' });
  });

  it('each date of a sentence gets its own clause: a semicolon or a past verb between ends the cue', () => {
    expect(values('The envoy will arrive in July; the plant has opened in October.', '2021-06-02')).toEqual([
      'July=2021-07',
      'October=2020-10',
    ]);
  });

  it('still reads "will" when the tokenizer has not run', () => {
    const doc = new Document('t', 'The minister will visit Baku in October. He visited Baku in November.', { date: '2021-06-02' });
    dates.run(doc);
    expect(doc.layer('dates').map((d) => `${d.text}=${d.value}`)).toEqual(['October=2021-10', 'November=2020-11']);
  });
});

describe('dates: near misses', () => {
  const lines = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/dates/near-misses.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  it.each(lines)('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('dates: performance', () => {
  it('calls chrono only on sentences with a month name or numeric date', () => {
    const spy = vi.spyOn(chrono.en.GB, 'parse');
    read('The sides discussed trade. They agreed to meet again. Trade grew in 2019. Yesterday they left.');
    expect(spy).not.toHaveBeenCalled();
    // A plain date alone in its window is read without chrono (fast-dates.ts); a weekday beside it is chrono's.
    read('They met on 25 September. Trade grew.');
    expect(spy).not.toHaveBeenCalled();
    read('They met on Friday, 25 September. Trade grew.');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('dates: properties', () => {
  const pieces = fc.constantFrom('in ', '2019', ' on ', '25 September', 'Tuesday', 'last year', ' ', '. ', 'May', '12/10/2020', 'yesterday', '-', ',', 'x', '3 days ago');
  const texts = fc.oneof(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.string({ maxLength: 120 }));
  it('any text: offsets in range, text equals the slice, value fits the grain', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('2020-09-25', '2021-01-01', null), (text, date) => {
        for (const d of read(text, date)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end)).toBe(d.text);
          const shape = d.grain === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : d.grain === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}$/;
          expect(d.value).toMatch(shape);
        }
      }),
      { numRuns: 300 },
    );
  });
});
