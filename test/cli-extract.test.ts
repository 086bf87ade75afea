import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { extract } from '../src/extract.js';

async function cli(argv: string[], stdin = '') {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const code = await main(argv, { stdout: out, stderr: err, stdin: Readable.from([stdin]) });
  return { code, stdout, stderr };
}

const RELEASE = 'date 2021-06-10 Source: Press Service\n\nThe minister met the ambassador on Tuesday.\n';

describe('readout extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-extract-'));
  const good = join(dir, 'good.txt');
  writeFileSync(good, RELEASE);

  it('prints one JSON record for one file, with the header as metadata', async () => {
    const r = await cli(['extract', good]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record).toMatchObject({ id: 'good', date: '2021-06-10', source: 'Press Service' });
    for (const key of ['people', 'organizations', 'places', 'quotes', 'quantities', 'events']) {
      expect(Array.isArray(record[key])).toBe(true);
    }
  });

  it('answers every JSONL line in order, bad lines included, and exits 1', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Talks were held in Minsk.' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: 'Trade grew.', date: '2020-02-03' }),
    ].join('\n');
    const r = await cli(['extract', '--jsonl', '-'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expect(lines[1].error).toMatch(/stdin:2: not valid JSON/);
    expect(lines[2].date).toBe('2020-02-03');
    expect(r.stderr).toMatch(/stdin:2/);
    expect(r.code).toBe(1);
  });

  it('goes on past empty, binary and oversized files in a directory, naming each', async () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    writeFileSync(join(batch, 'a.txt'), RELEASE);
    writeFileSync(join(batch, 'b-empty.txt'), '');
    writeFileSync(join(batch, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(join(batch, 'd-big.txt'), 'x'.repeat(2 * 1024 * 1024));
    writeFileSync(join(batch, 'e.txt'), 'Second release about talks.');
    const r = await cli(['extract', '--format', 'jsonl', '--max-mb', '1', batch]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b-empty\.txt: empty input/);
    expect(r.stderr).toMatch(/c-binary\.txt: binary data/);
    expect(r.stderr).toMatch(/d-big\.txt: 2\.0 MB is over the 1\.0 MB limit/);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => !l.error).map((l) => l.id);
    expect(ids).toEqual(['a', 'e']);
  });

  it('prints an array for several documents in json format', async () => {
    const r = await cli(['extract', good, good]);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it('warns about text that is not UTF-8 and still extracts it', async () => {
    const latin = join(dir, 'latin1.txt');
    writeFileSync(latin, Buffer.from('Caf\xe9 talks in S\xe3o Paulo were held on Monday between the two delegations.', 'latin1'));
    const r = await cli(['extract', latin]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
  });

  it('gives usage errors exit code 2', async () => {
    expect((await cli(['extract'])).code).toBe(2);
    expect((await cli(['extract', '--format', 'xml', good])).code).toBe(2);
    expect((await cli(['nonsense'])).code).toBe(2);
  });

  it('names a missing file', async () => {
    const r = await cli(['extract', join(dir, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.txt: cannot read \(ENOENT\)/);
  });

  it('prints a readable summary with --format pretty', async () => {
    const r = await cli(['extract', '--format', 'pretty', good]);
    expect(r.stdout).toMatch(/^good · 2021-06-10 · Press Service/);
  });
});

describe('readout extract over many documents', () => {
  const lines = Array.from({ length: 60 }, (_, i) =>
    JSON.stringify({ id: `n${i}`, date: '2022-03-0' + ((i % 9) + 1), text: `Minister ${['Ivan Petrov', 'Anna Berg', 'Li Wei'][i % 3]} met the Ambassador of Chile in Minsk on Monday. Trade grew by ${i + 2} per cent to $${i + 1} million, he said.` }),
  );

  it('writes the same records, in order, as extract gives each document alone', async () => {
    const r = await cli(['extract', '--jsonl', '-'], lines.join('\n'));
    expect(r.code).toBe(0);
    const got = r.stdout.trim().split('\n');
    expect(got).toHaveLength(60);
    got.forEach((line, i) => expect(line).toBe(JSON.stringify(extract(JSON.parse(lines[i]!)))));
  });

  it('writes each record of a slow pipe before the next line arrives', async () => {
    const input = new PassThrough();
    const out = new PassThrough();
    let stdout = '';
    out.on('data', (d) => (stdout += d));
    const run = main(['extract', '--jsonl', '-'], { stdout: out, stderr: new PassThrough(), stdin: input });
    for (let i = 0; i < 3; i++) {
      input.write(`${lines[i]}\n`);
      // The record comes while the pipe still holds nothing more: no waiting for a group to fill.
      const deadline = Date.now() + 4_000;
      while (stdout.trim().split('\n').filter(Boolean).length < i + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(stdout.trim().split('\n').filter(Boolean)).toHaveLength(i + 1);
    }
    input.end();
    expect(await run).toBe(0);
  });
});
