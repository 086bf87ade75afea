/**
 * What a job carries. A document job is one document to read (its name is what every message
 * about it says); a feed job is one feed to read into document jobs.
 *
 * Local files travel with their bytes, so a worker on another machine needs no shared disk;
 * pages and feeds travel as URLs and are fetched by the worker.
 */
import type { ExtractInput } from '../extract.js';
import type { FeedItem } from '../ingest/feed.js';

/** Options of `readout ingest --queue` that the worker applies. */
export interface JobSettings {
  source?: string | null;
  date?: string | null;
  maxBytes?: number;
  timeoutMs?: number;
  fetchPages?: boolean;
}

export type DocumentJob =
  /** A local file (or stdin): decoded, and read as text, HTML or a feed by the worker. */
  | { kind: 'bytes'; name: string; ext: string; base64: string; id: string | null; key: string | null; settings: JobSettings }
  /** One line of JSONL, already parsed. */
  | { kind: 'input'; name: string; input: ExtractInput; key: string | null; settings: JobSettings }
  /** A page or feed URL. */
  | { kind: 'url'; name: string; url: string; settings: JobSettings }
  /** One item of a feed: its page, or the content the feed carries. */
  | { kind: 'item'; name: string; feedTitle: string | null; item: FeedItem; settings: JobSettings };

export interface FeedJob {
  kind: 'feed';
  url: string;
  /** Polled for `readout follow`: only items not seen before become jobs, and the next poll is planned. */
  follow: boolean;
  settings: JobSettings;
}

/** A job as it travels: its queue, pg-boss id and data. */
export interface QueuedJob<T> {
  id: string;
  name: string;
  data: T;
}

/** The name of a job's input for messages ("news/a.txt", "feed.jsonl:12", a URL). */
export function inputName(data: DocumentJob | FeedJob): string {
  return data.kind === 'feed' ? data.url : data.name;
}
