import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Document } from '../../document/document.js';
import type { Actor } from '../../document/layers.js';
import { processDocument } from '../../extract.js';
import { isValidIsoDate } from '../../ingest/header.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.js';
import { textInput } from '../../ingest/files.js';
import { codeEvents, type EventTrace } from '../../stages/events/code.js';
import { palette, type Palette } from '../color.js';
import { UsageError, type Command } from '../command.js';

const usage = `Usage: readout explain [options] <file|->

Shows why each event in a text was coded: the lexicon rule that fired, the words it
matched, who was taken as source and target and how, the date, and any change of type
(negation, promise, threat, passive voice).

Inputs:
  FILE           a plain-text file (a first line "date YYYY-MM-DD Source: NAME" sets the date)
  -              standard input

Options:
  --all          also list expressions that matched but coded nothing, with the reason
  --date D       document date (YYYY-MM-DD) when the text does not give one
  -h, --help     show this help

Examples:
  readout explain release.txt
  echo "Jordan and Britain agreed to hold joint exercises." | readout explain --all -`;

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function describeActor(a: Actor | undefined, id: string): string {
  if (!a) return id;
  const tags = [a.country, a.sector].filter(Boolean).join(', ');
  return tags ? `${a.name} (${tags})` : a.name;
}

/** The explanation of one document's events, as printable lines. */
export function explainDocument(doc: Document, all: boolean, c: Palette): string[] {
  const traces: EventTrace[] = [];
  codeEvents(doc, (t) => traces.push(t));
  const actors = new Map(doc.layer('actors').map((a) => [a.id, a]));
  const sentences = doc.layer('sentences');
  const lines: string[] = [];
  let coded = 0;
  let lastSentence = -1;
  for (const t of traces) {
    if (!t.event && !all) continue;
    if (t.sentence !== lastSentence) {
      const s = sentences[t.sentence];
      lines.push('', c.bold(`Sentence ${t.sentence + 1}:`) + ` ${s ? doc.slice(s).replace(/\s+/g, ' ') : ''}`);
      lastSentence = t.sentence;
    }
    const e = t.event;
    if (!e) {
      lines.push(`  ${c.dim(`not coded: "${t.matched}" (${t.rule}): ${t.dropped}`)}`);
      continue;
    }
    coded++;
    lines.push(`  ${c.green(e.type)}${e.mode ? ` (${e.mode})` : ''}  trigger "${e.trigger.text}" [${e.trigger.start}-${e.trigger.end}]  CAMEO ${e.cameo ?? '-'}`);
    lines.push(`    rule:    ${t.rule}`);
    for (const step of t.steps) lines.push(`    step:    ${step}`);
    const who = (ids: readonly string[]) => (ids.length ? ids.map((id) => describeActor(actors.get(id), id)).join('; ') : '(none)');
    lines.push(`    source:  ${who(e.source)}  ${c.dim(`— ${t.sourceHow ?? ''}`)}`);
    const recip = e.target.length === 0 && e.source.length > 1 ? 'parties acting together: no separate target' : (t.targetHow ?? '');
    lines.push(`    target:  ${who(e.target)}  ${c.dim(`— ${recip}`)}`);
    lines.push(`    date:    ${e.date ?? '(none in the sentence)'}`);
  }
  lines.unshift(c.bold(`${coded} event${coded === 1 ? '' : 's'}`) + (doc.meta.date ? ` (document date ${doc.meta.date})` : ''));
  return lines;
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show why each event in a text was coded (rule, words, source/target)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { all: { type: 'boolean', default: false }, date: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one file, or "-" for standard input');
    if (values.date !== undefined && !isValidIsoDate(values.date)) throw new UsageError(`--date must be a day of the calendar as YYYY-MM-DD, not "${values.date}"`);
    const path = positionals[0]!;
    let bytes: Uint8Array;
    try {
      bytes = path === '-' ? await readAll(io.stdin) : await fs.readFile(path);
    } catch (error) {
      io.stderr.write(`readout explain: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
      return 1;
    }
    const input = textInput(bytes, path === '-' ? 'stdin' : path, null, DEFAULT_MAX_BYTES);
    if (!input.ok) {
      io.stderr.write(`readout explain: ${input.error}\n`);
      return 1;
    }
    if (input.warning) io.stderr.write(`readout explain: ${input.warning}\n`);
    const doc = processDocument({ ...input.input, date: values.date ?? null });
    io.stdout.write(`${explainDocument(doc, values.all ?? false, palette(io.stdout)).join('\n')}\n`);
    return 0;
  },
};
