import { describe, expect, it } from 'vitest';
import type { Token } from '../src/document/layers.js';
import { laterWordTest } from '../src/lexicon/later-words.js';
import { WordAnswers, wordIds } from '../src/lexicon/word-table.js';

const token = (text: string, index: number): Token => ({ index, start: 0, end: text.length, text, lower: text.toLowerCase(), pos: 'X', kind: 'word', sentence: 0 });

describe('word table', () => {
  it('gives the same text the same id, in one document and across documents', () => {
    const a = wordIds(['Minister', 'met', 'Minister'].map(token));
    const b = wordIds(['met', 'the', 'Minister'].map(token));
    expect(a[0]).toBe(a[2]);
    expect(b[2]).toBe(a[0]);
    expect(b[0]).toBe(a[1]);
    expect(a[0]).not.toBe(a[1]);
  });

  it('computes ids once per token layer', () => {
    const tokens = ['Talks', 'ended'].map(token);
    expect(wordIds(tokens)).toBe(wordIds(tokens));
  });

  it('keeps no id for a long text, whose answer is computed each time', () => {
    const ids = wordIds(['internationalisation'].map(token));
    expect(ids[0]).toBe(-1);
    let asked = 0;
    const answers = new WordAnswers((text: string) => (asked++, text.length));
    expect(answers.get(-1, 'internationalisation')).toBe(20);
    expect(answers.get(-1, 'internationalisation')).toBe(20);
    expect(asked).toBe(2);
  });

  it('asks a lexicon once per word', () => {
    const ids = wordIds(['Belarus', 'and', 'Belarus'].map(token));
    let asked = 0;
    const answers = new WordAnswers((text: string) => (asked++, text.toLowerCase()));
    expect(answers.get(ids[0]!, 'Belarus')).toBe('belarus');
    expect(answers.get(ids[2]!, 'Belarus')).toBe('belarus');
    expect(answers.get(ids[1]!, 'and')).toBe('and');
    expect(asked).toBe(2);
  });
});

describe('later words of lexicon keys', () => {
  const test = laterWordTest(['prime minister', 'minister of foreign affairs', 'ambassador']);

  it('lets through a word, or the start of one, that follows a space in some key', () => {
    expect(test('minister')).toBe(true);
    expect(test('foreign')).toBe(true);
    expect(test('aff')).toBe(true);
    expect(test('of')).toBe(true);
  });

  it('stops a word no key has after a space, even one that starts a key', () => {
    expect(test('prime')).toBe(false);
    expect(test('ambassador')).toBe(false);
    expect(test('talks')).toBe(false);
    expect(test('affairsx')).toBe(false);
  });

  it('lets through a word that holds a space', () => {
    expect(test('new york')).toBe(true);
  });
});
