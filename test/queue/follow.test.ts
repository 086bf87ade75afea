/**
 * `readout follow` keeps a feed read into the store: this test serves an RSS feed and its pages
 * on 127.0.0.1, a worker polls it, items added later are ingested too. Polls are conditional
 * (the server answers 304 to a matching ETag), every request names Readout, a host gets one
 * request at a time, and an item is read once.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueLocation, queuePool, startBoss } from '../../src/queue/connect.js';
import { planDuePolls } from '../../src/queue/feeds.js';
import { localGate, politeFetcher } from '../../src/queue/politeness.js';
import { runWorker } from '../../src/queue/worker.js';
import { releaseText } from '../hostile/writers-fixtures.js';
import { cli, findPostgres, storeRows, testStore, waitFor, type TestStore } from './queue-fixtures.js';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('queue/follow: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); skipped');

interface Seen {
  path: string;
  userAgent: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

/** A ministry's press site: /feed.xml lists the releases published so far, /press/N.html is one release. */
class PressSite {
  readonly seen: Seen[] = [];
  published: number[] = [];
  private version = 0;
  private modified = new Date('2024-03-01T10:00:00Z');
  private inFlight = 0;
  maxInFlight = 0;
  private server: Server | null = null;
  port = 0;

  publish(...ids: number[]): void {
    this.published.push(...ids);
    this.version++;
    this.modified = new Date(this.modified.getTime() + 3600_000);
  }

  get feedUrl(): string {
    return `http://127.0.0.1:${this.port}/feed.xml`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      // A short wait makes two requests at once overlap, were they ever sent.
      setTimeout(() => {
        const status = this.answer(req, res);
        this.seen.push({
          path: req.url ?? '', userAgent: req.headers['user-agent'] ?? '', status,
          ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
          ifModifiedSince: (req.headers['if-modified-since'] as string | undefined) ?? null,
        });
        this.inFlight--;
      }, 40);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
  }

  private answer(req: IncomingMessage, res: import('node:http').ServerResponse): number {
    const etag = `"feed-v${this.version}"`;
    if (req.url === '/feed.xml') {
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return 304;
      }
      const items = this.published
        .map((id) => `<item><title>Release ${id}</title><link>http://127.0.0.1:${this.port}/press/${id}.html</link><guid>press-${id}</guid>` +
          `<pubDate>${new Date(Date.UTC(2024, 2, 1 + id)).toUTCString()}</pubDate><description>Release ${id} of the ministry.</description></item>`)
        .join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': this.modified.toUTCString() });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Ministry press releases</title><link>http://127.0.0.1:${this.port}/</link>${items}</channel></rss>`);
      return 200;
    }
    const m = /^\/press\/(\d+)\.html$/.exec(req.url ?? '');
    if (m) {
      const id = Number(m[1]);
      const paragraphs = releaseText(id).split('\n').slice(1).map((p) => `<p>${p}</p>`).join('');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>Release ${id}</title></head><body><article><h1>Release ${id}</h1>${paragraphs}</article></body></html>`);
      return 200;
    }
    res.writeHead(404).end();
    return 404;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

describe.skipIf(!pgUrl)('readout follow with a worker', () => {
  const site = new PressSite();
  let store: TestStore | undefined;
  beforeAll(async () => {
    await site.start();
    store = await testStore(pgUrl!, 'rq_follow');
  });
  afterAll(async () => {
    await site.stop();
    await store?.drop();
  });

  it('ingests the feed\'s items, then the ones added later, with conditional and polite requests', { timeout: 120_000 }, async () => {
    const s = store!;
    site.publish(1, 2);
    const followed = await cli(['follow', '--db', s.db, site.feedUrl, '--every', '2s']);
    expect(followed.code, followed.stderr).toBe(0);
    expect(followed.stderr).toContain('following 1 feed every');

    const stop = new AbortController();
    // Two workers, so that the turns of the host are shared through the database, not only within one process.
    const workers = [0, 1].map(() => runWorker({ location: s.db, concurrency: 1, drain: false, hostDelayMs: 100, pollMs: 250, signal: stop.signal }));
    try {
      await waitFor('the first two items stored', async () => (await storeRows(s, 'documents')) >= 2, 60_000);
      // The unchanged feed is asked for again with its ETag and answered 304.
      await waitFor('a poll answered 304', () => site.seen.some((r) => r.path === '/feed.xml' && r.status === 304), 30_000);

      site.publish(3, 4);
      await waitFor('the two items added later stored', async () => (await storeRows(s, 'documents')) >= 4, 60_000);
      await waitFor('the changed feed answered 304 in turn', () => site.seen.filter((r) => r.path === '/feed.xml' && r.status === 304 && r.ifNoneMatch === '"feed-v2"').length > 0, 30_000);
    } finally {
      stop.abort();
    }
    const summaries = await Promise.all(workers);
    expect(summaries.flatMap((x) => x.failures)).toEqual([]);
    expect(summaries.reduce((n, x) => n + x.new, 0)).toBe(4);

    const feedPolls = site.seen.filter((r) => r.path === '/feed.xml');
    // The first poll is plain; every later one carries the validators the last answer gave.
    expect(feedPolls[0]).toMatchObject({ ifNoneMatch: null, status: 200 });
    for (const poll of feedPolls.slice(1)) {
      expect(poll.ifNoneMatch).toMatch(/^"feed-v[12]"$/);
      expect(poll.ifModifiedSince).not.toBeNull();
    }
    // Each page read once, even though the feed listed items 1 and 2 again.
    const pages = site.seen.filter((r) => r.path.startsWith('/press/')).map((r) => r.path).sort();
    expect(pages).toEqual(['/press/1.html', '/press/2.html', '/press/3.html', '/press/4.html']);
    // Polite: a User-Agent naming Readout on every request, never two requests at once to the host.
    expect(site.seen.every((r) => /Readout/.test(r.userAgent))).toBe(true);
    expect(site.maxInFlight).toBe(1);
    expect(await storeRows(s, 'documents')).toBe(4);

    // `follow --list` and `status` report the feed and its last poll.
    const list = await cli(['follow', '--db', s.db, '--list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const feeds = JSON.parse(list.stdout) as { url: string; everySeconds: number; lastStatus: string | null; itemsSeen: number; lastError: string | null }[];
    expect(feeds).toHaveLength(1);
    expect(feeds[0]).toMatchObject({ url: site.feedUrl, everySeconds: 2, itemsSeen: 4, lastError: null });
    const status = await cli(['status', '--db', s.db]);
    expect(status.stdout).toContain(site.feedUrl);

    // Stopped feeds are polled no more.
    const stopped = await cli(['follow', '--db', s.db, '--stop', site.feedUrl]);
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stderr).toContain('stopped following 1 of 1');
  });
});

describe.skipIf(!pgUrl)('the follow tick', () => {
  let store: TestStore | undefined;
  afterAll(async () => {
    await store?.drop();
  });

  it('plans a poll for a due feed only when none is waiting or running', async () => {
    store = await testStore(pgUrl!, 'rq_tick');
    const s = store;
    const url = 'http://127.0.0.1:9/press/feed.xml';
    expect((await cli(['follow', '--db', s.db, url, '--every', '1m'])).code).toBe(0);
    const loc = queueLocation(s.db);
    const boss = await startBoss(loc);
    const pool = queuePool(loc, 1);
    try {
      const ctx = { boss, loc, pool, fetcher: politeFetcher(localGate(0)), jobTimeoutS: 60 };
      const polls = () => s.client.query<{ state: string }>(`SELECT state::text AS state FROM "${s.queueSchema}".job WHERE name = 'readout-feeds'`);
      // `follow` queued the first poll: the feed is due, but its poll is waiting.
      expect(await planDuePolls(ctx)).toBe(0);
      // Taken by a worker and still running: still nothing to plan.
      expect((await boss.fetch('readout-feeds')).length).toBe(1);
      expect(await planDuePolls(ctx)).toBe(0);
      expect((await polls()).rows.map((r) => r.state)).toEqual(['active']);
      // The worker died and its poll was given up: the tick plans a new one.
      await s.client.query(`UPDATE "${s.queueSchema}".job SET state = 'failed' WHERE name = 'readout-feeds'`);
      expect(await planDuePolls(ctx)).toBe(1);
      expect((await polls()).rows.map((r) => r.state).sort()).toEqual(['created', 'failed']);
    } finally {
      await pool.end();
      await boss.stop({ graceful: false, close: true });
    }
  });
});
