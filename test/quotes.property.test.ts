import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotes } from '../src/stages/quotes/index.js';
import { handBuilt } from './fixtures/quotes/hand-built.js';

/** Text made mostly of the characters that trouble a quote finder. */
const tricky = fc.array(
  fc.constantFrom('“', '”', '‘', '’', '«', '»', '„', '"', "'", ' ', ' ', 'a', 'Tokayev', ' said', ', ', '.', '\n\n', 'Let’s', 'he', ':', 'x'),
  { maxLength: 60 },
).map((parts) => parts.join(''));

describe('quotes: properties', () => {
  it('any text: offsets in range, text equals the slice, no marks at the edges of the text', () => {
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
});
