import type { Command } from '../command.js';
import { actorsCommand } from './actors.js';
import { demoCommand } from './demo.js';
import { dossierCommand } from './dossier.js';
import { eventsCommand } from './events.js';
import { explainCommand } from './explain.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { followCommand } from './follow.js';
import { figuresCommand } from './figures.js';
import { ingestCommand } from './ingest.js';
import { meetingsCommand } from './meetings.js';
import { quotesCommand } from './quotes.js';
import { reprocessCommand } from './reprocess.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { statusCommand } from './status.js';
import { workerCommand } from './worker.js';

/** Every command, in the order `readout --help` lists them. */
export const COMMANDS: readonly Command[] = [
  extractCommand,
  explainCommand,
  ingestCommand,
  workerCommand,
  followCommand,
  statusCommand,
  reprocessCommand,
  searchCommand,
  actorsCommand,
  eventsCommand,
  meetingsCommand,
  quotesCommand,
  figuresCommand,
  dossierCommand,
  exportCommand,
  serveCommand,
  demoCommand,
];
