import { defaultJobTimeoutS, jobLimits } from '../../queue/names.js';
import { UsageError } from '../command.js';

/**
 * The job time limit from the environment, with READOUT_JOB_TIMEOUT and READOUT_RETRY_DELAY
 * checked before anything is queued: a bad value is a usage error, not a failure half-way.
 */
export function queueEnvTimeoutS(): number {
  try {
    return jobLimits(defaultJobTimeoutS()).expireInSeconds;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
