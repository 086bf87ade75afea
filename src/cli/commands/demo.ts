import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingestDemoCorpus } from '../../server/demo-ingest.js';
import { demoCorpusDir } from '../../server/paths.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, untilStopped } from '../../server/start.js';
import { DEFAULT_DB_PATH } from '../../store/location.js';
import { openStore } from '../../store/open.js';
import type { Command } from '../command.js';
import { parsePort, SERVE_OPTIONS_HELP, serveOptions, serverSettings } from './serve.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Load the demo press releases into the store and open the web UI',
  usage: `Usage: readout demo [--db PATH|URL] [--port N] [--host ADDRESS] [--token TOKEN] [--no-serve]

Reads the press releases in demo/corpus into the store (texts already there are
skipped, so running it again adds nothing), then serves the web interface like
"readout serve".

Options:
  --db PATH|URL   Store to fill (default ${DEFAULT_DB_PATH}; env READOUT_DB)
  --port N        Port (default ${DEFAULT_PORT}, or the next free one)
  --host ADDRESS  Address to bind (default ${DEFAULT_HOST})
  --token TOKEN   Token for write endpoints (env READOUT_TOKEN)
  --no-serve      Only load the corpus
${SERVE_OPTIONS_HELP}`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { ...serveOptions, 'no-serve': { type: 'boolean' } }, allowPositionals: false });
    const port = parsePort(values.port);
    // The demo's terminal shows its URL, not a line per request: warnings and errors only, unless asked.
    const settings = { ...serverSettings(values), logLevel: values['log-level'] === undefined ? ('warn' as const) : serverSettings(values).logLevel };
    const dir = demoCorpusDir();
    if (!existsSync(dir)) {
      io.stderr.write(`readout demo: the demo corpus is missing (${dir})\n`);
      return 1;
    }
    const store = await openStore(values.db ?? DEFAULT_DB_PATH);
    try {
      const started = Date.now();
      const result = await ingestDemoCorpus(store, dir);
      io.stdout.write(
        `Demo corpus: ${result.added} document(s) added, ${result.unchanged} already in the store` +
          `${result.failed.length ? `, ${result.failed.length} failed` : ''} (${Date.now() - started} ms)\n`,
      );
      for (const f of result.failed) io.stderr.write(`  ${f.file}: ${f.error}\n`);
      if (values['no-serve']) {
        await store.close();
        return result.failed.length ? 1 : 0;
      }
      const app = await startServer({
        store, host: values.host ?? DEFAULT_HOST, port, token: values.token ?? process.env.READOUT_TOKEN ?? null, io, ...settings,
      });
      return await untilStopped(app, store);
    } catch (error) {
      await store.close();
      throw error;
    }
  },
};
