import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { explainCommand } from '../src/cli/commands/explain.js';

async function runExplain(argv: string[], stdin: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await explainCommand.run(argv, { stdout, stderr, stdin: Readable.from([stdin]) });
  return { code, out, err };
}

describe('readout explain', () => {
  it('prints the rule, the words, source and target with reasons', async () => {
    const r = await runExplain(['-'], 'date 2021-06-02 Source: Ministry\n\nNorway and Chile agreed on 2 June to expand trade. Norway did not attack Chile.\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 event/);
    expect(r.out).toMatch(/AGREE/);
    expect(r.out).toMatch(/rule: +patterns\.tsv:\d+ "agree"/);
    expect(r.out).toMatch(/source: +Norway.*Chile/);
    expect(r.out).toMatch(/date: +2021-06-02/);
    expect(r.out).not.toMatch(/not coded/);
  });
  it('with --all also lists what matched but was not coded, and why', async () => {
    const r = await runExplain(['--all', '-'], 'Norway did not attack Chile.\n');
    expect(r.out).toMatch(/0 events/);
    expect(r.out).toMatch(/not coded: "attack".*negated/);
  });
  it('refuses wrong usage', async () => {
    await expect(runExplain([], '')).rejects.toThrow(/exactly one file/);
  });
  it('reports an unreadable file', async () => {
    const r = await runExplain(['/nonexistent/file.txt'], '');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read/);
  });
});
