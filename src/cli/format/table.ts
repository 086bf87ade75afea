/**
 * Plain-text tables for terminals: columns sized to their content, the widest flexible
 * column cut (with …) so a row fits the terminal instead of wrapping.
 */
import type { Cell } from './csv.js';

export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
  /** Right-align (numbers). */
  right?: boolean;
  /** May be cut to fit the width; others keep their size. */
  flex?: boolean;
  max?: number;
}

const str = (v: Cell): string => (v === null || v === undefined ? '' : String(v)).replace(/\s+/g, ' ').trim();

function cut(s: string, width: number): string {
  if (s.length <= width) return s;
  return width <= 1 ? s.slice(0, width) : `${s.slice(0, width - 1)}…`;
}

export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], totalWidth = 120): string {
  const cells = rows.map((r) => columns.map((c) => str(c.value(r))));
  const widths = columns.map((c, i) => Math.min(c.max ?? Infinity, Math.max(c.header.length, ...cells.map((row) => row[i]!.length))));
  const gap = 2;
  let total = widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  // Shrink flexible columns, widest first, until the table fits.
  while (total > totalWidth) {
    let widest = -1;
    for (let i = 0; i < columns.length; i++) {
      if (columns[i]!.flex && widths[i]! > 12 && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    }
    if (widest < 0) break;
    const shrink = Math.min(total - totalWidth, widths[widest]! - 12);
    widths[widest]! -= shrink;
    total -= shrink;
  }
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const w = widths[i]!;
        const s = cut(v, w);
        return columns[i]!.right ? s.padStart(w) : i === values.length - 1 ? s : s.padEnd(w);
      })
      .join(' '.repeat(gap))
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w)))];
  for (const row of cells) out.push(line(row));
  return `${out.join('\n')}\n`;
}

/** Terminal width, or a roomy default when output goes to a file or pipe. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY && stream.columns ? stream.columns : 160;
}
