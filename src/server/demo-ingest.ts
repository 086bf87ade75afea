import { promises as fs } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { contentHash, extract } from '../extract.js';
import { decodeBytes } from '../ingest/decode.js';
import type { Store } from '../store/store.js';
import { pipelineVersion } from '../store/pipeline-version.js';

export interface DemoIngestResult {
  added: number;
  unchanged: number;
  failed: { file: string; error: string }[];
}

/**
 * Loads the demo corpus (plain-text press releases) into a store. A text the store
 * already holds is skipped before the pipeline runs, so running the demo twice adds nothing.
 */
export async function ingestDemoCorpus(store: Store, dir: string): Promise<DemoIngestResult> {
  const result: DemoIngestResult = { added: 0, unchanged: 0, failed: [] };
  // The folder's README describes the corpus; it is not a release.
  const files = (await fs.readdir(dir))
    .filter((f) => ['.txt', '.text', '.md'].includes(extname(f).toLowerCase()) && !f.startsWith('.') && !/^readme(\.|$)/i.test(f))
    .sort();
  for (const file of files) {
    const path = join(dir, file);
    try {
      const { text } = decodeBytes(await fs.readFile(path), file);
      if (await store.findVersion(contentHash(text))) {
        result.unchanged++;
        continue;
      }
      const id = basename(file, extname(file));
      const record = extract({ text, id });
      const put = await store.putDocument({
        text, record, id, key: `demo:${file}`, url: record.url, title: record.title ?? titleFromText(text), date: record.date,
        source: record.source, origin: 'demo', pipelineVersion: pipelineVersion(),
      });
      if (put.status === 'unchanged') result.unchanged++;
      else result.added++;
    } catch (error) {
      result.failed.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

/** The first sentence of the body stands in for a title when the header gives none. */
export function titleFromText(text: string): string | null {
  const body = text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}[^\n]*\n/i, '').replace(/^\s*(Source|Title|URL):[^\n]*\n/gim, '').trim();
  const first = /^[^\n]*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body.split('\n')[0] ?? '';
  const words = first.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  return words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : first;
}
