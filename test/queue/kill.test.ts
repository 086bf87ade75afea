/**
 * Three `readout worker` processes drain one queue of ~2,000 small distinct documents; one is
 * killed with SIGKILL part-way. Afterwards every document is stored exactly once (no second
 * version, none lost, no document without its version), and the jobs the killed worker held
 * were taken over by another worker once their time limit passed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCli } from '../fixtures/corpus/cli.js';
import { hostileFileCount, writeReleases } from '../hostile/writers-fixtures.js';
import { cli, count, exited, findPostgres, testStore, waitFor, type TestStore } from './queue-fixtures.js';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('queue/kill: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); skipped');

// A lost job comes back after 8 s (default 300 s), and a retry waits about a second.
const FAST = { READOUT_JOB_TIMEOUT: '8', READOUT_RETRY_DELAY: '1' };

describe.skipIf(!pgUrl)('three workers on one queue, one killed with SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-kill-'));
  let store: TestStore | undefined;
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store?.drop();
  });

  it('stores every document exactly once and the killed worker\'s jobs are done by another', { timeout: 240_000 }, async () => {
    const n = hostileFileCount(2000);
    store = await testStore(pgUrl!, 'rq_kill');
    const s = store;
    writeReleases(join(dir, 'releases'), n);
    const queued = await cli(['ingest', '--queue', '--db', s.db, join(dir, 'releases'), '--json'], FAST);
    expect(queued.code, queued.stderr).toBe(0);
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: n });

    const job = `"${s.queueSchema}".job`;
    const done = () => count(s.client, `SELECT count(*) AS n FROM ${job} WHERE name = 'readout-documents' AND state = 'completed'`);
    // The first worker says what it stores (--verbose), so that it is known to be at work when it is killed.
    const workers = [0, 1, 2].map((i) => startCli(['worker', '--db', s.db, '--drain', '--concurrency', '1', '--host-delay', '0', '--json', ...(i === 0 ? ['--verbose'] : [])], undefined, FAST));
    const exits = workers.map(exited);
    let stored0 = 0;
    workers[0]!.stderr!.on('data', (d: Buffer) => (stored0 += d.toString().split('\n').filter((l) => /^new\s/.test(l)).length));
    try {
      // Kill it once the work is well under way, while it holds jobs.
      await waitFor('a quarter of the documents done, some by the first worker', async () => stored0 > 0 && (await done()) >= n / 4, 150_000, 200);
      const active = await s.client.query<{ id: string }>(`SELECT id FROM ${job} WHERE name = 'readout-documents' AND state = 'active'`);
      expect(active.rows.length).toBeGreaterThan(0);
      workers[0]!.kill('SIGKILL');
      const killed = await exits[0]!;
      expect(killed.signal).toBe('SIGKILL');

      const [a, b] = await Promise.all([exits[1]!, exits[2]!]);
      for (const w of [a!, b!]) {
        expect(w.code, w.stderr).toBe(0);
        expect(JSON.parse(w.stdout)).toMatchObject({ failed: 0, updated: 0 });
      }

      // Every job done, none failed or left behind.
      const states = await s.client.query<{ state: string; n: string }>(`SELECT state::text AS state, count(*) AS n FROM ${job} WHERE name = 'readout-documents' GROUP BY 1`);
      expect(Object.fromEntries(states.rows.map((r) => [r.state, Number(r.n)]))).toEqual({ completed: n });
      // The jobs active at the kill all ended completed, and the killed worker's were tried again
      // (their time limit passed) by a worker still alive.
      const taken = await s.client.query<{ state: string; retry_count: number }>(`SELECT state::text AS state, retry_count FROM ${job} WHERE id = ANY($1::uuid[])`, [active.rows.map((r) => r.id)]);
      expect(taken.rows.every((r) => r.state === 'completed')).toBe(true);
      expect(taken.rows.filter((r) => r.retry_count > 0).length).toBeGreaterThan(0);

      // Exactly once in the store.
      const t = (name: string) => `"${s.schema}".${name}`;
      expect(await count(s.client, `SELECT count(*) AS n FROM ${t('documents')}`)).toBe(n);
      expect(await count(s.client, `SELECT count(*) AS n FROM ${t('document_versions')}`)).toBe(n);
      expect(await count(s.client, `SELECT count(DISTINCT hash) AS n FROM ${t('document_versions')}`)).toBe(n);
      expect(await count(s.client, `SELECT count(*) AS n FROM ${t('document_versions')} WHERE version <> 1`)).toBe(0);
      // No partial document: each has its current version, and each version its events.
      expect(await count(s.client, `SELECT count(*) AS n FROM ${t('documents')} d LEFT JOIN ${t('document_versions')} v ON v.id = d.current_version_id WHERE v.id IS NULL`)).toBe(0);
      expect(await count(s.client, `SELECT count(*) AS n FROM ${t('document_versions')} v WHERE v.n_events > 0 AND NOT EXISTS (SELECT 1 FROM ${t('events')} e WHERE e.version_id = v.id)`)).toBe(0);
    } finally {
      for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
      await Promise.all(exits);
    }
  });
});
