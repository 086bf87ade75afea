import { parseArgs } from 'node:util';
import type { QuoteRow } from '../../store/store.js';
import type { Command } from '../command.js';
import { FILTER_HELP, FILTER_OPTIONS, parseCommon, printListing, type Listing } from '../format/listing.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';

const usage = `Usage: readout quotes [options] [WORDS]

Direct quotations and their speakers across the store, newest first. WORDS, when given,
must occur in the quote. --actor matches the speaker; --country the speaker's country.
Only the words of named people are listed, unless --unattributed is given.

Options:
${DB_HELP}
  --unattributed list instead the quotations given to no named person: to an office whose
                 holder is not named, a ministry, a statement, or no one (SPEAKER is then
                 that office or body, or "(none)")
${FILTER_HELP}

Examples:
  readout quotes --actor Lukashenko
  readout quotes sanctions --from 2022-01-01
  readout quotes --country CHN --all --format csv > quotes.csv
  readout quotes --unattributed --from 2024-01-01`;

const listingFor = (unattributed: boolean): Listing<QuoteRow> => ({
  columns: [
    { header: 'DATE', value: (q) => q.date ?? '' },
    { header: 'SPEAKER', value: (q) => q.speaker ?? (unattributed ? '(none)' : '(unknown)'), flex: true, max: 30 },
    { header: 'QUOTE', value: (q) => `“${q.text}”`, flex: true },
    { header: 'DOCUMENT', value: (q) => q.documentId, flex: true, max: 32 },
  ],
  flat: [
    { header: 'quote_id', value: (q) => q.id },
    { header: 'document_id', value: (q) => q.documentId },
    { header: 'date', value: (q) => q.date },
    { header: 'speaker', value: (q) => q.speaker },
    { header: 'speaker_actor_id', value: (q) => q.speakerActorId },
    { header: 'text', value: (q) => q.text },
    { header: 'start', value: (q) => q.start },
    { header: 'end', value: (q) => q.end },
  ],
  json: (q) => q,
});

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'list quotations with their speakers (filter by speaker, country, words, date)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB_OPTION, ...FILTER_OPTIONS, unattributed: { type: 'boolean' } } });
    const p = parseCommon(values);
    const unattributed = values.unattributed === true;
    const filter = { ...p.filter, text: positionals.join(' ') || null, ...(unattributed ? { unattributed } : {}) };
    const store = await openStoreFor(values.db);
    try {
      const none = unattributed ? 'no quotations without a named speaker match' : 'no quotes match';
      await printListing(io, p, listingFor(unattributed), () => store.listQuotes(filter), () => store.iterateQuotes(filter), none);
      return 0;
    } finally {
      await store.close();
    }
  },
};
