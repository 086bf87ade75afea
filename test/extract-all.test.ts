import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, extractAll } from '../src/extract.js';

const DEMO = new URL('../demo/corpus/', import.meta.url);

describe('extractAll', () => {
  it('gives each text the record extract gives it, in the order given', () => {
    const inputs = readdirSync(DEMO)
      .sort()
      .slice(0, 12)
      .map((f) => ({ text: readFileSync(new URL(f, DEMO), 'utf8'), id: f }));
    // A bare string, and a text with nothing to read, among the others.
    const all = [...inputs.slice(0, 6), 'The minister met the ambassador in Minsk on Monday.', { text: '' }, ...inputs.slice(6)];
    expect(extractAll(all)).toEqual(all.map((input) => extract(input)));
  });
});
