import type { Command } from '../command.js';

// Placeholder until the actors command lands.
export const actorsCommand: Command = {
  name: 'actors',
  summary: '(actors: not available yet)',
  usage: 'readout actors',
  async run(_argv, io) {
    io.stderr.write('readout actors: not available yet\n');
    return 1;
  },
};
