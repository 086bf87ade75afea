/** The store in one import: the interface and row types, opening a store, the pipeline fingerprint. */
export type * from './store.js';
export { openStore, isPostgresLocation, redactLocation, type OpenOptions } from './open.js';
export { DEFAULT_DB_PATH } from './location.js';
export { pipelineVersion } from './pipeline-version.js';
export { BadCursorError } from './cursor.js';
export { SqlStore } from './sql-store.js';
