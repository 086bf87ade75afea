import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { quotes } from '../src/stages/quotes/index.js';
import { handBuilt } from './fixtures/quotes/hand-built.js';

/** Text made mostly of the characters that trouble a quote finder. */
const tricky = fc.array(
  fc.constantFrom('“', '”', '‘', '’', '«', '»', '„', '"', "'", '``', "''", ' ', ' ', 'a', 'Tokayev', ' said', ', ', '.', '\n\n', 'Let’s', 'he', ':', 'x'),
  { maxLength: 60 },
).map((parts) => parts.join(''));

describe('quotes: properties', () => {
  it('any text: offsets in range, text equals the slice, no white space at the edges', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ maxLength: 200 })), (text) => {
        const doc = handBuilt(text, [{ text: 'Tokayev', actor: 'a' }, { text: 'he', actor: null, form: 'pronoun' }], [{ id: 'a', name: 'Kassym-Jomart Tokayev' }]);
        quotes.run(doc);
        let last = -1;
        for (const q of doc.layer('quotes')) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.text).toBe(q.text.trim());
          expect(q.start).toBeGreaterThan(last);
          last = q.start;
          if (q.cue) {
            expect(q.cue.start).toBeGreaterThanOrEqual(0);
            expect(q.cue.end).toBeLessThanOrEqual(text.length);
          }
          expect(q.speaker === null || q.speaker === 'a').toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear: a long document of many quoted paragraphs is read quickly', () => {
    const para = '“We will open two new border crossings this year,” Tokayev said. “Both sides are ready.” Officials said the \'green corridor\' will help.';
    const text = Array.from({ length: 3000 }, () => para).join('\n\n');
    const doc = handBuilt(text, [{ text: 'Tokayev', actor: 'a' }], [{ id: 'a', name: 'Kassym-Jomart Tokayev' }]);
    const t0 = performance.now();
    quotes.run(doc);
    const ms = performance.now() - t0;
    expect(doc.layer('quotes')).toHaveLength(6000);
    expect(ms).toBeLessThan(3000);
  });

  it('end to end through extract: quotes, quantities and dates stay anchored to the text', () => {
    const words = fc.constantFrom('“', '”', '‘', '’', '"', ' ', 'Aleksandr Lukashenko', ' said', ' he added', ', ', '. ', '\n\n',
      'on 25 September', ' in 2019', ' over $284 million', ' 2.6 times', ' 12%', 'According to the President', ' Let’s', ':');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const r = extract({ text, date: '2020-09-25' });
        for (const item of [...r.quotes, ...r.quantities, ...r.dates]) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(item.start, item.end)).toBe(item.text);
        }
        for (const q of r.quantities) expect(Number.isFinite(q.value)).toBe(true);
        for (const q of r.quotes) expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

