import type { Command } from '../command.js';

// Placeholder until the serve command lands.
export const serveCommand: Command = {
  name: 'serve',
  summary: '(serve: not available yet)',
  usage: 'readout serve',
  async run(_argv, io) {
    io.stderr.write('readout serve: not available yet\n');
    return 1;
  },
};
