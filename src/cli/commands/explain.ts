import type { Command } from '../command.js';

// Placeholder until the explain command lands.
export const explainCommand: Command = {
  name: 'explain',
  summary: '(explain: not available yet)',
  usage: 'readout explain',
  async run(_argv, io) {
    io.stderr.write('readout explain: not available yet\n');
    return 1;
  },
};
