/**
 * PostgreSQL bulk writes send each column as an array literal made by the store: every value
 * must come back from the server exactly as it went, whatever characters it holds.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgArrayLiteral } from '../src/store/write-tx.js';
import { findPostgres } from './fixtures/corpus/pg.js';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('store-pg-array: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); skipped');

describe('array literals made by the store', () => {
  it('quote every value, write nulls as NULL and leave other kinds of value to the driver', () => {
    expect(pgArrayLiteral(['a', null, undefined, 'b c'])).toBe('{"a",NULL,NULL,"b c"}');
    expect(pgArrayLiteral([1, 2.5, null])).toBe('{"1","2.5",NULL}');
    expect(pgArrayLiteral([])).toBe('{}');
    // A nested list or a buffer is not a value the literal writes: the list goes back unchanged.
    const nested = [['a'], 'b'];
    expect(pgArrayLiteral(nested)).toBe(nested);
  });

  describe.runIf(pgUrl)('read back by PostgreSQL', () => {
    const client = new pg.Client({ connectionString: pgUrl ?? '' });
    beforeAll(async () => {
      await client.connect();
    });
    afterAll(async () => {
      await client.end();
    });

    it('gives back texts with quotes, backslashes, braces, commas, spaces and the word NULL as they were', async () => {
      const texts = ['He said "no".', 'C:\\path\\to', '{a,b}', 'one, two', '  padded  ', 'NULL', '', 'Déclaration — “quoted”', '\\"', null, 'tab\there\nline'];
      const r = await client.query<{ v: (string | null)[] }>('SELECT $1::text[] AS v', [pgArrayLiteral(texts)]);
      expect(r.rows[0]!.v).toEqual(texts);
    });

    it('gives back whole numbers, fractions and nulls as numbers', async () => {
      const ints = [0, -3, 2147483647, null];
      const floats = [0.1, -2.5e10, 1e-7, null];
      const r = await client.query<{ i: (number | null)[]; f: (number | null)[] }>('SELECT $1::int4[] AS i, $2::float8[] AS f', [pgArrayLiteral(ints), pgArrayLiteral(floats)]);
      expect(r.rows[0]!.i).toEqual(ints);
      expect(r.rows[0]!.f).toEqual(floats);
    });
  });
});
