import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Readout's package.json, found by walking up from this file, so the
 * same code finds dist/ui and demo/ whether it runs compiled (dist/server) or from src/.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'readout') return dir;
      } catch {
        // An unreadable package.json is not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the readout package folder above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export const uiDir = (): string => join(packageRoot(), 'dist', 'ui');
export const demoCorpusDir = (): string => join(packageRoot(), 'demo', 'corpus');
