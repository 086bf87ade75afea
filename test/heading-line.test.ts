import { describe, expect, it } from 'vitest';
import { mulberry32 as seeded } from '../bench/seeded.js';
import { HEADING_LINE, headingLineLength } from '../src/stages/coreference/heading-line.js';

describe('headingLineLength', () => {
  it('reads a heading set apart by a blank line, and no sentence that ends its line with a stop', () => {
    expect(headingLineLength('Meeting with Minister of Education\n\nThe minister held ...')).toBe('Meeting with Minister of Education\n\n'.length);
    expect(headingLineLength('The minister held a meeting.\n\nHe said ...')).toBe(0);
  });

  it('gives what the expression gives on any opening', () => {
    const rand = seeded(3);
    const pieces = ['a', 'Word', ' ', '\t', '\u00a0', '\n', '\n\n', '.', ',', '”', '\r', 'é', '😀', ' \n \n', 'x'.repeat(150)];
    for (let round = 0; round < 5000; round++) {
      let s = '';
      const n = Math.floor(rand() * 14);
      for (let k = 0; k < n; k++) s += pieces[Math.floor(rand() * pieces.length)]!;
      expect(headingLineLength(s)).toBe(HEADING_LINE.exec(s)?.[0].length ?? 0);
    }
  });
});
