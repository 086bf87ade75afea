import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsAnyOf, holdsAnyOfLists } from '../src/lexicon/escape-regexp.js';

describe('holdsAnyOfLists', () => {
  // Pieces that begin one another and overlap in a text: "congratulat" begins "congratulations",
  // "late" ends "translate" and "then " starts inside "lathen ".
  const lists = {
    verbs: ['thank', 'congratulat', 'prais'],
    greetings: ['congratulations', 'regards', 'behalf'],
    past: ['late', 'then ', 'ex-'],
    words: ['at', 'the', 'then'],
  };
  const read = holdsAnyOfLists(lists);

  it('answers each list as holdsAnyOf does', () => {
    expect(read('He sent his congratulations on behalf of the Minister.')).toEqual({ verbs: true, greetings: true, past: false, words: true });
    expect(read('The text was translated then revised.')).toEqual({ verbs: false, greetings: false, past: true, words: true });
    expect(read('Kind regards')).toEqual({ verbs: false, greetings: true, past: false, words: false });
    expect(read('')).toEqual({ verbs: false, greetings: false, past: false, words: false });
  });

  it('agrees with holdsAnyOf on any text made of the pieces and other letters', () => {
    const one = Object.fromEntries(Object.entries(lists).map(([k, ws]) => [k, holdsAnyOf(ws)]));
    const piece = fc.constantFrom(...Object.values(lists).flat(), 'x', ' ', 'e', 'n', 'a', 'th', 'con');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const got = read(text);
      for (const k of Object.keys(lists)) expect(got[k as keyof typeof lists]).toBe(one[k]!(text));
    }), { numRuns: 500 });
  });
});
