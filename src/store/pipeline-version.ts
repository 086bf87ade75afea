/**
 * A fingerprint of the extraction code and its lexicons. Every stored record carries the
 * fingerprint it was made with, so `readout reprocess` knows which documents are stale
 * after an upgrade without being told.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_VERSION = '0.1.0';

function hashTree(hash: ReturnType<typeof createHash>, dir: string, depth = 0): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (depth < 6) hashTree(hash, path, depth + 1);
    } else if (/\.(ts|js|json|tsv|txt)$/.test(name) && !/\.d\.ts$/.test(name)) {
      hash.update(name);
      hash.update(readFileSync(path));
    }
  }
}

let cached: string | null = null;

/** "0.1.0+<12 hex>": the package version plus a hash of the stage code, lexicon loaders and lexicon data. */
export function pipelineVersion(): string {
  // A fixed label wins (tests, or a deployment that versions its pipeline itself).
  const pinned = process.env.READOUT_PIPELINE_VERSION;
  if (pinned) return pinned;
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const src = join(here, '..'); // src/ (or dist/ when compiled)
  const root = join(src, '..');
  const hash = createHash('sha256');
  for (const dir of ['stages', 'lexicon', 'pipeline', 'record', 'document']) hashTree(hash, join(src, dir));
  hashTree(hash, join(root, 'data', 'lexicon'));
  cached = `${PACKAGE_VERSION}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}
