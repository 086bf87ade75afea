import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { SPEAKER_CASES } from './fixtures/speakers/cases.js';

describe('quote speakers', () => {
  for (const c of SPEAKER_CASES) {
    it(c.name, () => {
      const rec = extract({ text: c.text, date: '2024-05-20', source: c.source ?? null });
      // Near-misses read where a quotation went: to a named person, or kept apart without one.
      const all = [...rec.quotes, ...(rec.unattributedQuotes ?? [])];
      // A near-miss with no quotation listed: nothing in it is speech of anyone.
      if (c.quotes.length === 0) expect(all.filter((q) => q.speaker !== null)).toEqual([]);
      for (const [opening, speaker] of c.quotes) {
        const q = all.find((x) => x.text.startsWith(opening) || x.text.includes(opening));
        expect(q, `a quote opening "${opening}"`).toBeDefined();
        expect(q!.speaker).toBe(speaker);
      }
    });
  }
});
