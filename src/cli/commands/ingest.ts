import type { Command } from '../command.js';

// Placeholder until the ingest command lands.
export const ingestCommand: Command = {
  name: 'ingest',
  summary: '(ingest: not available yet)',
  usage: 'readout ingest',
  async run(_argv, io) {
    io.stderr.write('readout ingest: not available yet\n');
    return 1;
  },
};
