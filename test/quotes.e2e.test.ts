import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/quotes/astana-talks.txt');

/** The whole pipeline on a press release written for the tests: speakers come from mentions and coreference. */
describe('end to end: a press release on talks in Astana', () => {
  const text = readFileSync(fixture, 'utf8');
  const record = extract({ text });

  it('finds every quote with exact offsets', () => {
    const all = [...record.quotes, ...(record.unattributedQuotes ?? [])].sort((a, b) => a.start - b.start);
    for (const q of all) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(all.map((q) => q.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Our trade turnover',
      'Uzbekistan and Kazakhstan',
      'The first freight',
      'Both governments are',
      'the Central Asian',
      'Nobody will solve',
      'We are ready',
      'It will create',
      'Welcome, dear guests',
    ]);
  });

  it('attributes each quote to the person the text names, and leaves the banner unattributed', () => {
    const T = 'Kassym-Jomart Tokayev';
    const M = 'Shavkat Mirziyoyev';
    expect(record.quotes.map((q) => q.speaker)).toEqual([T, M, M, M, T, T, M, M]);
    // The banner's words are no named person's: they are kept apart, with no speaker.
    expect((record.unattributedQuotes ?? []).map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')])).toEqual([[null, 'Welcome, dear guests']]);
  });

  it('dates and quantities', () => {
    expect(record.dates.map((d) => `${d.text}=${d.value}`)).toEqual(['15 March=2023-03-15', 'this year=2023']);
    expect(record.quantities.map((q) => [q.text, q.kind, q.value, q.currency])).toEqual([
      ['30 per cent', 'percent', 30, null],
      ['$4.5 billion', 'money', 4_500_000_000, 'USD'],
      ['$10 billion', 'money', 10_000_000_000, 'USD'],
      ['threefold', 'ratio', 3, null],
      ['about 5,000 jobs', 'count', 5000, null],
      ['12 agreements', 'count', 12, null],
      ['some $1.3 billion', 'money', 1_300_000_000, 'USD'],
    ]);
  });
});
