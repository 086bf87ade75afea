import type { FastifyInstance } from 'fastify';
import type { CommandIO } from '../cli/command.js';
import type { Store } from '../store/store.js';
import { buildServer, type ExtractionOptions, type LogLevel } from './app.js';
import { generateToken, isLoopback } from './security.js';

export const DEFAULT_PORT = 8737;
export const DEFAULT_HOST = '127.0.0.1';

export interface StartOptions {
  store: Store;
  host: string;
  /** null: the default port, moving up to the next free one if it is taken. */
  port: number | null;
  token: string | null;
  io: CommandIO;
  /** Request and error log on stderr (default info). */
  logLevel?: LogLevel;
  /** Worker threads, time limit per document, queue bound. */
  extraction?: ExtractionOptions;
  /** Requests per minute one client may make to POST /api/extract (false: no limit). */
  extractRateLimit?: number | false;
  /** The PostgreSQL store's location, for its job queue on the status page. */
  queueDb?: string | null;
}

function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

/** Starts the server, prints where it listens, and resolves once it is closed by a signal. */
export async function startServer(options: StartOptions): Promise<FastifyInstance> {
  const loopback = isLoopback(options.host);
  let token = options.token;
  let generated = false;
  if (!token && !loopback) {
    token = generateToken();
    generated = true;
  }
  const app = await buildServer({
    store: options.store, token, loopbackOnly: loopback,
    logger: { level: options.logLevel ?? 'info', stream: options.io.stderr },
    // Start the threads (and their language model) now rather than on the first pasted text.
    extraction: { ...options.extraction, eager: true },
    extractRateLimit: options.extractRateLimit,
    queueDb: options.queueDb ?? null,
  });
  let port = options.port ?? DEFAULT_PORT;
  for (let attempt = 0; ; attempt++) {
    try {
      await app.listen({ host: options.host, port });
      break;
    } catch (error) {
      if (options.port === null && isAddressInUse(error) && attempt < 20) {
        port++;
        continue;
      }
      throw error;
    }
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${shownHost === '0.0.0.0' || shownHost === '[::]' ? 'localhost' : shownHost}:${actualPort}/`;
  options.io.stdout.write(`Readout is serving ${options.store.location} (${options.store.backend})\n`);
  options.io.stdout.write(`  Open ${url}\n  API docs ${url}docs\n`);
  if (token) {
    options.io.stdout.write(
      generated
        ? `  Write endpoints need this token (listening beyond localhost): ${token}\n  Send it as "Authorization: Bearer TOKEN"; set READOUT_TOKEN or --token to choose your own.\n`
        : '  Write endpoints need the token you gave (Authorization: Bearer TOKEN).\n',
    );
  }
  options.io.stdout.write('  Press Ctrl+C to stop.\n');
  return app;
}

/** Waits for Ctrl+C (or SIGTERM), then closes the server and the store. */
export function untilStopped(app: FastifyInstance, store: Store): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      app.close().then(() => store.close()).then(() => resolve(0), () => resolve(1));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
