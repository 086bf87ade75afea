import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVAL_SECTIONS, type EvalSection, runEval } from './evaluate.js';
import { formatEval } from './format.js';

/**
 * npm run eval [-- --json] [--verbose] [--misses] [--only plover,events,seed,gold,releases,own]
 * Scores the pipeline against the PLOVER dev set and releases-dev (from ../shared/data) and the
 * gold files in test/gold. Per-article detail of releases-dev is shown for its `tune` split only.
 */
const args = process.argv.slice(2);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const known = new Set<string>(EVAL_SECTIONS);
let sections: Set<EvalSection> | undefined;
if (only) {
  const names = only.split(',').map((s) => s.trim());
  const bad = names.filter((n) => !known.has(n));
  if (bad.length) {
    console.error(`--only expects a comma-separated list of ${[...known].join(', ')}; got ${bad.join(', ')}`);
    process.exit(2);
  }
  sections = new Set(names as EvalSection[]);
}

const result = await runEval({ repoRoot, ...(sections ? { sections } : {}) });
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else process.stdout.write(`${formatEval(result, { verbose: args.includes('--verbose'), misses: args.includes('--misses') })}\n`);
