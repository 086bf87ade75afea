import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Lexicon files live in data/lexicon at the package root. This module sits two folders below
 * the root both in src/ and in the compiled dist/, so one relative URL serves both.
 */
const DATA_DIR = new URL('../../data/lexicon/', import.meta.url);

export class LexiconFileError extends Error {
  constructor(file: string, cause: unknown) {
    super(`Could not read lexicon file data/lexicon/${file} (${cause instanceof Error ? cause.message : String(cause)}); reinstall the package or restore the file.`);
    this.name = 'LexiconFileError';
  }
}

/** Rows of a tab-separated lexicon file; lines starting with '#' and blank lines are skipped. */
export function readTsv(file: string): string[][] {
  let text: string;
  try {
    text = readFileSync(fileURLToPath(new URL(file, DATA_DIR)), 'utf8');
  } catch (error) {
    throw new LexiconFileError(file, error);
  }
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((f) => f.trim()));
  }
  return rows;
}

/** Splits a "a|b|c" field; "-" and empty mean none. Forms with parentheses are notes, not names. */
export function alternatives(field: string | undefined): string[] {
  if (!field || field === '-') return [];
  return field.split('|').map((s) => s.trim()).filter((s) => s !== '' && !s.includes('('));
}

/** A value computed on first use and kept for the life of the process. */
export function cached<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
