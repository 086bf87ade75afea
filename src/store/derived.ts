/**
 * The rows derived from a current version's record: cross-document actors, the actors of each
 * document, events with their parties, who-with-whom counts, quotes and figures.
 *
 * Written for a whole batch of versions at once: one look-up of candidate actors, one update
 * per actor touched by the batch (in id order), bulk inserts for the rest. Removal (when a
 * version is replaced or re-extracted) works on one version and is rarer.
 */
import { sql } from 'kysely';
import { actorMentionCount, recordLists } from '../record/record-json.js';
import type { ExtractRecord } from '../record/types.js';
import { exactKey, foldText, givenCompatible, personKey } from './actor-key.js';
import type { ActorKind } from './store.js';
import { insertListRows } from './list-rows.js';
import { insertMeetingRows, meetingPartyRows, removeMeetings } from './meetings.js';
import { figureContext } from './text-bits.js';
import { WriteBatch, type ColumnSpec, type StatementWrite, type WriteTx } from './write-tx.js';
import { setBounded } from '../lexicon/bounded-cache.js';

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const CHUNK = 500;

export interface DerivedItem {
  versionId: number;
  documentId: string;
  text: string;
  record: ExtractRecord;
  date: string | null;
  source: string | null;
}

interface DerivedEntry {
  kind: ActorKind;
  id: string;
  name: string;
  title: string | null;
  country: string | null;
  sector: string | null;
  mentions: number;
  surname: string;
  given: string | null;
}

/** An actor row as a batch sees and updates it. */
interface ActorState {
  id: number;
  kind: string;
  name: string;
  surname_key: string;
  given_key: string | null;
  country: string | null;
  sector: string | null;
  title: string | null;
  documents: number;
  title_date: string;
  first_date: string;
  last_date: string;
}

/** What a batch changes on one actor, written once at the end. */
interface ActorTouch {
  state: ActorState;
  /** The folded name as stored (recomputed only when the name changes). */
  fold: string | null;
  documents: number;
  mentions: number;
  country: string | null;
  sector: string | null;
  /**
   * The batch's own fullest name, latest title (with its date), first and last dates: on
   * PostgreSQL they are weighed against the row as it is when it is updated, since another
   * writer may have changed it since it was read.
   */
  name: string;
  title: string | null;
  titleDate: string;
  firstDate: string;
  lastDate: string;
}

/** One event as the pair counter sees it. */
export interface PairEvent {
  type: string;
  sortDate: string;
  parties: { role: string; pos: number; actorId: number | null; country: string | null }[];
}

export interface PairDelta {
  level: 'actor' | 'country';
  a: string;
  b: string;
  type: string;
  sortDate: string;
  aCountry: string | null;
  bCountry: string | null;
  n: number;
}

/**
 * Who-with-whom pairs of a set of events, undirected (a < b): each source with each target,
 * and the sources of a reciprocal event with each other. Counted per level and type.
 */
export function eventPairs(events: PairEvent[]): PairDelta[] {
  const out = new Map<string, PairDelta>();
  const add = (level: 'actor' | 'country', x: string, y: string, xc: string | null, yc: string | null, e: PairEvent) => {
    if (x === y) return;
    const [a, b, ac, bc] = x < y ? [x, y, xc, yc] : [y, x, yc, xc];
    const k = `${level}\u0000${a}\u0000${b}\u0000${e.type}\u0000${e.sortDate}`;
    const d = out.get(k);
    if (d) d.n++;
    else out.set(k, { level, a, b, type: e.type, sortDate: e.sortDate, aCountry: ac, bCountry: bc, n: 1 });
  };
  for (const e of events) {
    const sources = e.parties.filter((p) => p.role === 'source');
    for (const s of sources) {
      for (const t of e.parties) {
        if (!(t.role === 'target' || (t.role === 'source' && t.pos > s.pos))) continue;
        if (s.actorId !== null && t.actorId !== null) add('actor', String(s.actorId), String(t.actorId), s.country, t.country, e);
        if (s.country && t.country) add('country', s.country, t.country, s.country, t.country, e);
      }
    }
  }
  return [...out.values()];
}

/** eventPairs over events given a chunk at a time: the counts of each pair add up. */
class PairCounter {
  private readonly counts = new Map<string, PairDelta>();

  /** Adds the pairs of a chunk of events. */
  add(events: PairEvent[]): void {
    for (const d of eventPairs(events)) {
      const k = `${d.level}\u0000${d.a}\u0000${d.b}\u0000${d.type}\u0000${d.sortDate}`;
      const known = this.counts.get(k);
      if (known) known.n += d.n;
      else this.counts.set(k, d);
    }
  }

  /** In key order. */
  sorted(): PairDelta[] {
    return [...this.counts.values()].sort((x, y) =>
      x.level < y.level ? -1 : x.level > y.level ? 1 : x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : x.type < y.type ? -1 : x.type > y.type ? 1 : x.sortDate < y.sortDate ? -1 : x.sortDate > y.sortDate ? 1 : 0);
  }
}

/** Rows of one table, inserted CHUNK at a time as they come. */
class RowSink {
  private rows: unknown[][] = [];
  constructor(private readonly tx: WriteTx, private readonly table: string, private readonly columns: readonly ColumnSpec[]) {}

  /** Adds a row; true when CHUNK rows are waiting and flush() is due. */
  push(row: unknown[]): boolean {
    return this.rows.push(row) >= CHUNK;
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    await this.tx.insertRows(this.table, this.columns, rows);
  }
}

/** The look-up keys of a name (null: no letters or digits to match on), by kind and name. */
const nameKeys = new Map<string, { surname: string; given: string | null } | null>();
const NAME_KEYS_KEPT = 20_000;

/**
 * The keys of a name, worked out once: the same people, organisations and places come back
 * document after document, and folding and transliterating their names each time was some
 * 4% of what the writing thread does for a batch (its profile).
 */
function keysOf(kind: ActorKind, name: string): { surname: string; given: string | null } | null {
  const cacheKey = `${kind}\u0000${name}`;
  let keys = nameKeys.get(cacheKey);
  if (keys !== undefined) return keys;
  const folded = foldText(name);
  if (folded === '') keys = null;
  else if (kind === 'person') {
    const k = personKey(name);
    keys = { surname: k.surname || folded, given: k.given };
  } else {
    keys = { surname: exactKey(name) || folded, given: null };
  }
  setBounded(nameKeys, NAME_KEYS_KEPT, cacheKey, keys);
  return keys;
}

function entriesOf(record: ExtractRecord): DerivedEntry[] {
  const entries: DerivedEntry[] = [];
  const add = (kind: ActorKind, id: string, name: string, title: string | null, country: string | null, sector: string | null, mentions: number) => {
    if (!name) return;
    const keys = keysOf(kind, name);
    if (keys === null) return;
    entries.push({ kind, id, name, title, country, sector, mentions, surname: keys.surname, given: keys.given });
  };
  for (const p of record.people) add('person', p.id, p.name, p.title, p.country, p.sector, actorMentionCount(p));
  for (const o of record.organizations) add('organization', o.id, o.name, null, o.country, o.sector, actorMentionCount(o));
  for (const p of record.places) add('place', p.id, p.name, null, p.country, null, actorMentionCount(p));
  return entries;
}

const ACTOR_COLUMNS = 'id, kind, name, surname_key, given_key, country, sector, title, documents, title_date, first_date, last_date';

/** Actors by surname key, as read for a batch (and as its matching adds to them). */
type Candidates = Map<string, ActorState[]>;

/** Reads the actors any of the entries may be matched to. */
async function readCandidates(tx: WriteTx, entries: readonly DerivedEntry[]): Promise<Candidates> {
  // A common surname may have many actors across countries: an entry with a country needs
  // only the candidates of that country or of none; an entry without one needs them all.
  const open = [...new Set(entries.filter((e) => e.country === null).map((e) => e.surname))];
  const openSet = new Set(open);
  const withCountry = [...new Set(entries.filter((e) => e.country !== null && !openSet.has(e.surname)).map((e) => e.surname))];
  const countries = [...new Set(entries.map((e) => e.country).filter((c): c is string => c !== null))];
  const bySurname: Candidates = new Map();
  const keep = (rows: Record<string, unknown>[]) => {
    for (const r of rows) {
      const state: ActorState = {
        id: num(r.id), kind: String(r.kind), name: String(r.name), surname_key: String(r.surname_key), given_key: (r.given_key as string | null) ?? null,
        country: (r.country as string | null) ?? null, sector: (r.sector as string | null) ?? null, title: (r.title as string | null) ?? null,
        documents: num(r.documents), title_date: String(r.title_date ?? ''), first_date: String(r.first_date ?? ''), last_date: String(r.last_date ?? ''),
      };
      let list = bySurname.get(state.surname_key);
      if (!list) bySurname.set(state.surname_key, (list = []));
      list.push(state);
    }
  };
  if (tx.backend === 'postgres') {
    // One round trip, whatever the number of names: each list is one array.
    const parts: string[] = [];
    const params: unknown[] = [];
    if (open.length > 0) {
      const s = tx.inList('surname_key', open);
      parts.push(`SELECT ${ACTOR_COLUMNS} FROM actors WHERE ${s.sql}`);
      params.push(s.param);
    }
    if (withCountry.length > 0) {
      const s = tx.inList('surname_key', withCountry);
      const c = tx.inList('country', countries);
      parts.push(`SELECT ${ACTOR_COLUMNS} FROM actors WHERE ${s.sql} AND (country IS NULL OR ${c.sql})`);
      params.push(s.param, c.param);
    }
    // The two lists share no surname, so no row comes back twice.
    if (parts.length > 0) keep(await tx.all(parts.join(' UNION ALL '), params));
  } else {
    for (let i = 0; i < open.length; i += CHUNK) {
      const s = tx.inList('surname_key', open.slice(i, i + CHUNK));
      keep(await tx.all(`SELECT ${ACTOR_COLUMNS} FROM actors WHERE ${s.sql}`, [s.param]));
    }
    for (let i = 0; i < withCountry.length; i += CHUNK) {
      const s = tx.inList('surname_key', withCountry.slice(i, i + CHUNK));
      const c = tx.inList('country', countries);
      keep(await tx.all(`SELECT ${ACTOR_COLUMNS} FROM actors WHERE ${s.sql} AND (country IS NULL OR ${c.sql})`, [s.param, c.param]));
    }
  }
  return bySurname;
}

/**
 * Entries of one kind and surname key are matched against the same candidates and no others:
 * the unit a writer locks when it changes them (see resolveActors).
 */
const nameGroup = (e: { kind: string; surname: string }): string => `${e.kind}:${e.surname}`;

interface Matching {
  chosen: Map<DerivedEntry, ActorState>;
  /** Actors to insert, in the order they were met (id still 0). */
  created: ActorState[];
  /** Actors without a country that an entry gave one. */
  countryGiven: ActorState[];
  /** The name groups (nameGroup) of every new actor and every country given. */
  changed: Set<string>;
}

/**
 * Matches entries to the candidates in order, so a person new in one document is found by the
 * next; new actors are added to the candidates, and countries given to them, in memory.
 */
function matchEntries(entries: readonly DerivedEntry[], bySurname: Candidates): Matching {
  const m: Matching = { chosen: new Map(), created: [], countryGiven: [], changed: new Set() };
  for (const e of entries) {
    const fitting = (bySurname.get(e.surname) ?? []).filter(
      (c) =>
        c.kind === e.kind &&
        (e.kind !== 'person' || givenCompatible(c.given_key, e.given)) &&
        (e.country === null || c.country === null || c.country === e.country),
    );
    // Same country first; an actor without a country joins only an unambiguous candidate.
    let chosen = fitting.find((c) => e.country !== null && c.country === e.country);
    if (!chosen) {
      const openFit = fitting.filter((c) => e.country === null || c.country === null);
      if (openFit.length === 1 || (e.country === null && openFit.length > 0 && new Set(openFit.map((c) => c.country)).size === 1)) {
        chosen = openFit.sort((a, b) => b.documents - a.documents)[0];
      } else if (e.country === null) {
        // Namesakes in several countries leave it open which one is meant; a mention that gives no
        // country then joins the actor of that name with no country either, rather than starting
        // another one each time (a minister named without a country in fifty documents is one actor).
        chosen = openFit.filter((c) => c.country === null).sort((a, b) => b.documents - a.documents)[0];
      }
    }
    if (!chosen) {
      // Matched in memory from here on; the row is inserted with the batch's other new actors.
      chosen = {
        id: 0, kind: e.kind, name: e.name, surname_key: e.surname, given_key: e.given, country: e.country, sector: e.sector,
        title: null, documents: 0, title_date: '', first_date: '', last_date: '',
      };
      m.created.push(chosen);
      m.changed.add(nameGroup(e));
      let list = bySurname.get(e.surname);
      if (!list) bySurname.set(e.surname, (list = []));
      list.push(chosen);
    } else if (chosen.country === null && e.country !== null) {
      // Later entries (of this document and of the next ones) see the country this one brings.
      chosen.country = e.country;
      if (chosen.id !== 0) m.countryGiven.push(chosen);
      m.changed.add(nameGroup(e));
    }
    m.chosen.set(e, chosen);
  }
  return m;
}

/** Inserts new actors (ids in order; one statement on PostgreSQL, a prepared statement per row on SQLite). */
async function insertActors(tx: WriteTx, created: readonly ActorState[]): Promise<void> {
  const step = tx.backend === 'postgres' ? Math.max(1, created.length) : CHUNK;
  for (let i = 0; i < created.length; i += step) {
    const part = created.slice(i, i + step);
    const rows = await tx.insertRows(
      'actors',
      NEW_ACTOR_COLUMNS,
      part.map((a) => [a.kind, a.name, foldText(a.name), a.surname_key, a.given_key, a.country, a.sector, null, '', 0, 0, '', '']),
      { returning: ['id'] },
    );
    part.forEach((a, j) => (a.id = num(rows[j]!.id)));
  }
}

/**
 * PostgreSQL: locks actor rows in id order, the order every writer takes them in, so two never
 * wait on each other in a cycle (one UPDATE ... FROM may lock its rows in any order).
 */
async function lockActorRows(tx: WriteTx, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const list = tx.inList('id', [...ids]);
  await tx.all(`SELECT count(*) AS n FROM (SELECT id FROM actors WHERE ${list.sql} ORDER BY id FOR UPDATE) AS locked`, [list.param]);
}

/**
 * Maps the people, organisations and places of a batch to cross-document actors, creating the
 * missing ones.
 *
 * PostgreSQL, with writers side by side, in a short transaction of its own (see insertDerived):
 * the actors are read and matched without a lock. Most names of a batch find their actors as
 * they are, and nothing about them changes but counters, which other writers add to as well.
 * Only the name groups (kind and surname key) where the batch would add an actor, or give one a
 * country, are matched again after locking those groups (every writer takes such locks in one
 * order) and reading their actors again: two writers meeting the same new person at once then
 * make one actor, as one writer after the other would. The transaction commits at once, so no
 * lock on a name is held while the rest of the batch is written; a new actor whose batch then
 * fails stays without documents, unlisted, and is found by the next document that names it.
 */
async function resolveActors(tx: WriteTx, entries: DerivedEntry[]): Promise<Map<DerivedEntry, ActorState>> {
  if (entries.length === 0) return new Map();
  const first = matchEntries(entries, await readCandidates(tx, entries));
  if (tx.backend === 'sqlite') {
    // One writer: what it read stays true until its commit.
    await insertActors(tx, first.created);
    return first.chosen;
  }
  if (first.changed.size === 0) return first.chosen;
  const again = entries.filter((e) => first.changed.has(nameGroup(e)));
  await tx.lockKeys([...first.changed]);
  const second = matchEntries(again, await readCandidates(tx, again));
  await insertActors(tx, second.created);
  const given = [...second.countryGiven].sort((a, b) => a.id - b.id);
  if (given.length > 0) {
    await lockActorRows(tx, given.map((a) => a.id));
    await tx.run(`UPDATE actors AS a SET country = u.country FROM unnest(?::int4[], ?::text[]) AS u(id, country) WHERE a.id = u.id AND a.country IS NULL`, [
      given.map((a) => a.id),
      given.map((a) => a.country),
    ]);
  }
  for (const e of again) first.chosen.set(e, second.chosen.get(e)!);
  return first.chosen;
}

const T = (name: string): ColumnSpec => ({ name, pg: 'text' });
const I = (name: string): ColumnSpec => ({ name, pg: 'int4' });
const R = (name: string): ColumnSpec => ({ name, pg: 'float8' });

const DOC_ACTOR_COLUMNS = [I('version_id'), T('document_id'), I('actor_id'), T('local_id'), T('kind'), T('name'), T('title'), T('country'), T('sector'), I('mentions'), T('sort_date'), T('source')];
const EVENT_COLUMNS = [I('version_id'), T('document_id'), I('idx'), T('type'), T('mode'), T('date'), T('sort_date'), T('source'), T('trigger'), T('cameo'), T('sentence'), I('start'), I('end'), T('rule')];
const PARTY_COLUMNS = [I('event_id'), I('version_id'), T('role'), I('pos'), I('actor_id'), T('name'), T('country'), T('sector')];
const PAIR_COLUMNS = [T('level'), T('a'), T('b'), T('type'), T('sort_date'), T('a_country'), T('b_country'), I('n')];
const QUOTE_COLUMNS = [I('version_id'), T('document_id'), I('idx'), T('date'), T('sort_date'), T('source'), T('speaker'), I('speaker_actor_id'), T('text'), T('fold'), I('start'), I('end')];
/** The record's two lists of quotations and the table each is kept in. */
const QUOTE_TABLES = [['quotes', 'quotes'], ['unattributedQuotes', 'unattributed_quotes']] as const;
const FIGURE_COLUMNS = [I('version_id'), T('document_id'), I('idx'), T('date'), T('sort_date'), T('source'), T('kind'), T('text'), R('value'), T('currency'), T('unit'), T('qualifier'), I('start'), I('end'), T('context')];

const NEW_ACTOR_COLUMNS = [
  T('kind'), T('name'), T('fold'), T('surname_key'), T('given_key'), T('country'), T('sector'), T('title'), T('title_date'), I('documents'), I('mentions'),
  T('first_date'), T('last_date'),
];

const words = (s: string) => s.split(/\s+/).length;
/** The fuller of two spellings of a name: more words, else more letters (the earlier one on a tie). */
const fuller = (name: string, than: string): boolean => words(name) > words(than) || (words(name) === words(than) && name.length > than.length);

/** Writes the derived rows of every item (each the new current version of its document). */
export async function insertDerived(tx: WriteTx, items: DerivedItem[]): Promise<void> {
  if (items.length === 0) return;
  const perItem = items.map((item) => ({ item, entries: entriesOf(item.record) }));
  // The actors are resolved in a transaction of their own (on a connection of its own, on
  // PostgreSQL), which goes on while this one writes the rows that name no actor. Where it runs
  // inside this one instead, the statements of the two take turns; neither reads the other's rows.
  const resolving = tx.apart((side) => resolveActors(side, perItem.flatMap((p) => p.entries)));
  resolving.catch(() => undefined);
  // Beside other writers of new rows; only a writer removing rows keeps this one waiting.
  await tx.lockSharedBeside();
  const eventIds = await insertEvents(tx, items);
  const meetingIds = await insertMeetingRows(tx, items);
  await insertFigures(tx, items);
  const resolved = await resolving;

  // From here on the rows of every table go out together, a few thousand at a time (one round
  // trip each on PostgreSQL), read from each record in chunks: the rows of a very large record
  // never exist all at once (see record/record-json.ts).
  const writes = new WriteBatch(tx);
  const touched = new Map<number, ActorTouch>();
  const localToActor = new Map<DerivedItem, Map<string, number>>();
  for (const { item, entries } of perItem) {
    const sortDate = item.date ?? '';
    const local = new Map<string, number>();
    localToActor.set(item, local);
    const byActor = new Map<number, { state: ActorState; localIds: string[]; kind: ActorKind; name: string; title: string | null; country: string | null; sector: string | null; mentions: number }>();
    for (const e of entries) {
      const state = resolved.get(e)!;
      local.set(e.id, state.id);
      const agg = byActor.get(state.id);
      if (agg) {
        agg.localIds.push(e.id);
        agg.mentions += e.mentions;
        agg.title ??= e.title;
        agg.country ??= e.country;
        agg.sector ??= e.sector;
        if (e.name.length > agg.name.length) agg.name = e.name;
      } else {
        byActor.set(state.id, { state, localIds: [e.id], kind: e.kind, name: e.name, title: e.title, country: e.country, sector: e.sector, mentions: e.mentions });
      }
    }
    for (const a of byActor.values()) {
      if (writes.push('doc_actors', DOC_ACTOR_COLUMNS, [item.versionId, item.documentId, a.state.id, a.localIds.join(' '), a.kind, a.name, a.title, a.country, a.sector, a.mentions, sortDate, item.source])) {
        await writes.flush();
      }
      const cur = a.state;
      // The display name is the fullest spelling seen; the title is the one of the latest dated
      // document. An actor left without documents (its only document was replaced) takes the new spelling.
      const orphan = cur.documents === 0;
      let t = touched.get(cur.id);
      if (!t) {
        touched.set(cur.id, (t = { state: cur, fold: null, documents: 0, mentions: 0, country: null, sector: null, name: a.name, title: null, titleDate: '', firstDate: '', lastDate: '' }));
      } else if (fuller(a.name, t.name)) t.name = a.name;
      if (orphan || fuller(a.name, cur.name)) {
        if (a.name !== cur.name) t.fold = foldText(a.name);
        cur.name = a.name;
      }
      if (a.title !== null && (orphan || sortDate >= cur.title_date)) {
        cur.title = a.title;
        cur.title_date = sortDate;
      }
      if (a.title !== null && (t.title === null || sortDate >= t.titleDate)) {
        t.title = a.title;
        t.titleDate = sortDate;
      }
      if (sortDate !== '' && (cur.first_date === '' || sortDate < cur.first_date)) cur.first_date = sortDate;
      if (sortDate > cur.last_date) cur.last_date = sortDate;
      if (sortDate !== '' && (t.firstDate === '' || sortDate < t.firstDate)) t.firstDate = sortDate;
      if (sortDate > t.lastDate) t.lastDate = sortDate;
      cur.documents += 1;
      t.documents += 1;
      t.mentions += a.mentions;
      t.country ??= a.country;
      t.sector ??= a.sector;
    }
  }
  // Parties of the events, and their who-with-whom pairs.
  const pairs = new PairCounter();
  const pairEvents: PairEvent[] = [];
  const flushParties = async () => {
    pairs.add(pairEvents);
    pairEvents.length = 0;
    await writes.flush();
  };
  for (const item of items) {
    const local = localToActor.get(item)!;
    const ids = eventIds.get(item.versionId)!;
    for (const { first, items: events } of recordLists(item.record).chunks('events', CHUNK)) {
      for (const [k, e] of events.entries()) {
        const eventId = ids[first + k]!;
        const pe: PairEvent = { type: e.type, sortDate: e.date ?? item.date ?? '', parties: [] };
        let due = false;
        const add = (p: NonNullable<typeof e.source>[number], pos: number, role: string) => {
          const actorId = (p.id ? local.get(p.id) : undefined) ?? null;
          due = writes.push('event_parties', PARTY_COLUMNS, [eventId, item.versionId, role, pos, actorId, p.name, p.country, p.sector]) || due;
          pe.parties.push({ role, pos, actorId, country: p.country });
        };
        (e.source ?? []).forEach((p, pos) => add(p, pos, 'source'));
        (e.target ?? []).forEach((p, pos) => add(p, pos, 'target'));
        pairEvents.push(pe);
        if (due) await flushParties();
      }
    }
  }
  pairs.add(pairEvents);
  pairEvents.length = 0;

  for (const item of items) {
    const local = localToActor.get(item)!;
    const sortDate = item.date ?? '';
    const lists = recordLists(item.record);
    // A named person's words and those given to no named person have one row shape, in two tables.
    for (const [list, table] of QUOTE_TABLES) {
      for (const { first, items: quotes } of lists.chunks(list, CHUNK)) {
        for (const [k, q] of quotes.entries()) {
          const due = writes.push(table, QUOTE_COLUMNS, [
            item.versionId, item.documentId, first + k, item.date, sortDate, item.source, q.speaker,
            (q.speakerId ? local.get(q.speakerId) : undefined) ?? null, q.text, foldText(q.text), q.start, q.end,
          ]);
          if (due) await writes.flush();
        }
      }
    }
  }
  await meetingPartyRows(items, meetingIds, (item, id) => localToActor.get(item)?.get(id) ?? null, writes);
  await writes.flush();

  // Last, the rows other writers update too (actors, pair counts): a row updated here stays
  // locked until the commit, and another writer updating it waits that long. Actors in id
  // order and pairs in key order, so two writers never wait on each other in a cycle; each
  // pair once in a statement (the counter adds them up), as an upsert must.
  const touches = [...touched.values()].sort((a, b) => a.state.id - b.state.id);
  if (tx.backend === 'postgres') await lockActorRows(tx, touches.map((t) => t.state.id));
  for (const w of actorUpdates(tx.backend, touches)) writes.statement(w);
  for (const d of pairs.sorted()) {
    const due = writes.push('relation_pairs', PAIR_COLUMNS, [d.level, d.a, d.b, d.type, d.sortDate, d.aCountry, d.bCountry, d.n], PAIR_UPSERT);
    if (due) await writes.flush();
  }
  await writes.flush();
}

const PAIR_UPSERT = 'ON CONFLICT (level, a, b, type, sort_date) DO UPDATE SET n = relation_pairs.n + excluded.n';

/**
 * The events of every item, a chunk at a time; returns the id of each event by version and
 * index (the order of the record's list).
 */
function insertEvents(tx: WriteTx, items: readonly DerivedItem[]): Promise<Map<number, number[]>> {
  return insertListRows(tx, 'events', EVENT_COLUMNS, items, 'events', (item, index, e) => [
    item.versionId, item.documentId, index, e.type, e.mode, e.date ?? item.date, e.date ?? item.date ?? '', item.source, e.trigger ?? '', e.cameo ?? null,
    Array.isArray(e.sentence) ? item.text.slice(e.sentence[0], e.sentence[1]) : '', e.start, e.end, e.rule ?? '',
  ]);
}

/** The figures of every item, a chunk at a time. */
async function insertFigures(tx: WriteTx, items: readonly DerivedItem[]): Promise<void> {
  const figureRows = new RowSink(tx, 'figures', FIGURE_COLUMNS);
  for (const item of items) {
    const sortDate = item.date ?? '';
    for (const { first, items: figures } of recordLists(item.record).chunks('quantities', CHUNK)) {
      for (const [k, f] of figures.entries()) {
        const due = figureRows.push([
          item.versionId, item.documentId, first + k, item.date, sortDate, item.source, f.kind, f.text, Number.isFinite(f.value) ? f.value : 0,
          f.currency, f.unit, f.qualifier, f.start, f.end, figureContext(item.text, f.start, f.end),
        ]);
        if (due) await figureRows.flush();
      }
    }
  }
  await figureRows.flush();
}

/**
 * The update of every actor the batch touched. PostgreSQL: one statement for all of them, which
 * adds the batch to each row as it is then (counters grow; the fuller name, the later title
 * and the wider dates win), as other writers may have changed it since it was read; the rules
 * are those applied a document at a time in insertDerived. SQLite (one writer): the batch's
 * final values, one statement per actor.
 */
function actorUpdates(backend: WriteTx['backend'], touches: ActorTouch[]): StatementWrite[] {
  if (touches.length === 0) return [];
  if (backend === 'postgres') {
    const col = <V>(f: (t: ActorTouch) => V) => touches.map(f);
    // An actor left without documents (its only document was replaced) takes the batch's
    // spelling and title; dates compare as the strings they are (collation "C").
    const takesName = `(a.documents = 0 OR u.words > cardinality(regexp_split_to_array(a.name, '\\s+'))
      OR (u.words = cardinality(regexp_split_to_array(a.name, '\\s+')) AND length(u.name) > length(a.name)))`;
    // The words of the stored name are counted only where the batch spells it otherwise: most
    // touches repeat the name as it is, and each count is a regular expression the server runs
    // (four per row as the conditions were written: an update of 234 actors spelt as stored
    // took 9.5 ms of server time with them, 6.8 without).
    const newName = (then: string, otherwise: string) => `CASE WHEN u.name = a.name THEN ${otherwise} WHEN ${takesName} THEN ${then} ELSE ${otherwise} END`;
    const takesTitle = `(u.title IS NOT NULL AND (a.documents = 0 OR u.title_date >= a.title_date COLLATE "C"))`;
    return [
      {
        sql: `UPDATE actors AS a SET documents = a.documents + u.documents, mentions = a.mentions + u.mentions,
           name = ${newName('u.name', 'a.name')}, fold = ${newName('u.fold', 'a.fold')},
           country = coalesce(a.country, u.country), sector = coalesce(a.sector, u.sector),
           title = CASE WHEN ${takesTitle} THEN u.title ELSE a.title END, title_date = CASE WHEN ${takesTitle} THEN u.title_date ELSE a.title_date END,
           first_date = CASE WHEN u.first_date <> '' AND (a.first_date = '' OR u.first_date < a.first_date COLLATE "C") THEN u.first_date ELSE a.first_date END,
           last_date = CASE WHEN u.last_date > a.last_date COLLATE "C" THEN u.last_date ELSE a.last_date END
         FROM unnest(?::int4[], ?::int4[], ?::int4[], ?::text[], ?::text[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
           AS u(id, documents, mentions, name, fold, words, country, sector, title, title_date, first_date, last_date)
         WHERE a.id = u.id`,
        params: [
          col((t) => t.state.id), col((t) => t.documents), col((t) => t.mentions), col((t) => t.name), col((t) => foldText(t.name)), col((t) => words(t.name)),
          col((t) => t.country), col((t) => t.sector), col((t) => t.title), col((t) => t.titleDate), col((t) => t.firstDate), col((t) => t.lastDate),
        ],
      },
    ];
  }
  return touches.map((t) => ({
    sql: `UPDATE actors SET documents = documents + ?, mentions = mentions + ?, name = ?, fold = coalesce(?, fold), country = coalesce(country, ?),
         sector = coalesce(sector, ?), title = ?, title_date = ?, first_date = ?, last_date = ? WHERE id = ?`,
    params: [t.documents, t.mentions, t.state.name, t.fold, t.country, t.sector, t.state.title, t.state.title_date, t.state.first_date, t.state.last_date, t.state.id],
  }));
}

/** Takes a version's derived rows out of every listing and count (the version itself stays). */
export async function removeDerived(tx: WriteTx, versionId: number): Promise<void> {
  await tx.lockShared();
  const trx = tx.kysely;
  const links = await trx.selectFrom('doc_actors').select(['actor_id', 'mentions', 'name', 'title']).where('version_id', '=', versionId).orderBy('actor_id').execute();
  await trx.deleteFrom('doc_actors').where('version_id', '=', versionId).execute();
  for (const link of links) {
    // Counters go down; dates, name and title are re-read from the actor's remaining documents
    // through the (actor_id, sort_date) index: one step each, however many documents it has.
    const latest = (where: 'any' | 'dated' | 'titled', dir: 'asc' | 'desc') =>
      sql`(select ${sql.raw(where === 'titled' ? 'd.title' : 'd.sort_date')} from doc_actors d where d.actor_id = actors.id${sql.raw(
        where === 'dated' ? " and d.sort_date <> ''" : where === 'titled' ? ' and d.title is not null' : '',
      )} order by d.sort_date ${sql.raw(dir)} limit 1)`;
    await trx
      .updateTable('actors')
      .set((eb) => ({
        documents: eb('documents', '-', 1),
        mentions: eb('mentions', '-', link.mentions),
        first_date: sql<string>`coalesce(${latest('dated', 'asc')}, '')`,
        last_date: sql<string>`coalesce(${latest('any', 'desc')}, '')`,
        ...(link.title !== null
          ? {
              title: sql<string | null>`${latest('titled', 'desc')}`,
              title_date: sql<string>`coalesce((select d.sort_date from doc_actors d where d.actor_id = actors.id and d.title is not null order by d.sort_date desc limit 1), '')`,
            }
          : {}),
        // The spelling of the removed document may have been the display name: take the latest one left.
        name: sql<string>`case when actors.name = ${link.name} then coalesce((select d.name from doc_actors d where d.actor_id = actors.id order by d.sort_date desc limit 1), actors.name) else actors.name end`,
      }))
      .where('id', '=', link.actor_id)
      .execute();
    const renamed = await trx.selectFrom('actors').select('name').where('id', '=', link.actor_id).executeTakeFirst();
    if (renamed && renamed.name !== link.name) await trx.updateTable('actors').set({ fold: foldText(renamed.name) }).where('id', '=', link.actor_id).execute();
  }
  const oldEvents = await trx.selectFrom('events').select(['id', 'type', 'sort_date']).where('version_id', '=', versionId).execute();
  if (oldEvents.length > 0) {
    // Through the version's events: the parties' own version_id has no index (see schema.ts).
    const oldParties = await trx
      .selectFrom('event_parties')
      .select(['event_id', 'role', 'pos', 'actor_id', 'country'])
      .where('event_id', 'in', (eb) => eb.selectFrom('events').select('id').where('version_id', '=', versionId))
      .execute();
    const byEvent = new Map<number, PairEvent>();
    for (const e of oldEvents) byEvent.set(num(e.id), { type: e.type, sortDate: e.sort_date, parties: [] });
    for (const p of oldParties) {
      byEvent.get(num(p.event_id))?.parties.push({ role: p.role, pos: p.pos, actorId: p.actor_id === null ? null : num(p.actor_id), country: p.country });
    }
    for (const d of eventPairs([...byEvent.values()])) {
      await trx
        .updateTable('relation_pairs')
        .set((eb) => ({ n: eb('n', '-', d.n) }))
        .where('level', '=', d.level).where('a', '=', d.a).where('b', '=', d.b).where('type', '=', d.type).where('sort_date', '=', d.sortDate)
        .execute();
      await trx
        .deleteFrom('relation_pairs')
        .where('level', '=', d.level).where('a', '=', d.a).where('b', '=', d.b).where('type', '=', d.type).where('sort_date', '=', d.sortDate)
        .where('n', '<=', 0)
        .execute();
    }
  }
  await trx
    .deleteFrom('event_parties')
    .where('event_id', 'in', (eb) => eb.selectFrom('events').select('id').where('version_id', '=', versionId))
    .execute();
  await trx.deleteFrom('events').where('version_id', '=', versionId).execute();
  await trx.deleteFrom('quotes').where('version_id', '=', versionId).execute();
  await trx.deleteFrom('unattributed_quotes').where('version_id', '=', versionId).execute();
  await trx.deleteFrom('figures').where('version_id', '=', versionId).execute();
  await removeMeetings(tx, versionId);
}
