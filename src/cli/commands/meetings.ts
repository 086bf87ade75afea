import { parseArgs } from 'node:util';
import type { MeetingRow } from '../../store/meetings.js';
import { UsageError, type Command } from '../command.js';
import { allPages, FILTER_HELP, FILTER_OPTIONS, parseCommon, partyNames, printListing, type Listing } from '../format/listing.js';
import { DB_HELP, DB_OPTION, openStoreFor } from '../format/store-arg.js';

const usage = `Usage: readout meetings [options]   (also: readout events --meetings)

Meetings, calls, visits, talks and ceremonies across the store, newest first: who took part
(named people; --parties adds office holders known by title, delegations and states), when
and where, and whether the text reports them as held or only as planned.

Options:
${DB_HELP}
  --status S     held or planned
  --kind K       meeting, call, visit, talks or ceremony
  --parties      list every party, not only the named people
${FILTER_HELP}

Examples:
  readout meetings --status held --from 2024-01-01
  readout meetings --actor Lukashenko --format json
  readout meetings --country KAZ --kind call`;

function listing(parties: boolean): Listing<MeetingRow> {
  return {
    columns: [
      { header: 'DATE', value: (m) => m.date ?? '' },
      { header: 'STATUS', value: (m) => m.status },
      { header: 'KIND', value: (m) => m.kind },
      { header: 'PARTICIPANTS', value: (m) => partyNames(parties ? m.parties : m.participants), flex: true, max: 70 },
      { header: 'PLACE', value: (m) => m.place ?? '', max: 18 },
      { header: 'TRIGGER', value: (m) => m.trigger, max: 16 },
      { header: 'DOCUMENT', value: (m) => m.documentId, flex: true, max: 32 },
    ],
    flat: [
      { header: 'meeting_id', value: (m) => m.id },
      { header: 'document_id', value: (m) => m.documentId },
      { header: 'date', value: (m) => m.date },
      { header: 'status', value: (m) => m.status },
      { header: 'kind', value: (m) => m.kind },
      { header: 'participants', value: (m) => m.participants.map((p) => p.name).join('; ') },
      { header: 'participant_countries', value: (m) => m.participants.map((p) => p.country ?? '').join('; ') },
      { header: 'parties', value: (m) => m.parties.map((p) => p.name).join('; ') },
      { header: 'place', value: (m) => m.place },
      { header: 'trigger', value: (m) => m.trigger },
    ],
    json: (m) => m,
  };
}

export const meetingsCommand: Command = {
  name: 'meetings',
  summary: 'list meetings, calls and visits, held or planned (filter by actor, country, date)',
  usage,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: { ...DB_OPTION, ...FILTER_OPTIONS, status: { type: 'string' }, kind: { type: 'string' }, parties: { type: 'boolean' }, meetings: { type: 'boolean' } },
    });
    if (values.status && values.status !== 'held' && values.status !== 'planned') throw new UsageError(`--status expects held or planned, got "${values.status}"`);
    const p = parseCommon(values);
    const filter = { ...p.filter, status: (values.status as 'held' | 'planned' | undefined) ?? null, kind: values.kind ?? null };
    const store = await openStoreFor(values.db);
    try {
      await printListing(io, p, listing(values.parties === true), () => store.listMeetings(filter),
        () => allPages((cursor) => store.listMeetings({ ...filter, cursor, limit: 500 }), filter.cursor), 'no meetings match');
      return 0;
    } finally {
      await store.close();
    }
  },
};
