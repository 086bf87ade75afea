/**
 * `readout ingest --queue` queues files, directories and JSONL lines and returns; `readout
 * worker --drain` stores them; a job that fails three times is parked as failed with an error
 * naming its input; `readout status` shows all of it. Against the local PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseText, writeReleases } from '../hostile/writers-fixtures.js';
import { runWorker } from '../../src/queue/worker.js';
import { cli, closedPort, count, findPostgres, storeRows, testStore, type TestStore } from './queue-fixtures.js';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('queue/ingest-worker: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); skipped');

// Short retry pauses so that a job failing three times is parked within seconds.
const FAST = { READOUT_RETRY_DELAY: '1', READOUT_JOB_TIMEOUT: '30' };

describe.skipIf(!pgUrl)('ingest --queue, worker --drain and status on PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-queue-'));
  let store: TestStore;
  let missingUrl = '';

  beforeAll(async () => {
    store = await testStore(pgUrl!, 'rq_ingest');
    missingUrl = `http://127.0.0.1:${await closedPort()}/press/gone.html`;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store?.drop();
  });

  it('queues a directory, a file and JSONL lines at once with a count, storing nothing yet', async () => {
    writeReleases(join(dir, 'releases'), 5);
    writeFileSync(join(dir, 'single.txt'), releaseText(50));
    const lines = [51, 52, 53].map((i) => JSON.stringify({ id: `line-${i}`, text: releaseText(i) }));
    writeFileSync(join(dir, 'more.jsonl'), `${lines.join('\n')}\n`);
    const r = await cli(['ingest', '--queue', '--db', store.db, join(dir, 'releases'), join(dir, 'single.txt'), join(dir, 'more.jsonl'), '--json'], FAST);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { queued: number; failures: unknown[]; queue: string };
    expect(summary).toMatchObject({ queued: 9, failures: [], queue: store.queueSchema });
    expect(await count(store.client, `SELECT count(*) AS n FROM "${store.queueSchema}".job WHERE name = 'readout-documents' AND state = 'created'`)).toBe(9);
    expect(await storeRows(store, 'documents')).toBe(0);

    // The text form says the count and what to run next.
    const page = await cli(['ingest', '--queue', '--db', store.db, missingUrl], FAST);
    expect(page.code).toBe(0);
    expect(page.stderr).toMatch(/queued 1 jobs .*readout worker/);

    // A feed file is one job; the worker turns its items into jobs of their own.
    const items = [60, 61].map((i) => `<item><title>Release ${i}</title><guid>release-${i}</guid><description>${releaseText(i).split('\n').slice(1).join(' ')}</description></item>`);
    writeFileSync(join(dir, 'press.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Ministry press</title>${items.join('')}</channel></rss>`);
    const feed = await cli(['ingest', '--queue', '--no-fetch', '--db', store.db, join(dir, 'press.xml'), '--json'], FAST);
    expect(feed.code, feed.stderr).toBe(0);
    expect(JSON.parse(feed.stdout)).toMatchObject({ queued: 1 });
  });

  it('refuses a queue on a SQLite store, naming the file', async () => {
    const file = join(dir, 'local.sqlite');
    const r = await cli(['ingest', '--queue', '--db', file, join(dir, 'single.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs a PostgreSQL store');
    const w = await cli(['worker', '--db', file, '--drain']);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('SQLite');
    const f = await cli(['follow', '--db', file, 'https://example.org/feed.xml']);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('readout ingest FEED_URL');
  });

  it('refuses a bad time limit or retry delay from the environment before queuing anything', async () => {
    const r = await cli(['ingest', '--queue', '--db', store.db, join(dir, 'single.txt')], { READOUT_JOB_TIMEOUT: '0' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('READOUT_JOB_TIMEOUT wants whole seconds');
    const w = await cli(['worker', '--db', store.db, '--drain'], { READOUT_RETRY_DELAY: 'soon' });
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('READOUT_RETRY_DELAY wants whole seconds');
  });

  it('drains the queue: every document stored once, feed items included, the failing page parked after three attempts', { timeout: 120_000 }, async () => {
    const r = await cli(['worker', '--db', store.db, '--drain', '--concurrency', '1', '--host-delay', '0', '--json'], FAST);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { new: number; feeds: number; itemsQueued: number; failures: { input: string; error: string }[] };
    expect(summary).toMatchObject({ new: 11, feeds: 1, itemsQueued: 2 });
    // Three attempts, each reported with the page's address.
    expect(summary.failures.length).toBe(3);
    for (const f of summary.failures) expect(f.error).toContain(missingUrl);
    expect(await storeRows(store, 'documents')).toBe(11);
    expect(await storeRows(store, 'document_versions')).toBe(11);

    const parked = await store.client.query<{ state: string; retry_count: number; message: string }>(
      `SELECT state::text AS state, retry_count, output->>'message' AS message FROM "${store.queueSchema}".job WHERE data->>'url' = $1`,
      [missingUrl],
    );
    expect(parked.rows).toHaveLength(1);
    expect(parked.rows[0]).toMatchObject({ state: 'failed', retry_count: 2 });
    expect(parked.rows[0]!.message).toContain(missingUrl);

    // A done job keeps the name of its input, not the input: the text is in the store now.
    const done = await store.client.query<{ name: string | null; carries: boolean }>(
      `SELECT data->>'name' AS name, (data ? 'input' OR data ? 'base64' OR data ? 'item') AS carries
         FROM "${store.queueSchema}".job WHERE name = 'readout-documents' AND state = 'completed'`,
    );
    expect(done.rows).toHaveLength(12);
    expect(done.rows.every((r) => r.name !== null && !r.carries)).toBe(true);
    expect(done.rows.map((r) => r.name)).toContain(join(dir, 'single.txt'));

    // A second drain finds nothing to do: the failed job is not tried a fourth time.
    const again = await cli(['worker', '--db', store.db, '--drain', '--concurrency', '1', '--json'], FAST);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, unchanged: 0, failed: 0 });
  });

  it('status shows the counts, the rate and the last error naming its input', async () => {
    const r = await cli(['status', '--db', store.db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const status = JSON.parse(r.stdout) as {
      store: { documents: number; backend: string };
      queue: { documents: { queued: number; running: number; failed: number; done: number }; rate: { last1: number; last5: number }; perMinute: number[]; lastErrors: { input: string; error: string; attempts: number; state: string }[] };
    };
    // Done: 9 documents, the feed file and its 2 items.
    expect(status.store).toMatchObject({ documents: 11, backend: 'postgres' });
    expect(status.queue.documents).toMatchObject({ queued: 0, running: 0, failed: 1, done: 12 });
    expect(status.queue.perMinute.reduce((a, b) => a + b, 0)).toBe(12);
    expect(status.queue.rate.last5).toBeGreaterThan(0);
    expect(status.queue.lastErrors[0]).toMatchObject({ input: missingUrl, state: 'failed', attempts: 3 });
    expect(status.queue.lastErrors[0]!.error).toContain(missingUrl);

    const text = await cli(['status', '--db', store.db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/QUEUED\s+RUNNING\s+RETRY\s+FAILED\s+DONE/);
    expect(text.stdout).toMatch(/documents\s+0\s+0\s+0\s+1\s+12/);
    expect(text.stdout).toContain('documents per minute');
    expect(text.stdout).toContain(missingUrl);
  });

  it('status on a SQLite store says plainly it has no queue', async () => {
    const r = await cli(['status', '--db', join(dir, 'plain.sqlite')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/queue\s+none: a SQLite store/);
  });
});

describe.skipIf(!pgUrl)('two workers given the same documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-queue-twice-'));
  let store: TestStore | undefined;
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store?.drop();
  });

  it('store each once: the second copy of a document is "unchanged", never a second version', { timeout: 120_000 }, async () => {
    store = await testStore(pgUrl!, 'rq_twice');
    const s = store;
    const n = 40;
    writeReleases(join(dir, 'releases'), n);
    // The same folder queued twice: every document has two jobs, likely taken by different workers.
    for (let i = 0; i < 2; i++) {
      const r = await cli(['ingest', '--queue', '--db', s.db, join(dir, 'releases'), '--json'], FAST);
      expect(JSON.parse(r.stdout)).toMatchObject({ queued: n });
    }
    const summaries = await Promise.all([0, 1].map(() => runWorker({ location: s.db, concurrency: 1, drain: true, hostDelayMs: 0, pollMs: 200 })));
    expect(summaries.flatMap((x) => x.failures)).toEqual([]);
    expect(summaries.reduce((a, x) => a + x.new, 0)).toBe(n);
    expect(summaries.reduce((a, x) => a + x.unchanged, 0)).toBe(n);
    expect(summaries.reduce((a, x) => a + x.updated, 0)).toBe(0);
    expect(await storeRows(s, 'documents')).toBe(n);
    expect(await storeRows(s, 'document_versions')).toBe(n);
  });
});
