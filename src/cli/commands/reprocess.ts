import type { Command } from '../command.js';

// Placeholder until the reprocess command lands.
export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: '(reprocess: not available yet)',
  usage: 'readout reprocess',
  async run(_argv, io) {
    io.stderr.write('readout reprocess: not available yet\n');
    return 1;
  },
};
