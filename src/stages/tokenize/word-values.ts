import type { ItsHelpers, Tokens } from 'wink-nlp';
import { keptWordId } from '../../lexicon/word-table.js';

/**
 * A token's text and token type as wink gives them depend on its word alone (wink reads both from
 * the word's entry in its lexicon, looked up by the word's number). Kept here per word of the
 * process (word-table.ts), they are read once per word instead of asked of wink for every token.
 */
const valueOf: (string | undefined)[] = [];
const typeOf: (string | undefined)[] = [];

export interface WinkWords {
  values: string[];
  types: string[];
  /**
   * The word table's id of each token's word (keptWordId), -1 past the table's reach. A buffer
   * shared by every call, good until the next one, and perhaps longer than the tokens.
   */
  ids: Int32Array;
}

/** The ids' buffer: an array of that size is made outside the engine's heap, which costs more than filling it. */
let idBuffer = new Int32Array(1024);

/**
 * wink's text and type of every token of `winkTokens`, whose word numbers are `uids`. When a word
 * is new to the process, or past the table's reach, the chunk's values and types come from wink
 * in full, and the new words are kept for the next time.
 */
export function winkWords(winkTokens: Tokens, uids: readonly number[], its: ItsHelpers): WinkWords {
  const n = uids.length;
  if (idBuffer.length < n) idBuffer = new Int32Array(Math.max(n, idBuffer.length * 2));
  const ids = idBuffer;
  const values = new Array<string>(n);
  const types = new Array<string>(n);
  let complete = true;
  for (let i = 0; i < n; i++) {
    const id = keptWordId(uids[i]!);
    ids[i] = id;
    if (!complete) continue;
    const value = id >= 0 && id < valueOf.length ? valueOf[id] : undefined;
    if (value === undefined) complete = false;
    else {
      values[i] = value;
      types[i] = typeOf[id]!;
    }
  }
  if (complete) return { values, types, ids };
  const allValues = winkTokens.out(its.value) as string[];
  const allTypes = winkTokens.out(its.type) as string[];
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    while (valueOf.length <= id) {
      valueOf.push(undefined);
      typeOf.push(undefined);
    }
    valueOf[id] = allValues[i]!;
    typeOf[id] = allTypes[i]!;
  }
  return { values: allValues, types: allTypes, ids };
}
