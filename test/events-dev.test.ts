import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateEvents, formatEventScores } from '../eval/events.js';

const devPath = resolve(import.meta.dirname, '../../shared/data/plover-gsr/dev.jsonl');
const present = existsSync(devPath);
if (!present) console.log(`events dev-score test skipped: ${devPath} is not there`);

describe.skipIf(!present)('events against the PLOVER gold-standard dev records', () => {
  it('meets the scoring targets, and holds on wording the hand-written patterns were not written for', async () => {
    const scores = await evaluateEvents(devPath);
    console.log(formatEventScores(scores));
    expect(scores.records).toBe(208);
    expect(scores.typeFound).toBeGreaterThanOrEqual(0.9);
    expect(scores.extraPerSentence).toBeLessThanOrEqual(0.1);
    expect(scores.sourceCountry).toBeGreaterThanOrEqual(0.88);
    expect(scores.targetCountry).toBeGreaterThanOrEqual(0.85);
    // A third of the hand-written patterns left out: the CAMEO dictionary must fill in.
    const third = scores.estimates!.devThirdLeftOut!;
    expect(third.typeFound).toBeGreaterThanOrEqual(0.72);
    expect(third.extraPerSentence).toBeLessThanOrEqual(0.25);
  });
});
