/**
 * For lexicon files whose first row names the columns (currencies.tsv, count-units.tsv,
 * speech-verbs.tsv): every further row as a record keyed by column name; missing cells are "".
 */
export function rowsByHeader(rows: readonly string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((cells) => {
    const row: Record<string, string> = {};
    header.forEach((column, i) => (row[column] = cells[i] ?? ''));
    return row;
  });
}
