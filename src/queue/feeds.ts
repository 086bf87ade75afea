/**
 * Feeds on the queue: a feed job reads a feed (politely, with a conditional request when it is
 * followed) and turns its items into document jobs; `readout follow` keeps feeds polled.
 *
 * Scheduling uses the queue's own scheduler twice over: after each poll the next one is queued
 * to start after the feed's interval, and a cron schedule (every minute) re-plans any followed
 * feed that is due with no poll waiting (after a worker died, or a poll failed three times).
 * The feed queue's "stately" policy keeps at most one waiting poll per feed.
 */
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { FeedItem, ParsedFeed } from '../ingest/feed.js';
import { feedFromBytes, feedItemName, type Fetcher } from '../ingest/sources.js';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.js';
import { DOCUMENT_QUEUE, FEED_QUEUE, FOLLOW_QUEUE, jobLimits, withClient, type QueueLocation } from './connect.js';
import type { DocumentJob, FeedJob, JobSettings } from './jobs.js';

export interface FeedContext {
  boss: PgBoss;
  loc: QueueLocation;
  pool: pg.Pool;
  fetcher: Fetcher;
  jobTimeoutS: number;
}

export interface FeedOutcome {
  /** Items turned into document jobs. */
  queued: number;
  items: number;
  notModified: boolean;
}

/** What identifies an item across polls: its link, else its guid, else its title and date. */
function itemKey(item: FeedItem): string {
  return item.link ?? (item.guid ? `guid:${item.guid}` : `title:${item.title ?? ''}|${item.date ?? ''}`);
}

interface FollowRow {
  url: string;
  every_seconds: number;
  fetch_pages: boolean;
  source: string | null;
  etag: string | null;
  last_modified: string | null;
}

export async function readFeedJob(ctx: FeedContext, job: FeedJob): Promise<FeedOutcome> {
  const t = `"${ctx.loc.schema}"`;
  let follow: FollowRow | null = null;
  if (job.follow) {
    const r = await ctx.pool.query<FollowRow>(`SELECT url, every_seconds, fetch_pages, source, etag, last_modified FROM ${t}.readout_follows WHERE url = $1`, [job.url]);
    follow = r.rows[0] ?? null;
    // Unfollowed since this poll was planned: nothing to do.
    if (!follow) return { queued: 0, items: 0, notModified: false };
  }
  const settings: JobSettings = follow ? { ...job.settings, fetchPages: follow.fetch_pages, source: follow.source ?? job.settings.source ?? null } : job.settings;
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = settings.timeoutMs ?? 20_000;
  const planNext = async (status: string, error: string | null) => {
    if (!follow) return;
    await ctx.pool.query(
      `UPDATE ${t}.readout_follows SET last_polled_at = now(), next_poll_at = now() + every_seconds * interval '1 second', last_status = $2, last_error = $3
       WHERE url = $1`,
      [job.url, status, error],
    );
    await ctx.boss.send(FEED_QUEUE, { kind: 'feed', url: job.url, follow: true, settings: job.settings } satisfies FeedJob, {
      startAfter: follow.every_seconds,
      singletonKey: job.url,
      ...jobLimits(ctx.jobTimeoutS),
    });
  };
  try {
    const page = await ctx.fetcher(job.url, { maxBytes, timeoutMs, etag: follow?.etag ?? null, lastModified: follow?.last_modified ?? null });
    if (page.notModified) {
      await planNext('not modified', null);
      return { queued: 0, items: 0, notModified: true };
    }
    const feed = await feedFromBytes(page.bytes, job.url, page.contentType, maxBytes);
    let fresh = feed.items.map((item, index) => ({ item, index }));
    if (follow && fresh.length > 0) {
      // Items seen by an earlier poll are not read again: insert-or-ignore says which are new.
      const keys = fresh.map((f) => itemKey(f.item));
      const r = await ctx.pool.query<{ item: string }>(
        `INSERT INTO ${t}.readout_feed_items (feed, item) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING item`,
        [job.url, keys],
      );
      const added = new Set(r.rows.map((x) => x.item));
      fresh = fresh.filter((f) => added.has(itemKey(f.item)));
    }
    const queued = await queueItems(ctx, job.url, feed, fresh, settings);
    if (follow) {
      await ctx.pool.query(`UPDATE ${t}.readout_follows SET etag = $2, last_modified = $3, items_seen = items_seen + $4 WHERE url = $1`, [
        job.url, page.etag, page.lastModified, queued,
      ]);
      await planNext(`${feed.items.length} items, ${queued} new`, null);
    }
    if (feed.items.length === 0 && !follow) throw new Error(`${job.url}: the feed has no items`);
    return { queued, items: feed.items.length, notModified: false };
  } catch (error) {
    await planNext('failed', (error as Error).message).catch(() => undefined);
    throw error;
  }
}

/** One document job per item (all of them, unless `which` says which). */
export async function queueItems(
  ctx: Pick<FeedContext, 'boss' | 'jobTimeoutS'>, feedName: string, feed: ParsedFeed, which: { item: FeedItem; index: number }[] | null, settings: JobSettings,
): Promise<number> {
  const list = which ?? feed.items.map((item, index) => ({ item, index }));
  const jobs: PgBoss.JobInsert[] = list.map(({ item, index }) => ({
    name: DOCUMENT_QUEUE,
    ...jobLimits(ctx.jobTimeoutS),
    data: { kind: 'item', name: feedItemName(feedName, index, item), feedTitle: feed.title, item, settings } satisfies DocumentJob,
  }));
  for (let i = 0; i < jobs.length; i += 200) await ctx.boss.insert(jobs.slice(i, i + 200));
  return jobs.length;
}

/** The cron tick: a poll for every followed feed that is due and has none waiting. */
export async function planDuePolls(ctx: FeedContext): Promise<number> {
  const t = `"${ctx.loc.schema}"`;
  // A feed being polled right now is due too (its next time is set when the poll ends); the
  // queue's singleton only keeps one poll *waiting*, so polls in hand are left out here.
  const due = await ctx.pool.query<{ url: string }>(
    `SELECT f.url FROM ${t}.readout_follows f
     WHERE f.next_poll_at <= now()
       AND NOT EXISTS (SELECT 1 FROM ${t}.job j WHERE j.name = $1 AND j.singleton_key = f.url AND j.state IN ('created', 'retry', 'active'))
     ORDER BY f.next_poll_at`,
    [FEED_QUEUE],
  );
  for (const { url } of due.rows) {
    await ctx.boss.send(FEED_QUEUE, { kind: 'feed', url, follow: true, settings: {} } satisfies FeedJob, { singletonKey: url, ...jobLimits(ctx.jobTimeoutS) });
  }
  return due.rows.length;
}

export interface FollowOptions {
  everySeconds: number;
  fetchPages: boolean;
  source: string | null;
  jobTimeoutS: number;
}

/** Adds (or updates) followed feeds, polls them now, and makes sure the cron tick is scheduled. */
export async function followFeeds(boss: PgBoss, loc: QueueLocation, urls: readonly string[], options: FollowOptions): Promise<void> {
  const t = `"${loc.schema}"`;
  await withClient(loc, async (client) => {
    for (const url of urls) {
      await client.query(
        `INSERT INTO ${t}.readout_follows (url, every_seconds, fetch_pages, source, next_poll_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (url) DO UPDATE SET every_seconds = EXCLUDED.every_seconds, fetch_pages = EXCLUDED.fetch_pages, source = EXCLUDED.source,
           next_poll_at = least(${t}.readout_follows.next_poll_at, now() + EXCLUDED.every_seconds * interval '1 second')`,
        [url, options.everySeconds, options.fetchPages, options.source],
      );
    }
  });
  for (const url of urls) {
    await boss.send(FEED_QUEUE, { kind: 'feed', url, follow: true, settings: {} } satisfies FeedJob, { singletonKey: url, ...jobLimits(options.jobTimeoutS) });
  }
  await boss.schedule(FOLLOW_QUEUE, '* * * * *', {}, { singletonKey: 'tick' });
}

export async function unfollowFeeds(loc: QueueLocation, urls: readonly string[]): Promise<number> {
  const t = `"${loc.schema}"`;
  return withClient(loc, async (client) => {
    const r = await client.query(`DELETE FROM ${t}.readout_follows WHERE url = ANY($1::text[])`, [urls]);
    await client.query(`DELETE FROM ${t}.readout_feed_items WHERE feed = ANY($1::text[])`, [urls]);
    return r.rowCount ?? 0;
  });
}

export interface FollowedFeed {
  url: string;
  everySeconds: number;
  lastPolledAt: string | null;
  nextPollAt: string;
  lastStatus: string | null;
  lastError: string | null;
  itemsSeen: number;
}

export async function listFollowed(client: pg.Pool | pg.Client, loc: QueueLocation): Promise<FollowedFeed[]> {
  const t = `"${loc.schema}"`;
  const r = await client.query<{ url: string; every_seconds: number; last_polled_at: Date | null; next_poll_at: Date; last_status: string | null; last_error: string | null; items_seen: number }>(
    `SELECT url, every_seconds, last_polled_at, next_poll_at, last_status, last_error, items_seen FROM ${t}.readout_follows ORDER BY url`,
  );
  return r.rows.map((x) => ({
    url: x.url, everySeconds: x.every_seconds, lastPolledAt: x.last_polled_at?.toISOString() ?? null, nextPollAt: x.next_poll_at.toISOString(),
    lastStatus: x.last_status, lastError: x.last_error, itemsSeen: x.items_seen,
  }));
}
