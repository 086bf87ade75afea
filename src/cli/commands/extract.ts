import { parseArgs } from 'node:util';
import { extractAll, extractJsonBytes, GROUP_CHARS, GROUP_DOCS, type ExtractInput } from '../../extract.js';
import { readInputs } from '../../ingest/files.js';
import { isValidIsoDate, parseHeader } from '../../ingest/header.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.js';
import { formatPretty } from '../../record/pretty.js';
import { SEGMENT_CHARS } from '../../record/segments.js';
import type { ExtractRecord } from '../../record/types.js';
import { palette } from '../color.js';
import { UsageError, type Command } from '../command.js';

const FORMATS = ['json', 'jsonl', 'pretty'] as const;

const IDLE = Symbol('idle');

/** Settles after the event loop's pending I/O callbacks: whatever input was already there has been read by then. */
function idle(): Promise<typeof IDLE> {
  return new Promise((resolve) => setImmediate(() => resolve(IDLE)));
}
type Format = (typeof FORMATS)[number];

const usage = `Usage: readout extract [options] <file|directory|-> ...

Turns each news text into one structured record (people, organisations, places,
quotes, figures, dates, events) and prints it.

Inputs:
  FILE           a plain-text file; a first line "date YYYY-MM-DD Source: NAME" sets the date and source
  DIRECTORY      every .txt/.md file below it (and *.jsonl files as JSONL), in name order
  -              standard input
  --jsonl        read every input as JSONL: one {"id","text","date"?,"source"?,"title"?} per line;
                 each output line answers one input line, in order

Options:
  --format F     json (one object, or an array for several documents), jsonl (one record per line)
                 or pretty (a readable summary); default: jsonl with --jsonl, else json
  --date D       document date (YYYY-MM-DD) for inputs that do not give one
  --max-mb N     refuse documents larger than N MB (default ${DEFAULT_MAX_BYTES / 1048576})
  -h, --help     show this help

Problems with one input (empty, binary, too large, not UTF-8, a bad JSONL line) are reported
on stderr naming the input; the batch goes on. Exit code 1 when any input failed.

Examples:
  readout extract release.txt
  readout extract --format pretty releases/
  cat feed.jsonl | readout extract --jsonl - > records.jsonl`;

interface ErrorLine {
  id: string | null;
  input: string;
  error: string;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract a structured record from each text (file, directory, stdin or JSONL)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        jsonl: { type: 'boolean', default: false },
        date: { type: 'string' },
        'max-mb': { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new UsageError('give at least one file, directory or "-" for stdin');
    const format = (values.format ?? (values.jsonl ? 'jsonl' : 'json')) as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
    if (values.date !== undefined && !isValidIsoDate(values.date)) throw new UsageError(`--date must be a day of the calendar as YYYY-MM-DD, not "${values.date}"`);
    const maxMb = values['max-mb'] === undefined ? DEFAULT_MAX_BYTES / 1048576 : Number(values['max-mb']);
    if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-mb must be a positive number, not "${values['max-mb']}"`);

    const colours = palette(io.stdout);
    const errColours = palette(io.stderr);
    let failed = 0;
    let done = 0;
    // JSON output of several documents is an array, written as we go so memory stays flat.
    let wroteArrayStart = false;
    let prettyWritten = 0;
    const pending: string[] = [];
    const writeRecord = (record: ExtractRecord | ErrorLine) => {
      if (format === 'jsonl') io.stdout.write(`${JSON.stringify(record)}\n`);
      else if (format === 'pretty') {
        if ('error' in record) return;
        io.stdout.write(`${prettyWritten++ > 0 ? '\n' : ''}${formatPretty(record, colours)}\n`);
      } else {
        if ('error' in record) return;
        const json = JSON.stringify(record, null, 2);
        // Hold the first record back until we know whether there is a second one.
        if (!wroteArrayStart && pending.length === 0) pending.push(json);
        else {
          if (!wroteArrayStart) {
            io.stdout.write(`[\n${pending.pop()}`);
            wroteArrayStart = true;
          }
          io.stdout.write(`,\n${json}`);
        }
      }
    };

    // Short texts already read go through the pipeline together (extractAll, up to GROUP_DOCS of
    // them): each stage then runs over all of them while its code is warm. A reader that has to
    // wait for its input (a pipe, the next file) first writes out what it holds, so a record never
    // waits on documents that have not arrived.
    const group: { name: string; input: ExtractInput }[] = [];
    let groupChars = 0;
    const flush = () => {
      if (group.length === 0) return;
      const records = extractAll(group.map((g) => g.input));
      records.forEach((record, i) => {
        for (const m of record.messages) {
          if (m.stage === 'header') io.stderr.write(`${errColours.yellow('warning')} ${group[i]!.name}: ${m.text}\n`);
        }
        writeRecord(record);
      });
      group.length = 0;
      groupChars = 0;
    };
    const items = readInputs(positionals, { jsonl: values.jsonl ?? false, maxBytes: maxMb * 1048576, stdin: io.stdin });
    for (;;) {
      const next = items.next();
      const ready = await Promise.race([next, idle()]);
      if (ready === IDLE) flush();
      const step = ready === IDLE ? await next : ready;
      if (step.done) break;
      const item = step.value;
      if (!item.ok) {
        flush();
        failed++;
        io.stderr.write(`${errColours.red('error')} ${item.error}\n`);
        if (format === 'jsonl') writeRecord({ id: null, input: item.name, error: item.error });
        continue;
      }
      if (item.warning) io.stderr.write(`${errColours.yellow('warning')} ${item.warning}\n`);
      done++;
      const input = values.date && !item.input.date ? { ...item.input, date: values.date } : item.input;
      if (format === 'jsonl' && input.text.length > SEGMENT_CHARS) {
        flush();
        // A text read in parts: its record is written as the JSON bytes it is built as, never
        // made objects whole (see extractJsonBytes).
        const problem = parseHeader(input.text).dateProblem;
        if (problem) io.stderr.write(`${errColours.yellow('warning')} ${item.name}: ${problem}\n`);
        io.stdout.write(extractJsonBytes(input));
        io.stdout.write('\n');
        continue;
      }
      group.push({ name: item.name, input });
      groupChars += input.text.length;
      if (group.length >= GROUP_DOCS || groupChars >= GROUP_CHARS) flush();
    }
    flush();
    if (format === 'json') {
      if (wroteArrayStart) io.stdout.write('\n]\n');
      else if (pending.length) io.stdout.write(`${pending[0]}\n`);
    }
    if (done === 0 && failed === 0) io.stderr.write('readout extract: no documents found in the inputs given\n');
    return failed > 0 || done === 0 ? 1 : 0;
  },
};
