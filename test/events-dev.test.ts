import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateEvents, formatEventScores } from '../eval/events.js';

const devPath = resolve(import.meta.dirname, '../../shared/data/plover-gsr/dev.jsonl');
const present = existsSync(devPath);
if (!present) console.log(`events dev-score test skipped: ${devPath} is not there`);

describe.skipIf(!present)('events against the PLOVER gold-standard dev records', () => {
  it('meets the scoring targets', async () => {
    const scores = await evaluateEvents(devPath);
    console.log(formatEventScores(scores));
    expect(scores.records).toBe(208);
    expect(scores.typeFound).toBeGreaterThanOrEqual(0.85);
    expect(scores.extraPerSentence).toBeLessThanOrEqual(0.3);
    expect(scores.sourceCountry).toBeGreaterThanOrEqual(0.85);
    expect(scores.targetCountry).toBeGreaterThanOrEqual(0.75);
  });
});
