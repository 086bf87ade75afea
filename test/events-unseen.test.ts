import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/extract.js';
import { readOwnSentences, scoreRecords } from '../eval/events.js';

/**
 * Sentences written for the project (test/fixtures/events/unseen-sentences.tsv) in the wording
 * of news the coder was not tuned on: every PLOVER type, verbs the hand-written patterns may
 * not know, actors named by what they are or by names the text does not place. The holdout half
 * is only measured, never used to tune.
 */
describe('events on the project\'s own unseen-style sentences', () => {
  for (const split of ['tune', 'holdout'] as const) {
    it(`${split}: finds most expected types with few extra events and the right countries`, () => {
      const scores = scoreRecords(readOwnSentences(split), (text) => processDocument({ text }));
      expect(scores.records).toBeGreaterThanOrEqual(60);
      expect(scores.typeFound).toBeGreaterThanOrEqual(0.8);
      expect(scores.extraPerSentence).toBeLessThanOrEqual(0.2);
      expect(scores.sourceCountry).toBeGreaterThanOrEqual(0.88);
      expect(scores.targetCountry).toBeGreaterThanOrEqual(0.75);
    });
  }
});
