import { parseArgs } from 'node:util';
import { extract } from '../../extract.js';
import { pipelineVersion } from '../../store/pipeline-version.js';
import { palette } from '../color.js';
import type { Command } from '../command.js';
import { progressLine } from '../format/progress.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';

const usage = `Usage: readout reprocess [options]

Runs the current extraction pipeline again over the stored texts (nothing is fetched
again) and replaces their people, quotes, figures and events. By default only documents
made with another pipeline version are redone, so an interrupted run simply continues.

Options:
${DB_HELP}
  --all          redo every document, whatever pipeline version made it
  -h, --help     show this help

Examples:
  readout reprocess
  readout reprocess --all --db corpus.sqlite`;

export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 're-run extraction over stored texts (after an upgrade) without fetching again',
  usage,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, allowPositionals: false, options: { ...DB_OPTION, all: { type: 'boolean', default: false } } });
    const c = palette(io.stderr);
    const pv = pipelineVersion();
    const store = await openStoreFor(values.db);
    const progress = progressLine(io.stderr, 'reprocess');
    const started = Date.now();
    let done = 0;
    let failed = 0;
    try {
      const total = values.all ? (await store.stats()).documents : null;
      for await (const v of store.versionsToReprocess(pv, { all: values.all })) {
        try {
          const record = extract({ text: v.text, id: v.id, date: v.date, source: v.source, title: v.title, url: v.url });
          await store.replaceRecord(v.versionId, record, pv);
          done++;
        } catch (error) {
          failed++;
          progress.done();
          io.stderr.write(`${c.red('failed')}  ${v.documentId}: ${(error as Error).message}\n`);
        }
        progress.update(done + failed, `failed ${failed}`, total);
      }
    } finally {
      progress.done();
      await store.close();
    }
    const secs = (Date.now() - started) / 1000;
    io.stderr.write(`reprocessed ${done} documents with pipeline ${pv}${failed ? `, ${failed} failed` : ''} in ${secs.toFixed(1)} s\n`);
    return failed > 0 ? 1 : 0;
  },
};
