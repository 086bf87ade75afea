import { readTsv } from './data.js';
import { rowsByHeader } from './rows-by-header.js';

/** Words that name what a figure counts ("tonnes", "jobs"), from data/lexicon/count-units.tsv. */
export interface CountUnitLexicon {
  /** Written form (lower case) -> unit name kept on the record. */
  readonly units: ReadonlyMap<string, string>;
  /** Every form, longest first, for a regular expression. */
  readonly forms: readonly string[];
}

let cached: CountUnitLexicon | null = null;

export function countUnitLexicon(): CountUnitLexicon {
  if (cached) return cached;
  const units = new Map<string, string>();
  for (const row of rowsByHeader(readTsv('count-units.tsv'))) units.set(row.form!.toLowerCase(), row.unit || row.form!);
  cached = { units, forms: [...units.keys()].sort((a, b) => b.length - a.length) };
  return cached;
}
