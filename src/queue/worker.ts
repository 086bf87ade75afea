/**
 * `readout worker`: takes jobs from the queue and does what `readout ingest` does with them —
 * fetch, decode, extract (on worker threads), store (in batches) — on any number of machines.
 *
 * A job is completed only after its document is committed. A worker killed at any point leaves
 * its jobs active until their time limit, when pg-boss hands them to another worker; what the
 * dead one committed is then "unchanged", what it did not is stored once. A job that fails
 * three times is parked as failed, with an error that names its input.
 */
import type PgBoss from 'pg-boss';
import { ingestItems, FLUSH, type IngestCounts, type IngestInput } from '../ingest/batch.js';
import { workerExtractor, type Extractor } from '../ingest/extract-pool.js';
import { InputError } from '../ingest/errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.js';
import { feedFromBytes, feedItemSource, fromBytes, kindOf, resolveSourceOptions, type SourceItem } from '../ingest/sources.js';
import { openStore } from '../store/open.js';
import { pipelineVersion } from '../store/pipeline-version.js';
import type { PutStatus } from '../store/store.js';
import { defaultJobTimeoutS, DOCUMENT_QUEUE, jobLimits, FEED_QUEUE, FOLLOW_QUEUE, QUEUES, queueLocation, queuePool, startBoss } from './connect.js';
import { completeJobs } from './complete.js';
import { planDuePolls, queueItems, readFeedJob, type FeedContext } from './feeds.js';
import { inputName, type DocumentJob, type FeedJob, type JobSettings, type QueuedJob } from './jobs.js';
import { DEFAULT_HOST_DELAY_MS, politeFetcher, sharedGate } from './politeness.js';

export interface WorkerOptions {
  /** The store: a postgres:// URL (the queue lives beside it). */
  location: string;
  /** Documents extracted at once (worker threads). */
  concurrency: number;
  /** Exit once no job is waiting, running or due for a retry. */
  drain: boolean;
  hostDelayMs?: number;
  /** Pause between looks at an empty queue (default 1,000 ms). */
  pollMs?: number;
  /** Documents per store transaction (default 64). */
  batchSize?: number;
  /**
   * Extraction threads to use instead of starting `concurrency` new ones; the caller closes
   * them. Threads that have already read many documents run the pipeline compiled, so a
   * process that runs the worker more than once keeps that.
   */
  extractor?: Extractor;
  signal?: AbortSignal;
  /** Progress lines (every few seconds) and the notable events of the run. */
  log?: (line: string) => void;
  /** Called for each document job as it ends. */
  onDocument?: (name: string, status: PutStatus | 'failed', detail: string) => void;
}

export interface WorkerSummary extends IngestCounts {
  /** Feed jobs read, and the item jobs they queued. */
  feeds: number;
  itemsQueued: number;
  failures: { input: string; error: string }[];
  elapsedMs: number;
  rate: number;
  /** Processor time of the whole process (every thread, the collector's too), in seconds. */
  cpuSeconds: number;
}

/** A pause that ends early on abort; its listener goes with it (a worker pauses every second for months). */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

const messageOf = (error: unknown): string => (error instanceof InputError ? error.message : error instanceof Error ? error.message : String(error));

export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const started = Date.now();
  const cpuAtStart = process.cpuUsage();
  const loc = queueLocation(o.location);
  const log = o.log ?? (() => undefined);
  const pollMs = o.pollMs ?? 1000;
  const store = await openStore(o.location);
  let boss: PgBoss | null = null;
  const pool = queuePool(loc, 3);
  const extractor = o.extractor ?? workerExtractor(Math.max(1, o.concurrency));
  const internal = new AbortController();
  const signal = AbortSignal.any([internal.signal, ...(o.signal ? [o.signal] : [])]);
  const summary: WorkerSummary = { new: 0, unchanged: 0, updated: 0, failed: 0, feeds: 0, itemsQueued: 0, failures: [], elapsedMs: 0, rate: 0, cpuSeconds: 0 };
  try {
    boss = await startBoss(loc, { supervise: true, max: 3 });
    const b = boss;
    const fetcher = politeFetcher(sharedGate(pool, loc.schema, o.hostDelayMs ?? DEFAULT_HOST_DELAY_MS));
    // A bad READOUT_JOB_TIMEOUT or READOUT_RETRY_DELAY stops the worker here, not at its first feed.
    const jobTimeoutS = jobLimits(defaultJobTimeoutS()).expireInSeconds;
    const feedCtx: FeedContext = { boss: b, loc, pool, fetcher, jobTimeoutS };

    // ---------------------------------------------------------------- job bookkeeping
    const jobOf = new WeakMap<SourceItem, QueuedJob<DocumentJob>>();
    let toComplete = new Map<string, string[]>();
    const toFail: { queue: string; id: string; error: string }[] = [];
    const settle = async () => {
      // A batch being written reports its documents while these completions are on their way:
      // they go into a fresh map, for the next settle, rather than being cleared with this one
      // (a job left active is redone only once its time limit has passed).
      const due = toComplete;
      if (due.size > 0) toComplete = new Map();
      for (const [status, ids] of due) await completeJobs(pool, loc, DOCUMENT_QUEUE, ids, { status });
      while (toFail.length > 0) {
        const f = toFail.shift()!;
        await b.fail(f.queue, f.id, { message: f.error });
      }
    };
    const completed = (id: string, status: PutStatus | 'feed read') => {
      let list = toComplete.get(status);
      if (!list) toComplete.set(status, (list = []));
      list.push(id);
    };

    /** Nothing waiting now, running anywhere, or due for a retry (future polls of followed feeds do not count). */
    const queueIdle = async (): Promise<boolean> => {
      const r = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM "${loc.schema}".job WHERE name = ANY($1::text[])
           AND (state IN ('active', 'retry') OR (state = 'created' AND start_after <= now() + interval '1 second'))`,
        [QUEUES],
      );
      return Number(r.rows[0]?.n ?? 0) === 0;
    };
    let lastExpire = 0;
    const expireLost = async () => {
      // pg-boss's own maintenance does this too; an idle worker looks more often so a dead
      // worker's jobs come back soon after their time limit.
      if (Date.now() - lastExpire < 5000) return;
      lastExpire = Date.now();
      await b.expire().catch(() => undefined);
    };

    // ---------------------------------------------------------------- document jobs -> items
    const settingsOf = (s: JobSettings) => ({ source: s.source ?? null, defaultDate: s.date ?? null });
    const prepare = async (job: QueuedJob<DocumentJob>): Promise<SourceItem[]> => {
      const d = job.data;
      const options = resolveSourceOptions({ maxBytes: d.settings.maxBytes ?? DEFAULT_MAX_BYTES, timeoutMs: d.settings.timeoutMs, fetchPages: d.settings.fetchPages, fetcher });
      const settings = settingsOf(d.settings);
      const collect = async (items: AsyncIterable<SourceItem>) => {
        const out: SourceItem[] = [];
        for await (const item of items) out.push(item.ok ? { ...item, settings } : item);
        return out;
      };
      const expand = async (bytes: Uint8Array, contentType: string | null): Promise<SourceItem[]> => {
        const feed = await feedFromBytes(bytes, d.name, contentType, options.maxBytes);
        if (feed.items.length === 0) return [{ ok: false, name: d.name, error: `${d.name}: the feed has no items` }];
        summary.feeds++;
        summary.itemsQueued += await queueItems(feedCtx, d.name, feed, null, d.settings);
        return [];
      };
      switch (d.kind) {
        case 'input':
          return [{ ok: true, name: d.name, input: d.input, key: d.key, origin: 'jsonl', warning: null, settings }];
        case 'item': {
          const item = await feedItemSource(d.feedTitle, d.item, d.name, options);
          return [item.ok ? { ...item, settings } : item];
        }
        case 'bytes': {
          const bytes = Buffer.from(d.base64, 'base64');
          if (kindOf(bytes, d.ext, null) === 'feed') return expand(bytes, null);
          return collect(fromBytes(bytes, d.name, d.ext, { id: d.id, fileKey: d.key, pageUrl: null, contentType: null }, options));
        }
        case 'url': {
          const page = await fetcher(d.url, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs });
          let ext = '';
          try {
            ext = new URL(page.url).pathname.match(/\.[a-z0-9]+$/i)?.[0]?.toLowerCase() ?? '';
          } catch {
            ext = '';
          }
          if (kindOf(page.bytes, ext, page.contentType) === 'feed') return expand(page.bytes, page.contentType);
          return collect(fromBytes(page.bytes, d.name, ext, { id: null, fileKey: null, pageUrl: page.url, contentType: page.contentType }, options));
        }
      }
    };

    // Jobs are taken in batches: one round trip per few documents left the extraction threads
    // waiting on the queue. A store batch's worth at a time: each fetch is a statement the
    // server plans and a scan of the queue's index, so fewer, larger ones cost it less per job.
    const maxPreparing = Math.max(32, o.batchSize ?? 64, o.concurrency * 16);
    async function* documents(): AsyncGenerator<IngestInput> {
      const ready: SourceItem[] = [];
      const preparing = new Set<Promise<void>>();
      for (;;) {
        await settle();
        if (ready.length > 0) {
          yield ready.shift()!;
          continue;
        }
        if (!signal.aborted && preparing.size < maxPreparing) {
          const jobs = (await b.fetch<DocumentJob>(DOCUMENT_QUEUE, { batchSize: maxPreparing - preparing.size })) as QueuedJob<DocumentJob>[];
          for (const job of jobs) {
            const p: Promise<void> = prepare(job).then(
              (items) => {
                // A feed (file or URL) became item jobs: its own job is done.
                if (items.length === 0) completed(job.id, 'feed read');
                // Anything else is one document, so the job ends with it.
                const [item] = items;
                if (item) {
                  jobOf.set(item, job);
                  ready.push(item);
                }
              },
              (error: unknown) => {
                const item: SourceItem = { ok: false, name: inputName(job.data), error: messageOf(error).startsWith(inputName(job.data)) ? messageOf(error) : `${inputName(job.data)}: ${messageOf(error)}` };
                jobOf.set(item, job);
                ready.push(item);
              },
            ).finally(() => preparing.delete(p));
            preparing.add(p);
          }
        }
        if (ready.length > 0) continue;
        if (preparing.size > 0) {
          await Promise.race(preparing);
          continue;
        }
        if (signal.aborted) return;
        // Nothing at hand: store what is pending, then look again after a pause.
        yield FLUSH;
        await settle();
        if (o.drain && (await queueIdle())) {
          internal.abort();
          return;
        }
        await expireLost();
        await sleep(pollMs, signal);
      }
    }

    // ---------------------------------------------------------------- feed jobs and the follow tick
    // Whether a follow tick or a feed job is due, asked before taking any: most of the time
    // there is none, and two pg-boss fetches a second (each a statement the server plans and
    // an update) cost the server more than this one look at the queue's index.
    const feedJobsDue = async (): Promise<boolean> => {
      const r = await pool.query<{ due: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "${loc.schema}".job WHERE name = ANY($1::text[]) AND state < 'active' AND start_after < now()) AS due`,
        [[FOLLOW_QUEUE, FEED_QUEUE]],
      );
      return r.rows[0]?.due === true;
    };
    const feedLoop = async () => {
      while (!signal.aborted) {
        if (!(await feedJobsDue())) {
          await sleep(pollMs, signal);
          continue;
        }
        let worked = false;
        const ticks = await b.fetch(FOLLOW_QUEUE, { batchSize: 1 });
        for (const tick of ticks) {
          worked = true;
          try {
            await planDuePolls(feedCtx);
            await b.complete(FOLLOW_QUEUE, tick.id);
          } catch (error) {
            await b.fail(FOLLOW_QUEUE, tick.id, { message: `follow tick: ${messageOf(error)}` });
          }
        }
        const feeds = (await b.fetch<FeedJob>(FEED_QUEUE, { batchSize: 4 })) as QueuedJob<FeedJob>[];
        await Promise.all(
          feeds.map(async (job) => {
            worked = true;
            try {
              const r = await readFeedJob(feedCtx, job.data);
              summary.feeds++;
              summary.itemsQueued += r.queued;
              if (r.queued > 0 || !job.data.follow) log(`feed ${job.data.url}: ${r.notModified ? 'not modified' : `${r.items} items, ${r.queued} queued`}`);
              await b.complete(FEED_QUEUE, job.id, { items: r.items, queued: r.queued, notModified: r.notModified });
            } catch (error) {
              const message = messageOf(error).startsWith(job.data.url) ? messageOf(error) : `${job.data.url}: ${messageOf(error)}`;
              summary.failures.push({ input: job.data.url, error: message });
              log(`failed  ${message}`);
              await b.fail(FEED_QUEUE, job.id, { message });
            }
          }),
        );
        if (!worked) await sleep(pollMs, signal);
      }
    };

    let lastLog = Date.now();
    let feedError: unknown = null;
    const feedsDone = feedLoop().catch((error: unknown) => {
      feedError = error;
      internal.abort();
    });
    const result = await ingestItems(documents(), {
      store,
      pipelineVersion: pipelineVersion(),
      extractor,
      batchSize: o.batchSize ?? 64,
      onItem: (name, status, detail, item) => {
        const job = jobOf.get(item);
        if (job) {
          if (status === 'failed') toFail.push({ queue: DOCUMENT_QUEUE, id: job.id, error: detail });
          else completed(job.id, status);
        }
        o.onDocument?.(name, status, detail);
      },
      onProgress: (p) => {
        if (Date.now() - lastLog < 5000) return;
        lastLog = Date.now();
        const secs = (Date.now() - started) / 1000;
        log(`${p.done} documents: ${p.new} new, ${p.unchanged} unchanged, ${p.updated} updated, ${p.failed} failed (${(p.done / secs).toFixed(1)} documents/s)`);
      },
    });
    internal.abort();
    await settle();
    await feedsDone;
    if (feedError) throw feedError;
    Object.assign(summary, { new: result.new, unchanged: result.unchanged, updated: result.updated, failed: result.failed + summary.failures.length });
    summary.failures.unshift(...result.failures);
  } finally {
    internal.abort();
    if (!o.extractor) await extractor.close();
    await boss?.stop({ graceful: false, close: true }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    await store.close();
  }
  summary.elapsedMs = Date.now() - started;
  const cpu = process.cpuUsage(cpuAtStart);
  summary.cpuSeconds = Math.round((cpu.user + cpu.system) / 1e4) / 100;
  const docs = summary.new + summary.unchanged + summary.updated + summary.failed;
  summary.rate = summary.elapsedMs > 0 ? (docs * 1000) / summary.elapsedMs : docs;
  return summary;
}
