import { promises as fs, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ingestItems } from '../../ingest/batch.js';
import { workerExtractor } from '../../ingest/extract-pool.js';
import { isHttpUrl } from '../../ingest/fetch.js';
import { walkFiles } from '../../ingest/files.js';
import { isValidIsoDate } from '../../ingest/header.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.js';
import { SEGMENT_CHARS } from '../../record/segments.js';
import { isIngestibleFile, readSources } from '../../ingest/sources.js';
import { pipelineVersion } from '../../store/pipeline-version.js';
import { palette } from '../color.js';
import { UsageError, type Command } from '../command.js';
import { progressLine } from '../format/progress.js';
import { DB_HELP, DB_OPTION, dbLocation, openStoreFor } from '../format/store-arg.js';
import { isPostgresLocation, redactLocation } from '../../store/open.js';
import { DEFAULT_JOB_TIMEOUT_S, JOB_TIMEOUT_ENV } from '../../queue/names.js';
import { queueEnvTimeoutS } from '../format/queue-env.js';

/** One extraction thread per core, at least one and up to four: beyond that SQLite's single writer is the limit. */
export function defaultJobs(): number {
  // A thread per core but one (at least one, at most 4): the thread writing the store is busy
  // too (binding and stepping rows, committing: a third of what extracting a document costs),
  // and with more busy threads than cores each document took a third more processor time. On a
  // 2-core machine that others use as well, one extraction thread beside the writer ingested
  // at 1.10-1.22x extraction alone (1.27-1.38x processor time) against 1.53-2.04x
  // (1.56-1.76x) with two, in alternating runs of bench/ingest-ratio.ts.
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

const usage = `Usage: readout ingest [options] <file|directory|URL|-> ...

Reads documents, extracts their records and keeps both in the store. Running it again
over the same inputs changes nothing; a page whose text changed becomes a new version
of the same document (the old version is kept).

Inputs:
  FILE.txt       plain text; a first line "date YYYY-MM-DD Source: NAME" sets date and source
  FILE.jsonl     one {"id","text","date"?,"source"?,"title"?,"url"?} per line
  FILE.html      a saved page: the article text, title and date are taken from it
  FILE.xml       an RSS/Atom feed: each item's page is fetched (or its text used)
  DIRECTORY      every .txt/.md/.html/.jsonl/.xml file below it, in name order
  URL            an http(s) page or feed
  -              standard input (with --jsonl: JSONL)

Options:
${DB_HELP}
  --jsonl        read every file (and stdin) as JSONL
  --no-fetch     for feeds, use the text the feed carries instead of fetching each page
  --source NAME  set the source of every document
  --date D       date (YYYY-MM-DD) for documents that give none
  --max-mb N     refuse documents larger than N MB (default ${DEFAULT_MAX_BYTES / 1048576})
  --timeout S    seconds to wait for a web server (default 20)
  --jobs N       extract on N worker threads while the main thread stores (default ${defaultJobs()};
                 0: no workers)
  --queue        PostgreSQL store only: put the inputs on the job queue and return at once;
                 "readout worker" processes (on any number of machines) read them
  --job-timeout S  with --queue: seconds after which a running job is taken as lost (its
                 worker died) and given to another worker (default ${DEFAULT_JOB_TIMEOUT_S}, or
                 ${JOB_TIMEOUT_ENV})
  --verbose      one line per document (new / unchanged / updated / failed)
  --json         print the summary as JSON on stdout
  -h, --help     show this help

A bad input (empty, binary, too large, broken HTML, a bad JSONL line) is reported by name
and the batch goes on. Documents are committed in batches (a document is stored whole or
not at all): an interrupted run loses nothing already stored, and running the same command
again finishes the job. Several ingests (and a server) may write one store at once.
Exit code 1 when any input failed.

Examples:
  readout ingest releases/
  readout ingest --db corpus.sqlite news.jsonl
  readout ingest https://example.org/press/feed.xml
  readout ingest --no-fetch saved-feed.xml
  readout ingest --db postgres://postgres@127.0.0.1:5432/readout releases/
  readout ingest --queue --db postgres://postgres@db.example:5432/readout releases/ feed.xml`;

/** Counts the documents a run will see, when that is cheap to know (local non-JSONL files). */
async function countFiles(args: string[], jsonl: boolean): Promise<number | null> {
  if (jsonl) return null;
  let n = 0;
  for (const arg of args) {
    if (arg === '-' || isHttpUrl(arg)) return null;
    try {
      const st = await fs.stat(arg);
      if (st.isFile()) {
        if (/\.(jsonl|xml|rss|atom)$/i.test(arg)) return null;
        n++;
      } else if (st.isDirectory()) {
        for await (const f of walkFiles(arg)) {
          if (!isIngestibleFile(f)) continue;
          if (/^\.(jsonl|xml|rss|atom)$/.test(extname(f).toLowerCase())) return null;
          n++;
        }
      }
    } catch {
      n++;
    }
  }
  return n;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store documents (files, directories, JSONL, HTML pages, RSS/Atom feeds, URLs) with their records',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...DB_OPTION,
        jsonl: { type: 'boolean', default: false },
        'no-fetch': { type: 'boolean', default: false },
        source: { type: 'string' },
        date: { type: 'string' },
        'max-mb': { type: 'string' },
        timeout: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        queue: { type: 'boolean', default: false },
        'job-timeout': { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new UsageError('give at least one file, directory, URL or "-"');
    let maxBytes = DEFAULT_MAX_BYTES;
    if (values['max-mb'] !== undefined) {
      const mb = Number(values['max-mb']);
      if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-mb wants a positive number, found "${values['max-mb']}"`);
      maxBytes = Math.floor(mb * 1048576);
    }
    let timeoutMs = 20_000;
    if (values.timeout !== undefined) {
      const s = Number(values.timeout);
      if (!Number.isFinite(s) || s <= 0) throw new UsageError(`--timeout wants a positive number of seconds, found "${values.timeout}"`);
      timeoutMs = s * 1000;
    }
    let jobs = defaultJobs();
    if (values.jobs !== undefined) {
      jobs = Number(values.jobs);
      if (!Number.isInteger(jobs) || jobs < 0 || jobs > 64) throw new UsageError(`--jobs wants a whole number from 0 to 64, found "${values.jobs}"`);
    }
    if (values.date !== undefined && !isValidIsoDate(values.date)) throw new UsageError(`--date wants YYYY-MM-DD, found "${values.date}"`);

    const c = palette(io.stderr);
    if (values.queue) {
      let jobTimeoutS = queueEnvTimeoutS();
      if (values['job-timeout'] !== undefined) {
        jobTimeoutS = Number(values['job-timeout']);
        if (!Number.isInteger(jobTimeoutS) || jobTimeoutS < 1 || jobTimeoutS > 86_000) throw new UsageError(`--job-timeout wants whole seconds from 1 to 86000, found "${values['job-timeout']}"`);
      }
      const location = dbLocation(values.db);
      if (!isPostgresLocation(location)) {
        throw new UsageError(`--queue needs a PostgreSQL store (--db postgres://...); ${redactLocation(location)} is a SQLite file, which "readout ingest" fills directly`);
      }
      // The queue's code (pg-boss) is loaded only when it is used.
      const { analyzeQueue, ANALYZE_AFTER_JOBS, queueLocation, startBoss } = await import('../../queue/connect.js');
      const { enqueueInputs } = await import('../../queue/enqueue.js');
      const loc = queueLocation(location);
      const boss = await startBoss(loc);
      try {
        const summary = await enqueueInputs(boss, positionals, {
          maxBytes, jsonl: values.jsonl, stdin: io.stdin, jobTimeoutS,
          settings: { source: values.source ?? null, date: values.date ?? null, maxBytes, timeoutMs, fetchPages: !values['no-fetch'] },
        });
        // Failing to refresh statistics slows the workers' fetches; it loses nothing queued.
        if (summary.queued >= ANALYZE_AFTER_JOBS) await analyzeQueue(loc).catch(() => undefined);
        if (values.json) io.stdout.write(`${JSON.stringify({ queue: loc.schema, store: loc.shown, ...summary }, null, 2)}\n`);
        else {
          for (const f of summary.failures) io.stderr.write(`${c.red('failed')}  ${f.error}\n`);
          io.stderr.write(
            `${c.bold('queued')} ${c.green(`${summary.queued} jobs`)} for ${loc.shown} (queue schema ${loc.schema})` +
              `${summary.failures.length > 0 ? `, ${c.red(`${summary.failures.length} inputs not queued`)}` : ''} in ${(summary.elapsedMs / 1000).toFixed(1)} s;` +
              ` "readout worker --db ..." reads them, "readout status --db ..." follows them\n`,
          );
        }
        return summary.failures.length > 0 ? 1 : 0;
      } finally {
        await boss.stop({ graceful: false, close: true }).catch(() => undefined);
      }
    }
    if (values['job-timeout'] !== undefined) throw new UsageError('--job-timeout goes with --queue');
    const store = await openStoreFor(values.db);
    const progress = progressLine(io.stderr, 'ingest');
    // One plain document (a .txt, .md or .html file) needs one thread: each holds its own
    // language model, which a large single text would otherwise pay for twice. A text long
    // enough to be read in parts is read on this thread: a thread of its own would hold a
    // second copy of the text and a second heap, for nothing to overlap with.
    const single = values.jobs === undefined ? singleDocumentSize(positionals, values.jsonl ?? false) : null;
    const extractor = workerExtractor(single === null ? jobs : single > SEGMENT_CHARS ? 0 : Math.min(jobs, 1));
    try {
      const total = io.stderr.isTTY ? await countFiles(positionals, values.jsonl) : null;
      const skipped = new SkippedFiles();
      const summary = await ingestItems(
        readSources(positionals, { maxBytes, jsonl: values.jsonl, fetchPages: !values['no-fetch'], timeoutMs, stdin: io.stdin, onSkipped: (f) => skipped.add(f) }),
        {
          store,
          pipelineVersion: pipelineVersion(),
          source: values.source ?? null,
          defaultDate: values.date ?? null,
          extractor,
          closeExtractorWhenDone: true,
          onProgress: (p) =>
            progress.update(p.done, `new ${p.new} · unchanged ${p.unchanged} · updated ${p.updated} · failed ${p.failed}`, total),
          onItem: values.verbose
            ? (name, status, detail) => {
                progress.done();
                const tag = status === 'failed' ? c.red('failed   ') : status === 'new' ? c.green('new      ') : status === 'updated' ? c.yellow('updated  ') : c.dim('unchanged');
                io.stderr.write(`${tag} ${status === 'failed' ? detail : `${name} → ${detail}`}\n`);
              }
            : undefined,
        },
      );
      progress.done();
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ store: store.location, ...summary, skipped: skipped.count }, null, 2)}\n`);
      } else {
        for (const w of summary.warnings.slice(0, 50)) io.stderr.write(`${c.yellow('warning')} ${w}\n`);
        if (summary.warnings.length > 50) io.stderr.write(`${c.yellow('warning')} … and ${summary.warnings.length - 50} more warnings\n`);
        if (!values.verbose) for (const f of summary.failures) io.stderr.write(`${c.red('failed')}  ${f.error}\n`);
        if (skipped.count > 0) io.stderr.write(`${c.dim('note')}    ${skipped.describe()}\n`);
        const secs = summary.elapsedMs / 1000;
        io.stderr.write(
          `${c.bold('ingested')} into ${store.location}: ${c.green(`${summary.new} new`)}, ${summary.unchanged} unchanged, ` +
            `${c.yellow(`${summary.updated} updated`)}, ${summary.failed > 0 ? c.red(`${summary.failed} failed`) : '0 failed'} ` +
            `in ${secs.toFixed(1)} s (${summary.rate.toFixed(1)} documents/s)\n`,
        );
      }
      return summary.failed > 0 ? 1 : 0;
    } finally {
      progress.done();
      await extractor.close();
      await store.close();
    }
  },
};

/**
 * Files in the given directories that ingest does not read (a .docx, an image), counted by
 * extension: a corpus that quietly lost its Word files would otherwise look complete.
 */
class SkippedFiles {
  count = 0;
  private readonly byExt = new Map<string, number>();
  private example = '';

  add(path: string): void {
    if (basename(path).startsWith('.')) return;
    this.count++;
    this.example ||= path;
    const ext = extname(path).toLowerCase() || '(no extension)';
    this.byExt.set(ext, (this.byExt.get(ext) ?? 0) + 1);
  }

  describe(): string {
    const kinds = [...this.byExt].sort((a, b) => b[1] - a[1]).map(([ext, n]) => `${n} ${ext}`).join(', ');
    return `${this.count} file${this.count === 1 ? '' : 's'} in the directories given ${this.count === 1 ? 'was' : 'were'} not read (${kinds}; e.g. ${this.example}): ingest reads text (.txt, .md), HTML, feeds (.xml, .rss, .atom) and JSONL`;
  }
}

/** The size in bytes of the one file holding one document (not a directory, JSONL, a feed or a URL), or null. */
function singleDocumentSize(inputs: readonly string[], jsonl: boolean): number | null {
  if (inputs.length !== 1 || jsonl) return null;
  const [input] = inputs as [string];
  if (!/\.(?:txt|md|html?)$/i.test(input)) return null;
  try {
    const st = statSync(input);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}
