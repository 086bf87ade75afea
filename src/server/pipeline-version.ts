import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

/**
 * Stamped on records the server and the demo store, so `readout reprocess` can tell which
 * records an older pipeline produced. Follows the package version.
 */
export const PIPELINE_VERSION = `readout/${(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version}`;
