import { parseArgs } from 'node:util';
import { isPostgresLocation } from '../../store/open.js';
import { palette } from '../color.js';
import type { Command } from '../command.js';
import { formatDuration } from '../format/duration.js';
import { DB_HELP, DB_OPTION, dbLocation, openStoreFor } from '../format/store-arg.js';

const usage = `Usage: readout status [--db PATH|URL] [--json]

What the store holds and, for a PostgreSQL store, what its job queue is doing: jobs queued,
running, waiting for a retry, failed and done; documents done per minute over the last
minutes; the last errors, each naming its input; the followed feeds. The web UI shows the
same on its Status page.

Options:
${DB_HELP}
  --json         the same as JSON on stdout
  -h, --help     show this help

Examples:
  readout status
  readout status --db postgres://readout@db.example:5432/readout`;

export const statusCommand: Command = {
  name: 'status',
  summary: 'show the store and its job queue: queued, running, failed, done, rate, last errors',
  usage,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, allowPositionals: false, options: { ...DB_OPTION, json: { type: 'boolean', default: false } } });
    const location = dbLocation(values.db);
    const store = await openStoreFor(values.db);
    try {
      const stats = await store.stats();
      let queue = null;
      if (isPostgresLocation(location)) {
        const { queueLocation, withClient } = await import('../../queue/connect.js');
        const { queueStatus } = await import('../../queue/status.js');
        const loc = queueLocation(location);
        queue = await withClient(loc, (client) => queueStatus(client, loc));
      }
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ store: { backend: stats.backend, location: stats.location, documents: stats.documents, versions: stats.versions, actors: stats.actors, events: stats.events }, queue }, null, 2)}\n`);
        return 0;
      }
      const c = palette(io.stdout);
      const out = (s = '') => io.stdout.write(`${s}\n`);
      out(`${c.bold('store')}  ${stats.location} (${stats.backend})`);
      out(`       ${stats.documents} documents, ${stats.versions} versions, ${stats.actors} actors, ${stats.events} events`);
      out(`       ${stats.quotes} quotes with a named speaker, ${stats.unattributedQuotes} without, ${stats.figures} figures`);
      if (!queue) {
        out(`${c.bold('queue')}  ${stats.backend === 'sqlite' ? 'none: a SQLite store is filled by "readout ingest" directly' : 'none yet ("readout ingest --queue" or "readout follow" creates it)'}`);
        return 0;
      }
      out(`${c.bold('queue')}  schema ${queue.schema}`);
      out(`       ${'QUEUE'.padEnd(13)}${'QUEUED'.padStart(8)}${'RUNNING'.padStart(9)}${'RETRY'.padStart(7)}${'FAILED'.padStart(8)}${'DONE'.padStart(9)}`);
      for (const q of queue.queues) {
        out(`       ${q.label.padEnd(13)}${String(q.queued).padStart(8)}${String(q.running).padStart(9)}${String(q.retrying).padStart(7)}${(q.failed > 0 ? c.red(String(q.failed).padStart(8)) : String(q.failed).padStart(8))}${String(q.done).padStart(9)}`);
      }
      out(`${c.bold('rate')}   documents per minute: ${queue.rate.last1} (last minute), ${queue.rate.last5.toFixed(1)} (5 min), ${queue.rate.last15.toFixed(1)} (15 min)`);
      out(`       per minute, oldest first: ${queue.perMinute.join(' ')}`);
      if (queue.lastErrors.length > 0) {
        out(c.bold('last errors'));
        for (const e of queue.lastErrors) out(`  ${c.red(e.state === 'failed' ? 'failed' : 'retry ')} ${e.at ?? ''} after ${e.attempts} attempt${e.attempts === 1 ? '' : 's'}: ${e.error}`);
      }
      if (queue.followed.length > 0) {
        out(c.bold('followed feeds'));
        for (const f of queue.followed) out(`  ${f.url} every ${formatDuration(f.everySeconds)}, last poll ${f.lastPolledAt ?? 'not yet'} (${f.lastStatus ?? '-'}), ${f.itemsSeen} items`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
