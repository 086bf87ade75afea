/**
 * Rows of one list of a batch's records (events, meetings) written a chunk at a time, with the
 * id the store gave each row returned by version and index in the record's list, for the rows
 * that point at them (event parties, meeting parties).
 */
import { recordLists, type ListItems, type ListName } from '../record/record-json.js';
import type { DerivedItem } from './derived.js';
import type { ColumnSpec, WriteTx } from './write-tx.js';

const CHUNK = 500;
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));

/** `toRow` gives the row of entry `index` of `item`'s list; the table needs `version_id` and `idx` columns. */
export async function insertListRows<L extends ListName>(
  tx: WriteTx,
  table: string,
  columns: readonly ColumnSpec[],
  items: readonly DerivedItem[],
  list: L,
  toRow: (item: DerivedItem, index: number, entry: ListItems[L]) => unknown[],
): Promise<Map<number, number[]>> {
  const ids = new Map<number, number[]>(items.map((item) => [item.versionId, []]));
  const rows: unknown[][] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    for (const r of await tx.insertRows(table, columns, rows.splice(0), { returning: ['id', 'version_id', 'idx'], keyed: true })) {
      ids.get(num(r.version_id))![num(r.idx)] = num(r.id);
    }
  };
  for (const item of items) {
    for (const { first, items: entries } of recordLists(item.record).chunks(list, CHUNK)) {
      for (const [k, entry] of entries.entries()) {
        rows.push(toRow(item, first + k, entry));
        if (rows.length >= CHUNK) await flush();
      }
    }
  }
  await flush();
  return ids;
}
