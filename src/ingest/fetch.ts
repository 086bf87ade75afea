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
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  userAgent?: string;
}

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
        'user-agent': options.userAgent ?? 'readout/0.1 (+press release archiver)',
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
      },
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new InputError(url, `cannot fetch (${why})`);
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
  return { url: response.url || url, status: response.status, contentType: response.headers.get('content-type'), bytes: Buffer.concat(chunks) };
}
