import { COMMANDS } from './commands/index.js';
import { UsageError, type CommandIO } from './command.js';
import { DEFAULT_DB_PATH } from '../store/location.js';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'readout — structured, verifiable records from press releases about relations between states and regions',
    '',
    'Usage: readout <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Default store: ${DEFAULT_DB_PATH} (SQLite; change with --db or READOUT_DB)`,
    'Run "readout <command> --help" for the options of one command.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(`${target ? target.usage : overview()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('readout 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`readout: unknown command "${name}"\n\n${overview()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`readout ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
