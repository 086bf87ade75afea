import { describe, expect, it } from 'vitest';
import { SPEAKER_RELEASES } from './fixtures/speakers/releases.js';
import { scoreRelease, scoreSplit } from './fixtures/speakers/score-releases.js';

describe('quote speakers in whole releases (tune)', () => {
  for (const r of SPEAKER_RELEASES.filter((x) => x.split === 'tune')) {
    it(r.id, () => {
      for (const o of scoreRelease(r)) expect(o.right, `"${o.opening}": expected ${o.expected}, got ${o.got} (${o.rule})`).toBe(true);
    });
  }
});

// Held-out releases are only measured: no rule is written from them, and no assertion names one of
// their quotations. The floor guards against a change that breaks attribution in general.
describe('quote speakers in whole releases (held out)', () => {
  it('most held-out quotations get their named speaker', () => {
    const { right, total } = scoreSplit('held');
    console.log(`held-out speaker releases: ${right}/${total} quotations with the right speaker`);
    expect(right / total).toBeGreaterThanOrEqual(0.8);
  });
});
