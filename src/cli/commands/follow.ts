import { parseArgs } from 'node:util';
import { isHttpUrl } from '../../ingest/fetch.js';
import { isPostgresLocation, redactLocation } from '../../store/open.js';
import { palette } from '../color.js';
import { UsageError, type Command } from '../command.js';
import { formatDuration, parseDuration } from '../format/duration.js';
import { queueEnvTimeoutS } from '../format/queue-env.js';
import { dbLocation } from '../format/store-arg.js';

const usage = `Usage: readout follow --db postgres://... FEED_URL... [--every 15m]
       readout follow --db postgres://... --list
       readout follow --db postgres://... --stop FEED_URL...

Keeps RSS/Atom feeds read into the store: each feed is polled now and then every interval, and
its new items are queued as documents. The polling is done by "readout worker" processes (at
least one must run); this command only records the feeds and returns.

Polls are conditional (ETag / Last-Modified: an unchanged feed costs one short answer), an item
already seen is not read again, and every worker is polite to each host: one request at a time,
a pause between two, a User-Agent that names Readout.

Options:
  --db URL       the PostgreSQL store (or READOUT_DB)
  --every D      how often to poll: 90s, 15m, 2h, 1d (default 15m)
  --no-fetch     use the text each item carries instead of fetching its page
  --source NAME  set the source of every document of these feeds
  --list         show the followed feeds: interval, last poll, its outcome
  --stop         stop following the feeds given
  --json         with --list: JSON on stdout
  -h, --help     show this help

Examples:
  readout follow --db postgres://readout@db.example:5432/readout https://example.org/press/feed.xml --every 15m
  readout follow --db postgres://readout@db.example:5432/readout --list`;

export const followCommand: Command = {
  name: 'follow',
  summary: 'keep RSS/Atom feeds polled into a PostgreSQL store (workers do the polling)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        every: { type: 'string' },
        'no-fetch': { type: 'boolean', default: false },
        source: { type: 'string' },
        list: { type: 'boolean', default: false },
        stop: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const location = dbLocation(values.db);
    if (!isPostgresLocation(location)) {
      throw new UsageError(`following feeds needs a PostgreSQL store (--db postgres://...) and workers; ${redactLocation(location)} is a SQLite file (use "readout ingest FEED_URL" to read a feed once)`);
    }
    if (!values.list && positionals.length === 0) throw new UsageError('give at least one feed URL (or --list)');
    const bad = positionals.filter((u) => !isHttpUrl(u));
    if (bad.length > 0) throw new UsageError(`feeds are http(s) URLs: ${bad.map((u) => `"${u}"`).join(', ')}`);
    const everySeconds = parseDuration(values.every ?? '15m');
    if (everySeconds === null || everySeconds < 1 || everySeconds > 30 * 86400) throw new UsageError(`--every wants a duration such as 90s, 15m or 2h (at most 30d), found "${values.every}"`);
    const jobTimeoutS = queueEnvTimeoutS();
    const c = palette(io.stderr);
    const { queueLocation, startBoss, withClient } = await import('../../queue/connect.js');
    const { followFeeds, listFollowed, unfollowFeeds } = await import('../../queue/feeds.js');
    const loc = queueLocation(location);
    const boss = await startBoss(loc);
    try {
      if (values.stop) {
        const n = await unfollowFeeds(loc, positionals);
        io.stderr.write(`stopped following ${n} of ${positionals.length} feeds\n`);
        return n === positionals.length ? 0 : 1;
      }
      if (!values.list) {
        await followFeeds(boss, loc, positionals, { everySeconds, fetchPages: !values['no-fetch'], source: values.source ?? null, jobTimeoutS });
        io.stderr.write(
          `${c.bold('following')} ${positionals.length} feed${positionals.length === 1 ? '' : 's'} every ${formatDuration(everySeconds)} into ${loc.shown}; ` +
            'the first poll is queued now. Keep at least one "readout worker --db ..." running.\n',
        );
      }
      const feeds = await withClient(loc, (client) => listFollowed(client, loc));
      if (values.list && values.json) io.stdout.write(`${JSON.stringify(feeds, null, 2)}\n`);
      else if (values.list) {
        if (feeds.length === 0) io.stdout.write('no feeds followed\n');
        for (const f of feeds) {
          io.stdout.write(
            `${f.url}\n  every ${formatDuration(f.everySeconds)} · last poll ${f.lastPolledAt ?? 'not yet'} (${f.lastStatus ?? '-'}) · next ${f.nextPollAt} · ${f.itemsSeen} items queued` +
              `${f.lastError ? `\n  ${c.red('error')} ${f.lastError}` : ''}\n`,
          );
        }
      }
      return 0;
    } finally {
      await boss.stop({ graceful: false, close: true }).catch(() => undefined);
    }
  },
};
