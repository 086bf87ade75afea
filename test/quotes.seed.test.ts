import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { quotes } from '../src/stages/quotes/index.js';
import { handBuilt } from './fixtures/quotes/hand-built.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = path.resolve(repoRoot, '../shared/data/seed/000_f7baa8aa760783ad.txt');
const haveSeed = existsSync(seedPath);
if (!haveSeed) console.log(`seed text not found at ${seedPath}; skipping the seed end-to-end checks`);

describe.skipIf(!haveSeed)('seed press release end to end: dates, quantities, quotes', () => {
  const record = () => extract({ text: readFileSync(seedPath, 'utf8') });

  it('dates', () => {
    const dates = record().dates.map((d) => [d.text, d.value, d.grain]);
    expect(dates).toEqual([
      ['25 September', '2020-09-25', 'day'],
      ['2019', '2019', 'year'],
      ['2018', '2018', 'year'],
      ['this year', '2020', 'year'],
    ]);
  });

  it('quantities: the money and the ratio, and no years or dates', () => {
    const qs = record().quantities;
    expect(qs.map((q) => q.text)).toEqual(['2.6 times', 'over $284 million']);
    expect(qs[0]).toMatchObject({ kind: 'ratio', value: 2.6 });
    expect(qs[1]).toMatchObject({ kind: 'money', value: 284_000_000, currency: 'USD', qualifier: 'over' });
  });

  it('five quotes with exact offsets', () => {
    const r = record();
    const text = readFileSync(seedPath, 'utf8');
    expect(r.quotes).toHaveLength(5);
    for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(r.quotes.map((q) => q.text.slice(0, 24))).toEqual([
      'The percentage of trust ',
      'Irkutsk Oblast is a gian',
      'We will give you access ',
      'Let’s see where we can d',
      'Both sides are active.',
    ]);
    expect(r.messages.filter((m) => m.stage === 'quotes')).toEqual([]);
  });

  // Needs the mentions and coreference stages: speakers are actors.
  it('speakers', () => {
    const speakers = record().quotes.map((q) => q.speaker);
    expect(speakers).toEqual([
      'Aleksandr Lukashenko',
      'Aleksandr Lukashenko',
      'Aleksandr Lukashenko',
      'Igor Kobzev',
      'Igor Kobzev',
    ]);
  });

  it('speakers, given mentions as coreference leaves them (pronouns unresolved)', () => {
    const text = readFileSync(seedPath, 'utf8');
    const doc = handBuilt(text, [
      { text: 'Aleksandr Lukashenko', actor: 'lukashenko' },
      { text: 'Igor Kobzev', actor: 'kobzev' },
      { text: 'the President', actor: 'lukashenko', form: 'title' },
      { text: 'the governor', actor: 'kobzev', form: 'title' },
      { text: 'Irkutsk Oblast', actor: 'irkutsk', type: 'place' },
      { text: 'he', actor: null, form: 'pronoun' },
    ], [
      { id: 'lukashenko', name: 'Aleksandr Lukashenko' },
      { id: 'kobzev', name: 'Igor Kobzev' },
      { id: 'irkutsk', name: 'Irkutsk Oblast', type: 'place' },
    ]);
    quotes.run(doc);
    expect(doc.layer('quotes').map((q) => q.speaker)).toEqual(['lukashenko', 'lukashenko', 'lukashenko', 'kobzev', 'kobzev']);
    expect(doc.layer('quotes').map((q) => q.rule)).toEqual([
      'after/speaker-verb',
      'after/speaker-verb+nearest-person',
      'after/speaker-verb',
      'after/speaker-verb+nearest-person',
      'continuation/same-paragraph',
    ]);
  });
});
