import { parseArgs } from 'node:util';
import type { SearchHit } from '../../store/store.js';
import type { Command } from '../command.js';
import { allPages, FILTER_HELP, FILTER_OPTIONS, parseCommon, printListing, type Listing } from '../format/listing.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';

const usage = `Usage: readout search [options] [QUERY]

Full-text search over the stored documents (current versions), newest first.
Every word must occur; "quoted words" must occur together; OR between words allows either.
Without a query, lists documents.

Options:
${DB_HELP}
  --type T       only documents with an event of this PLOVER type (CONSULT, AGREE, ...)
${FILTER_HELP}

Examples:
  readout search "trade turnover"
  readout search agreement --country BLR --from 2020-01-01
  readout search --actor Lukashenko --type CONSULT --format json
  readout search --source "President of the Republic of Belarus" --all --format csv > docs.csv`;

const listing: Listing<SearchHit> = {
  columns: [
    { header: 'DATE', value: (h) => h.date ?? '' },
    { header: 'ID', value: (h) => h.id, max: 36 },
    { header: 'TITLE / TEXT', value: (h) => h.title ?? h.snippet, flex: true },
    { header: 'EVENTS', value: (h) => h.counts.events, right: true },
    { header: 'SOURCE', value: (h) => h.source ?? '', flex: true, max: 36 },
  ],
  flat: [
    { header: 'id', value: (h) => h.id },
    { header: 'version', value: (h) => h.version },
    { header: 'date', value: (h) => h.date },
    { header: 'title', value: (h) => h.title },
    { header: 'source', value: (h) => h.source },
    { header: 'url', value: (h) => h.url },
    { header: 'people', value: (h) => h.counts.people },
    { header: 'events', value: (h) => h.counts.events },
    { header: 'quotes', value: (h) => h.counts.quotes },
    { header: 'figures', value: (h) => h.counts.figures },
    { header: 'snippet', value: (h) => h.snippet },
  ],
  json: (h) => h,
};

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over stored documents, with actor/country/type/date/source filters',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...DB_OPTION, ...FILTER_OPTIONS, type: { type: 'string' } },
    });
    const p = parseCommon(values);
    const query = { ...p.filter, text: positionals.join(' ') || null, eventType: values.type ?? null };
    const store = await openStoreFor(values.db);
    try {
      await printListing(io, p, listing, () => store.search(query), () => allPages((cursor) => store.search({ ...query, cursor, limit: 500 }), query.cursor), 'no documents match');
      return 0;
    } finally {
      await store.close();
    }
  },
};
