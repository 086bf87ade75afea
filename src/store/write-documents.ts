/**
 * Storing a batch of document versions in one write transaction.
 *
 * For each text, the database itself decides what it is, so two writers given the same
 * document never store it twice, whatever their timing:
 * - the document: `INSERT ... ON CONFLICT DO NOTHING` on its unique key (URL, path, input id);
 * - the version: `INSERT ... ON CONFLICT (document_id, hash) DO NOTHING` — a text a document
 *   already has is never a second version; a row inserted is a new version.
 * A text that is already the current version of any document is "unchanged" (the same
 * release saved under two names is stored once).
 *
 * Derived rows (actors, events, quotes, figures) are written once per batch for the versions
 * that are current at its end.
 */
import { recordJsonWithId, recordLists, type RecordJson } from '../record/record-json.js';
import { contentHash } from '../extract.js';
import type { ExtractRecord } from '../record/types.js';
import { insertDerived, removeDerived, type DerivedItem } from './derived.js';
import { inlineRecord, isPartedSize, storedRecord, writeRecordParts } from './record-parts.js';
import type { PutDocumentInput, PutResult } from './store.js';
import type { ColumnSpec, WriteTx } from './write-tx.js';

/** Texts longer than this (characters) are indexed for search from their stored row. */
const INDEX_FROM_ROW_CHARS = 1_000_000;
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const now = (): string => new Date().toISOString();

interface CurrentVersion {
  documentId: string;
  version: number;
  versionId: number;
}

interface Batch {
  tx: WriteTx;
  /** Hash -> the current version holding that text, kept exact as the batch goes. */
  currentByHash: Map<string, CurrentVersion>;
  /** Versions made current by this batch whose index entry and derived rows are still to be written. */
  pending: Map<number, Pending>;
}

interface Pending extends DerivedItem {
  title: string | null;
  /** Its search entry was written with the row (PostgreSQL, new documents). */
  indexed?: boolean;
}

/** PostgreSQL's search vector of a version, from its title and text. */
const SEARCH_VECTOR = `to_tsvector('english', coalesce({title}, '') || ' ' || {text})`;

/** Candidate ids: the wished one, then the same with ever longer pieces of the hash. */
function* candidateIds(wanted: string, hash: string): Generator<string> {
  yield wanted;
  for (let n = 6; n <= hash.length; n += 2) yield `${wanted}~${hash.slice(0, n)}`;
  for (let i = 1; ; i++) yield `${wanted}~${hash}~${i}`;
}

/** The document row for a key: claimed when new (insert-or-ignore), otherwise locked and read. */
async function claimDocument(b: Batch, key: string, wanted: string, hash: string): Promise<{ id: string; created: boolean; currentVersionId: number }> {
  const stamp = now();
  for (const id of candidateIds(wanted, hash)) {
    const inserted = await b.tx.all<{ id: string }>(
      'INSERT INTO documents (id, key, current_version, current_version_id, created_at, updated_at) VALUES (?, ?, 0, 0, ?, ?) ON CONFLICT DO NOTHING RETURNING id',
      [id, key, stamp, stamp],
    );
    if (inserted.length === 1) return { id, created: true, currentVersionId: 0 };
    const [existing] = await b.tx.all<{ id: string; current_version_id: unknown }>(
      `SELECT id, current_version_id FROM documents WHERE key = ?${b.tx.backend === 'postgres' ? ' FOR UPDATE' : ''}`,
      [key],
    );
    if (existing) return { id: existing.id, created: false, currentVersionId: num(existing.current_version_id) };
    // The id belongs to another key: try the next candidate.
  }
  throw new Error('unreachable');
}

async function indexText(tx: WriteTx, versionId: number, title: string | null, text: string): Promise<void> {
  // A very large text is indexed from its row: bound again as a parameter, it would be copied
  // twice more (to UTF-8, then by SQLite) while the index is built.
  if (tx.backend === 'sqlite' && text.length > INDEX_FROM_ROW_CHARS) {
    await tx.run(`INSERT INTO doc_fts(rowid, title, text) SELECT id, ?, text FROM document_versions WHERE id = ?`, [title ?? '', versionId]);
  } else if (tx.backend === 'sqlite') await tx.run('INSERT INTO doc_fts(rowid, title, text) VALUES (?, ?, ?)', [versionId, title ?? '', text]);
  else await tx.run(`UPDATE document_versions SET tsv = to_tsvector('english', coalesce(title, '') || ' ' || text) WHERE id = ?`, [versionId]);
}

async function unindexText(tx: WriteTx, versionId: number): Promise<void> {
  if (tx.backend === 'sqlite') {
    const [row] = await tx.all<{ title: string | null; text: string }>('SELECT title, text FROM document_versions WHERE id = ?', [versionId]);
    if (row) await tx.run(`INSERT INTO doc_fts(doc_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`, [versionId, row.title ?? '', row.text]);
  } else {
    await tx.run('UPDATE document_versions SET tsv = NULL WHERE id = ?', [versionId]);
  }
}

/** An older version stays stored (text and record) but leaves the index and the listings. */
async function retire(b: Batch, versionId: number): Promise<void> {
  if (versionId === 0) return;
  const [row] = await b.tx.all<{ hash: string }>('SELECT hash FROM document_versions WHERE id = ?', [versionId]);
  if (row && b.currentByHash.get(row.hash)?.versionId === versionId) b.currentByHash.delete(row.hash);
  const pending = b.pending.get(versionId);
  if (pending) {
    // Made current earlier in this batch: nothing of it was derived yet, and it was indexed only
    // if its search entry went in with the row.
    b.pending.delete(versionId);
    if (pending.indexed) await unindexText(b.tx, versionId);
  } else {
    await unindexText(b.tx, versionId);
    await removeDerived(b.tx, versionId);
  }
  await b.tx.run('UPDATE document_versions SET is_current = 0 WHERE id = ?', [versionId]);
}

function fields(input: PutDocumentInput) {
  const record = input.record;
  return {
    record,
    date: input.date ?? record.date ?? null,
    source: input.source ?? record.source ?? null,
    title: input.title ?? record.title ?? null,
    url: input.url ?? record.url ?? null,
  };
}

/**
 * The record's JSON under the id it is stored with: the text the extraction sent, as it is
 * (its id changed where the document's differs), else the objects made text. The objects of
 * a large record lack lists the store does not read (see record/record-json.ts), so the text
 * is always preferred.
 */
function recordJsonFor(input: PutDocumentInput, id: string): RecordJson {
  if (input.recordJson) {
    if (input.record.id === id) return input.recordJson;
    const renamed = recordJsonWithId(input.recordJson, id);
    if (renamed !== null) return renamed;
  }
  return JSON.stringify({ ...input.record, id });
}

const counts = (r: ExtractRecord) => {
  const lists = recordLists(r);
  return [r.people.length, lists.length('events'), lists.length('quotes'), lists.length('quantities')];
};

const T = (name: string): ColumnSpec => ({ name, pg: 'text' });
const I = (name: string): ColumnSpec => ({ name, pg: 'int4' });
const DOCUMENT_COLUMNS = [T('id'), T('key'), I('current_version'), I('current_version_id'), T('created_at'), T('updated_at')];
/** A first version's row, its id drawn beforehand. */
const NEW_VERSION_COLUMNS = [
  I('id'), T('document_id'), I('version'), T('hash'), T('text'), T('record'), T('title'), T('date'), T('sort_date'), T('source'), T('url'), T('origin'),
  T('ingested_at'), T('pipeline_version'), I('chars'), I('is_current'), I('n_people'), I('n_events'), I('n_quotes'), I('n_figures'),
];

/**
 * PostgreSQL: the documents of a batch that are new to the store, in three statements for
 * the whole batch (version ids, documents, first versions with their search entries) rather
 * than three per document; every statement is a round trip, and every row written twice is a
 * second copy of the row and of its index entries. A document is new when its key was free (insert-or-ignore on the unique key, as
 * one at a time). Inputs that share a key, an id or a text with another input of the batch,
 * or whose text is stored already, are left to the one-at-a-time path, as are those whose key
 * or id turns out taken. Returns the results it settled, by input index.
 */
async function putNewDocuments(b: Batch, inputs: readonly PutDocumentInput[], hashes: readonly string[]): Promise<Map<number, PutResult>> {
  const done = new Map<number, PutResult>();
  const count = (values: string[]) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const keys = inputs.map((input, i) => input.key || `hash:${hashes[i]}`);
  const wanted = inputs.map((input, i) => input.id || hashes[i]!);
  const [byKey, byId, byHash] = [count(keys), count(wanted), count([...hashes])];
  const picked: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    if (byKey.get(keys[i]!) === 1 && byId.get(wanted[i]!) === 1 && byHash.get(hashes[i]!) === 1 && !b.currentByHash.has(hashes[i]!)) picked.push(i);
  }
  if (picked.length < 2) return done;
  const stamp = now();
  // The version ids are drawn first, so each document row goes in once, already pointing at its
  // first version (rather than inserted, then updated once the version has its id). An id drawn
  // for a document whose key turns out taken is left unused.
  const drawn = await b.tx.all<{ id: unknown }>(`SELECT nextval(pg_get_serial_sequence('document_versions', 'id')) AS id FROM generate_series(1, ?::int4)`, [picked.length]);
  const versionOf = new Map(picked.map((i, j) => [wanted[i]!, num(drawn[j]!.id)]));
  const created = await b.tx.insertRows('documents', DOCUMENT_COLUMNS, picked.map((i) => [wanted[i], keys[i], 1, versionOf.get(wanted[i]!), stamp, stamp]), {
    onConflict: 'ON CONFLICT DO NOTHING',
    returning: ['id'],
    keyed: true,
  });
  const createdIds = new Set(created.map((r) => String(r.id)));
  const fresh = picked.filter((i) => createdIds.has(wanted[i]!));
  if (fresh.length === 0) return done;
  // A record too large to go whole is written in parts once its version row exists.
  const parted = new Map<string, RecordJson>();
  await b.tx.insertRows(
    'document_versions',
    NEW_VERSION_COLUMNS,
    fresh.map((i) => {
      const input = inputs[i]!;
      const { record, date, source, title, url } = fields(input);
      const id = wanted[i]!;
      const json = recordJsonFor(input, id);
      if (isPartedSize(json)) parted.set(id, json);
      return [versionOf.get(id), id, 1, hashes[i], input.text, inlineRecord(json), title, date, date ?? '', source, url, input.origin ?? null, stamp, input.pipelineVersion, input.text.length, 1, ...counts(record)];
    }),
    // The search entry goes in with the row: indexing it afterwards wrote every row twice.
    { longText: true, computed: { name: 'tsv', pg: SEARCH_VECTOR } },
  );
  for (const [id, json] of parted) await writeRecordParts(b.tx, versionOf.get(id)!, json, false);
  for (const i of fresh) {
    const input = inputs[i]!;
    const documentId = wanted[i]!;
    const versionId = versionOf.get(documentId)!;
    const { record, date, source, title } = fields(input);
    b.currentByHash.set(hashes[i]!, { documentId, version: 1, versionId });
    b.pending.set(versionId, { versionId, documentId, text: input.text, record, date, source, title, indexed: true });
    done.set(i, { status: 'new', documentId, version: 1, versionId: String(versionId) });
  }
  return done;
}

async function putOne(b: Batch, input: PutDocumentInput, hash: string): Promise<PutResult> {
  const same = b.currentByHash.get(hash);
  if (same) return { status: 'unchanged', documentId: same.documentId, version: same.version, versionId: String(same.versionId) };
  const key = input.key || `hash:${hash}`;
  const { record, date, source, title, url } = fields(input);
  const doc = await claimDocument(b, key, input.id || hash, hash);
  const stamp = now();
  // The record text the extraction thread sent serves as it is when its id is the document's.
  const json = recordJsonFor(input, doc.id);
  // One statement decides "new version" (a row comes back) or "a text this document already has".
  const inserted = await b.tx.all<{ id: unknown; version: unknown }>(
    `INSERT INTO document_versions (document_id, version, hash, text, record, title, date, sort_date, source, url, origin, ingested_at,
       pipeline_version, chars, is_current, n_people, n_events, n_quotes, n_figures)
     VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM document_versions WHERE document_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
     ON CONFLICT (document_id, hash) DO NOTHING
     RETURNING id, version`,
    [doc.id, doc.id, hash, input.text, storedRecord(json, b.tx.backend), title, date, date ?? '', source, url, input.origin ?? null, stamp,
      input.pipelineVersion, input.text.length, ...counts(record)],
  );
  let versionId: number;
  let version: number;
  if (inserted.length === 1) {
    versionId = num(inserted[0]!.id);
    version = num(inserted[0]!.version);
    await writeRecordParts(b.tx, versionId, json, false);
    await retire(b, doc.currentVersionId);
  } else {
    const [old] = await b.tx.all<{ id: unknown; version: unknown; is_current: unknown }>(
      'SELECT id, version, is_current FROM document_versions WHERE document_id = ? AND hash = ?',
      [doc.id, hash],
    );
    if (!old) throw new Error(`version of ${doc.id} with text ${hash} neither inserted nor found`);
    versionId = num(old.id);
    version = num(old.version);
    if (num(old.is_current) === 1) {
      b.currentByHash.set(hash, { documentId: doc.id, version, versionId });
      return { status: 'unchanged', documentId: doc.id, version, versionId: String(versionId) };
    }
    // The page went back to an earlier text: that version is current again, with the new record.
    await retire(b, doc.currentVersionId);
    await b.tx.run(
      `UPDATE document_versions SET is_current = 1, record = ?, title = ?, date = ?, sort_date = ?, source = ?, url = ?, pipeline_version = ?,
         n_people = ?, n_events = ?, n_quotes = ?, n_figures = ? WHERE id = ?`,
      [storedRecord(json, b.tx.backend), title, date, date ?? '', source, url, input.pipelineVersion, ...counts(record), versionId],
    );
    await writeRecordParts(b.tx, versionId, json, true);
  }
  await b.tx.run('UPDATE documents SET current_version = ?, current_version_id = ?, updated_at = ? WHERE id = ?', [version, versionId, stamp, doc.id]);
  b.currentByHash.set(hash, { documentId: doc.id, version, versionId });
  b.pending.set(versionId, { versionId, documentId: doc.id, text: input.text, record, date, source, title });
  return { status: doc.created ? 'new' : 'updated', documentId: doc.id, version, versionId: String(versionId) };
}

/** Stores every input in order inside `tx`; a later input sees what an earlier one stored. */
export async function putDocumentsIn(tx: WriteTx, inputs: readonly PutDocumentInput[]): Promise<PutResult[]> {
  const hashes = inputs.map((i) => i.hash ?? contentHash(i.text));
  const b: Batch = { tx, currentByHash: new Map(), pending: new Map() };
  const unique = [...new Set(hashes)];
  for (let i = 0; i < unique.length; i += 500) {
    const list = tx.inList('hash', unique.slice(i, i + 500));
    const rows = await tx.all<{ id: unknown; document_id: string; version: unknown; hash: string }>(
      `SELECT id, document_id, version, hash FROM document_versions WHERE is_current = 1 AND ${list.sql}`,
      [list.param],
    );
    for (const r of rows) b.currentByHash.set(r.hash, { documentId: r.document_id, version: num(r.version), versionId: num(r.id) });
  }
  const settled = tx.backend === 'postgres' ? await putNewDocuments(b, inputs, hashes) : new Map<number, PutResult>();
  const results: PutResult[] = [];
  for (let i = 0; i < inputs.length; i++) results.push(settled.get(i) ?? (await putOne(b, inputs[i]!, hashes[i]!)));
  const items = [...b.pending.values()];
  const unindexed = items.filter((i) => !i.indexed);
  if (tx.backend === 'postgres' && unindexed.length > 0) {
    const ids = tx.inList('id', unindexed.map((i) => i.versionId));
    await tx.run(`UPDATE document_versions SET tsv = to_tsvector('english', coalesce(title, '') || ' ' || text) WHERE ${ids.sql}`, [ids.param]);
  } else if (tx.backend === 'sqlite') {
    for (const item of items) await indexText(tx, item.versionId, item.title, item.text);
  }
  await insertDerived(tx, items);
  return results;
}

/** Replaces the record and derived rows of one version (reprocess). */
export async function replaceRecordIn(tx: WriteTx, versionId: number, record: ExtractRecord, pipelineVersion: string): Promise<void> {
  const [v] = await tx.all<{ document_id: string; text: string; date: string | null; source: string | null; is_current: unknown }>(
    'SELECT document_id, text, date, source, is_current FROM document_versions WHERE id = ?',
    [versionId],
  );
  if (!v) throw new Error(`no document version ${versionId} in the store`);
  await removeDerived(tx, versionId);
  const json = JSON.stringify({ ...record, id: v.document_id });
  await tx.run(
    'UPDATE document_versions SET record = ?, pipeline_version = ?, n_people = ?, n_events = ?, n_quotes = ?, n_figures = ? WHERE id = ?',
    [storedRecord(json, tx.backend), pipelineVersion, ...counts(record), versionId],
  );
  await writeRecordParts(tx, versionId, json, true);
  if (num(v.is_current) === 1) await insertDerived(tx, [{ versionId, documentId: v.document_id, text: v.text, record, date: v.date, source: v.source }]);
}
