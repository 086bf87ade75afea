import { afterAll, describe, expect, it } from 'vitest';
import { extractJsonBytes } from '../src/extract.js';
import { workerExtractor } from '../src/ingest/extract-pool.js';

const release = (i: number) =>
  `date 2023-05-${String((i % 28) + 1).padStart(2, '0')} Source: Ministry of Foreign Affairs\n\n` +
  `Foreign Minister Anna Lindqvist met Ambassador Tomas Varga in Vienna on Tuesday (meeting ${i}). ` +
  `"We agreed to open a consulate in Graz," Anna Lindqvist said. Trade grew by ${i + 3}% to $${i + 10} million.`;

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('extraction pool', () => {
  const pool = workerExtractor(2);
  afterAll(() => pool.close());

  it('gives every document asked for in one turn its own record, the same as on this thread', async () => {
    const inputs = Array.from({ length: 21 }, (_, i) => ({ text: release(i), id: `r${i}` }));
    const replies = await Promise.all(inputs.map((input) => pool.extractForStore!(input)));
    replies.forEach((reply, i) => {
      expect(reply).toBeInstanceOf(Uint8Array);
      expect(text(reply as Uint8Array)).toBe(text(extractJsonBytes(inputs[i]!)));
    });
  });

  it('mixes operations and long texts among the short ones', async () => {
    const long = `${release(1)}\n\n${'The delegations also discussed roads and ports. '.repeat(2000)}`;
    const [a, b, c] = await Promise.all([
      pool.extract({ text: release(2), id: 'a' }),
      pool.extractJson({ text: long, id: 'b' }),
      pool.extractForStore!({ text: release(3), id: 'c' }),
    ]);
    expect(a.id).toBe('a');
    expect(JSON.parse(text(b)).id).toBe('b');
    expect(JSON.parse(text(c as Uint8Array)).id).toBe('c');
  });
});

describe('extraction pool of one thread', () => {
  const pool = workerExtractor(1);
  afterAll(() => pool.close());

  it('finishes documents in the order they were asked for, beyond what the thread holds at once', async () => {
    // More groups than the thread takes at a time (4 tasks of up to 8 documents): the rest wait
    // in the pool's queue, and must leave it in order.
    const done: number[] = [];
    await Promise.all(Array.from({ length: 80 }, (_, i) => pool.extractForStore!({ text: release(i), id: `o${i}` }).then(() => done.push(i))));
    expect(done).toEqual(Array.from({ length: 80 }, (_, i) => i));
  });
});
