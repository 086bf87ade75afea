/**
 * A "sentence" of thousands of tokens (a list, a dump without full stops) is cut into pieces
 * of at most MAX_SENTENCE_TOKENS, after a comma or semicolon where there is one, so that no
 * later pass works on it as one sentence; ordinary sentences are never cut.
 */
import { describe, expect, it } from 'vitest';
import { extract, processDocument } from '../../src/extract.js';
import { MAX_SENTENCE_TOKENS } from '../../src/stages/tokenize/long-sentences.js';

describe('over-long sentences', () => {
  it('cuts a list of thousands of names into pieces ending at its commas', () => {
    const text = `${Array.from({ length: 1500 }, (_, i) => `delegate ${i}`).join(', ')}.`;
    const doc = processDocument({ text });
    const sentences = doc.layer('sentences');
    const tokens = doc.layer('tokens');
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      if (s.index < sentences.length - 1) expect(tokens[s.tokenEnd - 1]!.text).toBe(',');
      for (let t = s.tokenStart; t < s.tokenEnd; t++) expect(tokens[t]!.sentence).toBe(s.index);
    }
    // Together the pieces cover every token once, in order.
    expect(sentences[0]!.tokenStart).toBe(0);
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.tokenStart).toBe(sentences[i - 1]!.tokenEnd);
    expect(sentences.at(-1)!.tokenEnd).toBe(tokens.length);
  });

  it('cuts a run of words with no separator at the limit', () => {
    const doc = processDocument({ text: 'word '.repeat(1000) });
    const lengths = doc.layer('sentences').map((s) => s.tokenEnd - s.tokenStart);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });

  it('leaves a long but ordinary sentence whole, and reads it as before', () => {
    const text =
      'President Alma Borisov, who arrived in Minsk on 3 May at the invitation of the Government, met Governor Ivan Petrov, ' +
      'the heads of the regional ministries of agriculture, industry, energy and transport, and representatives of ' +
      'the business community of the region to discuss trade, investment and cooperation in education and culture.';
    const doc = processDocument({ text });
    expect(doc.layer('sentences')).toHaveLength(1);
    expect(extract(text).people.map((p) => p.name)).toContain('Ivan Petrov');
  });
});
