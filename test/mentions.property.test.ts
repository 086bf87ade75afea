import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/extract.js';

/** Words that exercise every rule: names, titles, places, demonyms, heads, legal forms, pronouns, punctuation. */
const VOCABULARY = [
  'President', 'Aleksandr', 'Lukashenko', 'Governor', 'of', 'Russia', '’s', "'s", 'Irkutsk', 'Oblast', 'the', 'The',
  'Belarusian', 'police', 'troops', 'Ministry', 'Foreign', 'Affairs', 'OOO', 'Ltd', 'al', '-', 'bin', 'he', 'she',
  'they', 'said', 'met', ',', '.', '“', '”', 'US', 'us', 'WHO', 'who', 'head', 'state', 'Minister', 'Prime', 'Mr',
  'However', 'In', 'May', 'Monday', 'von', 'der', 'Chinese', 'government', 'and', 'Union', 'European', 'Kazakh',
  'leader', 'Vladimir', 'Mazur', '\n\n', 'rebels', 'in', 'Bank', 'National', 'Assembly', 'Deputy', 'counterpart',
];

const vocabText = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 60 })
  .chain((words) => fc.array(fc.constantFrom(' ', '', '  '), { minLength: words.length, maxLength: words.length })
    .map((gaps) => words.map((w, i) => gaps[i] + w).join('')));

function checkInvariants(text: string): void {
  const doc = processDocument({ text });
  const mentions = doc.layer('mentions');
  const actors = doc.layer('actors');
  const ids = new Set<string>();
  let lastStart = -1;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(lastStart);
    lastStart = m.start;
    expect(ids.has(m.id)).toBe(false);
    ids.add(m.id);
  }
  const actorIds = new Set(actors.map((a) => a.id));
  for (const m of mentions) if (m.actor) expect(actorIds.has(m.actor)).toBe(true);
  for (const a of actors) {
    expect(a.mentions.length).toBeGreaterThan(0);
    for (const id of a.mentions) expect(ids.has(id)).toBe(true);
    expect(a.name.length).toBeGreaterThan(0);
  }
}

describe('mention invariants on any input', () => {
  it('holds for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => checkInvariants(text)), { numRuns: 150 });
  });

  it('holds for strings made of the words the rules look for', () => {
    fc.assert(fc.property(vocabText, (text) => checkInvariants(text)), { numRuns: 300 });
  });

  it('mentions never overlap each other', () => {
    fc.assert(
      fc.property(vocabText, (text) => {
        const ms = processDocument({ text }).layer('mentions');
        for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
      }),
      { numRuns: 200 },
    );
  });
});
