/**
 * Fetches one URL with a time limit and a size limit, keeping the raw bytes so the
 * charset can be decided by the caller (HTTP header, then the page's own declaration).
 */
import { InputError } from './errors.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './limits.js';

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
  /** 304: the server says nothing changed since the validators sent (bytes are empty). */
  notModified: boolean;
  /** Validators for the next conditional request. */
  etag: string | null;
  lastModified: string | null;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  userAgent?: string;
  /** Conditional request: the ETag and Last-Modified of the previous answer. */
  etag?: string | null;
  lastModified?: string | null;
}

/** Every request says who is asking. */
export const USER_AGENT = 'Readout/0.1.0 (press release reader; polite: one request at a time per host)';

export const DEFAULT_TIMEOUT_MS = 20_000;

export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'user-agent': options.userAgent ?? USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        ...(options.etag ? { 'if-none-match': options.etag } : {}),
        ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
      },
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new InputError(url, `cannot fetch (${why})`);
  }
  const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return {
      url: response.url || url, status: 304, contentType: response.headers.get('content-type'), bytes: new Uint8Array(0), notModified: true,
      etag: validators.etag ?? options.etag ?? null, lastModified: validators.lastModified ?? options.lastModified ?? null,
    };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(url, `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(url, `${formatBytes(declared)} is over the ${formatBytes(maxBytes)} limit for one document`);
  }
  // Read by chunks so a server that lies about (or omits) its length cannot fill memory.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      let part: ReadableStreamReadResult<Uint8Array>;
      try {
        part = await reader.read();
      } catch (error) {
        throw new InputError(url, `the download broke off (${(error as Error).message})`);
      }
      if (part.done) break;
      size += part.value.length;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new InputError(url, `over the ${formatBytes(maxBytes)} limit for one document`);
      }
      chunks.push(part.value);
    }
  }
  return {
    url: response.url || url, status: response.status, contentType: response.headers.get('content-type'), bytes: Buffer.concat(chunks),
    notModified: false, ...validators,
  };
}
