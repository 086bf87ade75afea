/**
 * Everything `readout ingest` accepts -> a lazy stream of documents (or of reasons an input
 * could not be read, naming it): plain-text files, JSONL, HTML pages, RSS/Atom feeds (from
 * files or URLs), directories (recursively) and standard input.
 *
 * Each document carries a `key`, its identity across versions: the page URL when known,
 * else the file's absolute path, else its JSONL id. The store uses it to tell a changed
 * page (new version) from a new document.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { ExtractInput } from '../extract.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { parseFeed, type FeedItem, type ParsedFeed } from './feed.js';
import { fetchUrl, isHttpUrl, type Fetched, type FetchOptions } from './fetch.js';
import { idFromPath, jsonlInputs, textInput, walkFiles } from './files.js';
import { parseHeader } from './header.js';
import { charsetFromContentType, htmlBytesToArticle, htmlToArticle, looksLikeFeed, looksLikeHtml, sniffDeclaredCharset } from './html.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './limits.js';

export type SourceItem =
  | { ok: true; name: string; input: ExtractInput; key: string | null; origin: SourceOrigin; warning: string | null; settings?: ItemSettings }
  | { ok: false; name: string; error: string };

/** Settings that travel with one document (a queued job's `--source` and `--date`), over the run's own. */
export interface ItemSettings {
  /** Replaces the document's source. */
  source?: string | null;
  /** Date for a document that gives none. */
  defaultDate?: string | null;
}

export type SourceOrigin = 'text' | 'jsonl' | 'html' | 'feed' | 'url';

export interface SourceOptions {
  maxBytes?: number;
  /** Read every file (and stdin) as JSONL. */
  jsonl?: boolean;
  /** Fetch each feed item's page (default true); off: use the content the feed carries. */
  fetchPages?: boolean;
  timeoutMs?: number;
  stdin?: NodeJS.ReadableStream;
  /** How pages are fetched (default: fetchUrl); queue workers pass one that is polite per host. */
  fetcher?: Fetcher;
  /** Told of each file in a directory that is not read (not text, HTML, a feed or JSONL). */
  onSkipped?: (path: string) => void;
}

export type Fetcher = (url: string, options: FetchOptions) => Promise<Fetched>;

/** Options once defaults are applied. */
export type ResolvedSourceOptions = Required<Omit<SourceOptions, 'stdin' | 'onSkipped'>>;

export function resolveSourceOptions(opts: SourceOptions = {}): ResolvedSourceOptions {
  return {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    jsonl: opts.jsonl ?? false,
    fetchPages: opts.fetchPages ?? true,
    timeoutMs: opts.timeoutMs ?? 20_000,
    fetcher: opts.fetcher ?? fetchUrl,
  };
}

const TEXT_EXT = new Set(['.txt', '.text', '.md', '']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);

export type Kind = 'html' | 'feed' | 'text';

/** What a file or page is: by its content type, its extension, then its first bytes. */
export function kindOf(bytes: Uint8Array, ext: string, contentType: string | null): Kind {
  const ct = (contentType ?? '').toLowerCase();
  if (/rss|atom|rdf/.test(ct)) return 'feed';
  const start = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
  if (FEED_EXT.has(ext) || /xml/.test(ct)) return looksLikeHtml(start) ? 'html' : 'feed';
  if (HTML_EXT.has(ext) || /html/.test(ct)) return 'html';
  if (looksLikeFeed(start)) return 'feed';
  if (looksLikeHtml(start)) return 'html';
  return 'text';
}

const fail = (name: string, error: unknown): SourceItem => {
  if (error instanceof InputError) return { ok: false, name, error: error.message };
  return { ok: false, name, error: `${name}: ${(error as Error).message ?? String(error)}` };
};

function overLimit(name: string, size: number, maxBytes: number): SourceItem {
  return {
    ok: false,
    name,
    error: new InputError(name, `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit for one document; split it into documents or raise --max-mb`).message,
  };
}

function htmlItem(bytes: Uint8Array, name: string, o: { id: string | null; fileKey: string | null; pageUrl: string | null; httpCharset: string | null; maxBytes: number; origin: SourceOrigin }): SourceItem {
  try {
    const a = htmlBytesToArticle(bytes, name, { httpCharset: o.httpCharset, pageUrl: o.pageUrl, maxBytes: o.maxBytes });
    return {
      ok: true,
      name,
      input: { text: a.text, id: o.id, date: a.date, source: a.source, title: a.title, url: a.url ?? o.pageUrl },
      key: a.url ?? o.pageUrl ?? o.fileKey,
      origin: o.origin,
      warning: a.warning ? `${name}: ${a.warning}` : null,
    };
  } catch (error) {
    return fail(name, error);
  }
}

function textItem(bytes: Uint8Array, name: string, o: { id: string | null; fileKey: string | null; pageUrl: string | null; httpCharset: string | null; maxBytes: number }): SourceItem {
  let r;
  if (o.httpCharset) {
    try {
      const d = decodeBytes(bytes, name, { declaredCharset: o.httpCharset, maxBytes: o.maxBytes });
      r = d.text.trim() === ''
        ? ({ ok: false, name, error: `${name}: empty input: the file holds only white space` } as const)
        : ({ ok: true, name, input: { text: d.text, id: o.id }, warning: d.warning ? `${name}: ${d.warning}` : null } as const);
    } catch (error) {
      return fail(name, error);
    }
  } else {
    r = textInput(bytes, name, o.id, o.maxBytes);
  }
  if (!r.ok) return r;
  const header = parseHeader(r.input.text);
  const url = header.url ?? o.pageUrl;
  const warning = header.dateProblem ? [r.warning, `${name}: ${header.dateProblem}`].filter(Boolean).join('; ') : r.warning;
  return { ok: true, name, input: { ...r.input, url }, key: url ?? o.fileKey, origin: o.pageUrl ? 'url' : 'text', warning };
}

/** The name a feed item is reported under. */
export function feedItemName(feedName: string, index: number, item: FeedItem): string {
  return `${feedName} [item ${index + 1}${item.title ? `: ${item.title.slice(0, 60)}` : ''}]`;
}

/**
 * One feed item -> a document: its own page when it can be fetched, else the content the feed
 * carries (with a warning saying why the page was not used).
 */
export async function feedItemSource(feedTitle: string | null, item: FeedItem, itemName: string, options: ResolvedSourceOptions): Promise<SourceItem> {
  let why: string | null = null;
  if (options.fetchPages && item.link && isHttpUrl(item.link)) {
    try {
      const page = await options.fetcher(item.link, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs });
      const got = htmlItem(page.bytes, itemName, {
        id: null, fileKey: null, pageUrl: page.url, httpCharset: charsetFromContentType(page.contentType), maxBytes: options.maxBytes, origin: 'feed',
      });
      if (got.ok) {
        got.input.date ??= item.date;
        got.input.title ??= item.title;
        if (feedTitle) got.input.source = feedTitle;
        got.key = item.link;
        return got;
      }
      why = got.error.slice(itemName.length + 2);
    } catch (error) {
      why = error instanceof InputError ? error.problem : (error as Error).message;
    }
  } else if (options.fetchPages && item.link) {
    why = `link "${item.link}" is not an http(s) URL`;
  }
  if (!item.content) {
    return { ok: false, name: itemName, error: `${itemName}: ${why ? `page not fetched (${why}) and ` : ''}the feed carries no text for it` };
  }
  try {
    const a = htmlToArticle(item.title && !item.content.includes(item.title) ? `<h1>${escapeHtml(item.title)}</h1>${item.content}` : item.content, itemName, item.link);
    return {
      ok: true,
      name: itemName,
      input: { text: a.text, id: null, date: item.date ?? a.date, source: feedTitle ?? a.source, title: item.title ?? a.title, url: item.link },
      key: item.link ?? (item.guid ? `guid:${item.guid}` : null),
      origin: 'feed',
      warning: why ? `${itemName}: page not fetched (${why}); used the text the feed carries` : null,
    };
  } catch (error) {
    return fail(itemName, error);
  }
}

async function* feedItems(feed: ParsedFeed, name: string, options: ResolvedSourceOptions): AsyncGenerator<SourceItem> {
  if (feed.items.length === 0) {
    yield { ok: false, name, error: `${name}: the feed has no items` };
    return;
  }
  for (let i = 0; i < feed.items.length; i++) {
    const item = feed.items[i]!;
    yield await feedItemSource(feed.title, item, feedItemName(name, i, item), options);
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Decodes a feed's bytes and parses it; a problem is an InputError naming the input. */
export async function feedFromBytes(bytes: Uint8Array, name: string, contentType: string | null, maxBytes: number): Promise<ParsedFeed> {
  const xml = decodeBytes(bytes, name, { declaredCharset: charsetFromContentType(contentType) ?? sniffDeclaredCharset(bytes), maxBytes }).text;
  return parseFeed(xml, name);
}

/** The bytes of a file or a page -> its documents (one, or a feed's items). */
export async function* fromBytes(
  bytes: Uint8Array, name: string, ext: string,
  o: { id: string | null; fileKey: string | null; pageUrl: string | null; contentType: string | null },
  options: ResolvedSourceOptions,
): AsyncGenerator<SourceItem> {
  if (bytes.length > options.maxBytes) {
    yield overLimit(name, bytes.length, options.maxBytes);
    return;
  }
  const httpCharset = charsetFromContentType(o.contentType);
  const kind = kindOf(bytes, ext, o.contentType);
  if (kind !== 'feed') {
    const item = kind === 'html'
      ? htmlItem(bytes, name, { ...o, httpCharset, maxBytes: options.maxBytes, origin: o.pageUrl ? 'url' : 'html' })
      : textItem(bytes, name, { ...o, httpCharset, maxBytes: options.maxBytes });
    // The bytes are text now: a generator waiting at a yield keeps its arguments, and a 50 MB
    // file would stay in memory beside its text for as long as the text is read.
    bytes = NO_BYTES;
    yield item;
  } else {
    let feed: ParsedFeed;
    try {
      feed = await feedFromBytes(bytes, name, o.contentType, options.maxBytes);
    } catch (error) {
      yield fail(name, error);
      return;
    }
    yield* feedItems(feed, name, options);
  }
}

const NO_BYTES = new Uint8Array(0);

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ bytes: Uint8Array; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size <= maxBytes) chunks.push(b);
  }
  return { bytes: Buffer.concat(chunks), size };
}

async function* fileItems(file: string, options: ResolvedSourceOptions): AsyncGenerator<SourceItem> {
  const ext = extname(file).toLowerCase();
  const fileKey = `file:${resolve(file)}`;
  if (options.jsonl || ext === '.jsonl') {
    for await (const r of jsonlInputs(createReadStream(file), file)) {
      if (!r.ok) yield r;
      else {
        const key = r.input.url ?? (r.input.id ? `id:${r.input.id}` : null);
        yield { ok: true, name: r.name, input: r.input, key, origin: 'jsonl', warning: r.warning };
      }
    }
    return;
  }
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (error) {
    yield { ok: false, name: file, error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    return;
  }
  // Never read a huge file into memory: the size alone decides.
  if (size > options.maxBytes) {
    yield overLimit(file, size, options.maxBytes);
    return;
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    yield { ok: false, name: file, error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    return;
  }
  const items = fromBytes(bytes, file, ext, { id: idFromPath(file), fileKey, pageUrl: null, contentType: null }, options);
  // Only fromBytes holds the bytes, and lets go of them once they are text (this generator keeps its variables while it waits).
  bytes = null;
  yield* items;
}

/** True for files a directory walk picks up. */
/** A folder's README or LICENSE describes the corpus; it is not part of it (nor worth a note). */
const isCorpusNote = (path: string): boolean => /^(readme|license|licence|changelog|notice)(\.[a-z]+)?$/i.test(basename(path));

export function isIngestibleFile(path: string): boolean {
  if (isCorpusNote(path)) return false;
  const ext = extname(path).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || FEED_EXT.has(ext) || ext === '.jsonl';
}

/** Paths, directories, URLs and "-" -> documents, lazily and in order. */
export async function* readSources(args: readonly string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const options = resolveSourceOptions(opts);
  for (const arg of args) {
    if (arg === '-') {
      const stdin = opts.stdin ?? process.stdin;
      if (options.jsonl) {
        for await (const r of jsonlInputs(stdin, 'stdin')) {
          if (!r.ok) yield r;
          else yield { ok: true, name: r.name, input: r.input, key: r.input.url ?? (r.input.id ? `id:${r.input.id}` : null), origin: 'jsonl', warning: r.warning };
        }
      } else {
        let read: { bytes: Uint8Array; size: number } | null = await readStream(stdin, options.maxBytes);
        if (read.size > options.maxBytes) yield overLimit('stdin', read.size, options.maxBytes);
        else {
          const items = fromBytes(read.bytes, 'stdin', '', { id: null, fileKey: null, pageUrl: null, contentType: null }, options);
          read = null;
          yield* items;
        }
      }
      continue;
    }
    if (isHttpUrl(arg)) {
      let page: Fetched | null;
      try {
        page = await options.fetcher(arg, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs });
      } catch (error) {
        yield fail(arg, error);
        continue;
      }
      let ext = '';
      try {
        ext = extname(new URL(page.url).pathname).toLowerCase();
      } catch {
        ext = '';
      }
      const items = fromBytes(page.bytes, arg, ext, { id: null, fileKey: null, pageUrl: page.url, contentType: page.contentType }, options);
      page = null;
      yield* items;
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await fs.stat(arg)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield { ok: false, name: arg, error: `${arg}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? (error as Error).message})`}` };
      continue;
    }
    if (!isDir) {
      yield* fileItems(arg, options);
      continue;
    }
    const skipped: SourceItem[] = [];
    for await (const file of walkFiles(arg, (path, why) => skipped.push({ ok: false, name: path, error: `${path}: ${why}` }))) {
      yield* skipped.splice(0);
      if (!isIngestibleFile(file)) {
        if (!isCorpusNote(file)) opts.onSkipped?.(file);
        continue;
      }
      yield* fileItems(file, options);
    }
    yield* skipped.splice(0);
  }
}
