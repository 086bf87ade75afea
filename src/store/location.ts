import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the embedded SQLite store lives unless --db or READOUT_DB says otherwise. */
export const DEFAULT_DB_PATH = process.env.READOUT_DB || join(homedir(), '.readout', 'readout.sqlite');
