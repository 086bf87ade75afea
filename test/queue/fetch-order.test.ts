/**
 * A queue filled at once is drained without reading every waiting job at each fetch: the
 * job table has an index in the order pg-boss takes jobs, and a bulk `ingest --queue` leaves
 * the planner statistics that make it pick that index. Against the local PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseText } from '../hostile/writers-fixtures.js';
import { ANALYZE_AFTER_JOBS } from '../../src/queue/connect.js';
import { cli, findPostgres, testStore, type TestStore } from './queue-fixtures.js';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('queue/fetch-order: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); skipped');

describe.skipIf(!pgUrl)('taking jobs from a long queue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-fetch-order-'));
  let store: TestStore;
  beforeAll(async () => {
    store = await testStore(pgUrl!, 'rq_fetch');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store?.drop();
  });

  it('reads only the jobs it takes, in priority and creation order', async () => {
    const n = ANALYZE_AFTER_JOBS + 20;
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `release-${i}`, text: releaseText(i) }));
    writeFileSync(join(dir, 'releases.jsonl'), `${lines.join('\n')}\n`);
    const r = await cli(['ingest', '--queue', '--db', store.db, join(dir, 'releases.jsonl'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ queued: n });

    const index = await store.client.query<{ name: string | null }>(`SELECT to_regclass($1) AS name`, [`"${store.queueSchema}".readout_job_fetch_order`]);
    expect(index.rows[0]?.name).not.toBeNull();
    // The selection pg-boss makes when a worker takes jobs: planned as an ordered index scan
    // that stops after the jobs taken, with no sort of the whole queue.
    const plan = await store.client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT id FROM "${store.queueSchema}".job WHERE name = 'readout-documents' AND state < 'active' AND start_after < now()
         ORDER BY priority DESC, created_on, id LIMIT 64 FOR UPDATE SKIP LOCKED`,
    );
    const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index Scan/);
    expect(text).not.toMatch(/Sort/);
  });
});
