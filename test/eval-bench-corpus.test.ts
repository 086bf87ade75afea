import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOC_SEPARATOR, generateDocument, mulberry32, readDocuments, writeCorpus } from '../bench/corpus.js';
import { parseHeader } from '../src/ingest/header.js';

const dir = mkdtempSync(path.join(tmpdir(), 'readout-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchmark corpus generator', () => {
  it('is deterministic for a seed and varied across documents', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const docsA = Array.from({ length: 50 }, () => generateDocument(a));
    const docsB = Array.from({ length: 50 }, () => generateDocument(b));
    expect(docsA).toEqual(docsB);
    expect(new Set(docsA).size).toBe(50);
    const firstLines = new Set(docsA.map((d) => d.split('\n')[2]));
    expect(firstLines.size).toBeGreaterThan(40);
  });

  it('writes documents with a valid header and no repeated sentence inside a document', () => {
    const rand = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      const doc = generateDocument(rand);
      expect(parseHeader(doc).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc).not.toContain('{');
      const sentences = doc.split('\n').slice(2).join(' ').split(/(?<=[.!?”"])\s+/).filter((s) => s.length > 20);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });

  it('reaches the requested size and streams back exactly the documents written', async () => {
    const file = path.join(dir, 'c.txt');
    const info = writeCorpus(file, 300_000, 9);
    expect(statSync(file).size).toBe(info.bytes);
    expect(info.bytes).toBeGreaterThanOrEqual(300_000);
    let n = 0;
    let bytes = 0;
    for await (const doc of readDocuments(file)) {
      expect(doc.startsWith('date ')).toBe(true);
      expect(doc).not.toContain('\u001e');
      bytes += Buffer.byteLength(doc) + Buffer.byteLength(DOC_SEPARATOR);
      n++;
    }
    expect(n).toBe(info.documents);
    expect(bytes).toBe(info.bytes);
    expect(readFileSync(file, 'utf8').split(DOC_SEPARATOR).length - 1).toBe(info.documents);
  });
});
