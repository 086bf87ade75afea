/** The queue's names and limits (no database code here: the CLI's help reads them). */

/** Documents to read: files, lines of JSONL, pages, feed items. */
export const DOCUMENT_QUEUE = 'readout-documents';
/** Feeds to read: expanded into one document job per item. */
export const FEED_QUEUE = 'readout-feeds';
/** The scheduler's tick: finds followed feeds that are due. */
export const FOLLOW_QUEUE = 'readout-follow';
export const QUEUES = [DOCUMENT_QUEUE, FEED_QUEUE, FOLLOW_QUEUE] as const;

/** Three attempts in all, then the job is parked as failed with its error. */
export const RETRY_LIMIT = 2;
export const RETRY_DELAY_S = 5;
/** A job still running after this long is taken as lost (its worker died) and retried. */
export const DEFAULT_JOB_TIMEOUT_S = 300;

