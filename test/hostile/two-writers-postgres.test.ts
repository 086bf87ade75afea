/**
 * Two `readout ingest` processes writing the same files into one PostgreSQL schema at the same
 * time: no failure, every document once, no second version with the same text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { runCli } from '../fixtures/corpus/cli.js';
import { dropSchema, findPostgres, freshSchema } from '../fixtures/corpus/pg.js';
import { hostileFileCount, writeReleases } from './writers-fixtures.js';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('hostile/two-writers-postgres: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); skipped');

const dir = mkdtempSync(join(tmpdir(), 'readout-two-pg-'));
const schema = freshSchema('readout_two');
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (pgUrl) await dropSchema(pgUrl, schema);
});

describe.skipIf(!pgUrl)('two ingests writing one PostgreSQL schema', () => {
  it('stores every document once with no failure and no duplicate version', { timeout: 300_000 }, async () => {
    const n = hostileFileCount(600);
    const files = join(dir, 'files');
    writeReleases(files, n);
    const db = `${pgUrl}?schema=${schema}`;
    const results = await Promise.all([runCli(['ingest', '--db', db, files, '--json']), runCli(['ingest', '--db', db, files, '--json'])]);
    for (const r of results) {
      expect(r.stderr).not.toMatch(/duplicate key/i);
      expect(r.code).toBe(0);
      const summary = JSON.parse(r.stdout) as { failed: number; updated: number };
      expect(summary.failed).toBe(0);
      expect(summary.updated).toBe(0);
    }
    const store = await openStore(db);
    try {
      const versions = await store.db.selectFrom('document_versions').select(['document_id', 'hash', 'version']).execute();
      expect(versions.length).toBe(n);
      expect(new Set(versions.map((v) => v.document_id)).size).toBe(n);
      expect(versions.every((v) => v.version === 1)).toBe(true);
      expect((await store.stats()).documents).toBe(n);
    } finally {
      await store.close();
    }
  });
});
