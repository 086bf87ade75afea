import { describe, expect, it } from 'vitest';
import type { Token } from '../src/document/layers.js';
import { laterWordTest } from '../src/lexicon/later-words.js';
import { WordAnswers, WordTest, wordIds } from '../src/lexicon/word-table.js';
import { makeDocument } from '../src/extract.js';
import { tokenize } from '../src/stages/tokenize/index.js';

const token = (text: string, index: number): Token => ({ index, start: 0, end: text.length, text, lower: text.toLowerCase(), pos: 'X', kind: 'word', sentence: 0 });

function tokenized(text: string): { tokens: readonly Token[]; ids: Int32Array } {
  const doc = makeDocument({ text });
  tokenize.run(doc);
  const tokens = doc.layer('tokens');
  return { tokens, ids: wordIds(tokens) };
}

describe('word table', () => {
  it('gives the same word the same id, in one document and across documents', () => {
    const a = tokenized('The Minister met the Minister of Trade.');
    const b = tokenized('Talks ended. The Minister left.');
    const idOf = (t: { tokens: readonly Token[]; ids: Int32Array }, word: string) => t.ids[t.tokens.findIndex((x) => x.text === word)]!;
    expect(a.ids[1]).toBe(a.ids[4]);
    expect(a.ids[1]).toBeGreaterThanOrEqual(0);
    expect(idOf(b, 'Minister')).toBe(idOf(a, 'Minister'));
    expect(idOf(a, 'the')).not.toBe(idOf(a, 'The'));
  });

  it('keeps no id for a word the tokenizer put together from pieces', () => {
    const t = tokenized('Prime Minister Vučević arrived.');
    const k = t.tokens.findIndex((x) => x.text === 'Vučević');
    expect(k).toBeGreaterThan(0);
    expect(t.ids[k]).toBe(-1);
  });

  it('gives tokens that did not come through the tokenizer no ids', () => {
    const ids = wordIds(['Minister', 'met'].map(token));
    expect([...ids]).toEqual([-1, -1]);
  });

  it('computes an answer without an id each time, and one with an id once', () => {
    let asked = 0;
    const answers = new WordAnswers((text: string) => (asked++, text.length));
    expect(answers.get(-1, 'internationalisation')).toBe(20);
    expect(answers.get(-1, 'internationalisation')).toBe(20);
    expect(asked).toBe(2);
    const t = tokenized('Belarus and Belarus');
    expect(answers.get(t.ids[0]!, 'Belarus')).toBe(7);
    expect(answers.get(t.ids[2]!, 'Belarus')).toBe(7);
    expect(asked).toBe(3);
    let tested = 0;
    const test = new WordTest((text: string) => (tested++, text === 'and'));
    expect(test.has(t.ids[1]!, 'and')).toBe(true);
    expect(test.has(t.ids[1]!, 'and')).toBe(true);
    expect(test.has(t.ids[0]!, 'Belarus')).toBe(false);
    expect(tested).toBe(2);
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
