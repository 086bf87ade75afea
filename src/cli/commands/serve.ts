import { parseArgs } from 'node:util';
import { DEFAULT_DB_PATH } from '../../store/location.js';
import { openStore } from '../../store/open.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, untilStopped } from '../../server/start.js';
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
} as const;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web UI and the JSON API over a store',
  usage: `Usage: readout serve [--db PATH|URL] [--port N] [--host ADDRESS] [--token TOKEN]

Starts the web interface and the JSON API (documented at /docs, /openapi.json).

Options:
  --db PATH|URL   SQLite file or postgres:// URL (default ${DEFAULT_DB_PATH}; env READOUT_DB)
  --port N        Port to listen on (default ${DEFAULT_PORT}, or the next free one)
  --host ADDRESS  Address to bind (default ${DEFAULT_HOST}: this computer only)
  --token TOKEN   Token that write endpoints require (env READOUT_TOKEN). When listening
                  beyond localhost a token is always required; one is generated and
                  printed if none is given.`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: serveOptions, allowPositionals: false });
    const port = parsePort(values.port);
    const store = await openStore(values.db ?? DEFAULT_DB_PATH);
    try {
      const app = await startServer({
        store, host: values.host ?? DEFAULT_HOST, port, token: values.token ?? process.env.READOUT_TOKEN ?? null, io,
      });
      return await untilStopped(app, store);
    } catch (error) {
      await store.close();
      throw error;
    }
  },
};
