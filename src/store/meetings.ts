/**
 * Meetings in the store: one row per meeting of a current version, one row per party. Kept
 * apart from the rest of the write path, which calls in here twice per batch (the meetings
 * before the lock on shared rows, their parties after it) and once per replaced version
 * (remove); reads page by (sort_date, id) like events.
 */
import { sql, type Kysely } from 'kysely';
import { recordLists } from '../record/record-json.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { insertListRows } from './list-rows.js';
import type { DerivedItem } from './derived.js';
import type { CommonFilter, Page } from './store.js';
import type { Backend, Database } from './schema.js';
import type { ColumnSpec, WriteBatch, WriteTx } from './write-tx.js';

export interface MeetingsTable {
  id: number;
  version_id: number;
  document_id: string;
  idx: number;
  kind: string;
  status: string;
  date: string | null;
  sort_date: string;
  source: string | null;
  place: string | null;
  trigger: string;
  start: number;
  end: number;
  rule: string;
}

export interface MeetingPartiesTable {
  meeting_id: number;
  version_id: number;
  pos: number;
  actor_id: number | null;
  name: string;
  country: string | null;
  sector: string | null;
  /** 1 for a named person (a participant), 0 for other parties. */
  named: number;
}

export interface MeetingParty {
  actorId: string | null;
  name: string;
  country: string | null;
  sector: string | null;
}

export interface MeetingRow {
  id: string;
  documentId: string;
  /** Meeting date, else the document date. */
  date: string | null;
  kind: string;
  status: 'held' | 'planned';
  place: string | null;
  trigger: string;
  /** Named people taking part. */
  participants: MeetingParty[];
  /** Every party, the named people among them. */
  parties: MeetingParty[];
  start: number;
  end: number;
  rule: string;
}

export interface MeetingFilter extends CommonFilter {
  status?: 'held' | 'planned' | null;
  kind?: string | null;
}

type AnyDb = Kysely<Database>;

/** Creates the meeting tables and their indexes when missing (part of the store's migration). */
export async function createMeetingTables(db: AnyDb, backend: Backend): Promise<void> {
  const pk = backend === 'postgres' ? 'serial' : 'integer';
  await db.schema
    .createTable('meetings')
    .ifNotExists()
    .addColumn('id', pk, (c) => (backend === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('sort_date', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('place', 'text')
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('meeting_parties')
    .ifNotExists()
    .addColumn('meeting_id', 'integer', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('pos', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('sector', 'text')
    .addColumn('named', 'integer', (c) => c.notNull())
    .execute();
  const indexes: [string, 'meetings' | 'meeting_parties', string[]][] = [
    ['meetings_order', 'meetings', ['sort_date', 'id']],
    ['meetings_version', 'meetings', ['version_id']],
    ['meeting_parties_meeting', 'meeting_parties', ['meeting_id']],
    ['meeting_parties_actor', 'meeting_parties', ['actor_id']],
  ];
  for (const [name, table, columns] of indexes) await db.schema.createIndex(name).ifNotExists().on(table).columns(columns).execute();
}

const T = (name: string): ColumnSpec => ({ name, pg: 'text' });
const I = (name: string): ColumnSpec => ({ name, pg: 'int4' });
const MEETING_COLUMNS = [I('version_id'), T('document_id'), I('idx'), T('kind'), T('status'), T('date'), T('sort_date'), T('source'), T('place'), T('trigger'), I('start'), I('end'), T('rule')];
const PARTY_COLUMNS = [I('meeting_id'), I('version_id'), I('pos'), I('actor_id'), T('name'), T('country'), T('sector'), I('named')];
const CHUNK = 500;
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));

/**
 * Writes the meetings of a batch of current versions, a chunk at a time; returns the id of each
 * meeting by version and index (the order of the record's list). They name no store actor, so
 * they go in before the lock on shared rows; their parties come after it (meetingPartyRows).
 */
export function insertMeetingRows(tx: WriteTx, items: readonly DerivedItem[]): Promise<Map<number, number[]>> {
  return insertListRows(tx, 'meetings', MEETING_COLUMNS, items, 'meetings', (item, index, m) => {
    const date = m.date ?? item.date;
    return [item.versionId, item.documentId, index, m.kind, m.status, date, date ?? '', item.source, m.place, m.trigger, m.start, m.end, m.rule];
  });
}

/**
 * The parties of the meetings insertMeetingRows wrote, into `writes` (flushed as it asks).
 * `actorOf` maps an item's record-local actor id to the store's actor id (from the batch's
 * actor resolution).
 */
export async function meetingPartyRows(
  items: readonly DerivedItem[],
  meetingIds: ReadonlyMap<number, readonly number[]>,
  actorOf: (item: DerivedItem, localId: string) => number | null,
  writes: WriteBatch,
): Promise<void> {
  for (const item of items) {
    const ids = meetingIds.get(item.versionId)!;
    for (const { first, items: meetings } of recordLists(item.record).chunks('meetings', CHUNK)) {
      for (const [k, m] of meetings.entries()) {
        const meetingId = ids[first + k]!;
        const named = new Set(m.participants.map((p) => p.id));
        let due = false;
        m.parties.forEach((p, pos) => {
          due = writes.push('meeting_parties', PARTY_COLUMNS, [meetingId, item.versionId, pos, p.id ? actorOf(item, p.id) : null, p.name, p.country, p.sector, named.has(p.id) ? 1 : 0]) || due;
        });
        if (due) await writes.flush();
      }
    }
  }
}

/** Takes a version's meetings out (the version is replaced or re-extracted). */
export async function removeMeetings(tx: WriteTx, versionId: number): Promise<void> {
  // Through the version's meetings: the parties' own version_id has no index (see schema.ts).
  await tx.kysely
    .deleteFrom('meeting_parties')
    .where('meeting_id', 'in', (eb) => eb.selectFrom('meetings').select('id').where('version_id', '=', versionId))
    .execute();
  await tx.kysely.deleteFrom('meetings').where('version_id', '=', versionId).execute();
}

/** Meetings, newest first, with their parties; filters as for events. */
export async function listMeetings(db: AnyDb, f: MeetingFilter, limit: number, actorIds: (actor: string) => Promise<number[]>): Promise<Page<MeetingRow>> {
  let query = db.selectFrom('meetings as m').selectAll('m');
  if (f.status) query = query.where('m.status', '=', f.status);
  if (f.kind) query = query.where('m.kind', '=', f.kind);
  if (f.from) query = query.where('m.sort_date', '>=', f.from);
  if (f.to) query = query.where('m.sort_date', '<=', f.to).where('m.sort_date', '<>', '');
  if (f.source) query = query.where('m.source', '=', f.source);
  if (f.documentId) query = query.where('m.document_id', '=', f.documentId);
  if (f.actor) {
    const ids = await actorIds(f.actor);
    if (ids.length === 0) return { items: [], nextCursor: null };
    query = query.where('m.id', 'in', (eb) => eb.selectFrom('meeting_parties as pa').select('pa.meeting_id').where('pa.actor_id', 'in', ids));
  }
  if (f.country) {
    const country = f.country.toUpperCase();
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('meeting_parties as pc').select('pc.meeting_id').whereRef('pc.meeting_id', '=', 'm.id').where('pc.country', '=', country)));
  }
  if (f.cursor) {
    const c = decodeCursor(f.cursor);
    query = query.where(sql<boolean>`(${sql.ref('m.sort_date')}, ${sql.ref('m.id')}) < (${c.d}, ${c.id})`);
  }
  const rows = await query.orderBy('m.sort_date', 'desc').orderBy('m.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit);
  const next = rows.length > limit ? encodeCursor({ d: items[items.length - 1]!.sort_date, id: num(items[items.length - 1]!.id) }) : null;
  const partyRows = items.length === 0 ? [] : await db
    .selectFrom('meeting_parties')
    .selectAll()
    .where('meeting_id', 'in', items.map((r) => num(r.id)))
    .orderBy('meeting_id')
    .orderBy('pos')
    .execute();
  const byMeeting = new Map<number, { all: MeetingParty[]; named: MeetingParty[] }>();
  for (const p of partyRows) {
    const id = num(p.meeting_id);
    let slot = byMeeting.get(id);
    if (!slot) byMeeting.set(id, (slot = { all: [], named: [] }));
    const party: MeetingParty = { actorId: p.actor_id === null ? null : String(p.actor_id), name: p.name, country: p.country, sector: p.sector };
    slot.all.push(party);
    if (num(p.named) === 1) slot.named.push(party);
  }
  return {
    nextCursor: next,
    items: items.map((r) => {
      const slot = byMeeting.get(num(r.id)) ?? { all: [], named: [] };
      return {
        id: String(r.id), documentId: r.document_id, date: r.date, kind: r.kind, status: r.status === 'planned' ? 'planned' : 'held',
        place: r.place, trigger: r.trigger, participants: slot.named, parties: slot.all, start: r.start, end: r.end, rule: r.rule,
      };
    }),
  };
}
