import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate, parseHeader } from '../src/ingest/header.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.join(repoRoot, 'demo/corpus');
const fixtureDir = path.join(repoRoot, 'test/fixtures/texts');
const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('demo corpus and fixture texts', () => {
  it('has at least 32 demo documents named NNN_slug.txt', () => {
    const names = files(corpusDir);
    expect(names.length).toBeGreaterThanOrEqual(32);
    for (const n of names) expect(n).toMatch(/^\d{3}_[a-z0-9_]+\.txt$/);
  });

  it.each([...files(corpusDir).map((f) => path.join(corpusDir, f)), ...files(fixtureDir).map((f) => path.join(fixtureDir, f))])(
    '%s starts with a header line, a blank line and a body',
    (file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^date \d{4}-\d{2}-\d{2} Source: [^\n]+\n\n\S/);
      const header = parseHeader(text);
      expect(header.date && isValidIsoDate(header.date)).toBe(true);
      expect(header.source).toBeTruthy();
      expect(text.length - header.bodyStart).toBeGreaterThan(200);
    },
  );

  it('carries storylines: the same people in several documents, under more than one spelling', () => {
    const all = files(corpusDir).map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
    const count = (re: RegExp) => all.filter((t) => re.test(t)).length;
    expect(count(/Aleksandr Lukashenko/)).toBeGreaterThanOrEqual(3);
    expect(count(/Alexander Lukashenko/)).toBeGreaterThanOrEqual(2);
    expect(count(/Irkutsk Oblast/)).toBeGreaterThanOrEqual(4);
    expect(count(/Igor Kobzev/)).toBeGreaterThanOrEqual(3);
  });

  it('includes a document with markup to test that views escape it', () => {
    const all = files(corpusDir).map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
    expect(all.some((t) => t.includes('<script>alert(1)</script>') && t.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });
});
