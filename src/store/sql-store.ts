/**
 * The Store over Kysely: one implementation for SQLite and PostgreSQL. The few places
 * where the two differ (full-text search, id columns) branch on `backend`.
 */
import { sql, type Kysely, type Transaction, type SqlBool, type Expression } from 'kysely';
import { contentHash } from '../extract.js';
import type { ExtractRecord } from '../record/types.js';
import { exactKey, foldText, givenCompatible, personKey } from './actor-key.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { migrate, type Backend, type Database } from './schema.js';
import { makeSnippet, figureContext } from './text-bits.js';
import type {
  ActorDetail, ActorFilter, ActorKind, ActorOrCountry, ActorRow, EventFilter, EventParty, EventRow,
  FigureFilter, FigureRow, Page, PutDocumentInput, PutResult, QuoteFilter, QuoteRow, RelationFilter,
  RelationRow, SearchHit, SearchQuery, Store, StoreStats, StoredDocument, VersionForReprocess,
} from './store.js';

type Db = Kysely<Database> | Transaction<Database>;

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;
const CHUNK = 500;

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const orNull = (s: string): string | null => (s === '' ? null : s);
const clampLimit = (n: number | undefined): number => Math.max(1, Math.min(MAX_LIMIT, Math.floor(n ?? DEFAULT_LIMIT)));
const now = (): string => new Date().toISOString();

/** Turns free text into an FTS5 query: every word (or "quoted phrase") must appear, unless joined by OR. */
export function ftsQuery(text: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = (m[1] ?? m[2] ?? '').replace(/"/g, '');
    // An upper-case OR between terms keeps its meaning (as in web search boxes).
    if (m[2] === 'OR') {
      if (parts.length > 0 && parts[parts.length - 1] !== 'OR') parts.push('OR');
      continue;
    }
    const words = raw.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    if (words.length === 0) continue;
    parts.push(`"${words.join(' ')}"`);
  }
  if (parts[parts.length - 1] === 'OR') parts.pop();
  return parts.join(' ');
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

/** An actor row as the ingest of one document sees and updates it. */
interface ActorState {
  id: number;
  kind: string;
  name: string;
  surname_key: string;
  given_key: string | null;
  country: string | null;
  sector: string | null;
  documents: number;
  title_date: string;
  first_date: string;
  last_date: string;
  created: boolean;
}

interface ActorAggregate {
  actorId: number;
  localIds: string[];
  kind: ActorKind;
  name: string;
  title: string | null;
  country: string | null;
  sector: string | null;
  mentions: number;
}

/** One event as the pair counter sees it. */
interface PairEvent {
  type: string;
  sortDate: string;
  parties: { role: string; pos: number; actorId: number | null; country: string | null }[];
}

interface PairDelta {
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

export class SqlStore implements Store {
  readonly backend: Backend;
  readonly location: string;
  readonly db: Kysely<Database>;

  constructor(db: Kysely<Database>, backend: Backend, location: string) {
    this.db = db;
    this.backend = backend;
    this.location = location;
  }

  async migrate(): Promise<void> {
    await migrate(this.db, this.backend);
  }

  async close(): Promise<void> {
    if (this.backend === 'sqlite') {
      // Lets SQLite refresh its planner statistics when they are stale (cheap when they are not).
      await sql`PRAGMA optimize`.execute(this.db).catch(() => undefined);
    }
    await this.db.destroy();
  }

  // ------------------------------------------------------------ documents

  async findVersion(hash: string): Promise<PutResult | null> {
    const row = await this.db
      .selectFrom('document_versions')
      .select(['id', 'document_id', 'version'])
      .where('hash', '=', hash)
      .where('is_current', '=', 1)
      .limit(1)
      .executeTakeFirst();
    return row ? { status: 'unchanged', documentId: row.document_id, version: row.version, versionId: String(row.id) } : null;
  }

  async putDocument(input: PutDocumentInput): Promise<PutResult> {
    const hash = contentHash(input.text);
    return this.db.transaction().execute(async (trx) => {
      const same = await trx
        .selectFrom('document_versions')
        .select(['id', 'document_id', 'version'])
        .where('hash', '=', hash)
        .where('is_current', '=', 1)
        .limit(1)
        .executeTakeFirst();
      if (same) return { status: 'unchanged', documentId: same.document_id, version: same.version, versionId: String(same.id) };

      const key = input.key || `hash:${hash}`;
      const existing = await trx.selectFrom('documents').selectAll().where('key', '=', key).executeTakeFirst();
      const record = input.record;
      const date = input.date ?? record.date ?? null;
      const source = input.source ?? record.source ?? null;
      const title = input.title ?? record.title ?? null;
      const url = input.url ?? record.url ?? null;
      let documentId: string;
      let version: number;
      if (existing) {
        documentId = existing.id;
        version = existing.current_version + 1;
        await this.retireVersion(trx, existing.current_version_id);
      } else {
        documentId = await this.freeId(trx, input.id || hash, hash);
        version = 1;
      }
      const inserted = await trx
        .insertInto('document_versions')
        .values({
          document_id: documentId,
          version,
          hash,
          text: input.text,
          record: JSON.stringify({ ...record, id: documentId }),
          title,
          date,
          sort_date: date ?? '',
          source,
          url,
          origin: input.origin ?? null,
          ingested_at: now(),
          pipeline_version: input.pipelineVersion,
          chars: input.text.length,
          is_current: 1,
          n_people: record.people.length,
          n_events: record.events.length,
          n_quotes: record.quotes.length,
          n_figures: record.quantities.length,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const versionId = num(inserted.id);
      if (existing) {
        await trx
          .updateTable('documents')
          .set({ current_version: version, current_version_id: versionId, updated_at: now() })
          .where('id', '=', documentId)
          .execute();
      } else {
        await trx
          .insertInto('documents')
          .values({ id: documentId, key, current_version: 1, current_version_id: versionId, created_at: now(), updated_at: now() })
          .execute();
      }
      await this.indexText(trx, versionId, title, input.text);
      await this.insertDerived(trx, versionId, documentId, input.text, record, date, source);
      return { status: existing ? 'updated' : 'new', documentId, version, versionId: String(versionId) };
    });
  }

  /** The wished-for id, or (when another key already owns it) the id with a hash suffix. */
  private async freeId(trx: Db, wanted: string, hash: string): Promise<string> {
    const taken = await trx.selectFrom('documents').select('id').where('id', '=', wanted).executeTakeFirst();
    if (!taken) return wanted;
    for (let n = 6; n <= hash.length; n += 2) {
      const candidate = `${wanted}~${hash.slice(0, n)}`;
      const t = await trx.selectFrom('documents').select('id').where('id', '=', candidate).executeTakeFirst();
      if (!t) return candidate;
    }
    return `${wanted}~${hash}~${Date.now()}`;
  }

  private async indexText(trx: Db, versionId: number, title: string | null, text: string): Promise<void> {
    if (this.backend === 'sqlite') {
      await sql`INSERT INTO doc_fts(rowid, title, text) VALUES (${versionId}, ${title ?? ''}, ${text})`.execute(trx);
    } else {
      await sql`UPDATE document_versions SET tsv = to_tsvector('english', coalesce(title, '') || ' ' || text) WHERE id = ${versionId}`.execute(trx);
    }
  }

  private async unindexText(trx: Db, versionId: number): Promise<void> {
    if (this.backend === 'sqlite') {
      const row = await trx.selectFrom('document_versions').select(['title', 'text']).where('id', '=', versionId).executeTakeFirst();
      if (row) {
        await sql`INSERT INTO doc_fts(doc_fts, rowid, title, text) VALUES ('delete', ${versionId}, ${row.title ?? ''}, ${row.text})`.execute(trx);
      }
    } else {
      await sql`UPDATE document_versions SET tsv = NULL WHERE id = ${versionId}`.execute(trx);
    }
  }

  /** An older version stays stored (text and record) but leaves the index and the listings. */
  private async retireVersion(trx: Db, versionId: number): Promise<void> {
    await this.unindexText(trx, versionId);
    await this.removeDerived(trx, versionId);
    await trx.updateTable('document_versions').set({ is_current: 0 }).where('id', '=', versionId).execute();
  }

  private async removeDerived(trx: Db, versionId: number): Promise<void> {
    const links = await trx.selectFrom('doc_actors').select(['actor_id', 'mentions', 'name', 'title']).where('version_id', '=', versionId).execute();
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
      const oldParties = await trx
        .selectFrom('event_parties')
        .select(['event_id', 'role', 'pos', 'actor_id', 'country'])
        .where('version_id', '=', versionId)
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
    await trx.deleteFrom('event_parties').where('version_id', '=', versionId).execute();
    await trx.deleteFrom('events').where('version_id', '=', versionId).execute();
    await trx.deleteFrom('quotes').where('version_id', '=', versionId).execute();
    await trx.deleteFrom('figures').where('version_id', '=', versionId).execute();
  }

  /**
   * Maps the people, organisations and places of one record to cross-document actors,
   * creating the missing ones. One query fetches every candidate for the document.
   */
  private async resolveActors(trx: Db, entries: DerivedEntry[]): Promise<Map<DerivedEntry, ActorState>> {
    const out = new Map<DerivedEntry, ActorState>();
    if (entries.length === 0) return out;
    // A common surname may have many actors across countries: an entry with a country needs
    // only the candidates of that country or of none; an entry without one needs them all.
    const open = [...new Set(entries.filter((e) => e.country === null).map((e) => e.surname))];
    const openSet = new Set(open);
    const withCountry = [...new Set(entries.filter((e) => e.country !== null && !openSet.has(e.surname)).map((e) => e.surname))];
    const countries = [...new Set(entries.map((e) => e.country).filter((c): c is string => c !== null))];
    const candidates: ActorState[] = [];
    const columns = ['id', 'kind', 'name', 'surname_key', 'given_key', 'country', 'sector', 'documents', 'title_date', 'first_date', 'last_date'] as const;
    for (let i = 0; i < open.length; i += CHUNK) {
      const rows = await trx.selectFrom('actors').select(columns).where('surname_key', 'in', open.slice(i, i + CHUNK)).execute();
      for (const r of rows) candidates.push({ ...r, id: num(r.id), documents: num(r.documents), created: false });
    }
    for (let i = 0; i < withCountry.length; i += CHUNK) {
      const rows = await trx
        .selectFrom('actors')
        .select(columns)
        .where('surname_key', 'in', withCountry.slice(i, i + CHUNK))
        .where((eb) => eb.or([eb('country', 'is', null), eb('country', 'in', countries)]))
        .execute();
      for (const r of rows) candidates.push({ ...r, id: num(r.id), documents: num(r.documents), created: false });
    }
    for (const e of entries) {
      const fitting = candidates.filter(
        (c) =>
          c.kind === e.kind &&
          c.surname_key === e.surname &&
          (e.kind !== 'person' || givenCompatible(c.given_key, e.given)) &&
          (e.country === null || c.country === null || c.country === e.country),
      );
      // Same country first; an actor without a country joins only an unambiguous candidate.
      let chosen = fitting.find((c) => e.country !== null && c.country === e.country);
      if (!chosen) {
        const open = fitting.filter((c) => e.country === null || c.country === null);
        if (open.length === 1 || (e.country === null && open.length > 0 && new Set(open.map((c) => c.country)).size === 1)) {
          chosen = open.sort((a, b) => b.documents - a.documents)[0];
        }
      }
      if (!chosen) {
        const row = await trx
          .insertInto('actors')
          .values({
            kind: e.kind, name: e.name, fold: foldText(e.name), surname_key: e.surname, given_key: e.given, country: e.country, sector: e.sector,
            title: null, title_date: '', documents: 0, mentions: 0, first_date: '', last_date: '',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        chosen = {
          id: num(row.id), kind: e.kind, name: e.name, surname_key: e.surname, given_key: e.given, country: e.country, sector: e.sector,
          documents: 0, title_date: '', first_date: '', last_date: '', created: true,
        };
        candidates.push(chosen);
      } else if (chosen.country === null && e.country !== null) {
        // Later entries of this document should see the country this one brings.
        chosen.country = e.country;
      }
      out.set(e, chosen);
    }
    return out;
  }

  private async insertDerived(
    trx: Db, versionId: number, documentId: string, text: string, record: ExtractRecord, date: string | null, source: string | null,
  ): Promise<void> {
    const sortDate = date ?? '';
    const entries: DerivedEntry[] = [];
    const add = (kind: ActorKind, id: string, name: string, title: string | null, country: string | null, sector: string | null, mentions: number) => {
      if (!name || foldText(name) === '') return;
      let surname: string;
      let given: string | null = null;
      if (kind === 'person') {
        const k = personKey(name);
        surname = k.surname || foldText(name);
        given = k.given;
      } else {
        surname = exactKey(name) || foldText(name);
      }
      entries.push({ kind, id, name, title, country, sector, mentions, surname, given });
    };
    for (const p of record.people) add('person', p.id, p.name, p.title, p.country, p.sector, p.mentions.length);
    for (const o of record.organizations) add('organization', o.id, o.name, null, o.country, o.sector, o.mentions.length);
    for (const p of record.places) add('place', p.id, p.name, null, p.country, null, p.mentions.length);

    const resolved = await this.resolveActors(trx, entries);
    const byActor = new Map<number, ActorAggregate & { state: ActorState }>();
    const localToActor = new Map<string, number>();
    for (const e of entries) {
      const state = resolved.get(e)!;
      localToActor.set(e.id, state.id);
      const agg = byActor.get(state.id);
      if (agg) {
        agg.localIds.push(e.id);
        agg.mentions += e.mentions;
        agg.title ??= e.title;
        agg.country ??= e.country;
        agg.sector ??= e.sector;
        if (e.name.length > agg.name.length) agg.name = e.name;
      } else {
        byActor.set(state.id, { actorId: state.id, localIds: [e.id], kind: e.kind, name: e.name, title: e.title, country: e.country, sector: e.sector, mentions: e.mentions, state });
      }
    }
    const aggregates = [...byActor.values()];
    for (let i = 0; i < aggregates.length; i += CHUNK) {
      await trx
        .insertInto('doc_actors')
        .values(
          aggregates.slice(i, i + CHUNK).map((a) => ({
            version_id: versionId, document_id: documentId, actor_id: a.actorId, local_id: a.localIds.join(' '), kind: a.kind,
            name: a.name, title: a.title, country: a.country, sector: a.sector, mentions: a.mentions, sort_date: sortDate, source,
          })),
        )
        .execute();
    }
    for (const a of aggregates) {
      const cur = a.state;
      // The display name is the fullest spelling seen; the title is the one of the latest dated document.
      const words = (s: string) => s.split(/\s+/).length;
      // An actor left without documents (its only document was replaced) takes the new spelling.
      const orphan = cur.documents === 0;
      const fuller = orphan || words(a.name) > words(cur.name) || (words(a.name) === words(cur.name) && a.name.length > cur.name.length);
      const newerTitle = a.title !== null && (orphan || sortDate >= cur.title_date);
      const firstDate = sortDate !== '' && (cur.first_date === '' || sortDate < cur.first_date);
      const lastDate = sortDate > cur.last_date;
      await trx
        .updateTable('actors')
        .set((eb) => ({
          documents: eb('documents', '+', 1),
          mentions: eb('mentions', '+', a.mentions),
          ...(fuller ? { name: a.name, fold: foldText(a.name) } : {}),
          ...(a.country !== null ? { country: sql<string>`coalesce(country, ${a.country})` } : {}),
          ...(a.sector !== null ? { sector: sql<string>`coalesce(sector, ${a.sector})` } : {}),
          ...(newerTitle ? { title: a.title, title_date: sortDate } : {}),
          ...(firstDate ? { first_date: sortDate } : {}),
          ...(lastDate ? { last_date: sortDate } : {}),
        }))
        .where('id', '=', a.actorId)
        .execute();
      if (fuller) cur.name = a.name;
      if (newerTitle) cur.title_date = sortDate;
      if (firstDate) cur.first_date = sortDate;
      if (lastDate) cur.last_date = sortDate;
      cur.documents += 1;
    }

    const eventRows = record.events.map((e, idx) => {
      const evDate = e.date ?? date;
      return {
        version_id: versionId, document_id: documentId, idx, type: e.type, mode: e.mode, date: evDate, sort_date: evDate ?? '',
        source, trigger: e.trigger ?? '', cameo: e.cameo ?? null,
        sentence: Array.isArray(e.sentence) ? text.slice(e.sentence[0], e.sentence[1]) : '',
        start: e.start, end: e.end, rule: e.rule ?? '',
      };
    });
    const eventIds = new Map<number, number>();
    for (let i = 0; i < eventRows.length; i += CHUNK) {
      const ids = await trx.insertInto('events').values(eventRows.slice(i, i + CHUNK)).returning(['id', 'idx']).execute();
      for (const r of ids) eventIds.set(num(r.idx), num(r.id));
    }
    const parties = record.events.flatMap((e, idx) => [
      ...(e.source ?? []).map((p, pos) => ({ p, pos, idx, role: 'source' })),
      ...(e.target ?? []).map((p, pos) => ({ p, pos, idx, role: 'target' })),
    ]);
    for (let i = 0; i < parties.length; i += CHUNK) {
      await trx
        .insertInto('event_parties')
        .values(
          parties.slice(i, i + CHUNK).map(({ p, pos, idx, role }) => ({
            event_id: eventIds.get(idx)!, version_id: versionId, role, pos, actor_id: (p.id ? localToActor.get(p.id) : undefined) ?? null,
            name: p.name, country: p.country, sector: p.sector,
          })),
        )
        .execute();
    }
    const pairEvents: PairEvent[] = record.events.map((e, idx) => ({
      type: e.type,
      sortDate: eventRows[idx]!.sort_date,
      parties: parties
        .filter((p) => p.idx === idx)
        .map(({ p, pos, role }) => ({ role, pos, actorId: (p.id ? localToActor.get(p.id) : undefined) ?? null, country: p.country })),
    }));
    for (const d of eventPairs(pairEvents)) {
      await trx
        .insertInto('relation_pairs')
        .values({ level: d.level, a: d.a, b: d.b, type: d.type, sort_date: d.sortDate, a_country: d.aCountry, b_country: d.bCountry, n: d.n })
        .onConflict((oc) => oc.columns(['level', 'a', 'b', 'type', 'sort_date']).doUpdateSet({ n: sql<number>`relation_pairs.n + excluded.n` }))
        .execute();
    }
    for (let i = 0; i < record.quotes.length; i += CHUNK) {
      await trx
        .insertInto('quotes')
        .values(
          record.quotes.slice(i, i + CHUNK).map((q, k) => ({
            version_id: versionId, document_id: documentId, idx: i + k, date, sort_date: sortDate, source, speaker: q.speaker,
            speaker_actor_id: (q.speakerId ? localToActor.get(q.speakerId) : undefined) ?? null, text: q.text, fold: foldText(q.text),
            start: q.start, end: q.end,
          })),
        )
        .execute();
    }
    for (let i = 0; i < record.quantities.length; i += CHUNK) {
      await trx
        .insertInto('figures')
        .values(
          record.quantities.slice(i, i + CHUNK).map((f, k) => ({
            version_id: versionId, document_id: documentId, idx: i + k, date, sort_date: sortDate, source, kind: f.kind, text: f.text,
            value: Number.isFinite(f.value) ? f.value : 0, currency: f.currency, unit: f.unit, qualifier: f.qualifier,
            start: f.start, end: f.end, context: figureContext(text, f.start, f.end),
          })),
        )
        .execute();
    }
  }

  async getDocument(id: string, version?: number): Promise<StoredDocument | null> {
    const doc = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!doc) return null;
    const v = await this.db
      .selectFrom('document_versions')
      .selectAll()
      .where('document_id', '=', id)
      .where('version', '=', version ?? doc.current_version)
      .executeTakeFirst();
    if (!v) return null;
    const versions = await this.db
      .selectFrom('document_versions')
      .select(['version', 'id', 'hash', 'ingested_at', 'chars'])
      .where('document_id', '=', id)
      .orderBy('version')
      .execute();
    return {
      meta: {
        id, version: v.version, versionId: String(v.id), hash: v.hash, key: doc.key, url: v.url, title: v.title, date: v.date,
        source: v.source, origin: v.origin, ingestedAt: v.ingested_at, pipelineVersion: v.pipeline_version, chars: v.chars,
      },
      text: v.text,
      record: JSON.parse(v.record) as ExtractRecord,
      versions: versions.map((r) => ({ version: r.version, versionId: String(r.id), hash: r.hash, ingestedAt: r.ingested_at, chars: r.chars })),
    };
  }

  // ------------------------------------------------------------ filters

  /** Actor id, or a name: every actor whose folded name contains the folded words. */
  private async actorIds(actor: string): Promise<number[]> {
    if (/^\d+$/.test(actor)) return [Number(actor)];
    const fold = foldText(actor);
    if (!fold) return [];
    const rows = await this.db
      .selectFrom('actors')
      .select('id')
      .where('fold', 'like', `%${fold.replace(/[%_]/g, '')}%`)
      .where('documents', '>', 0)
      .orderBy('documents', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => num(r.id));
  }

  private cursorWhere(cursor: string | null | undefined, table: string): Expression<SqlBool> | null {
    if (!cursor) return null;
    const c = decodeCursor(cursor);
    return sql<SqlBool>`(${sql.ref(`${table}.sort_date`)}, ${sql.ref(`${table}.id`)}) < (${c.d}, ${c.id})`;
  }

  private page<T>(rows: T[], limit: number, key: (row: T) => { d: string; id: number }): Page<T> {
    if (rows.length <= limit) return { items: rows, nextCursor: null };
    const items = rows.slice(0, limit);
    return { items, nextCursor: encodeCursor(key(items[items.length - 1]!)) };
  }

  // ------------------------------------------------------------ search

  async search(q: SearchQuery = {}): Promise<Page<SearchHit>> {
    const limit = clampLimit(q.limit);
    let query = this.db
      .selectFrom('document_versions as v')
      .select(['v.id', 'v.document_id', 'v.version', 'v.title', 'v.date', 'v.sort_date', 'v.source', 'v.url', 'v.text',
        'v.n_people', 'v.n_events', 'v.n_quotes', 'v.n_figures'])
      .where('v.is_current', '=', 1);
    const text = (q.text ?? '').trim();
    if (text) {
      if (this.backend === 'sqlite') {
        const match = ftsQuery(text);
        if (!match) return { items: [], nextCursor: null };
        query = query.where(sql<SqlBool>`v.id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ${match})`);
      } else {
        query = query.where(sql<SqlBool>`v.tsv @@ websearch_to_tsquery('english', ${text})`);
      }
    }
    if (q.actor) {
      const ids = await this.actorIds(q.actor);
      if (ids.length === 0) return { items: [], nextCursor: null };
      // An actor is usually rare among documents: drive the query from the actor's index.
      query = query.where('v.id', 'in', (eb) => eb.selectFrom('doc_actors as da').select('da.version_id').where('da.actor_id', 'in', ids));
    }
    if (q.country) {
      const country = q.country.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('doc_actors as dc').select('dc.actor_id').whereRef('dc.version_id', '=', 'v.id').where('dc.country', '=', country)));
    }
    if (q.eventType) {
      const type = q.eventType.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('events as et').select('et.id').whereRef('et.version_id', '=', 'v.id').where('et.type', '=', type)));
    }
    if (q.from) query = query.where('v.sort_date', '>=', q.from);
    if (q.to) query = query.where('v.sort_date', '<=', q.to).where('v.sort_date', '<>', '');
    if (q.source) query = query.where('v.source', '=', q.source);
    if (q.documentId) query = query.where('v.document_id', '=', q.documentId);
    const cw = this.cursorWhere(q.cursor, 'v');
    if (cw) query = query.where(cw);
    const rows = await query.orderBy('v.sort_date', 'desc').orderBy('v.id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: r.sort_date, id: num(r.id) }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((r) => ({
        id: r.document_id, version: r.version, title: r.title, date: r.date, source: r.source, url: r.url,
        snippet: makeSnippet(r.text, text),
        counts: { people: r.n_people, events: r.n_events, quotes: r.n_quotes, figures: r.n_figures },
      })),
    };
  }

  // ------------------------------------------------------------ actors

  async listActors(f: ActorFilter = {}): Promise<Page<ActorRow>> {
    const limit = clampLimit(f.limit);
    let query = this.db.selectFrom('actors').selectAll().where('documents', '>', 0);
    if (f.kind) query = query.where('kind', '=', f.kind);
    if (f.country) query = query.where('country', '=', f.country.toUpperCase());
    if (f.name) {
      const fold = foldText(f.name).replace(/[%_]/g, '');
      if (fold) query = query.where('fold', 'like', `%${fold}%`);
    }
    if (f.cursor) {
      const c = decodeCursor(f.cursor);
      query = query.where(sql<SqlBool>`(documents, id) < (${Number(c.d)}, ${c.id})`);
    }
    const rows = await query.orderBy('documents', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: String(r.documents), id: num(r.id) }));
    return { nextCursor: page.nextCursor, items: page.items.map(toActorRow) };
  }

  async getActor(id: string): Promise<ActorDetail | null> {
    if (!/^\d+$/.test(id)) return null;
    const actorId = Number(id);
    const row = await this.db.selectFrom('actors').selectAll().where('id', '=', actorId).executeTakeFirst();
    if (!row) return null;
    const names = await this.db
      .selectFrom('doc_actors')
      .select(['name', sql<number>`count(*)`.as('n')])
      .where('actor_id', '=', actorId)
      .groupBy('name')
      .orderBy(sql`count(*)`, 'desc')
      .limit(50)
      .execute();
    const roles = await this.db
      .selectFrom('doc_actors')
      .select(['title', sql<string>`min(sort_date)`.as('first'), sql<string>`max(sort_date)`.as('last'), sql<number>`count(*)`.as('n')])
      .where('actor_id', '=', actorId)
      .where('title', 'is not', null)
      .groupBy('title')
      .execute();
    const countries = await this.db
      .selectFrom('doc_actors')
      .select(['country', sql<number>`count(*)`.as('n')])
      .where('actor_id', '=', actorId)
      .where('country', 'is not', null)
      .groupBy('country')
      .orderBy(sql`count(*)`, 'desc')
      .execute();
    const recent = await this.db
      .selectFrom('doc_actors as da')
      .innerJoin('document_versions as v', 'v.id', 'da.version_id')
      .select(['v.document_id', 'v.title', 'v.date', 'da.title as role'])
      .where('da.actor_id', '=', actorId)
      .orderBy('da.sort_date', 'desc')
      .limit(20)
      .execute();
    return {
      ...toActorRow(row),
      names: names.map((n) => ({ name: n.name, documents: num(n.n) })),
      roles: roles
        .map((r) => ({ title: r.title ?? '', from: orNull(r.first), to: orNull(r.last), documents: num(r.n) }))
        .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || b.documents - a.documents),
      countries: countries.map((c) => ({ country: c.country ?? '', documents: num(c.n) })),
      recentDocuments: recent.map((r) => ({ id: r.document_id, title: r.title, date: r.date, titleInDocument: r.role })),
    };
  }

  // ------------------------------------------------------------ events

  private async eventQuery(f: EventFilter) {
    let query = this.db.selectFrom('events as e').selectAll('e');
    if (f.type) query = query.where('e.type', '=', f.type.toUpperCase());
    if (f.mode) query = query.where('e.mode', '=', f.mode);
    if (f.from) query = query.where('e.sort_date', '>=', f.from);
    if (f.to) query = query.where('e.sort_date', '<=', f.to).where('e.sort_date', '<>', '');
    if (f.source) query = query.where('e.source', '=', f.source);
    if (f.documentId) query = query.where('e.document_id', '=', f.documentId);
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      if (ids.length === 0) return null;
      query = query.where('e.id', 'in', (eb) => eb.selectFrom('event_parties as pa').select('pa.event_id').where('pa.actor_id', 'in', ids));
    }
    if (f.country) {
      const country = f.country.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('event_parties as pc').select('pc.event_id').whereRef('pc.event_id', '=', 'e.id').where('pc.country', '=', country)));
    }
    const cw = this.cursorWhere(f.cursor, 'e');
    if (cw) query = query.where(cw);
    return query;
  }

  private async withParties(rows: Database['events'][] | { id: number }[]): Promise<Map<number, { source: EventParty[]; target: EventParty[] }>> {
    const out = new Map<number, { source: EventParty[]; target: EventParty[] }>();
    const ids = rows.map((r) => num(r.id));
    if (ids.length === 0) return out;
    const parties = await this.db
      .selectFrom('event_parties')
      .selectAll()
      .where('event_id', 'in', ids)
      .orderBy('event_id')
      .orderBy('role')
      .orderBy('pos')
      .execute();
    for (const p of parties) {
      const id = num(p.event_id);
      let slot = out.get(id);
      if (!slot) out.set(id, (slot = { source: [], target: [] }));
      const party: EventParty = { actorId: p.actor_id === null ? null : String(p.actor_id), name: p.name, country: p.country, sector: p.sector };
      (p.role === 'source' ? slot.source : slot.target).push(party);
    }
    return out;
  }

  private async eventPage(query: Awaited<ReturnType<SqlStore['eventQuery']>>, limit: number): Promise<Page<EventRow>> {
    if (!query) return { items: [], nextCursor: null };
    const rows = await query.orderBy('e.sort_date', 'desc').orderBy('e.id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: r.sort_date, id: num(r.id) }));
    const parties = await this.withParties(page.items as { id: number }[]);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((r) => {
        const p = parties.get(num(r.id)) ?? { source: [], target: [] };
        return {
          id: String(r.id), documentId: r.document_id, date: r.date, type: r.type, mode: r.mode, trigger: r.trigger, cameo: r.cameo,
          source: p.source, target: p.target, sentence: r.sentence, start: r.start, end: r.end, rule: r.rule,
        };
      }),
    };
  }

  async listEvents(f: EventFilter = {}): Promise<Page<EventRow>> {
    return this.eventPage(await this.eventQuery(f), clampLimit(f.limit));
  }

  async eventsBetween(a: ActorOrCountry, b: ActorOrCountry, f: EventFilter = {}): Promise<Page<EventRow>> {
    const side = (x: ActorOrCountry, alias: 'p1' | 'p2') =>
      'actorId' in x
        ? sql<SqlBool>`${sql.ref(`${alias}.actor_id`)} = ${Number(x.actorId)}`
        : sql<SqlBool>`${sql.ref(`${alias}.country`)} = ${x.country.toUpperCase()}`;
    const query = await this.eventQuery(f);
    if (!query) return { items: [], nextCursor: null };
    const between = query.where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM event_parties p1 JOIN event_parties p2 ON p2.event_id = p1.event_id
        AND (p2.role <> p1.role OR p2.pos <> p1.pos) WHERE p1.event_id = e.id AND ${side(a, 'p1')} AND ${side(b, 'p2')})`,
    );
    return this.eventPage(between, clampLimit(f.limit));
  }

  async relations(f: RelationFilter = {}): Promise<RelationRow[]> {
    // The pair counts kept on every write answer at once; only an actor filter on the
    // country graph needs the events themselves.
    return (f.level ?? 'actor') === 'country' && f.actor ? this.relationsLive(f) : this.relationsFromPairs(f);
  }

  /** Pairs counted from the events themselves: any filter, slower on big stores; also checks the kept counts. */
  async relationsLive(f: RelationFilter): Promise<RelationRow[]> {
    const level = f.level ?? 'actor';
    const col = level === 'actor' ? 'actor_id' : 'country';
    let query = this.db
      .selectFrom('event_parties as p1')
      .innerJoin('event_parties as p2', 'p2.event_id', 'p1.event_id')
      .innerJoin('events as e', 'e.id', 'p1.event_id')
      .select([
        sql<string>`${sql.ref(`p1.${col}`)}`.as('a'),
        sql<string>`${sql.ref(`p2.${col}`)}`.as('b'),
        'e.type',
        sql<number>`count(*)`.as('n'),
        sql<string>`min(e.sort_date)`.as('first'),
        sql<string>`max(e.sort_date)`.as('last'),
      ])
      .where('p1.role', '=', 'source')
      .where(sql<SqlBool>`(p2.role = 'target' OR (p2.role = 'source' AND p2.pos > p1.pos))`)
      .where(sql.ref(`p1.${col}`), 'is not', null)
      .where(sql.ref(`p2.${col}`), 'is not', null)
      .where(sql<SqlBool>`${sql.ref(`p1.${col}`)} <> ${sql.ref(`p2.${col}`)}`)
      .groupBy([sql.ref(`p1.${col}`), sql.ref(`p2.${col}`), 'e.type']);
    if (f.type) query = query.where('e.type', '=', f.type.toUpperCase());
    if (f.from) query = query.where('e.sort_date', '>=', f.from);
    if (f.to) query = query.where('e.sort_date', '<=', f.to).where('e.sort_date', '<>', '');
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      if (ids.length === 0) return [];
      query = query.where((eb) => eb.or([eb('p1.actor_id', 'in', ids), eb('p2.actor_id', 'in', ids)]));
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      query = query.where((eb) => eb.or([eb('p1.country', '=', c), eb('p2.country', '=', c)]));
    }
    const rows = await query.execute();
    return this.shapeRelations(
      level,
      rows.map((r) => ({ a: String(r.a), b: String(r.b), type: r.type, n: num(r.n), first: r.first ?? '', last: r.last ?? '' })),
      f.limit ?? 200,
    );
  }

  private async relationsFromPairs(f: RelationFilter): Promise<RelationRow[]> {
    const level = f.level ?? 'actor';
    let query = this.db
      .selectFrom('relation_pairs')
      .select([
        'a', 'b', 'type',
        sql<number>`sum(n)`.as('n'),
        sql<string | null>`min(nullif(sort_date, ''))`.as('first'),
        sql<string>`max(sort_date)`.as('last'),
      ])
      .where('level', '=', level)
      .where('n', '>', 0)
      .groupBy(['a', 'b', 'type']);
    if (f.type) query = query.where('type', '=', f.type.toUpperCase());
    if (f.from) query = query.where('sort_date', '>=', f.from);
    if (f.to) query = query.where('sort_date', '<=', f.to).where('sort_date', '<>', '');
    if (f.actor) {
      const ids = (await this.actorIds(f.actor)).map(String);
      if (ids.length === 0) return [];
      query = query.where((eb) => eb.or([eb('a', 'in', ids), eb('b', 'in', ids)]));
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      query = query.where((eb) => eb.or([eb('a_country', '=', c), eb('b_country', '=', c)]));
    }
    const rows = await query.execute();
    return this.shapeRelations(
      level,
      rows.map((r) => ({ a: r.a, b: r.b, type: r.type, n: num(r.n), first: r.first ?? '', last: r.last ?? '' })),
      f.limit ?? 200,
    );
  }

  private async shapeRelations(
    level: 'actor' | 'country', rows: { a: string; b: string; type: string; n: number; first: string; last: string }[], limit: number,
  ): Promise<RelationRow[]> {
    const pairs = new Map<string, { a: string; b: string; count: number; types: Map<string, number>; first: string; last: string }>();
    for (const r of rows) {
      const [a, b] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
      const k = `${a}\u0000${b}`;
      let pair = pairs.get(k);
      if (!pair) pairs.set(k, (pair = { a, b, count: 0, types: new Map(), first: '', last: '' }));
      pair.count += r.n;
      pair.types.set(r.type, (pair.types.get(r.type) ?? 0) + r.n);
      if (r.first && (pair.first === '' || r.first < pair.first)) pair.first = r.first;
      if (r.last && r.last > pair.last) pair.last = r.last;
    }
    const top = [...pairs.values()].sort((p, q) => q.count - p.count || p.a.localeCompare(q.a) || p.b.localeCompare(q.b)).slice(0, limit);
    const nodes = new Map<string, { name: string; country: string | null }>();
    const nodeIds = [...new Set(top.flatMap((p) => [p.a, p.b]))];
    if (level === 'actor') {
      for (let i = 0; i < nodeIds.length; i += CHUNK) {
        const actors = await this.db.selectFrom('actors').select(['id', 'name', 'country']).where('id', 'in', nodeIds.slice(i, i + CHUNK).map(Number)).execute();
        for (const a of actors) nodes.set(String(a.id), { name: a.name, country: a.country });
      }
    }
    const node = (id: string) => (level === 'actor' ? { id, name: nodes.get(id)?.name ?? id, country: nodes.get(id)?.country ?? null } : { id, name: id, country: id });
    return top.map((p) => ({
      a: node(p.a),
      b: node(p.b),
      count: p.count,
      types: [...p.types].map(([type, count]) => ({ type, count })).sort((x, y) => y.count - x.count || x.type.localeCompare(y.type)),
      firstDate: orNull(p.first),
      lastDate: orNull(p.last),
    }));
  }

  // ------------------------------------------------------------ quotes and figures

  async listQuotes(f: QuoteFilter = {}): Promise<Page<QuoteRow>> {
    const limit = clampLimit(f.limit);
    let query = this.db.selectFrom('quotes as q').selectAll('q');
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      if (ids.length === 0) return { items: [], nextCursor: null };
      query = query.where('q.speaker_actor_id', 'in', ids);
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('actors as qa').select('qa.id').whereRef('qa.id', '=', 'q.speaker_actor_id').where('qa.country', '=', c)));
    }
    if (f.text) {
      const fold = foldText(f.text).replace(/[%_]/g, '');
      if (fold) query = query.where('q.fold', 'like', `%${fold}%`);
    }
    if (f.from) query = query.where('q.sort_date', '>=', f.from);
    if (f.to) query = query.where('q.sort_date', '<=', f.to).where('q.sort_date', '<>', '');
    if (f.source) query = query.where('q.source', '=', f.source);
    if (f.documentId) query = query.where('q.document_id', '=', f.documentId);
    const cw = this.cursorWhere(f.cursor, 'q');
    if (cw) query = query.where(cw);
    const rows = await query.orderBy('q.sort_date', 'desc').orderBy('q.id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: r.sort_date, id: num(r.id) }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((r) => ({
        id: String(r.id), documentId: r.document_id, date: r.date, speaker: r.speaker,
        speakerActorId: r.speaker_actor_id === null ? null : String(r.speaker_actor_id), text: r.text, start: r.start, end: r.end,
      })),
    };
  }

  async listFigures(f: FigureFilter = {}): Promise<Page<FigureRow>> {
    const limit = clampLimit(f.limit);
    let query = this.db.selectFrom('figures as f').selectAll('f');
    if (f.kind) query = query.where('f.kind', '=', f.kind);
    if (f.currency) query = query.where('f.currency', '=', f.currency.toUpperCase());
    if (f.min !== null && f.min !== undefined) query = query.where('f.value', '>=', f.min);
    if (f.max !== null && f.max !== undefined) query = query.where('f.value', '<=', f.max);
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      if (ids.length === 0) return { items: [], nextCursor: null };
      query = query.where('f.version_id', 'in', (eb) => eb.selectFrom('doc_actors as fa').select('fa.version_id').where('fa.actor_id', 'in', ids));
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('doc_actors as fc').select('fc.actor_id').whereRef('fc.version_id', '=', 'f.version_id').where('fc.country', '=', c)));
    }
    if (f.from) query = query.where('f.sort_date', '>=', f.from);
    if (f.to) query = query.where('f.sort_date', '<=', f.to).where('f.sort_date', '<>', '');
    if (f.source) query = query.where('f.source', '=', f.source);
    if (f.documentId) query = query.where('f.document_id', '=', f.documentId);
    const cw = this.cursorWhere(f.cursor, 'f');
    if (cw) query = query.where(cw);
    const rows = await query.orderBy('f.sort_date', 'desc').orderBy('f.id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: r.sort_date, id: num(r.id) }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((r) => ({
        id: String(r.id), documentId: r.document_id, date: r.date, kind: r.kind, text: r.text, value: num(r.value),
        currency: r.currency, unit: r.unit, qualifier: r.qualifier, start: r.start, end: r.end, context: r.context,
      })),
    };
  }

  // ------------------------------------------------------------ streams

  private async *iterate<T, F extends { cursor?: string | null; limit?: number }>(
    filter: F, list: (f: F) => Promise<Page<T>>,
  ): AsyncGenerator<T> {
    let cursor: string | null = filter.cursor ?? null;
    for (;;) {
      const page = await list({ ...filter, cursor, limit: CHUNK });
      for (const item of page.items) yield item;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }

  iterateEvents(f: EventFilter = {}): AsyncIterable<EventRow> {
    return this.iterate(f, (x) => this.listEvents(x));
  }

  iterateQuotes(f: QuoteFilter = {}): AsyncIterable<QuoteRow> {
    return this.iterate(f, (x) => this.listQuotes(x));
  }

  iterateFigures(f: FigureFilter = {}): AsyncIterable<FigureRow> {
    return this.iterate(f, (x) => this.listFigures(x));
  }

  async *iterateDocuments(q: SearchQuery = {}): AsyncIterable<StoredDocument> {
    for await (const hit of this.iterate(q, (x) => this.search(x))) {
      const doc = await this.getDocument(hit.id);
      if (doc) yield doc;
    }
  }

  // ------------------------------------------------------------ reprocess

  async *versionsToReprocess(pipelineVersion: string, options: { all?: boolean; chunk?: number } = {}): AsyncIterable<VersionForReprocess> {
    let after = 0;
    const chunk = options.chunk ?? 200;
    for (;;) {
      let query = this.db
        .selectFrom('document_versions')
        .select(['id', 'document_id', 'text', 'date', 'source', 'title', 'url', 'pipeline_version'])
        .where('is_current', '=', 1)
        .where('id', '>', after);
      if (!options.all) query = query.where('pipeline_version', '<>', pipelineVersion);
      const rows = await query.orderBy('id').limit(chunk).execute();
      if (rows.length === 0) return;
      for (const r of rows) {
        yield {
          versionId: String(r.id), documentId: r.document_id, id: r.document_id, text: r.text, date: r.date, source: r.source,
          title: r.title, url: r.url, pipelineVersion: r.pipeline_version,
        };
      }
      after = num(rows[rows.length - 1]!.id);
    }
  }

  async replaceRecord(versionId: string, record: ExtractRecord, pipelineVersion: string): Promise<void> {
    const vid = Number(versionId);
    await this.db.transaction().execute(async (trx) => {
      const v = await trx
        .selectFrom('document_versions')
        .select(['document_id', 'text', 'date', 'source', 'is_current'])
        .where('id', '=', vid)
        .executeTakeFirst();
      if (!v) throw new Error(`no document version ${versionId} in the store`);
      await this.removeDerived(trx, vid);
      await trx
        .updateTable('document_versions')
        .set({
          record: JSON.stringify({ ...record, id: v.document_id }), pipeline_version: pipelineVersion,
          n_people: record.people.length, n_events: record.events.length, n_quotes: record.quotes.length, n_figures: record.quantities.length,
        })
        .where('id', '=', vid)
        .execute();
      if (v.is_current === 1) await this.insertDerived(trx, vid, v.document_id, v.text, record, v.date, v.source);
    });
  }

  // ------------------------------------------------------------ stats

  async stats(): Promise<StoreStats> {
    const count = async (table: 'documents' | 'document_versions' | 'events' | 'quotes' | 'figures'): Promise<number> =>
      num((await this.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
    const actors = num((await this.db.selectFrom('actors').select(sql<number>`count(*)`.as('n')).where('documents', '>', 0).executeTakeFirstOrThrow()).n);
    const sources = await this.db
      .selectFrom('document_versions')
      .select(['source', sql<number>`count(*)`.as('n')])
      .where('is_current', '=', 1)
      .where('source', 'is not', null)
      .groupBy('source')
      .orderBy(sql`count(*)`, 'desc')
      .limit(100)
      .execute();
    const types = await this.db.selectFrom('events').select(['type', sql<number>`count(*)`.as('n')]).groupBy('type').orderBy(sql`count(*)`, 'desc').execute();
    const pipelines = await this.db
      .selectFrom('document_versions')
      .select(['pipeline_version', sql<number>`count(*)`.as('n')])
      .where('is_current', '=', 1)
      .groupBy('pipeline_version')
      .execute();
    const bounds = await this.db
      .selectFrom('document_versions')
      .select([sql<string | null>`min(sort_date)`.as('first'), sql<string | null>`max(sort_date)`.as('last')])
      .where('is_current', '=', 1)
      .where('sort_date', '<>', '')
      .executeTakeFirst();
    return {
      backend: this.backend,
      location: this.location,
      documents: await count('documents'),
      versions: await count('document_versions'),
      actors,
      events: await count('events'),
      quotes: await count('quotes'),
      figures: await count('figures'),
      sources: sources.map((s) => ({ source: s.source ?? '', documents: num(s.n) })),
      eventTypes: types.map((t) => ({ type: t.type, events: num(t.n) })),
      pipelineVersions: pipelines.map((p) => ({ pipelineVersion: p.pipeline_version, documents: num(p.n) })),
      firstDate: bounds?.first ?? null,
      lastDate: bounds?.last ?? null,
    };
  }
}

function toActorRow(r: Omit<Database['actors'], 'id'> & { id: number }): ActorRow {
  return {
    id: String(r.id), kind: r.kind as ActorKind, name: r.name, country: r.country, sector: r.sector, title: r.title,
    documents: num(r.documents), mentions: num(r.mentions), firstDate: orNull(r.first_date), lastDate: orNull(r.last_date),
  };
}
