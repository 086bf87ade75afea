import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, tsvLine } from '../src/cli/format/csv.js';
import { progressLine } from '../src/cli/format/progress.js';
import { renderTable } from '../src/cli/format/table.js';

function sink(isTTY: boolean): Writable & { isTTY?: boolean; columns?: number; text: () => string } {
  let out = '';
  const w = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  }) as Writable & { isTTY?: boolean; columns?: number; text: () => string };
  w.isTTY = isTTY;
  w.columns = 100;
  w.text = () => out;
  return w;
}

/** A small RFC 4180 reader, to check that what csvLine writes reads back the same. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') { cell += '"'; i += 2; }
        else if (line[i] === '"') { i++; break; }
        else cell += line[i++];
      }
    } else {
      while (i < line.length && line[i] !== ',') cell += line[i++];
    }
    cells.push(cell);
    if (line[i] === ',') i++;
    else return cells;
  }
}

describe('csv and tsv', () => {
  it('quotes only what needs quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(2.5)).toBe('2.5');
    expect(tsvLine(['a\tb', 'c\nd', null])).toBe('a b\tc d\t\n');
  });

  it('round-trips any cells through a CSV reader', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (cells) => {
        const line = csvLine(cells);
        expect(line.endsWith('\r\n')).toBe(true);
        expect(parseCsvLine(line.slice(0, -2))).toEqual(cells);
      }),
    );
  });
});

describe('tables', () => {
  it('aligns columns and cuts the flexible one to the width', () => {
    const rows = [{ n: 1, text: 'short' }, { n: 12345, text: 'a much longer piece of text that will not fit in the width given to the table' }];
    const out = renderTable(rows, [
      { header: 'N', value: (r) => r.n, right: true },
      { header: 'TEXT', value: (r) => r.text, flex: true },
    ], 40);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('    N  TEXT');
    expect(lines[2]).toBe('    1  short');
    expect(lines[3]!.length).toBeLessThanOrEqual(40);
    expect(lines[3]!.endsWith('…')).toBe(true);
  });
});

describe('progress line', () => {
  it('draws a bar with counts and rate on a terminal, and clears it at the end', () => {
    const tty = sink(true);
    const p = progressLine(tty, 'ingest');
    p.update(5, 'new 5 · failed 0', 10);
    expect(tty.text()).toMatch(/^\r ?ingest \[█{12}░{12}\] 5\/10 new 5 · failed 0 {2}[\d.]+\/s/);
    p.done();
    expect(tty.text().endsWith('\r\u001b[K')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const file = sink(false);
    const p = progressLine(file, 'ingest');
    p.update(5, 'new 5', 10);
    p.done();
    expect(file.text()).toBe('');
  });
});
