import type { ItsHelpers, Tokens } from 'wink-nlp';
import { keptWordId } from '../../lexicon/word-table.js';

/**
 * What the tokenizer keeps per word of the process. A token's text and token type as wink gives
 * them depend on its word alone (wink reads both from the word's entry in its lexicon, looked up
 * by the word's number), and so does everything read off that text alone. Kept here per word
 * (word-table.ts), they are read once per word instead of asked of wink for every token; and kept
 * in one record per word, a token's word costs one look into memory, not one per answer: the
 * tables are as large as the vocabulary of the process, so each look is mostly a cache miss.
 */
export interface WordEntry {
  /** wink's text of the word. */
  readonly value: string;
  /** wink's token type. */
  readonly type: string;
  /** The text in lower case. */
  readonly lower: string;
  /** The answer of the tokenizer's `splitAt` for the text (where a glued word splits, or -1). */
  readonly cut: number;
}

/** Entries by the word table's id; undefined for a word not met yet. */
const entries: (WordEntry | undefined)[] = [];

/** The entry of a word whose table id is `id` (>= 0), once winkWords has met it. */
export function wordEntry(id: number): WordEntry {
  return entries[id]!;
}

export interface WinkWords {
  /**
   * wink's text and type of each token, as wink gives them, when some word was new to the process
   * or past the table's reach; null when every word has its entry (wordEntry of its id), which is
   * then read token by token instead of copied into lists first (allWords makes the lists).
   */
  values: string[] | null;
  types: string[] | null;
  /**
   * The word table's id of each token's word (keptWordId), -1 past the table's reach. A buffer
   * shared by every call, good until the next one, and perhaps longer than the tokens. Every
   * id >= 0 has its wordEntry.
   */
  ids: Int32Array;
}

/** The ids' buffer: an array of that size is made outside the engine's heap, which costs more than filling it. */
let idBuffer = new Int32Array(1024);

/**
 * wink's text and type of every token of `winkTokens`, whose word numbers are `uids`. When a word
 * is new to the process, or past the table's reach, the chunk's values and types come from wink
 * in full, and the new words are kept for the next time, with `splitAt` asked of their text once.
 */
export function winkWords(winkTokens: Tokens, uids: readonly number[], its: ItsHelpers, splitAt: (text: string) => number): WinkWords {
  const n = uids.length;
  if (idBuffer.length < n) idBuffer = new Int32Array(Math.max(n, idBuffer.length * 2));
  const ids = idBuffer;
  let complete = true;
  for (let i = 0; i < n; i++) {
    const id = keptWordId(uids[i]!);
    ids[i] = id;
    if (complete && (id < 0 || id >= entries.length || entries[id] === undefined)) complete = false;
  }
  if (complete) return { values: null, types: null, ids };
  const allValues = winkTokens.out(its.value) as string[];
  const allTypes = winkTokens.out(its.type) as string[];
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    while (entries.length <= id) entries.push(undefined);
    if (entries[id] !== undefined) continue;
    const value = allValues[i]!;
    entries[id] = { value, type: allTypes[i]!, lower: value.toLowerCase(), cut: splitAt(value) };
  }
  return { values: allValues, types: allTypes, ids };
}

/** The text and type of each of the first `n` tokens of `words`, as lists, made from the entries when winkWords gave none. */
export function allWords(words: WinkWords, n: number): { values: string[]; types: string[] } {
  if (words.values === null || words.types === null) {
    const values = new Array<string>(n);
    const types = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const entry = entries[words.ids[i]!]!;
      values[i] = entry.value;
      types[i] = entry.type;
    }
    words.values = values;
    words.types = types;
  }
  return { values: words.values, types: words.types };
}
