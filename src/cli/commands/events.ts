import { parseArgs } from 'node:util';
import type { ActorOrCountry, EventRow, Store } from '../../store/store.js';
import { UsageError, type Command } from '../command.js';
import { allPages, FILTER_HELP, FILTER_OPTIONS, parseCommon, partyNames, printListing, type Listing } from '../format/listing.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';
import { meetingsCommand } from './meetings.js';

const usage = `Usage: readout events [options]

PLOVER events across the store, newest first: who did what to whom, when, and the
sentence it was coded from.

Options:
${DB_HELP}
  --type T       only this PLOVER type (CONSULT, AGREE, COOPERATE, AID, ...)
  --mode M       only this mode (meet, visit, call, ...)
  --with X       only events between --actor/--country and X (a name, actor id or ISO3 code)
  --meetings     meetings, calls and visits instead (held or planned; see readout meetings --help)
${FILTER_HELP}

Examples:
  readout events --type CONSULT --from 2020-01-01
  readout events --actor Lukashenko
  readout events --country BLR --with RUS --format json
  readout events --all --format csv > events.csv`;

export const eventListing: Listing<EventRow> = {
  columns: [
    { header: 'DATE', value: (e) => e.date ?? '' },
    { header: 'TYPE', value: (e) => e.type },
    { header: 'MODE', value: (e) => e.mode ?? '' },
    { header: 'SOURCE', value: (e) => partyNames(e.source), flex: true, max: 40 },
    { header: 'TARGET', value: (e) => partyNames(e.target), flex: true, max: 40 },
    { header: 'TRIGGER', value: (e) => e.trigger, max: 16 },
    { header: 'DOCUMENT', value: (e) => e.documentId, flex: true, max: 32 },
  ],
  flat: [
    { header: 'event_id', value: (e) => e.id },
    { header: 'document_id', value: (e) => e.documentId },
    { header: 'date', value: (e) => e.date },
    { header: 'type', value: (e) => e.type },
    { header: 'mode', value: (e) => e.mode },
    { header: 'source', value: (e) => e.source.map((p) => p.name).join('; ') },
    { header: 'source_country', value: (e) => e.source.map((p) => p.country ?? '').join('; ') },
    { header: 'target', value: (e) => e.target.map((p) => p.name).join('; ') },
    { header: 'target_country', value: (e) => e.target.map((p) => p.country ?? '').join('; ') },
    { header: 'trigger', value: (e) => e.trigger },
    { header: 'sentence', value: (e) => e.sentence },
  ],
  json: (e) => e,
};

/** A name, actor id or ISO3 code -> one side of an events-between query. */
export async function resolveSide(store: Store, value: string): Promise<ActorOrCountry | null> {
  if (/^[A-Z]{3}$/.test(value)) return { country: value };
  if (/^\d+$/.test(value)) return { actorId: value };
  const top = await store.listActors({ name: value, limit: 1 });
  return top.items[0] ? { actorId: top.items[0].id } : null;
}

export const eventsCommand: Command = {
  name: 'events',
  summary: 'list PLOVER events (filter by actor, country, type, date, source)',
  usage,
  async run(argv, io) {
    if (argv.includes('--meetings')) return meetingsCommand.run(argv.filter((a) => a !== '--meetings'), io);
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: { ...DB_OPTION, ...FILTER_OPTIONS, type: { type: 'string' }, mode: { type: 'string' }, with: { type: 'string' } },
    });
    const p = parseCommon(values);
    const filter = { ...p.filter, type: values.type ?? null, mode: values.mode ?? null };
    const store = await openStoreFor(values.db);
    try {
      if (values.with) {
        const sideA = values.actor ?? p.filter.country;
        if (!sideA) throw new UsageError('--with needs --actor or --country for the other side');
        const a = await resolveSide(store, sideA);
        const b = await resolveSide(store, values.with);
        if (!a || !b) {
          io.stderr.write(`no actor matches "${!a ? sideA : values.with}"\n`);
          return 0;
        }
        const rest = { ...filter, actor: null, country: null };
        await printListing(io, p, eventListing, () => store.eventsBetween(a, b, rest),
          () => allPages((cursor) => store.eventsBetween(a, b, { ...rest, cursor, limit: 500 }), rest.cursor), 'no events between them');
        return 0;
      }
      await printListing(io, p, eventListing, () => store.listEvents(filter), () => store.iterateEvents(filter), 'no events match');
      return 0;
    } finally {
      await store.close();
    }
  },
};
