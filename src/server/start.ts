import type { FastifyInstance } from 'fastify';
import type { CommandIO } from '../cli/command.js';
import { extract } from '../extract.js';
import type { Store } from '../store/store.js';
import { buildServer } from './app.js';
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
  const app = await buildServer({ store: options.store, token, loopbackOnly: loopback });
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
  // Loading the language model takes most of a second; do it now rather than on the first
  // reader's request for a document's mention rules or a pasted text.
  setTimeout(() => {
    try {
      extract('Warm-up: the ministers met in Vienna on 2 May.');
    } catch {
      // A failing pipeline shows up on the real request, with its message.
    }
  }, 0).unref();
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
