/**
 * Peak memory of `readout ingest` for one very large document: the demo releases written
 * one after another into a single text of 10 MB and of 50 MB (figures varied so the text
 * does not repeat itself exactly), ingested with `--max-mb 60` into a fresh SQLite file, each
 * in a process of its own. The peak resident set size of that process is the figure; the
 * goal is at most 10x the input plus 300 MB.
 *
 * Alone: `npx tsx bench/large-document.ts [MB ...]` (default 10 50).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');

export interface LargeDocumentRun {
  inputMb: number;
  peakRssMb: number;
  /** 10x the input plus 300 MB. */
  goalMb: number;
  seconds: number;
  ok: boolean;
}

/** A text of about `mb` MB made of the demo releases, one after another, with a header line. */
export function largeRelease(mb: number): string {
  const dir = path.join(root, 'demo', 'corpus');
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^date [^\n]*\n+/, ''));
  const parts = ['date 2021-03-02 Source: Press Service\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < mb * 1048576; i++) {
    const body = `${bodies[i % bodies.length]!.replace(/\d+/g, (d) => String(Number(d) + (i % 7)))}\n\n`;
    parts.push(body);
    size += body.length;
  }
  return parts.join('');
}

/** Runs one ingest in a child process that reports its own peak resident set size on exit. */
function ingestPeak(file: string, db: string): Promise<{ peakKb: number; seconds: number }> {
  // The compiled CLI when it is there (as users run it), else the source through tsx.
  const compiled = path.join(root, 'dist', 'cli', 'run.js');
  const entry = existsSync(compiled) ? compiled : path.join(root, 'src', 'cli', 'run.ts');
  const loader = existsSync(compiled) ? [] : ['--import', 'tsx'];
  // The child prints its peak (process.resourceUsage().maxRSS, in kB) on fd 3 as it exits.
  const script = `import { writeSync } from 'node:fs';
process.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });
process.argv.splice(1, 0, ${JSON.stringify(entry)});
await import(${JSON.stringify(pathToFileURL(entry).href)});`;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...loader, '--input-type=module', '-e', script, 'ingest', '--db', db, '--max-mb', '60', file], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let peak = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (peak += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`ingest exited with ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`));
      else resolve({ peakKb: Number(peak), seconds: (Date.now() - started) / 1000 });
    });
  });
}

export async function benchLargeDocument(options: { mbs?: number[]; log?: (line: string) => void } = {}): Promise<LargeDocumentRun[]> {
  const mbs = options.mbs ?? [10, 50];
  const log = options.log ?? ((l: string) => console.log(l));
  const out: LargeDocumentRun[] = [];
  for (const mb of mbs) {
    const dir = mkdtempSync(path.join(tmpdir(), 'readout-large-'));
    try {
      const file = path.join(dir, `release-${mb}mb.txt`);
      writeFileSync(file, largeRelease(mb));
      const { peakKb, seconds } = await ingestPeak(file, path.join(dir, 'store.sqlite'));
      const peakRssMb = Math.round(peakKb / 1024);
      const goalMb = 10 * mb + 300;
      const run = { inputMb: mb, peakRssMb, goalMb, seconds: Math.round(seconds), ok: peakRssMb <= goalMb };
      out.push(run);
      log(`  ${String(mb).padStart(3)} MB text   peak rss ${peakRssMb} MB   (goal <= ${goalMb} MB)${run.ok ? '' : '   OVER GOAL'}   ${run.seconds} s`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

export function formatLargeDocument(runs: LargeDocumentRun[]): string {
  return runs.map((r) => `${r.inputMb} MB: peak rss ${r.peakRssMb} MB (goal <= ${r.goalMb} MB)${r.ok ? '' : ' OVER GOAL'}`).join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const mbs = process.argv.slice(2).map(Number).filter((n) => Number.isFinite(n) && n > 0);
  const runs = await benchLargeDocument({ mbs: mbs.length > 0 ? mbs : undefined });
  console.log(JSON.stringify(runs));
}
