/** CSV (RFC 4180) and TSV cells and lines. */

export type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** TSV has no quoting: tabs and line breaks inside a value become spaces. */
export function tsvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function tsvLine(cells: readonly Cell[]): string {
  return `${cells.map(tsvCell).join('\t')}\n`;
}

export function delimitedLine(format: 'csv' | 'tsv', cells: readonly Cell[]): string {
  return format === 'csv' ? csvLine(cells) : tsvLine(cells);
}
