import { cached, readTsv } from './data.js';
import { rowsByHeader } from './rows-by-header.js';

/**
 * Word sequences looked up token by token. Forms are split like the tokenizer splits text
 * (words, and each punctuation mark alone), so "year-on-year" is five words.
 */
export interface PhraseTable<V> {
  /** Last word -> every form ending with it, longest first. */
  readonly byLast: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly value: V }[]>;
  /** First word -> every form starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly value: V }[]>;
}

export function phraseWords(form: string): string[] {
  return form.toLowerCase().match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

export function phraseTable<V>(entries: Iterable<[string, V]>): PhraseTable<V> {
  const byLast = new Map<string, { words: string[]; value: V }[]>();
  const byFirst = new Map<string, { words: string[]; value: V }[]>();
  for (const [form, value] of entries) {
    const words = phraseWords(form);
    if (words.length === 0) continue;
    const push = (map: Map<string, { words: string[]; value: V }[]>, key: string) => {
      const list = map.get(key) ?? [];
      list.push({ words, value });
      map.set(key, list);
    };
    push(byLast, words[words.length - 1]!);
    push(byFirst, words[0]!);
  }
  for (const list of [...byLast.values(), ...byFirst.values()]) list.sort((a, b) => b.words.length - a.words.length);
  return { byLast, byFirst };
}

/** The longest form whose last word is `words[end - 1]`, reading no further back than `min`. */
export function phraseEndingAt<V>(table: PhraseTable<V>, words: (i: number) => string, end: number, min: number): { start: number; value: V } | null {
  const last = end - 1;
  if (last < min) return null;
  // Most words end no form: no list, no iterator.
  const forms = table.byLast.get(words(last));
  if (forms === undefined) return null;
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f]!;
    const start = end - form.words.length;
    if (start < min) continue;
    let ok = true;
    for (let k = 0; k < form.words.length - 1 && ok; k++) ok = words(start + k) === form.words[k];
    if (ok) return { start, value: form.value };
  }
  return null;
}

/** The longest form starting at `words[start]`, reading no further than `max` (exclusive). */
export function phraseStartingAt<V>(table: PhraseTable<V>, words: (i: number) => string, start: number, max: number): { end: number; value: V } | null {
  if (start >= max) return null;
  const forms = table.byFirst.get(words(start));
  if (forms === undefined) return null;
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f]!;
    const end = start + form.words.length;
    if (end > max) continue;
    let ok = true;
    for (let k = 1; k < form.words.length && ok; k++) ok = words(start + k) === form.words[k];
    if (ok) return { end, value: form.value };
  }
  return null;
}

export type MeasureCue = 'up' | 'down' | 'target' | 'intent' | 'raise' | 'base' | 'base-prior' | 'deadline' | 'boundary' | 'none';

const CUES: ReadonlySet<string> = new Set(['up', 'down', 'target', 'intent', 'raise', 'base', 'base-prior', 'deadline', 'boundary', 'none']);

export interface MeasureLexicon {
  /** Head nouns of measured things -> topic ("trade turnover" -> "trade"). */
  readonly topics: PhraseTable<string>;
  /** Cue words -> what they signal (a form may signal several: "increase" is up and raise). */
  readonly cues: PhraseTable<ReadonlySet<MeasureCue>>;
}

/** data/lexicon/measures.tsv and measure-cues.tsv. */
export const measureLexicon = cached((): MeasureLexicon => {
  const topics: [string, string][] = [];
  for (const row of rowsByHeader(readTsv('measures.tsv'))) if (row.form && row.topic) topics.push([row.form, row.topic]);
  const cues = new Map<string, Set<MeasureCue>>();
  for (const row of rowsByHeader(readTsv('measure-cues.tsv'))) {
    if (!row.form || !CUES.has(row.cue ?? '')) continue;
    const set = cues.get(row.form) ?? new Set<MeasureCue>();
    set.add(row.cue as MeasureCue);
    cues.set(row.form, set);
  }
  return { topics: phraseTable(topics), cues: phraseTable(cues) };
});
