import type { Command } from '../command.js';

// Placeholder until the quotes command lands.
export const quotesCommand: Command = {
  name: 'quotes',
  summary: '(quotes: not available yet)',
  usage: 'readout quotes',
  async run(_argv, io) {
    io.stderr.write('readout quotes: not available yet\n');
    return 1;
  },
};
