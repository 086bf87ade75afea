import { describe, expect, it } from 'vitest';
import { sortInPlace } from '../src/document/order.js';
import { wordsIn } from '../src/stages/measures/periods.js';
import { mulberry32 as seeded } from '../bench/seeded.js';

describe('sortInPlace', () => {
  it('puts lists of any length in the order of a stable sort, equal items in their first order', () => {
    const rand = seeded(7);
    for (let round = 0; round < 400; round++) {
      const n = Math.floor(rand() * 40);
      const items = Array.from({ length: n }, (_, k) => ({ start: Math.floor(rand() * 6), end: Math.floor(rand() * 4), k }));
      const compare = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;
      const expected = [...items].sort(compare).map((x) => x.k);
      const list = [...items];
      expect(sortInPlace(list, compare)).toBe(list);
      expect(list.map((x) => x.k)).toEqual(expected);
    }
  });

  it('leaves a list already in order as it is', () => {
    const list = [1, 2, 2, 5, 9];
    expect(sortInPlace(list, (a, b) => a - b)).toEqual([1, 2, 2, 5, 9]);
  });
});

describe('wordsIn', () => {
  /** The words as one expression reads them, the reference for the character-by-character reading. */
  const byExpression = (text: string, start: number, end: number) => {
    const out: { w: string; start: number; end: number }[] = [];
    const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
    const slice = text.slice(start, end);
    for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ w: m[0].toLowerCase(), start: start + m.index, end: start + m.index + m[0].length });
    return out;
  };

  it('reads ASCII text, marks and control characters as the expression does', () => {
    const rand = seeded(11);
    const alphabet = 'aZ9 \t\n\v\f\r.,;-$%()\u0001\u001f\u007fQq0';
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 60 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const start = Math.floor(rand() * 20);
      const end = start + Math.floor(rand() * 40);
      expect(wordsIn(text, start, end)).toEqual(byExpression(text, start, end));
    }
  });

  it('reads text with letters beyond ASCII as the expression does', () => {
    const text = 'compared with the same period of 2021, Zürich’s exports rose by 4.5%';
    expect(wordsIn(text, 0, text.length)).toEqual(byExpression(text, 0, text.length));
    expect(wordsIn(text, 10, 40)).toEqual(byExpression(text, 10, 40));
  });
});
