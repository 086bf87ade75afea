/**
 * Time linear in the input for every shape of text a hostile or careless user can send:
 * each adversarial shape is grown eightfold (32 KB to 256 KB by default) through the whole
 * extraction (markup shapes through the HTML reader first), and the CPU time per kilobyte
 * may grow at most 2.5 times. A pass quadratic in the input makes it grow eightfold; linear passes
 * with fixed costs make it shrink. No time is asserted, only the ratio.
 *   READOUT_HOSTILE_GROWTH_KB=32,1024 npx vitest run test/hostile/growth.test.ts
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { HTML_SHAPES, PROSE, SHAPES, type Shape } from '../../bench/adversarial-shapes.js';
import { runShape } from '../../bench/shapes.js';
import { extract } from '../../src/extract.js';

const [SMALL_KB, LARGE_KB] = (process.env.READOUT_HOSTILE_GROWTH_KB ?? '32,256').split(',').map(Number) as [number, number];
/**
 * Allowed growth of time per KB from the small to the large input: room for noise and for the
 * garbage collector's larger heap, far below the eightfold growth of a quadratic pass.
 */
const MAX_GROWTH = 2.5;
/**
 * Below this much CPU time for the large input the ratio is noise (timer, one GC more or
 * less): such a shape is cheap at every size and nothing super-linear can hide in it.
 */
const MEASURABLE_MS = 150;

/**
 * A full garbage collection, run before each timed run so that no run pays for the garbage the
 * runs and shapes before it left behind (a major collection falling inside one short run can
 * weigh more than the run itself). The run's own garbage is still collected, and counted.
 */
const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function cpuMs(run: () => void): number {
  collectGarbage();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The least CPU time over `n` runs: the run least disturbed by other work on the machine. */
function leastOf(n: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) best = Math.min(best, cpuMs(run));
  return best;
}

beforeAll(() => {
  // Dictionaries and the tagger's model load once, before any timing.
  extract('President Alma Borisov met Governor Ivan Petrov in Minsk on 3 May. "We agree," he said.');
});

const cases: Array<[string, Shape, 'text' | 'html']> = [
  ...SHAPES.map((s): [string, Shape, 'text'] => [s.name, s, 'text']),
  [PROSE.name, PROSE, 'text'],
  ...HTML_SHAPES.map((s): [string, Shape, 'html'] => [s.name, s, 'html']),
];

describe(`time per KB stays flat from ${SMALL_KB} KB to ${LARGE_KB} KB`, () => {
  it.each(cases)('%s', (name, shape, kind) => {
    const small = shape.make(SMALL_KB * 1024);
    const large = shape.make(LARGE_KB * 1024);
    const smallMs = leastOf(3, () => runShape(kind, small, name));
    const largeMs = leastOf(2, () => runShape(kind, large, name));
    const growth = largeMs / large.length / (Math.max(smallMs, 1) / small.length);
    const report = `${name}: ${smallMs.toFixed(0)} ms CPU at ${SMALL_KB} KB, ${largeMs.toFixed(0)} ms at ${LARGE_KB} KB, time per KB x${growth.toFixed(2)}`;
    console.log(report);
    if (largeMs < MEASURABLE_MS) return;
    expect(growth, report).toBeLessThanOrEqual(MAX_GROWTH);
  }, 300_000);
});
