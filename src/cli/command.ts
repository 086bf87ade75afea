/**
 * A CLI command: a thin layer over the library. It parses its own options
 * (node:util parseArgs) and returns the process exit code.
 */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Full help text shown by `readout help NAME` and `readout NAME --help`. */
  readonly usage: string;
  run(argv: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

/** Raised for wrong command-line usage; main prints it with the usage line and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
