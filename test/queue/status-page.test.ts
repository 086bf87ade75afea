/**
 * GET /api/status and the web UI's Status page: the queue's counts, rate and last errors on a
 * PostgreSQL store, and a plain "no queue" on SQLite. The page is checked in Chromium when
 * /usr/bin/chromium is there.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import type { StatusResponse } from '../../src/server/api-types.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { buildUi, CHROMIUM, hasChromium, launchBrowser } from '../browser/harness.js';
import { releaseText } from '../hostile/writers-fixtures.js';
import { cli, closedPort, findPostgres, testStore, type TestStore } from './queue-fixtures.js';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('queue/status-page: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); the PostgreSQL part is skipped');
if (!hasChromium) console.warn(`queue/status-page: no browser at ${CHROMIUM}; the page itself is not checked`);

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

describe('status of a SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-status-'));
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openStore(join(dir, 'local.sqlite'));
    app = await buildServer({ store, uiDir: join(dir, 'no-ui'), loopbackOnly: true });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says plainly that there is no queue', async () => {
    const r = await app.inject({ url: '/api/status' });
    expect(r.statusCode).toBe(200);
    const body = r.json<StatusResponse>();
    expect(body.store).toMatchObject({ backend: 'sqlite', documents: 0 });
    expect(body.queue).toBeNull();
    expect(body.note).toMatch(/SQLite file, which has no job queue/);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json<{ paths: Record<string, { get?: { summary?: string } }> }>();
    expect(doc.paths['/api/status']?.get?.summary).toMatch(/job queue/);
  });
});

describe.skipIf(!pgUrl)('status of a PostgreSQL store with a queue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-status-pg-'));
  let s: TestStore;
  let store: Store;
  let missingUrl = '';
  beforeAll(async () => {
    s = await testStore(pgUrl!, 'rq_status');
    missingUrl = `http://127.0.0.1:${await closedPort()}/press/missing.html`;
    for (const i of [1, 2, 3]) writeFileSync(join(dir, `r${i}.txt`), releaseText(300 + i));
    const queued = await cli(['ingest', '--queue', '--db', s.db, join(dir, 'r1.txt'), join(dir, 'r2.txt'), join(dir, 'r3.txt'), missingUrl], { READOUT_RETRY_DELAY: '1' });
    expect(queued.code, queued.stderr).toBe(0);
    const drained = await cli(['worker', '--db', s.db, '--drain', '--concurrency', '1', '--host-delay', '0'], { READOUT_RETRY_DELAY: '1' });
    expect(drained.code, drained.stderr).toBe(0);
    // One more waiting, so that every column has something.
    writeFileSync(join(dir, 'r4.txt'), releaseText(304));
    expect((await cli(['ingest', '--queue', '--db', s.db, join(dir, 'r4.txt')])).code).toBe(0);
    store = await openStore(s.db);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await s?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same counts, rate and last errors as "readout status"', async () => {
    const app = await buildServer({ store, uiDir: join(dir, 'no-ui'), loopbackOnly: true, queueDb: s.db });
    try {
      const body = (await app.inject({ url: '/api/status' })).json<StatusResponse>();
      expect(body.note).toBeNull();
      expect(body.store).toMatchObject({ backend: 'postgres', documents: 3 });
      expect(body.queue?.documents).toMatchObject({ queued: 1, running: 0, failed: 1, done: 3 });
      expect(body.queue?.rate.last5).toBeGreaterThan(0);
      expect(body.queue?.lastErrors[0]).toMatchObject({ input: missingUrl, state: 'failed', attempts: 3 });
      const cliStatus = JSON.parse((await cli(['status', '--db', s.db, '--json'])).stdout) as { queue: StatusResponse['queue'] };
      expect(cliStatus.queue?.queues).toEqual(body.queue?.queues);
      expect(cliStatus.queue?.lastErrors).toEqual(body.queue?.lastErrors);
    } finally {
      await app.close();
    }
    // A server given no queue location says where to look instead of failing.
    const bare = await buildServer({ store, uiDir: join(dir, 'no-ui'), loopbackOnly: true });
    try {
      const body = (await bare.inject({ url: '/api/status' })).json<StatusResponse>();
      expect(body.queue).toBeNull();
      expect(body.note).toContain('readout status');
    } finally {
      await bare.close();
    }
  });

  it('says when nothing was ever queued on a PostgreSQL store', async () => {
    const empty = await testStore(pgUrl!, 'rq_empty');
    const emptyStore = await openStore(empty.db);
    const app = await buildServer({ store: emptyStore, uiDir: join(dir, 'no-ui'), loopbackOnly: true, queueDb: empty.db });
    try {
      const body = (await app.inject({ url: '/api/status' })).json<StatusResponse>();
      expect(body.queue).toBeNull();
      expect(body.note).toContain('No job has been queued');
      const text = await cli(['status', '--db', empty.db]);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toMatch(/queue\s+none yet/);
    } finally {
      await app.close();
      await emptyStore.close();
      await empty.drop();
    }
  });

  it.skipIf(!hasChromium)('shows the queue on the Status page, and "no queue" for SQLite', { timeout: 120_000 }, async () => {
    const uiDir = join(dir, 'ui');
    await buildUi(uiDir);
    const sqlite = await openStore(join(dir, 'plain.sqlite'));
    const apps = [
      await buildServer({ store, uiDir, loopbackOnly: true, queueDb: s.db }),
      await buildServer({ store: sqlite, uiDir, loopbackOnly: true }),
    ];
    const browser = await launchBrowser();
    try {
      const [pgSite, sqliteSite] = [await listen(apps[0]!), await listen(apps[1]!)];
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${pgSite}#/status`);
      await page.locator('[data-testid=queue-counts]').waitFor();
      const documentsRow = await page.locator('[data-testid=queue-counts] tbody tr').first().innerText();
      expect(documentsRow.split(/\s+/)).toEqual(['documents', '1', '0', '0', '1', '3']);
      expect(await page.locator('[data-testid=queue-rate]').innerText()).toMatch(/Documents done per minute: \d+ in the last minute/);
      expect(await page.locator('[data-testid=queue-errors]').innerText()).toContain(missingUrl);
      expect(await page.locator('nav a[aria-current=page]').innerText()).toBe('Status');

      await page.goto(`${sqliteSite}#/status`);
      await page.locator('[data-testid=queue-note]').waitFor();
      expect(await page.locator('[data-testid=queue-note]').innerText()).toMatch(/SQLite file, which has no job queue/);
      expect(await page.locator('[data-testid=queue-counts]').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      for (const app of apps) await app.close();
      await sqlite.close();
    }
  });
});
