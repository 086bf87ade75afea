/**
 * A problem with one input (a file, a JSONL line, a URL). The batch reports it,
 * naming the input, and goes on with the next one.
 */
export class InputError extends Error {
  readonly input: string;
  readonly problem: string;
  constructor(input: string, problem: string) {
    super(`${input}: ${problem}`);
    this.name = 'InputError';
    this.input = input;
    this.problem = problem;
  }
}
