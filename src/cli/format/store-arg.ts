/** The --db option every store command shares, and opening the store it names. */
import { DEFAULT_DB_PATH } from '../../store/location.js';
import { openStore, redactLocation } from '../../store/open.js';
import type { SqlStore } from '../../store/sql-store.js';

export const DB_OPTION = { db: { type: 'string' as const } };

export const DB_HELP = `  --db PATH|URL  the store: a SQLite file (default ${DEFAULT_DB_PATH},
                 or READOUT_DB) or postgres://user@host:5432/dbname`;

export function dbLocation(value: string | undefined): string {
  return value || process.env.READOUT_DB || DEFAULT_DB_PATH;
}

export async function openStoreFor(value: string | undefined): Promise<SqlStore> {
  const location = dbLocation(value);
  try {
    return await openStore(location);
  } catch (error) {
    throw new Error(`cannot open the store at ${redactLocation(location)}: ${(error as Error).message}`);
  }
}
