import { readTsv } from './data.js';
import { rowsByHeader } from './rows-by-header.js';

/** Words that attribute a quotation ("said", "pointed out", "told reporters"), from data/lexicon/speech-verbs.tsv. */
export interface SpeechVerbLexicon {
  /** Written form (lower case) -> lemma. */
  readonly lemmas: ReadonlyMap<string, string>;
  /** Every form, longest first, for a regular expression. */
  readonly forms: readonly string[];
}

let cached: SpeechVerbLexicon | null = null;

export function speechVerbLexicon(): SpeechVerbLexicon {
  if (cached) return cached;
  const lemmas = new Map<string, string>();
  for (const row of rowsByHeader(readTsv('speech-verbs.tsv'))) lemmas.set(row.form!.toLowerCase(), row.lemma || row.form!);
  cached = { lemmas, forms: [...lemmas.keys()].sort((a, b) => b.length - a.length) };
  return cached;
}
