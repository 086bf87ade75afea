import type { Command } from '../command.js';

// Placeholder until the demo command lands.
export const demoCommand: Command = {
  name: 'demo',
  summary: '(demo: not available yet)',
  usage: 'readout demo',
  async run(_argv, io) {
    io.stderr.write('readout demo: not available yet\n');
    return 1;
  },
};
