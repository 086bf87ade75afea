/**
 * RSS / Atom / RDF feeds -> items. Each item is ingested from its own page when that can
 * be fetched; otherwise from the content the feed carries (full text or summary).
 */
import Parser from 'rss-parser';
import { InputError } from './errors.js';
import { toIsoDate } from './html.js';
import { flattenDeepHtml, MAX_HTML_DEPTH } from './html-nesting.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  date: string | null;
  /** The richest content the feed gives for the item (HTML or text), or null. */
  content: string | null;
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

type ExtraFields = { 'content:encoded'?: string; 'dc:date'?: string; summary?: string };

const parser = new Parser<Record<string, never>, ExtraFields>({
  customFields: { item: ['content:encoded', 'dc:date', 'summary'] },
});

export async function parseFeed(xml: string, input: string): Promise<ParsedFeed> {
  // The XML parser recurses once per level: a feed nested thousands deep would overflow the stack.
  const { depth } = flattenDeepHtml(xml, Number.POSITIVE_INFINITY);
  if (depth > MAX_HTML_DEPTH) {
    throw new InputError(input, `not a readable RSS/Atom feed: its elements are nested ${depth} levels deep, more than the ${MAX_HTML_DEPTH} accepted`);
  }
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (error) {
    throw new InputError(input, `not a readable RSS/Atom feed (${(error as Error).message.split('\n')[0]})`);
  }
  return {
    title: feed.title?.trim() || null,
    link: feed.link ?? null,
    items: feed.items.map((item) => {
      const content = [item['content:encoded'], item.content, item.summary, item.contentSnippet].find(
        (c): c is string => typeof c === 'string' && c.trim().length > 0,
      );
      return {
        title: item.title?.trim() || null,
        link: item.link?.trim() || null,
        guid: item.guid ?? null,
        date: toIsoDate(item.isoDate ?? item.pubDate ?? item['dc:date'] ?? null),
        content: content ?? null,
      };
    }),
  };
}
