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

/** Environment variables that change the two delays (tests shorten them; a slow site may lengthen the first). */
export const JOB_TIMEOUT_ENV = 'READOUT_JOB_TIMEOUT';
export const RETRY_DELAY_ENV = 'READOUT_RETRY_DELAY';

function envSeconds(name: string, fallback: number, min: number, max: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} wants whole seconds from ${min} to ${max}, found "${raw}"`);
  return n;
}

/** The time limit of a job: READOUT_JOB_TIMEOUT, else ${DEFAULT_JOB_TIMEOUT_S} s. */
export function defaultJobTimeoutS(env: NodeJS.ProcessEnv = process.env): number {
  return envSeconds(JOB_TIMEOUT_ENV, DEFAULT_JOB_TIMEOUT_S, 1, 86_000, env);
}

/** The first pause before a failed job is tried again (doubled for the next): READOUT_RETRY_DELAY, else ${RETRY_DELAY_S} s. */
export function retryDelayS(env: NodeJS.ProcessEnv = process.env): number {
  return envSeconds(RETRY_DELAY_ENV, RETRY_DELAY_S, 1, 3600, env);
}

/**
 * The limits each job carries. They are set on every job, not only on the queue when it is
 * created, so that a changed setting applies to an existing queue too.
 */
export function jobLimits(timeoutS: number, env: NodeJS.ProcessEnv = process.env): { expireInSeconds: number; retryLimit: number; retryDelay: number; retryBackoff: boolean } {
  return { expireInSeconds: timeoutS, retryLimit: RETRY_LIMIT, retryDelay: retryDelayS(env), retryBackoff: true };
}

