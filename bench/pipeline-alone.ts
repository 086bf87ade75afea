import { GROUP_CHARS } from '../src/extract.js';
import { benchPipeline } from './pipeline.js';

/**
 * node --import tsx --import ./bench/compiled.mjs bench/pipeline-alone.ts [--mb N] [--warm D] [--batch B] [--json]
 * (times the compiled build, as npm run bench does; plain `npx tsx` times the sources)
 * Only the pipeline part of `npm run bench`: throughput over a generated corpus (default 4 MB)
 * next to wink-nlp's own pass over the same documents, the ratio in wall and CPU time, and the
 * share of time per stage. --warm D: documents each path reads before the timed corpus (default 3,000; 50 gives a fresh process).
 * --batch B: the pipeline reads up to B documents at a time with extractAll (the floor, each of them, just before);
 * a group also ends at GROUP_CHARS characters, as the extraction threads' groups do.
 * Run with node --expose-gc for the retained-heap figures.
 */
const args = process.argv.slice(2);
const at = args.indexOf('--mb');
const mb = at >= 0 ? Number(args[at + 1]) : 4;
if (!Number.isFinite(mb) || mb <= 0) {
  console.error(`--mb expects a positive number of megabytes, got "${args[at + 1]}"`);
  process.exit(2);
}
const warmAt = args.indexOf('--warm');
const warm = warmAt >= 0 ? Number(args[warmAt + 1]) : undefined;
if (warm !== undefined && !(Number.isInteger(warm) && warm >= 0)) {
  console.error(`--warm expects a whole number of documents, got "${args[warmAt + 1]}"`);
  process.exit(2);
}
const batchAt = args.indexOf('--batch');
const batch = batchAt >= 0 ? Number(args[batchAt + 1]) : 1;
if (!(Number.isInteger(batch) && batch >= 1)) {
  console.error(`--batch expects a whole number of documents, at least 1, got "${args[batchAt + 1]}"`);
  process.exit(2);
}
const p = await benchPipeline({ mb, warm, batch, batchChars: GROUP_CHARS });
if (args.includes('--json')) console.log(JSON.stringify(p));
else {
  console.log(
    [
      `documents            ${p.documents}  (${p.sentences} sentences, ${p.tokens} tokens, ${p.corpusMb} MB; after ${p.warmDocuments} warm-up documents${p.batch > 1 ? `; ${p.batch} at a time` : ''})`,
      `pipeline             ${p.pipeline.seconds} s   ${p.pipeline.mbPerSecond} MB/s`,
      `floor (wink-nlp)     ${p.floor.seconds} s   ${p.floor.mbPerSecond} MB/s`,
      `pipeline / floor     ${p.ratio}x wall   ${p.cpuRatio}x CPU   (target <= 4x)`,
      `time per stage       ${p.stages.map((s) => `${s.stage} ${s.share}%`).join(', ')}`,
    ].join('\n'),
  );
}
