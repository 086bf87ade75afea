import { CameoFileError, cameoLines, pluralOfPhrase } from './cameo-data.js';
import { cached } from './data.js';
import type { Token } from '../document/layers.js';
import { WordAnswers, wordIds } from './word-table.js';

/**
 * The CAMEO discard list (data/cameo/discards.tsv): phrases that mark a sentence as not about
 * politics ("world cup", "box office", "bird flu"). Indexed once per process by first word.
 */

export interface Discard {
  /** The phrase as listed (lower case). */
  readonly phrase: string;
  readonly words: readonly string[];
  readonly line: number;
}

export const discardIndex = cached((): ReadonlyMap<string, readonly Discard[]> => {
  const byFirstWord = new Map<string, Discard[]>();
  for (const { text, line } of cameoLines('discards.tsv')) {
    const phrase = text.split('\t')[0]!;
    if (!phrase) throw new CameoFileError('discards.tsv', line, 'empty phrase');
    const stopped = phrase.endsWith('_');
    const base = phrase.replace(/_$/, '');
    // Whole words; the plural of the last word is meant too ("world cups"), unless the entry ends in "_".
    const forms = stopped || /[^a-z]$/.test(base) ? [base] : [base, pluralOfPhrase(base)];
    for (const f of forms) {
      const words = f.split(' ').flatMap((w) => (/^[a-z]+-[a-z]/.test(w) ? w.split(/(-)/) : [w]));
      const entry = { phrase: base, words, line };
      const list = byFirstWord.get(words[0]!);
      if (list) list.push(entry);
      else byFirstWord.set(words[0]!, [entry]);
    }
  }
  return byFirstWord;
});

/** Per word: the discard phrases its lower case starts (word-table.ts). */
const STARTS = new WordAnswers((text: string) => discardIndex().get(text.toLowerCase()));

/** The first discard phrase among the tokens [from, to), matched on their lower-case forms, or null. */
export function discardIn(tokens: readonly Token[], from: number, to: number): Discard | null {
  const ids = wordIds(tokens);
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const list = id >= 0 ? STARTS.get(id, tokens[i]!.text) : discardIndex().get(tokens[i]!.lower);
    if (!list) continue;
    for (const d of list) {
      if (i + d.words.length > to) continue;
      let ok = true;
      for (let k = 1; k < d.words.length && ok; k++) ok = tokens[i + k]!.lower === d.words[k];
      if (ok) return d;
    }
  }
  return null;
}
