import { parseArgs } from 'node:util';
import { workerExtractor } from '../../ingest/extract-pool.js';
import type { ExtractRecord } from '../../record/types.js';
import type { VersionForReprocess } from '../../store/store.js';
import { pipelineVersion } from '../../store/pipeline-version.js';
import { palette } from '../color.js';
import { UsageError, type Command } from '../command.js';
import { defaultJobs } from './ingest.js';
import { progressLine } from '../format/progress.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';

const usage = `Usage: readout reprocess [options]

Runs the current extraction pipeline again over the stored texts (nothing is fetched
again) and replaces their people, quotes, figures and events. By default only documents
made with another pipeline version are redone, so an interrupted run simply continues.

Options:
${DB_HELP}
  --all          redo every document, whatever pipeline version made it
  --jobs N       extract on N worker threads (default ${defaultJobs()}; 0: no workers)
  -h, --help     show this help

Examples:
  readout reprocess
  readout reprocess --all --db corpus.sqlite`;

export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 're-run extraction over stored texts (after an upgrade) without fetching again',
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: { ...DB_OPTION, all: { type: 'boolean', default: false }, jobs: { type: 'string' } },
    });
    let jobs = defaultJobs();
    if (values.jobs !== undefined) {
      jobs = Number(values.jobs);
      if (!Number.isInteger(jobs) || jobs < 0 || jobs > 64) throw new UsageError(`--jobs wants a whole number from 0 to 64, found "${values.jobs}"`);
    }
    const c = palette(io.stderr);
    const pv = pipelineVersion();
    const store = await openStoreFor(values.db);
    const progress = progressLine(io.stderr, 'reprocess');
    const started = Date.now();
    let done = 0;
    let failed = 0;
    const extractor = workerExtractor(jobs);
    type Slot = { v: VersionForReprocess; record: Promise<{ ok: true; record: ExtractRecord } | { ok: false; error: string }> };
    const queue: Slot[] = [];
    const total = values.all ? (await store.stats()).documents : null;
    const finish = async (slot: Slot) => {
      const settled = await slot.record;
      try {
        if (!settled.ok) throw new Error(settled.error);
        await store.replaceRecord(slot.v.versionId, settled.record, pv);
        done++;
      } catch (error) {
        failed++;
        progress.done();
        io.stderr.write(`${c.red('failed')}  ${slot.v.documentId}: ${(error as Error).message}\n`);
      }
      progress.update(done + failed, `failed ${failed}`, total);
    };
    try {
      // Workers extract a few documents ahead while this thread replaces finished ones in order.
      for await (const v of store.versionsToReprocess(pv, { all: values.all })) {
        const record = extractor
          .extract({ text: v.text, id: v.id, date: v.date, source: v.source, title: v.title, url: v.url })
          .then((r) => ({ ok: true as const, record: r }), (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
        queue.push({ v, record });
        while (queue.length > jobs * 2) await finish(queue.shift()!);
      }
      while (queue.length > 0) await finish(queue.shift()!);
    } finally {
      progress.done();
      await extractor.close();
      await store.close();
    }
    const secs = (Date.now() - started) / 1000;
    io.stderr.write(`reprocessed ${done} documents with pipeline ${pv}${failed ? `, ${failed} failed` : ''} in ${secs.toFixed(1)} s\n`);
    return failed > 0 ? 1 : 0;
  },
};
