import type { Command } from '../command.js';

// Placeholder until the export command lands.
export const exportCommand: Command = {
  name: 'export',
  summary: '(export: not available yet)',
  usage: 'readout export',
  async run(_argv, io) {
    io.stderr.write('readout export: not available yet\n');
    return 1;
  },
};
