/**
 * The server reads texts on worker threads: a long extraction never holds up other
 * requests, a text past the time limit is stopped with a 422 naming the limit, a full queue
 * answers 503 with Retry-After, and one client cannot flood POST /api/extract.
 * Nothing here asserts a time: only the order in which answers arrive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROSE } from '../../bench/adversarial-shapes.js';
import { buildServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

let dir: string;
let store: Store;
const servers: FastifyInstance[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readout-hostile-server-'));
  store = await openStore(join(dir, 'store.sqlite'));
});

afterAll(async () => {
  for (const app of servers) await app.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function server(options: Partial<Parameters<typeof buildServer>[0]> = {}): Promise<FastifyInstance> {
  const app = await buildServer({ store, uiDir: join(dir, 'no-ui'), ...options });
  servers.push(app);
  return app;
}

const post = (app: FastifyInstance, text: string, url = '/api/extract') =>
  app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ text }) });

/** Waits until the pool has loaded the model in its thread, so the tests below measure extraction only. */
async function warm(app: FastifyInstance): Promise<void> {
  const res = await post(app, 'The ministers met in Minsk on 2 May.');
  expect(res.statusCode).toBe(200);
}

describe('extraction off the event loop', () => {
  it('answers /api/health while a large text is being read', async () => {
    const app = await server({ extraction: { threads: 1, timeoutMs: 120_000 } });
    await warm(app);
    const order: string[] = [];
    const big = post(app, PROSE.make(600_000)).then((res) => {
      order.push('extract');
      return res;
    });
    // Let the request reach its worker before asking for health.
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (let i = 0; i < 3; i++) {
      const health = await app.inject('/api/health');
      expect(health.statusCode).toBe(200);
      order.push('health');
    }
    const res = await big;
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body).people.length).toBeGreaterThan(0);
    expect(order).toEqual(['health', 'health', 'health', 'extract']);
  });

  it('stops a text that runs past the time limit with a 422 that names the limit, and goes on', async () => {
    const app = await server({ extraction: { threads: 1, timeoutMs: 100 } });
    await warm(app).catch(() => undefined);
    const res = await post(app, PROSE.make(900_000));
    expect(res.statusCode).toBe(422);
    const body = JSON.parse(res.body);
    expect(body.message).toMatch(/longer than the 0\.1 s limit/);
    // The stopped thread is replaced: the next small text is read.
    const next = await post(app, 'Kobzev met Lukashenko.');
    expect(next.statusCode).toBe(200);
  });

  it('answers 503 with Retry-After when every thread is busy and the queue is full', async () => {
    const app = await server({ extraction: { threads: 1, maxQueue: 0, timeoutMs: 120_000 } });
    await warm(app);
    const first = post(app, PROSE.make(400_000));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await post(app, 'Kobzev met Lukashenko.');
    expect(second.statusCode).toBe(503);
    expect(Number(second.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(second.body).message).toMatch(/busy.*try again in \d+ s/);
    expect((await first).statusCode).toBe(200);
  });

  it('reads texts sent for storage on the threads too', async () => {
    const app = await server({ extraction: { threads: 1, timeoutMs: 100 } });
    const res = await post(app, PROSE.make(900_000), '/api/documents');
    expect(res.statusCode).toBe(422);
    expect(JSON.parse(res.body).message).toMatch(/limit for one document/);
  });

  it('limits POST /api/extract per client with a 429 that says when to come back', async () => {
    const app = await server({ extractRateLimit: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await post(app, `Kobzev met Lukashenko ${i} times.`)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const res = await post(app, 'Once more.');
    expect(JSON.parse(res.body).message).toMatch(/at most 3 a minute.*try again in/);
    expect(res.headers['retry-after']).toBeDefined();
    // Other routes are not limited.
    expect((await app.inject('/api/health')).statusCode).toBe(200);
  });
});
