/**
 * What the listing commands (search, actors, events, quotes, figures) share: filter
 * options, output formats (a table for people, JSON/JSONL/CSV/TSV for programs), paging.
 */
import { isValidIsoDate } from '../../ingest/header.js';
import type { CommonFilter, Page } from '../../store/store.js';
import { UsageError, type CommandIO } from '../command.js';
import { delimitedLine, type Cell } from './csv.js';
import { renderTable, terminalWidth, type Column } from './table.js';

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const FILTER_OPTIONS = {
  actor: { type: 'string' as const },
  country: { type: 'string' as const },
  from: { type: 'string' as const },
  to: { type: 'string' as const },
  source: { type: 'string' as const },
  doc: { type: 'string' as const },
  limit: { type: 'string' as const },
  cursor: { type: 'string' as const },
  all: { type: 'boolean' as const, default: false },
  format: { type: 'string' as const },
};

export const FILTER_HELP = `  --actor NAME   only facts involving this actor (a name, matched loosely, or an actor id)
  --country ISO3 only facts involving this country (e.g. BLR, RUS, CHN)
  --from D       from this date (YYYY-MM-DD)
  --to D         up to this date (inclusive)
  --source NAME  only documents from this source (exact)
  --doc ID       only this document
  --limit N      rows per page (default 20; with --all, every row is printed)
  --cursor C     the next page, as printed at the end of the previous one
  --all          every matching row (streamed; fine for any corpus size)
  --format F     table (default), json, jsonl, csv or tsv`;

export interface ParsedCommon {
  filter: CommonFilter;
  format: OutputFormat;
  all: boolean;
  limit: number;
}

function date(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  if (!isValidIsoDate(value)) throw new UsageError(`${flag} wants a date as YYYY-MM-DD, found "${value}"`);
  return value;
}

export function parseCommon(values: {
  actor?: string; country?: string; from?: string; to?: string; source?: string; doc?: string; limit?: string; cursor?: string; all?: boolean; format?: string;
}): ParsedCommon {
  const format = (values.format ?? 'table') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}; found "${values.format}"`);
  let limit = 20;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit wants a whole number from 1 to 1000, found "${values.limit}"`);
  }
  if (values.country !== undefined && !/^[A-Za-z]{3}$/.test(values.country)) {
    throw new UsageError(`--country wants a three-letter code such as BLR or USA, found "${values.country}"`);
  }
  return {
    format,
    all: values.all ?? false,
    limit,
    filter: {
      actor: values.actor ?? null,
      country: values.country ? values.country.toUpperCase() : null,
      from: date(values.from, '--from'),
      to: date(values.to, '--to'),
      source: values.source ?? null,
      documentId: values.doc ?? null,
      limit,
      cursor: values.cursor ?? null,
    },
  };
}

export interface Listing<T> {
  columns: Column<T>[];
  /** Flat fields for CSV/TSV, in order. */
  flat: { header: string; value: (row: T) => Cell }[];
  /** The object printed in JSON formats. */
  json: (row: T) => unknown;
}

/**
 * Prints one page (or, with --all, every row from `stream`), in the chosen format, and the
 * cursor for the next page. Returns the number of rows printed.
 */
export async function printListing<T>(
  io: CommandIO, p: ParsedCommon, listing: Listing<T>, first: () => Promise<Page<T>>, stream: () => AsyncIterable<T>, empty: string,
): Promise<number> {
  const out = io.stdout;
  if (p.all && p.format !== 'table') {
    let n = 0;
    if (p.format === 'json') out.write('[');
    if (p.format === 'csv' || p.format === 'tsv') out.write(delimitedLine(p.format, listing.flat.map((f) => f.header)));
    for await (const row of stream()) {
      if (p.format === 'json') out.write(`${n === 0 ? '\n' : ',\n'}${JSON.stringify(listing.json(row))}`);
      else if (p.format === 'jsonl') out.write(`${JSON.stringify(listing.json(row))}\n`);
      else out.write(delimitedLine(p.format, listing.flat.map((f) => f.value(row))));
      n++;
    }
    if (p.format === 'json') out.write(n === 0 ? ']\n' : '\n]\n');
    return n;
  }
  let rows: T[];
  let next: string | null = null;
  if (p.all) {
    rows = [];
    for await (const row of stream()) rows.push(row);
  } else {
    const page = await first();
    rows = page.items;
    next = page.nextCursor;
  }
  switch (p.format) {
    case 'table':
      if (rows.length === 0) io.stderr.write(`${empty}\n`);
      else out.write(renderTable(rows, listing.columns, terminalWidth(out as { isTTY?: boolean; columns?: number })));
      if (next) io.stderr.write(`more: add --cursor ${next} (or --all for every row)\n`);
      break;
    case 'json':
      out.write(`${JSON.stringify(rows.map(listing.json), null, 2)}\n`);
      if (next) io.stderr.write(`more: add --cursor ${next}\n`);
      break;
    case 'jsonl':
      for (const r of rows) out.write(`${JSON.stringify(listing.json(r))}\n`);
      if (next) io.stderr.write(`more: add --cursor ${next}\n`);
      break;
    default:
      out.write(delimitedLine(p.format, listing.flat.map((f) => f.header)));
      for (const r of rows) out.write(delimitedLine(p.format, listing.flat.map((f) => f.value(r))));
      if (next) io.stderr.write(`more: add --cursor ${next}\n`);
  }
  return rows.length;
}

export const partyNames = (parties: { name: string; country: string | null }[]): string =>
  parties.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join('; ');

/** Every row of a paged listing, fetched 500 at a time. */
export async function* allPages<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, start: string | null = null): AsyncGenerator<T> {
  let cursor = start;
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.items;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}
