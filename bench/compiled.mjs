// Loaded with `node --import tsx --import ./bench/compiled.mjs`: the bench times the compiled
// build in dist/, the code `readout` runs, rather than the TypeScript sources as tsx serves them.
// tsx compiles with esbuild's keepNames, which wraps every function a closure creates in a call
// that names it; on the pipeline that costs a fifth more CPU than the same code as tsc emits it,
// a cost no user ever pays. The bench files themselves stay TypeScript: only their imports of
// ../src/ are sent to ../dist/. `npm run bench` builds dist/ first, so the two never differ;
// READOUT_BENCH_SOURCE=1 times the sources through tsx instead, for comparison.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const built = existsSync(fileURLToPath(new URL('../dist/extract.js', import.meta.url)));
if (process.env.READOUT_BENCH_SOURCE === '1') {
  console.error('bench: timing the sources through tsx (READOUT_BENCH_SOURCE=1)');
} else if (!built) {
  console.error('bench: dist/ is not built (npm run build); timing the sources through tsx');
} else {
  register('./compiled-hooks.mjs', import.meta.url);
}
