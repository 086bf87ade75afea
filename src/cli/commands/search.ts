import type { Command } from '../command.js';

// Placeholder until the search command lands.
export const searchCommand: Command = {
  name: 'search',
  summary: '(search: not available yet)',
  usage: 'readout search',
  async run(_argv, io) {
    io.stderr.write('readout search: not available yet\n');
    return 1;
  },
};
