/**
 * Time of the whole extraction on every adversarial shape at one size (1 MB by default):
 * text shapes through extract(), markup shapes through the HTML reader first. The budget is
 * 5 s a shape on the development machine; the hostile tests check the growth instead.
 * Both the wall-clock time and the CPU time of the process are given: on a machine shared with
 * other work the wall clock counts the waits for a core, so the budget is checked on CPU time.
 *   npx tsx bench/shapes.ts [--kb 1024] [--only "one letter"]
 */
import { pathToFileURL } from 'node:url';
import { extract } from '../src/extract.js';
import { htmlBytesToArticle } from '../src/ingest/html.js';
import { HTML_SHAPES, PROSE, SHAPES, type Shape } from './adversarial-shapes.js';

export const SHAPE_BUDGET_MS = 5000;

export interface ShapeTime {
  shape: string;
  kind: 'text' | 'html';
  chars: number;
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds of this process (all threads: the garbage collector's helpers count too). */
  cpuMs: number;
  /** CPU milliseconds per megabyte of input. */
  msPerMb: number;
  overBudget: boolean;
  note: string | null;
}

export interface ShapesBench {
  kb: number;
  budgetMs: number;
  shapes: ShapeTime[];
  slowest: string;
  over: string[];
}

/** Runs one shape through the path its kind takes in `readout ingest`; returns a note on what happened. */
export function runShape(kind: 'text' | 'html', input: string, name: string): string | null {
  if (kind === 'text') {
    extract(input);
    return null;
  }
  try {
    const article = htmlBytesToArticle(Buffer.from(input, 'utf8'), name);
    extract(article.text);
    return article.warning;
  } catch (error) {
    // A refusal with a message is a valid answer to a hostile page.
    return `refused: ${(error as Error).message}`;
  }
}

export function benchShapes(options: { kb?: number; only?: string; log?: (line: string) => void } = {}): ShapesBench {
  const kb = options.kb ?? 1024;
  const log = options.log ?? (() => {});
  const size = kb * 1024;
  const all: Array<[Shape, 'text' | 'html']> = [
    ...SHAPES.map((s): [Shape, 'text'] => [s, 'text']),
    [PROSE, 'text'],
    ...HTML_SHAPES.map((s): [Shape, 'html'] => [s, 'html']),
  ];
  // Dictionaries and the tagger's model load once, outside the timings.
  extract('President Alma Borisov met Governor Ivan Petrov in Minsk on 3 May.');
  const shapes: ShapeTime[] = [];
  log(`${kb} KB per shape; budget ${SHAPE_BUDGET_MS / 1000} s of CPU time per MB`);
  log(`${'shape'.padEnd(38)} ${'kind'.padEnd(5)} ${'cpu'.padStart(8)} ${'wall'.padStart(8)}`);
  for (const [shape, kind] of all) {
    if (options.only && !shape.name.includes(options.only)) continue;
    const input = shape.make(size);
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const note = runShape(kind, input, shape.name);
    const ms = Math.round(performance.now() - t0);
    const c = process.cpuUsage(c0);
    const cpuMs = Math.round((c.user + c.system) / 1000);
    const msPerMb = Math.round(cpuMs / (input.length / (1024 * 1024)));
    const overBudget = msPerMb > SHAPE_BUDGET_MS;
    shapes.push({ shape: shape.name, kind, chars: input.length, ms, cpuMs, msPerMb, overBudget, note });
    const secs = (x: number) => `${(x / 1000).toFixed(2)} s`.padStart(8);
    log(`${shape.name.padEnd(38)} ${kind.padEnd(5)} ${secs(cpuMs)} ${secs(ms)}${overBudget ? '   OVER BUDGET' : ''}`);
  }
  const slowest = shapes.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), shapes[0]!);
  const over = shapes.filter((s) => s.overBudget).map((s) => s.shape);
  log(`slowest: ${slowest.shape}, ${(slowest.cpuMs / 1000).toFixed(2)} s CPU; ${over.length === 0 ? 'every shape within budget' : `over budget: ${over.join(', ')}`}`);
  return { kb, budgetMs: SHAPE_BUDGET_MS, shapes, slowest: slowest.shape, over };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  benchShapes({ kb: Number(value('--kb') ?? 1024), only: value('--only'), log: (l) => console.log(l) });
}
