/**
 * The server stays responsive while it reads: GET /api/health is timed every 20 ms over real
 * HTTP on 127.0.0.1 while one 300 KB POST /api/extract runs on the extraction thread. The
 * server is a `readout serve` process of its own, so that building the request and reading
 * the 4 MB reply (this process's work) are not counted against it.
 * Target: every health answer within 100 ms.
 *   npx tsx bench/server-health.ts [--kb 300]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROSE } from './adversarial-shapes.js';
import { cliArgs } from './build.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');

export const HEALTH_TARGET_MS = 100;

export interface HealthBench {
  extractKb: number;
  extractStatus: number;
  extractMs: number;
  healthChecks: number;
  healthMedianMs: number;
  healthMaxMs: number;
  targetMs: number;
  withinTarget: boolean;
}

export async function benchHealth(options: { kb?: number } = {}): Promise<HealthBench> {
  const kb = options.kb ?? 300;
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-health-'));
  const server = spawn(
    process.execPath,
    [...cliArgs(), 'serve', '--db', join(dir, 'store.sqlite'), '--port', '0', '--workers', '1', '--time-limit', '300', '--rate-limit', '0', '--log-level', 'warn'],
    { cwd: REPO, env: { ...process.env, NO_COLOR: '1', READOUT_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`readout serve did not start: ${out}`)), 120_000);
      const read = (d: Buffer) => {
        out += d.toString();
        const m = /Open (http:\/\/\S+?)\/?\s/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      server.stdout!.on('data', read);
      server.stderr!.on('data', read);
      server.on('close', () => reject(new Error(`readout serve stopped: ${out}`)));
    });
    const post = (text: string) =>
      fetch(`${address}/api/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    // The thread loads the model on its first text: not part of the figure.
    await (await post('The ministers met in Minsk on 2 May.')).text();
    const t0 = performance.now();
    let done = false;
    let status = 0;
    let extractMs = 0;
    const big = post(PROSE.make(kb * 1024)).then(async (res) => {
      await res.text();
      status = res.status;
      extractMs = performance.now() - t0;
      done = true;
      if (process.env.HEALTH_TRACE) console.log(`extract done at ${(extractMs / 1000).toFixed(2)} s`);
    });
    const times: number[] = [];
    while (!done) {
      const h0 = performance.now();
      const res = await fetch(`${address}/api/health`);
      await res.text();
      if (!done) times.push(performance.now() - h0);
      if (process.env.HEALTH_TRACE && performance.now() - h0 > 50) console.log(`slow health ${(performance.now() - h0).toFixed(0)} ms at ${((h0 - t0) / 1000).toFixed(2)} s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await big;
    const sorted = [...times].sort((a, b) => a - b);
    const max = sorted.at(-1) ?? 0;
    return {
      extractKb: kb,
      extractStatus: status,
      extractMs: Math.round(extractMs),
      healthChecks: times.length,
      healthMedianMs: Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10,
      healthMaxMs: Math.round(max * 10) / 10,
      targetMs: HEALTH_TARGET_MS,
      withinTarget: times.length > 0 && max <= HEALTH_TARGET_MS,
    };
  } finally {
    await new Promise<void>((resolve) => {
      server.on('close', () => resolve());
      server.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatHealth(h: HealthBench): string {
  return (
    `health during a ${h.extractKb} KB POST /api/extract (status ${h.extractStatus}, ${(h.extractMs / 1000).toFixed(1)} s): ` +
    `${h.healthChecks} checks, median ${h.healthMedianMs} ms, max ${h.healthMaxMs} ms (target <= ${h.targetMs} ms)` +
    (h.withinTarget ? '' : '   OVER TARGET')
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--kb');
  console.log(formatHealth(await benchHealth({ kb: i >= 0 ? Number(args[i + 1]) : 300 })));
}
