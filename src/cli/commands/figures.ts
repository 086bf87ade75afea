import type { Command } from '../command.js';

// Placeholder until the figures command lands.
export const figuresCommand: Command = {
  name: 'figures',
  summary: '(figures: not available yet)',
  usage: 'readout figures',
  async run(_argv, io) {
    io.stderr.write('readout figures: not available yet\n');
    return 1;
  },
};
