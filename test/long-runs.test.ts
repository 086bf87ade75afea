import { describe, expect, it } from 'vitest';
import { findLongRuns, MAX_TOKEN_CHARS } from '../src/stages/tokenize/long-runs.js';

/** Every stretch without white space longer than MAX_TOKEN_CHARS in [from, to), read character by character, edge marks kept. */
function plainRuns(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    while (i < to && /\s/.test(text[i]!)) i++;
    const start = i;
    while (i < to && !/\s/.test(text[i]!)) i++;
    if (i - start > MAX_TOKEN_CHARS) out.push([start, i]);
  }
  return out;
}

/** A seeded stream of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('findLongRuns', () => {
  it('finds every long run, whatever its length and place, and no short one', () => {
    const rand = seeded(17);
    for (let round = 0; round < 300; round++) {
      let text = '';
      while (text.length < 3000) {
        const r = rand();
        const length = r < 0.7 ? 1 + Math.floor(rand() * 12) : r < 0.9 ? 90 + Math.floor(rand() * 20) : 100 + Math.floor(rand() * 400);
        text += 'a'.repeat(length) + (rand() < 0.8 ? ' ' : '\n\n');
      }
      const from = Math.floor(rand() * 200);
      const to = text.length - Math.floor(rand() * 200);
      const found = findLongRuns(text, from, to).map((r) => [r.start, r.end]);
      expect(found).toEqual(plainRuns(text, from, to));
    }
  });

  it('leaves edge marks to wink and keeps a run that starts or ends at the bounds', () => {
    const blob = 'x'.repeat(150);
    const all = (text: string) => findLongRuns(text, 0, text.length);
    expect(all(`("${blob}").`)).toEqual([{ start: 2, end: 152 }]);
    expect(all(`${blob} short words`)).toEqual([{ start: 0, end: 150 }]);
    expect(all(`short words ${blob}`)).toEqual([{ start: 12, end: 162 }]);
    expect(all(`${'y'.repeat(MAX_TOKEN_CHARS)} ${'z'.repeat(MAX_TOKEN_CHARS)}`)).toEqual([]);
    expect(all(`${'y'.repeat(MAX_TOKEN_CHARS + 1)} ${'z'.repeat(MAX_TOKEN_CHARS)}`)).toEqual([{ start: 0, end: MAX_TOKEN_CHARS + 1 }]);
  });
});
