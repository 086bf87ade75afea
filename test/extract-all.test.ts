import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, extractAll } from '../src/extract.js';
import { runGroup, runTask, type WorkerOp } from '../src/ingest/extract-worker.js';

const DEMO = new URL('../demo/corpus/', import.meta.url);

describe('extractAll', () => {
  it('gives each text the record extract gives it, in the order given', () => {
    const inputs = readdirSync(DEMO)
      .sort()
      .slice(0, 12)
      .map((f) => ({ text: readFileSync(new URL(f, DEMO), 'utf8'), id: f }));
    // A bare string, and a text with nothing to read, among the others.
    const all = [...inputs.slice(0, 6), 'The minister met the ambassador in Minsk on Monday.', { text: '' }, ...inputs.slice(6)];
    expect(extractAll(all)).toEqual(all.map((input) => extract(input)));
  });
});

describe('runGroup', () => {
  it("gives each member of a worker's group the reply runTask gives it alone", () => {
    const ops: WorkerOp[] = ['extract', 'extract-json', 'extract-store', 'explain'];
    const group = readdirSync(DEMO)
      .sort()
      .slice(0, 8)
      .map((f, i) => ({ op: ops[i % ops.length]!, input: { text: readFileSync(new URL(f, DEMO), 'utf8'), id: f } }));
    // An input no document can be made of fails alone, with the reason runTask gives.
    const all = [...group, { op: 'extract' as const, input: { text: null as unknown as string } }];
    const replies = runGroup(all);
    expect(replies).toEqual(all.map((t) => runTask(t.op, t.input)));
    expect(replies.at(-1)).toMatchObject({ ok: false });
  });
});
