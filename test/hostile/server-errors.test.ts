/**
 * Error replies are short and true: they never repeat the request body, a forbidden JSON key
 * is named as such, impossible dates are refused, and a 500 gives the request id under which
 * the log (pino, on stderr for `readout serve`) holds the error and its stack.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { serverSettings } from '../../src/cli/commands/serve.js';
import { buildServer } from '../../src/server/app.js';
import { forbiddenKey } from '../../src/server/json-body.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

let dir: string;
let store: Store;
let app: FastifyInstance;
let quiet: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readout-hostile-errors-'));
  store = await openStore(join(dir, 'store.sqlite'));
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  app = await buildServer({ store, uiDir: join(dir, 'no-ui'), logger: { level: 'info', stream } });
  app.get('/api/test-failure', async () => {
    throw new Error('the disk caught fire');
  });
  quiet = await buildServer({ store, uiDir: join(dir, 'no-ui') });
  quiet.get('/api/test-failure', async () => {
    throw new Error('the disk caught fire');
  });
});

afterAll(async () => {
  await app?.close();
  await quiet?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const postRaw = (target: FastifyInstance, payload: string, url = '/api/extract') =>
  target.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
const message = (res: { body: string }) => (JSON.parse(res.body) as { message: string }).message;

describe('error replies', () => {
  it('never echo a large bad body', async () => {
    const bad = `{"text": "${'a'.repeat(1_000_000)}" x`;
    const res = await postRaw(app, bad);
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(1000);
    expect(message(res)).toMatch(/not valid JSON at character \d+/);
  });

  it('never echo a huge key, header or path', async () => {
    const key = await postRaw(app, JSON.stringify({ text: 'hi', ['k'.repeat(500_000)]: 5 }));
    expect(key.statusCode).toBe(400);
    expect(key.body.length).toBeLessThan(1000);
    const type = await app.inject({ method: 'POST', url: '/api/extract', headers: { 'content-type': `application/${'x'.repeat(10_000)}` }, payload: 'x' });
    expect(type.body.length).toBeLessThan(1000);
    const path = await app.inject(`/api/${'p'.repeat(50_000)}`);
    expect(path.statusCode).toBe(404);
    expect(path.body.length).toBeLessThan(1000);
  });

  it('name a forbidden key instead of calling the body invalid JSON', async () => {
    const proto = await postRaw(app, '{"text": "The ministers met.", "__proto__": {"admin": true}}');
    expect(proto.statusCode).toBe(400);
    expect(message(proto)).toMatch(/forbidden key "__proto__"/);
    const nested = await postRaw(app, '{"text": "x", "title": null, "a": {"constructor": {"prototype": {}}}}');
    expect(message(nested)).toMatch(/forbidden key "a\.constructor\.prototype"/);
    expect(forbiddenKey(JSON.parse('[[[{"b": {"__proto__": 1}}]]]'))).toBe('0.0.0.b.__proto__');
    expect(forbiddenKey({ constructor: 'a name', text: 'x' })).toBeNull();
  });

  it('refuse impossible dates in bodies and query strings', async () => {
    const body = await postRaw(app, JSON.stringify({ text: 'The ministers met.', date: '2023-13-45' }));
    expect(body.statusCode).toBe(400);
    expect(message(body)).toMatch(/date "2023-13-45" is not a day of the calendar/);
    expect(message(await postRaw(app, JSON.stringify({ text: 'x', date: '2023-02-29' })))).toMatch(/2023-02-29/);
    expect((await postRaw(app, JSON.stringify({ text: 'The ministers met.', date: '2024-02-29' }))).statusCode).toBe(200);
    const query = await app.inject('/api/documents?from=2023-02-30&to=2023-13-01');
    expect(query.statusCode).toBe(400);
    expect(message(query)).toMatch(/from "2023-02-30".*to "2023-13-01"/);
  });
});

describe('the log and the 500 message', () => {
  it('gives the request id of a failure, logged with its stack', async () => {
    const res = await app.inject('/api/test-failure');
    expect(res.statusCode).toBe(500);
    const id = res.headers['x-request-id'] as string;
    expect(id).toBeTruthy();
    expect(message(res)).toBe(`internal error; the server log has the details under request id ${id}`);
    const logged = lines.map((l) => JSON.parse(l) as { reqId?: string; level: number; err?: { stack?: string } });
    const failure = logged.find((l) => l.reqId === id && l.level === 50);
    expect(failure?.err?.stack).toMatch(/the disk caught fire/);
    // Requests are logged at info level with their id.
    expect(logged.some((l) => l.reqId === id && l.level === 30)).toBe(true);
  });

  it('does not claim a log that is not kept', async () => {
    const res = await quiet.inject('/api/test-failure');
    expect(message(res)).toMatch(/^internal error \(request id [\w-]+\); this server keeps no log/);
  });

  it('takes --log-level, refusing unknown levels', () => {
    expect(serverSettings({}).logLevel).toBe('info');
    expect(serverSettings({ 'log-level': 'debug' }).logLevel).toBe('debug');
    expect(() => serverSettings({ 'log-level': 'loud' })).toThrow(UsageError);
    expect(() => serverSettings({ workers: '0' })).toThrow(/--workers/);
    expect(() => serverSettings({ 'time-limit': 'soon' })).toThrow(/--time-limit/);
    expect(serverSettings({ 'rate-limit': '0' }).extractRateLimit).toBe(false);
  });
});
