import type { Command } from '../command.js';

// Placeholder until the events command lands.
export const eventsCommand: Command = {
  name: 'events',
  summary: '(events: not available yet)',
  usage: 'readout events',
  async run(_argv, io) {
    io.stderr.write('readout events: not available yet\n');
    return 1;
  },
};
