import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which code the bench times, in its own process and in every process it starts: the compiled
 * build in dist/ (what `readout` runs) when it is there, else the sources through tsx. See
 * compiled.mjs for why the two differ; READOUT_BENCH_SOURCE=1 asks for the sources.
 */
const REPO = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const HOOK = join(REPO, 'bench', 'compiled.mjs');

export const timesCompiledBuild = process.env.READOUT_BENCH_SOURCE !== '1' && existsSync(join(REPO, 'dist', 'extract.js'));

/** Node arguments that run a bench file (TypeScript) with its imports of ../src/ served as the bench's own are. */
export function benchFileArgs(file: string): string[] {
  return ['--import', 'tsx', '--import', HOOK, file];
}

/** Node arguments that run the `readout` command line in the build the bench times. */
export function cliArgs(): string[] {
  return timesCompiledBuild ? [join(REPO, 'dist', 'cli', 'run.js')] : ['--import', 'tsx', join(REPO, 'src', 'cli', 'run.ts')];
}

/** One line for the report: which code was timed. */
export const buildTimed = timesCompiledBuild ? 'compiled build (dist/)' : 'sources through tsx';
