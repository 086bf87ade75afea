import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_DB_PATH } from '../../store/location.js';
import { isPostgresLocation, openStore } from '../../store/open.js';
import { DEFAULT_EXTRACT_RATE_LIMIT, DEFAULT_EXTRACTION, LOG_LEVELS, type ExtractionOptions, type LogLevel } from '../../server/app.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, untilStopped, type StartOptions } from '../../server/start.js';
import { UsageError, type Command } from '../command.js';

export function parsePort(value: string | undefined): number | null {
  if (value === undefined) return null;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}"`);
  return port;
}

export const serveOptions = {
  db: { type: 'string' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  token: { type: 'string' },
  'log-level': { type: 'string' },
  workers: { type: 'string' },
  'time-limit': { type: 'string' },
  queue: { type: 'string' },
  'rate-limit': { type: 'string' },
} as const;

/** One thread for the server itself, the others read texts (at least one, at most four). */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export const SERVE_OPTIONS_HELP = `  --log-level L   Request and error log on stderr: ${LOG_LEVELS.join(', ')} (default info)
  --workers N     Threads that read texts (default ${defaultWorkers()}: the cores but one)
  --time-limit S  Seconds one text may take before it is stopped with a 422 (default ${DEFAULT_EXTRACTION.timeoutMs / 1000})
  --queue N       Texts that may wait for a thread; beyond, a 503 with Retry-After (default ${DEFAULT_EXTRACTION.maxQueue})
  --rate-limit N  POST /api/extract requests per minute from one address (default ${DEFAULT_EXTRACT_RATE_LIMIT}; 0: no limit)`;

function whole(name: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

type ServeValues = { [K in keyof typeof serveOptions]?: string };

/** The server settings of `serve` and `demo`, checked (every problem is a UsageError naming the option). */
export function serverSettings(values: ServeValues): Pick<StartOptions, 'logLevel' | 'extraction' | 'extractRateLimit'> {
  const level = values['log-level'];
  if (level !== undefined && !LOG_LEVELS.includes(level as LogLevel)) {
    throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, not "${level}"`);
  }
  const extraction: ExtractionOptions = { threads: defaultWorkers() };
  if (values.workers !== undefined) extraction.threads = whole('workers', values.workers, 1, 64);
  if (values['time-limit'] !== undefined) {
    const s = Number(values['time-limit']);
    if (!Number.isFinite(s) || s <= 0 || s > 3600) throw new UsageError(`--time-limit must be a number of seconds from 0.1 to 3600, not "${values['time-limit']}"`);
    extraction.timeoutMs = Math.round(s * 1000);
  }
  if (values.queue !== undefined) extraction.maxQueue = whole('queue', values.queue, 0, 100_000);
  const rate = values['rate-limit'] === undefined ? undefined : whole('rate-limit', values['rate-limit'], 0, 1_000_000);
  return { logLevel: (level as LogLevel | undefined) ?? 'info', extraction, extractRateLimit: rate === 0 ? false : rate };
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web UI and the JSON API over a store',
  usage: `Usage: readout serve [--db PATH|URL] [--port N] [--host ADDRESS] [--token TOKEN] [--log-level L]

Starts the web interface and the JSON API (documented at /docs, /openapi.json). Texts are
read on worker threads, so the server keeps answering while they run. Requests and errors
are logged to stderr as JSON lines, each with its request id (the x-request-id header).

Options:
  --db PATH|URL   SQLite file or postgres:// URL (default ${DEFAULT_DB_PATH}; env READOUT_DB)
  --port N        Port to listen on (default ${DEFAULT_PORT}, or the next free one)
  --host ADDRESS  Address to bind (default ${DEFAULT_HOST}: this computer only)
  --token TOKEN   Token that write endpoints require (env READOUT_TOKEN). When listening
                  beyond localhost a token is always required; one is generated and
                  printed if none is given.
${SERVE_OPTIONS_HELP}`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: serveOptions, allowPositionals: false });
    const port = parsePort(values.port);
    const settings = serverSettings(values);
    const location = values.db ?? DEFAULT_DB_PATH;
    const store = await openStore(location);
    try {
      const app = await startServer({
        store, queueDb: isPostgresLocation(location) ? location : null, host: values.host ?? DEFAULT_HOST, port, token: values.token ?? process.env.READOUT_TOKEN ?? null, io, ...settings,
      });
      return await untilStopped(app, store);
    } catch (error) {
      await store.close();
      throw error;
    }
  },
};
