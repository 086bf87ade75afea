/**
 * ClauseOpeners answers as ownClauseStart does, for every offset of a sentence: the openers are
 * found once per sentence instead of once per pronoun.
 */
import { describe, expect, it } from 'vitest';
import { ClauseOpeners, ownClauseStart } from '../src/stages/coreference/pronouns.js';

const SENTENCES = [
  'Scholz travelled to Washington, where Biden received him, and when the talks ended he left.',
  'The envoy, who met them, whom they thanked, as agreed; whereupon she spoke while they listened.',
  'Before the vote,whom he named was unclear; since then, until now, once again, because of it.',
  'They met, whomever they chose, after which, as ever, nobody spoke,   where   it began.',
  'He said that the minister, who arrived late, would speak before them and after them.',
];

describe('ClauseOpeners', () => {
  it('gives the same start as a search of the text before each offset', () => {
    const text = SENTENCES.join(' ');
    const openers = new ClauseOpeners(text);
    let start = 0;
    for (const s of SENTENCES) {
      const end = start + s.length;
      for (let at = start; at <= end; at++) expect(openers.lastBefore(start, end, at)).toBe(ownClauseStart(text, start, at));
      start = end + 1;
    }
  });
});
