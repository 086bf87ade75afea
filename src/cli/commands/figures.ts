import { parseArgs } from 'node:util';
import type { FigureRow } from '../../store/store.js';
import { UsageError, type Command } from '../command.js';
import { FILTER_HELP, FILTER_OPTIONS, parseCommon, printListing, type Listing } from '../format/listing.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';

const KINDS = ['money', 'percent', 'ratio', 'count'];

const usage = `Usage: readout figures [options]

Quantities across the store (money, percentages, ratios, counts), newest first, each with
the sentence it came from. --actor and --country select documents that involve them.

Options:
${DB_HELP}
  --kind K       money, percent, ratio or count
  --currency C   ISO currency code (USD, EUR, RUB, ...)
  --min N        value at least N (in units: 284000000 for "$284 million")
  --max N        value at most N
${FILTER_HELP}

Examples:
  readout figures --kind money --currency USD --min 1e9
  readout figures --country BLR --from 2020-01-01
  readout figures --all --format tsv > figures.tsv`;

const listing: Listing<FigureRow> = {
  columns: [
    { header: 'DATE', value: (f) => f.date ?? '' },
    { header: 'KIND', value: (f) => f.kind },
    { header: 'VALUE', value: (f) => f.value.toLocaleString('en-US', { maximumFractionDigits: 4 }), right: true },
    { header: 'CUR', value: (f) => f.currency ?? '' },
    { header: 'AS WRITTEN', value: (f) => f.text, max: 28 },
    { header: 'CONTEXT', value: (f) => f.context, flex: true },
    { header: 'DOCUMENT', value: (f) => f.documentId, flex: true, max: 32 },
  ],
  flat: [
    { header: 'figure_id', value: (f) => f.id },
    { header: 'document_id', value: (f) => f.documentId },
    { header: 'date', value: (f) => f.date },
    { header: 'kind', value: (f) => f.kind },
    { header: 'value', value: (f) => f.value },
    { header: 'currency', value: (f) => f.currency },
    { header: 'unit', value: (f) => f.unit },
    { header: 'qualifier', value: (f) => f.qualifier },
    { header: 'text', value: (f) => f.text },
    { header: 'context', value: (f) => f.context },
  ],
  json: (f) => f,
};

function numberOption(value: string | undefined, flag: string): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`${flag} wants a number, found "${value}"`);
  return n;
}

export const figuresCommand: Command = {
  name: 'figures',
  summary: 'list money, percentages, ratios and counts with their context',
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: { ...DB_OPTION, ...FILTER_OPTIONS, kind: { type: 'string' }, currency: { type: 'string' }, min: { type: 'string' }, max: { type: 'string' } },
    });
    if (values.kind !== undefined && !KINDS.includes(values.kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}; found "${values.kind}"`);
    const p = parseCommon(values);
    const filter = {
      ...p.filter, kind: values.kind ?? null, currency: values.currency ?? null,
      min: numberOption(values.min, '--min'), max: numberOption(values.max, '--max'),
    };
    const store = await openStoreFor(values.db);
    try {
      await printListing(io, p, listing, () => store.listFigures(filter), () => store.iterateFigures(filter), 'no figures match');
      return 0;
    } finally {
      await store.close();
    }
  },
};
