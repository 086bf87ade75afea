import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEval } from './evaluate.js';
import { formatEval } from './format.js';

/**
 * npm run eval [-- --json] [--verbose] [--misses] [--only plover,events,seed,gold]
 * Scores the pipeline against the PLOVER dev set (from ../shared/data) and the gold files in test/gold.
 */
const args = process.argv.slice(2);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const known = new Set(['plover', 'events', 'seed', 'gold']);
let sections: Set<'plover' | 'events' | 'seed' | 'gold'> | undefined;
if (only) {
  const names = only.split(',').map((s) => s.trim());
  const bad = names.filter((n) => !known.has(n));
  if (bad.length) {
    console.error(`--only expects a comma-separated list of ${[...known].join(', ')}; got ${bad.join(', ')}`);
    process.exit(2);
  }
  sections = new Set(names as Array<'plover' | 'events' | 'seed' | 'gold'>);
}

const result = await runEval({ repoRoot, ...(sections ? { sections } : {}) });
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else process.stdout.write(`${formatEval(result, { verbose: args.includes('--verbose'), misses: args.includes('--misses') })}\n`);
