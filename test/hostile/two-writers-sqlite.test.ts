/**
 * Two `readout ingest` processes and a server taking API posts, all writing one SQLite file at
 * the same time: no failure, no "database is locked", every document once, one version each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { runCli, startCli } from '../fixtures/corpus/cli.js';
import { hostileFileCount, releaseText, writeReleases } from './writers-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-two-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `readout serve` on a free port and resolves with its base URL. */
async function serve(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = startCli(['serve', '--db', db, '--port', '0']);
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Open (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on('close', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A client that does what a 503 asks: when every extraction thread is busy and the queue is
 * full (a slow or loaded machine), it comes back after Retry-After seconds.
 */
async function postHonouringRetryAfter(url: string, body: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.text();
    const wait = Number(res.headers.get('retry-after'));
    if (res.status !== 503 || !(wait > 0) || attempt >= 30) return res.status;
    await new Promise((r) => setTimeout(r, wait * 1000));
  }
}

describe('two ingests and the API writing one SQLite store', () => {
  it('stores every document once with no failure', { timeout: 300_000 }, async () => {
    const n = hostileFileCount(600);
    const files = join(dir, 'files');
    writeReleases(files, n);
    const db = join(dir, 'store.sqlite');
    const server = await serve(db);
    try {
      const ingests = [runCli(['ingest', '--db', db, files, '--json']), runCli(['ingest', '--db', db, files, '--json'])];
      // API posts while the ingests run: new texts, and texts the ingests are storing too.
      const posts: Promise<number>[] = [];
      for (let i = 0; i < 60; i++) {
        const text = i % 3 === 0 ? releaseText(i) : releaseText(100_000 + i);
        posts.push(postHonouringRetryAfter(`${server.url}/api/documents`, JSON.stringify({ text })));
        await new Promise((r) => setTimeout(r, 20));
      }
      const statuses = await Promise.all(posts);
      const results = await Promise.all(ingests);
      for (const r of results) {
        expect(r.stderr).not.toMatch(/locked|busy/i);
        expect(r.code).toBe(0);
        const summary = JSON.parse(r.stdout) as { failed: number; new: number; unchanged: number; updated: number };
        expect(summary.failed).toBe(0);
        expect(summary.updated).toBe(0);
      }
      expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
      const store = await openStore(db);
      try {
        const versions = await store.db.selectFrom('document_versions').select(['document_id', 'hash', 'is_current']).execute();
        // The files plus the 40 posted texts no file has.
        expect(versions.length).toBe(n + 40);
        expect(new Set(versions.map((v) => v.hash)).size).toBe(versions.length);
        expect(new Set(versions.map((v) => v.document_id)).size).toBe(versions.length);
        expect(versions.every((v) => v.is_current === 1)).toBe(true);
        expect((await store.stats()).documents).toBe(n + 40);
      } finally {
        await store.close();
      }
    } finally {
      await server.stop();
    }
  });
});
