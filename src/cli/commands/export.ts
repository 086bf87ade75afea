import { parseArgs } from 'node:util';
import type { EventParty, EventRow, FigureRow, QuoteRow } from '../../store/store.js';
import { UsageError, type Command, type CommandIO } from '../command.js';
import { delimitedLine, type Cell } from '../format/csv.js';
import { FILTER_OPTIONS, parseCommon } from '../format/listing.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';

const WHAT = ['events', 'quotes', 'figures'] as const;
type What = (typeof WHAT)[number];
const FORMATS = ['plover-json', 'jsonl', 'csv', 'tsv'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: readout export --what events|quotes|figures [--format F] [filters]

Writes every matching row to stdout (or --out FILE), streaming: memory stays flat for any
corpus size. Events are one row per event with the document id, date, source and target
names, countries and sectors, type, mode, trigger and the sentence.

Options:
${DB_HELP}
  --what W       events (default), quotes or figures
  --format F     plover-json (events: one PLOVER-style JSON object per line), jsonl
                 (the store's rows, one per line), csv or tsv; default csv
  --out FILE     write to FILE instead of stdout
  --type T       events of this PLOVER type only
  --unattributed with --what quotes: the quotations given to no named person instead
                 (speaker empty, or the office or body the text gives them to)
  --actor NAME   --country ISO3  --from D  --to D  --source NAME  --doc ID   filters as in "readout events"

Examples:
  readout export --what events --format plover-json > events.jsonl
  readout export --what events --format csv --country BLR --from 2020-01-01 > blr.csv
  readout export --what quotes --format tsv --out quotes.tsv
  readout export --what quotes --unattributed --format jsonl
  readout export --what figures --format jsonl --db postgres://postgres@127.0.0.1/readout`;

const join = (parties: EventParty[], pick: (p: EventParty) => string | null): string => parties.map((p) => pick(p) ?? '').join('; ');

const EVENT_FIELDS: { header: string; value: (e: EventRow) => Cell }[] = [
  { header: 'event_id', value: (e) => e.id },
  { header: 'document_id', value: (e) => e.documentId },
  { header: 'date', value: (e) => e.date },
  { header: 'type', value: (e) => e.type },
  { header: 'mode', value: (e) => e.mode },
  { header: 'source_names', value: (e) => join(e.source, (p) => p.name) },
  { header: 'source_countries', value: (e) => join(e.source, (p) => p.country) },
  { header: 'source_sectors', value: (e) => join(e.source, (p) => p.sector) },
  { header: 'target_names', value: (e) => join(e.target, (p) => p.name) },
  { header: 'target_countries', value: (e) => join(e.target, (p) => p.country) },
  { header: 'target_sectors', value: (e) => join(e.target, (p) => p.sector) },
  { header: 'trigger', value: (e) => e.trigger },
  { header: 'cameo', value: (e) => e.cameo },
  { header: 'start', value: (e) => e.start },
  { header: 'end', value: (e) => e.end },
  { header: 'sentence', value: (e) => e.sentence },
];

const QUOTE_FIELDS: { header: string; value: (q: QuoteRow) => Cell }[] = [
  { header: 'quote_id', value: (q) => q.id },
  { header: 'document_id', value: (q) => q.documentId },
  { header: 'date', value: (q) => q.date },
  { header: 'speaker', value: (q) => q.speaker },
  { header: 'speaker_actor_id', value: (q) => q.speakerActorId },
  { header: 'text', value: (q) => q.text },
  { header: 'start', value: (q) => q.start },
  { header: 'end', value: (q) => q.end },
];

const FIGURE_FIELDS: { header: string; value: (f: FigureRow) => Cell }[] = [
  { header: 'figure_id', value: (f) => f.id },
  { header: 'document_id', value: (f) => f.documentId },
  { header: 'date', value: (f) => f.date },
  { header: 'kind', value: (f) => f.kind },
  { header: 'value', value: (f) => f.value },
  { header: 'currency', value: (f) => f.currency },
  { header: 'unit', value: (f) => f.unit },
  { header: 'qualifier', value: (f) => f.qualifier },
  { header: 'text', value: (f) => f.text },
  { header: 'start', value: (f) => f.start },
  { header: 'end', value: (f) => f.end },
  { header: 'context', value: (f) => f.context },
];

/** An event in the shape of PLOVER event records (source/target actor lists, eventText, text). */
export function ploverRecord(e: EventRow): Record<string, unknown> {
  const actor = (p: EventParty) => ({ actorText: p.name, code: p.country, sector: p.sector });
  return {
    id: `readout-${e.documentId}-${e.id}`,
    document_id: e.documentId,
    date: e.date,
    event: e.type,
    mode: e.mode,
    context: [],
    source: e.source.map(actor),
    target: e.target.map(actor),
    eventText: e.trigger,
    text: e.sentence,
    cameo: e.cameo,
    language: 'en',
  };
}

/** Writes with back-pressure, so a slow pipe never makes rows pile up in memory. */
function writer(stream: NodeJS.WritableStream): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise((resolve, reject) => {
      const ok = stream.write(chunk, (error) => (error ? reject(error) : undefined));
      if (ok) resolve();
      else stream.once('drain', () => resolve());
    });
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'stream events, quotes or figures as PLOVER JSON, JSONL, CSV or TSV',
  usage,
  async run(argv, io: CommandIO) {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: { ...DB_OPTION, ...FILTER_OPTIONS, what: { type: 'string' }, out: { type: 'string' }, type: { type: 'string' }, unattributed: { type: 'boolean', default: false } },
    });
    const what = (values.what ?? 'events') as What;
    if (!WHAT.includes(what)) throw new UsageError(`--what must be one of ${WHAT.join(', ')}; found "${values.what}"`);
    const format = (values.format ?? 'csv') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; found "${values.format}"`);
    if (format === 'plover-json' && what !== 'events') throw new UsageError('--format plover-json is for events; use jsonl, csv or tsv for quotes and figures');
    if (values.unattributed && what !== 'quotes') throw new UsageError('--unattributed is for --what quotes');
    const p = parseCommon({ ...values, format: undefined, limit: undefined, all: true });
    const filter = { ...p.filter, type: values.type ?? null, cursor: null, ...(values.unattributed ? { unattributed: true } : {}) };

    const store = await openStoreFor(values.db);
    let out: NodeJS.WritableStream = io.stdout;
    let file: import('node:fs').WriteStream | null = null;
    if (values.out) {
      const { createWriteStream } = await import('node:fs');
      file = createWriteStream(values.out);
      out = file;
    }
    const write = writer(out);
    let n = 0;
    try {
      const emit = async <T>(rows: AsyncIterable<T>, fields: { header: string; value: (r: T) => Cell }[], json: (r: T) => unknown) => {
        if (format === 'csv' || format === 'tsv') await write(delimitedLine(format, fields.map((f) => f.header)));
        for await (const row of rows) {
          if (format === 'csv' || format === 'tsv') await write(delimitedLine(format, fields.map((f) => f.value(row))));
          else await write(`${JSON.stringify(json(row))}\n`);
          n++;
        }
      };
      if (what === 'events') await emit(store.iterateEvents(filter), EVENT_FIELDS, format === 'plover-json' ? ploverRecord : (e) => e);
      else if (what === 'quotes') await emit(store.iterateQuotes(filter), QUOTE_FIELDS, (q) => q);
      else await emit(store.iterateFigures(filter), FIGURE_FIELDS, (f) => f);
    } finally {
      await store.close();
      if (file) await new Promise<void>((resolve) => file!.end(() => resolve()));
    }
    const label = values.unattributed ? 'quotes without a named speaker' : what;
    io.stderr.write(`exported ${n} ${label}${values.out ? ` to ${values.out}` : ''}\n`);
    return 0;
  },
};
