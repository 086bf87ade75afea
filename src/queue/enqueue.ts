/**
 * `readout ingest --queue`: inputs -> jobs, without reading any document. Files are walked and
 * read (a worker elsewhere cannot see this disk), JSONL is split into lines, URLs are queued as
 * they are. Inputs that cannot be queued (missing, too large, a bad JSONL line) are reported
 * by name and the rest goes on.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { extname, resolve } from 'node:path';
import type PgBoss from 'pg-boss';
import { isHttpUrl } from '../ingest/fetch.js';
import { idFromPath, jsonlInputs, walkFiles } from '../ingest/files.js';
import { formatBytes } from '../ingest/limits.js';
import { isIngestibleFile } from '../ingest/sources.js';
import { DOCUMENT_QUEUE, defaultJobTimeoutS, jobLimits } from './connect.js';
import type { DocumentJob, JobSettings } from './jobs.js';

export interface EnqueueOptions {
  settings: JobSettings;
  maxBytes: number;
  jsonl?: boolean;
  stdin?: NodeJS.ReadableStream;
  /** Seconds after which a running job counts as lost and is retried. */
  jobTimeoutS?: number;
}

export interface EnqueueSummary {
  queued: number;
  failures: { input: string; error: string }[];
  elapsedMs: number;
}

/** Jobs are sent in groups: one statement per group, and a bounded amount of memory. */
const GROUP_JOBS = 200;
const GROUP_BYTES = 16 * 1048576;

export async function enqueueInputs(boss: PgBoss, args: readonly string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const started = Date.now();
  const failures: { input: string; error: string }[] = [];
  let group: PgBoss.JobInsert[] = [];
  let groupBytes = 0;
  let queued = 0;
  const limits = jobLimits(options.jobTimeoutS ?? defaultJobTimeoutS());
  const send = async () => {
    if (group.length === 0) return;
    await boss.insert(group);
    queued += group.length;
    group = [];
    groupBytes = 0;
  };
  const add = async (data: DocumentJob) => {
    group.push({ name: DOCUMENT_QUEUE, data, ...limits });
    groupBytes += data.kind === 'bytes' ? data.base64.length : data.kind === 'input' ? data.input.text.length : 200;
    if (group.length >= GROUP_JOBS || groupBytes >= GROUP_BYTES) await send();
  };
  const settings = options.settings;

  const jsonl = async (stream: NodeJS.ReadableStream, name: string) => {
    for await (const r of jsonlInputs(stream, name)) {
      if (!r.ok) failures.push({ input: r.name, error: r.error });
      else await add({ kind: 'input', name: r.name, input: r.input, key: r.input.url ?? (r.input.id ? `id:${r.input.id}` : null), settings });
    }
  };

  const file = async (path: string) => {
    const ext = extname(path).toLowerCase();
    if (options.jsonl || ext === '.jsonl') {
      await jsonl(createReadStream(path), path);
      return;
    }
    try {
      const size = (await fs.stat(path)).size;
      if (size > options.maxBytes) {
        failures.push({ input: path, error: `${path}: ${formatBytes(size)} is over the ${formatBytes(options.maxBytes)} limit for one document; split it into documents or raise --max-mb` });
        return;
      }
      const bytes = await fs.readFile(path);
      await add({ kind: 'bytes', name: path, ext, base64: bytes.toString('base64'), id: idFromPath(path), key: `file:${resolve(path)}`, settings });
    } catch (error) {
      failures.push({ input: path, error: `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    }
  };

  for (const arg of args) {
    if (arg === '-') {
      const stdin = options.stdin ?? process.stdin;
      if (options.jsonl) await jsonl(stdin, 'stdin');
      else {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of stdin) {
          const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
          size += b.length;
          if (size <= options.maxBytes) chunks.push(b);
        }
        if (size > options.maxBytes) failures.push({ input: 'stdin', error: `stdin: ${formatBytes(size)} is over the ${formatBytes(options.maxBytes)} limit for one document` });
        else await add({ kind: 'bytes', name: 'stdin', ext: '', base64: Buffer.concat(chunks).toString('base64'), id: null, key: null, settings });
      }
      continue;
    }
    if (isHttpUrl(arg)) {
      await add({ kind: 'url', name: arg, url: arg, settings });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await fs.stat(arg)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      failures.push({ input: arg, error: `${arg}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? (error as Error).message})`}` });
      continue;
    }
    if (!isDir) await file(arg);
    else for await (const f of walkFiles(arg)) if (isIngestibleFile(f)) await file(f);
  }
  await send();
  return { queued, failures, elapsedMs: Date.now() - started };
}
