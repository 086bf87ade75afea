import { createReadStream, promises as fs } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ExtractInput } from '../extract.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { parseJsonlLine } from './jsonl.js';
import { DEFAULT_MAX_BYTES, tooLarge } from './limits.js';

/** One input document, or the reason it could not be read; batches go on past failures. */
export type InputResult =
  | { ok: true; name: string; input: ExtractInput; warning: string | null }
  | { ok: false; name: string; error: string };

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);

/** Told about an entry a directory walk passes over, with the reason (a broken or looping symbolic link). */
export type SkipListener = (path: string, reason: string) => void;

/**
 * Every file below `dir`, depth first, in name order, so runs are repeatable. Symbolic links
 * are followed, each directory at most once: a link back into a folder already walked (a
 * loop) or a link to nothing is passed over and reported to `onSkip`.
 */
export async function* walkFiles(dir: string, onSkip?: SkipListener, seen = new Set<string>()): AsyncGenerator<string> {
  try {
    seen.add(await fs.realpath(dir));
  } catch {
    // The caller reports an unreadable root; below it, readdir says the same.
  }
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path, onSkip, seen);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) {
      let target: string;
      let isDir: boolean;
      let isFile: boolean;
      try {
        target = await fs.realpath(path);
        const stat = await fs.stat(target);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (error) {
        onSkip?.(path, `symbolic link to nothing readable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); skipped`);
        continue;
      }
      if (isFile) yield path;
      else if (isDir) {
        if (seen.has(target)) onSkip?.(path, `symbolic link to ${target}, a folder already read (a loop); skipped`);
        else yield* walkFiles(path, onSkip, seen);
      } else onSkip?.(path, 'symbolic link to something that is neither a file nor a folder; skipped');
    }
  }
}

export function idFromPath(path: string): string {
  return basename(path, extname(path));
}

/** Bytes of one plain-text document -> an extract input (header parsed later by makeDocument). */
export function textInput(bytes: Uint8Array, name: string, id: string | null, maxBytes = DEFAULT_MAX_BYTES): InputResult {
  try {
    const decoded = decodeBytes(bytes, name, { maxBytes });
    if (decoded.text.trim() === '') return { ok: false, name, error: `${name}: empty input: the file holds only white space` };
    return { ok: true, name, input: { text: decoded.text, id }, warning: decoded.warning ? `${name}: ${decoded.warning}` : null };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, name, error: error.message };
    throw error;
  }
}

async function readFileChecked(path: string, maxBytes: number): Promise<Uint8Array | InputResult> {
  try {
    const stat = await fs.stat(path);
    if (stat.size > maxBytes) {
      // Do not read a huge file into memory only to reject it.
      return { ok: false, name: path, error: new InputError(path, tooLarge(stat.size, maxBytes)).message };
    }
    return await fs.readFile(path);
  } catch (error) {
    return { ok: false, name: path, error: `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

/** JSONL: one document per line; every line gets an answer, in order, even a bad one. */
export async function* jsonlInputs(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<InputResult> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const where = `${name}:${n}`;
    const parsed = parseJsonlLine(line);
    if (!parsed.ok) {
      yield { ok: false, name: where, error: `${where}: ${parsed.problems.join('; ')}` };
      continue;
    }
    const item = parsed.item;
    yield { ok: true, name: where, input: { ...item, id: item.id || null }, warning: null };
  }
}

export interface ReadOptions {
  jsonl: boolean;
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    // Keep counting past the limit without keeping the bytes, so the message can say how big it was.
    if (size <= maxBytes + 1) chunks.push(b);
  }
  const all = Buffer.concat(chunks);
  return size > all.length ? new Uint8Array(size) : all;
}

/**
 * Paths (files, directories, or "-" for stdin) -> documents, lazily, in order.
 * Files named *.jsonl are read as JSONL; with `jsonl` every input is.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<InputResult> {
  for (const path of paths) {
    if (path === '-') {
      if (options.jsonl) {
        yield* jsonlInputs(options.stdin, 'stdin');
      } else {
        const bytes = await readAll(options.stdin, options.maxBytes);
        yield textInput(bytes, 'stdin', null, options.maxBytes);
      }
      continue;
    }
    let isDir = false;
    try {
      isDir = (await fs.stat(path)).isDirectory();
    } catch (error) {
      yield { ok: false, name: path, error: `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
      continue;
    }
    const skipped: InputResult[] = [];
    const files = isDir ? walkFiles(path, (p, why) => skipped.push({ ok: false, name: p, error: `${p}: ${why}` })) : (async function* () { yield path; })();
    for await (const file of files) {
      yield* skipped.splice(0);
      const ext = extname(file).toLowerCase();
      if (options.jsonl || ext === '.jsonl') {
        yield* jsonlInputs(createReadStream(file), file);
        continue;
      }
      if (isDir && !TEXT_EXTENSIONS.has(ext)) continue;
      const bytes = await readFileChecked(file, options.maxBytes);
      if (!(bytes instanceof Uint8Array)) {
        yield bytes;
        continue;
      }
      yield textInput(bytes, file, idFromPath(file), options.maxBytes);
    }
    yield* skipped.splice(0);
  }
}
