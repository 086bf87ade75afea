import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export class LexiconFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconFileError';
  }
}

let lexiconDir: string | null = null;

/**
 * The data/lexicon folder, found by walking up from this module, so the same code works
 * from src/ under tsx and from dist/ after a build.
 */
export function lexiconDirectory(): string {
  if (lexiconDir) return lexiconDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'lexicon');
    if (existsSync(candidate)) {
      lexiconDir = candidate;
      return candidate;
    }
    dir = dirname(dir);
  }
  throw new LexiconFileError('Cannot find data/lexicon above src/lexicon; run Readout from its package folder or reinstall it.');
}

/**
 * Reads a tab-separated lexicon: lines starting with "#" are comments, the first other line
 * names the columns, every further line is one entry. Empty cells become "".
 */
export function readTsv(fileName: string): Record<string, string>[] {
  const path = join(lexiconDirectory(), fileName);
  if (!existsSync(path)) throw new LexiconFileError(`Lexicon file ${path} is missing; restore it from the repository.`);
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  let columns: string[] | null = null;
  const rows: Record<string, string>[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (!columns) {
      columns = cells;
      return;
    }
    if (cells.length > columns.length) {
      throw new LexiconFileError(`${fileName} line ${i + 1}: expected at most ${columns.length} tab-separated cells, found ${cells.length}.`);
    }
    const row: Record<string, string> = {};
    columns.forEach((c, k) => (row[c] = cells[k] ?? ''));
    rows.push(row);
  });
  return rows;
}
