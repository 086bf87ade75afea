/**
 * Very large records kept in parts. The record of a text of tens of megabytes is JSON of
 * many megabytes; bound as one value it is copied whole at least once more (SQLite and the
 * PostgreSQL driver each make their own copy of a parameter), beside the record the caller
 * still holds. Past RECORD_PART_BYTES, the record is instead cut into parts of that many
 * bytes of UTF-8, each compressed and written as one row of `record_parts` (keyed by the
 * version), one after another, so that only one part is ever copied at a time; the version
 * row's own `record` is then the empty string. Readers ask readRecordJson for the text and
 * never see the difference.
 */
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { collectGarbage } from '../record/collect-garbage.js';
import { pieceBytes, recordByteLength, type RecordJson } from '../record/record-json.js';
import type { Database } from './schema.js';
import type { WriteTx } from './write-tx.js';

/** Bytes of record JSON per stored part, and the size past which a record is stored in parts. */
export const RECORD_PART_BYTES = 4 * 1048576;

/** Whether the JSON is long enough to be stored in parts (a string's length counts as a lower bound of its bytes). */
export function isPartedSize(json: RecordJson): boolean {
  if (typeof json === 'string') return json.length > RECORD_PART_BYTES || (json.length * 3 > RECORD_PART_BYTES && Buffer.byteLength(json) > RECORD_PART_BYTES);
  return recordByteLength(json) > RECORD_PART_BYTES;
}

/** The JSON as one string (for records stored whole). */
export function recordJsonText(json: RecordJson): string {
  if (typeof json === 'string') return json;
  return Buffer.concat(json.pieces.map((_, i) => pieceBytes(json, i))).toString('utf8');
}

/**
 * The JSON's UTF-8 bytes in blocks of `size` bytes (the last shorter), each made only when
 * asked for. A string is encoded a slice at a time, never whole.
 */
export function* recordBlocks(json: RecordJson, size = RECORD_PART_BYTES, reuse = false): Generator<Buffer> {
  if (typeof json === 'string') {
    // A slice of `size / 3` characters is at most `size` bytes; a cut never splits a surrogate pair.
    const step = Math.max(2, Math.floor(size / 3));
    let pending: Buffer[] = [];
    let held = 0;
    for (let at = 0; at < json.length; ) {
      let end = Math.min(json.length, at + step);
      const last = json.charCodeAt(end - 1);
      if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
      const bytes = Buffer.from(json.slice(at, end), 'utf8');
      at = end;
      pending.push(bytes);
      held += bytes.byteLength;
      while (held >= size) {
        const whole = Buffer.concat(pending, held);
        yield whole.subarray(0, size);
        pending = held > size ? [whole.subarray(size)] : [];
        held -= size;
      }
    }
    if (held > 0) yield Buffer.concat(pending, held);
    return;
  }
  let block = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  for (let i = 0; i < json.pieces.length; i++) {
    // A deflated piece is inflated only when its turn comes.
    const piece = pieceBytes(json, i);
    let from = 0;
    while (from < piece.byteLength) {
      const n = Math.min(size - filled, piece.byteLength - from);
      block.set(piece.subarray(from, from + n), filled);
      filled += n;
      from += n;
      if (filled === size) {
        yield block;
        // With `reuse`, the caller is done with a block when it asks for the next.
        if (!reuse) block = Buffer.allocUnsafeSlow(size);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield block.subarray(0, filled);
}

/**
 * The value to put in the version row's `record` column: the JSON itself, or '' when it goes
 * to `record_parts` (written by writeRecordParts once the row exists).
 */
export function inlineRecord(json: RecordJson): string {
  return isPartedSize(json) ? '' : recordJsonText(json);
}

/**
 * The value of the version row's `record` column on SQLite: the JSON compressed, as a blob
 * (about 0.3 of its size), or '' when it goes to `record_parts`. The record is most of what a
 * document writes (9 KB of JSON against 1 KB of text for a press release): as text it filled
 * three overflow pages per document, each written to the log at the commit and copied again
 * by the checkpoint. Readers decompress it (readRecordJson); a record stored as text by an
 * earlier version reads as before. PostgreSQL keeps text, which it compresses itself.
 */
export function sqliteRecord(json: RecordJson): string | Buffer {
  if (isPartedSize(json)) return '';
  // Bytes are compressed as they are: made text and encoded back, they cost twice more.
  const bytes =
    typeof json === 'string'
      ? Buffer.from(json, 'utf8')
      : json.pieces.length === 1 && !json.deflated
        ? json.pieces[0]!
        : Buffer.concat(json.pieces.map((_, i) => pieceBytes(json, i)));
  return compressRecord(bytes);
}

/**
 * First byte of a record blob compressed with Brotli. A raw deflate stream never starts with
 * it: its low three bits would declare a block of type 3, which the format reserves as an
 * error. So blobs written before (raw deflate) and after read side by side, with no migration.
 */
const BROTLI_MARK = 0xff;

/**
 * Brotli at its fastest quality: on the generated press releases it compressed a 9 KB record
 * in about half the time of deflate at level 1 (41 against 78 to 90 microseconds), to 0.31
 * of its size against 0.29, and reads back as fast. Compression was a sixth of what storing
 * a document cost the writing thread.
 */
function compressRecord(bytes: Uint8Array): Buffer {
  const packed = brotliCompressSync(bytes, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 0, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
  });
  const out = Buffer.allocUnsafe(packed.byteLength + 1);
  out[0] = BROTLI_MARK;
  packed.copy(out, 1);
  return out;
}

/** A record blob's JSON bytes, whichever way it was compressed (see BROTLI_MARK). */
export function decompressRecord(blob: Uint8Array): Buffer {
  return blob[0] === BROTLI_MARK ? brotliDecompressSync(blob.subarray(1)) : inflateRawSync(blob);
}

/** The `record` column's value for the backend. */
export const storedRecord = (json: RecordJson, backend: 'sqlite' | 'postgres'): string | Buffer => (backend === 'sqlite' ? sqliteRecord(json) : inlineRecord(json));

/**
 * Writes the parts of a record stored in parts; nothing for a record stored whole. `replace`:
 * the version may have parts of an earlier record, removed first.
 */
export async function writeRecordParts(tx: WriteTx, versionId: number, json: RecordJson, replace: boolean): Promise<void> {
  if (replace) await tx.run('DELETE FROM record_parts WHERE version_id = ?', [versionId]);
  if (!isPartedSize(json)) return;
  let part = 0;
  for (const block of recordBlocks(json, RECORD_PART_BYTES, true)) {
    // One block at a time: compressed, written (SQLite keeps a copy), and its memory used for the next.
    await tx.run('INSERT INTO record_parts (version_id, part, data) VALUES (?, ?, ?)', [versionId, part++, deflateRawSync(block, { level: 3 })]);
  }
  // What the record became on the way (its JSON inflated piece by piece, each part compressed)
  // goes before the rest of the text's rows are written.
  collectGarbage();
}

/**
 * The record JSON of a version, whatever way it was stored: `inline` is the row's `record`
 * column, text or deflated (a blob, SQLite); an empty one means the record is in `record_parts`.
 */
export async function readRecordJson(db: Kysely<Database>, versionId: number, inline: string | Uint8Array): Promise<string> {
  if (typeof inline !== 'string') return decompressRecord(inline).toString('utf8');
  if (inline !== '') return inline;
  const rows = await db.selectFrom('record_parts').select(['data']).where('version_id', '=', versionId).orderBy('part').execute();
  if (rows.length === 0) throw new Error(`the record of document version ${versionId} is missing from the store (no record and no parts)`);
  const blocks = rows.map((r) => inflateRawSync(r.data));
  return Buffer.concat(blocks).toString('utf8');
}
