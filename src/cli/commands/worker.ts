import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_JOB_TIMEOUT_S, RETRY_DELAY_S } from '../../queue/names.js';
import { isPostgresLocation, redactLocation } from '../../store/open.js';
import { palette } from '../color.js';
import { UsageError, type Command } from '../command.js';
import { queueEnvTimeoutS } from '../format/queue-env.js';
import { dbLocation } from '../format/store-arg.js';

const usage = `Usage: readout worker --db postgres://... [--concurrency N] [--drain]

Takes jobs from the store's job queue (filled by "readout ingest --queue" and "readout follow")
and does what "readout ingest" does with them: fetch, decode, extract, store. Run one per
machine, as many machines as you like, all with the same --db: each job is done by one worker,
and a document is stored once however many workers see it.

A worker that dies (even with kill -9) leaves no partial document; its jobs go to another worker
once their time limit passes. A job that fails three times is parked as failed with its error
("readout status" lists the last ones). Pages and feeds are fetched politely: one request at a
time per host across all workers, with a pause between two requests to the same host.

Options:
  --db URL          the PostgreSQL store (or READOUT_DB); the queue lives in the same database
  --concurrency N   documents extracted at once, one worker thread each (default: one per core, ${Math.max(1, Math.min(4, availableParallelism()))} here)
  --drain           exit once no job is waiting, running or due for a retry (batch runs, tests)
  --host-delay S    seconds between two requests to one host (default 1)
  --verbose         one line per document
  --json            print the final summary as JSON on stdout
  -h, --help        show this help

Stops cleanly on Ctrl+C (or SIGTERM): the documents in hand are stored and their jobs completed.

Environment (read where jobs are queued: "ingest --queue", "follow", and workers queuing feed items):
  READOUT_JOB_TIMEOUT  seconds a job may run before it is taken as lost (default ${DEFAULT_JOB_TIMEOUT_S})
  READOUT_RETRY_DELAY  seconds before a failed job is tried again, doubled the next time (default ${RETRY_DELAY_S})

Examples:
  readout worker --db postgres://readout@db.example:5432/readout
  readout worker --db postgres://readout@db.example:5432/readout --concurrency 8
  readout worker --db postgres://postgres@127.0.0.1:5432/readout --drain`;

export const workerCommand: Command = {
  name: 'worker',
  summary: 'take jobs from the queue of a PostgreSQL store: fetch, extract, store (run one per machine)',
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        concurrency: { type: 'string' },
        drain: { type: 'boolean', default: false },
        'host-delay': { type: 'string' },
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const location = dbLocation(values.db);
    if (!isPostgresLocation(location)) {
      throw new UsageError(`the job queue needs a PostgreSQL store (--db postgres://...); ${redactLocation(location)} is a SQLite file, which "readout ingest" fills directly`);
    }
    let concurrency = Math.max(1, Math.min(4, availableParallelism()));
    if (values.concurrency !== undefined) {
      concurrency = Number(values.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--concurrency wants a whole number from 1 to 64, found "${values.concurrency}"`);
    }
    let hostDelayMs = 1000;
    if (values['host-delay'] !== undefined) {
      const s = Number(values['host-delay']);
      if (!Number.isFinite(s) || s < 0 || s > 3600) throw new UsageError(`--host-delay wants seconds from 0 to 3600, found "${values['host-delay']}"`);
      hostDelayMs = s * 1000;
    }
    queueEnvTimeoutS();
    const c = palette(io.stderr);
    const { runWorker } = await import('../../queue/worker.js');
    const stop = new AbortController();
    const onSignal = () => {
      io.stderr.write('worker: stopping once the documents in hand are stored\n');
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    io.stderr.write(`worker: reading jobs for ${redactLocation(location)} (${concurrency} at once${values.drain ? ', until the queue is empty' : ''})\n`);
    try {
      const summary = await runWorker({
        location, concurrency, drain: values.drain, hostDelayMs, signal: stop.signal,
        log: (line) => io.stderr.write(`worker: ${line}\n`),
        onDocument: values.verbose
          ? (name, status, detail) => io.stderr.write(`${status === 'failed' ? c.red('failed   ') : status === 'new' ? c.green('new      ') : status.padEnd(9)} ${status === 'failed' ? detail : `${name} → ${detail}`}\n`)
          : (name, status, detail) => {
              if (status === 'failed') io.stderr.write(`${c.red('failed')}  ${detail}\n`);
            },
      });
      if (values.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      io.stderr.write(
        `${c.bold('worker done')}: ${c.green(`${summary.new} new`)}, ${summary.unchanged} unchanged, ${summary.updated} updated, ` +
          `${summary.failed > 0 ? c.red(`${summary.failed} failed`) : '0 failed'}; ${summary.feeds} feeds read (${summary.itemsQueued} items queued) ` +
          `in ${(summary.elapsedMs / 1000).toFixed(1)} s, ${summary.cpuSeconds.toFixed(1)} s of processor time\n`,
      );
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
