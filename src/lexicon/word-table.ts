import type { Token } from '../document/layers.js';

/**
 * One table of words for the process, built on wink-nlp's own: wink gives every distinct token
 * text a number while it reads (its lexicon's index, new words appended), the same number in
 * every document of the process; the tokenizer keeps that word's id here beside each token
 * whose text is wink's as read. A rule that asks a lexicon about every token ("can a title start with this word?")
 * then asks once per word for the life of the process (WordAnswers, WordTest) and reads the
 * answer from an array afterwards, instead of looking the token's string up in a large hash
 * table for every token of every document, once per rule.
 */

/**
 * wink ids past this get no answers kept (-1, asked directly): wink adds every new word it
 * meets, so a process reading for months would otherwise grow the answer arrays without end.
 */
const MAX_ID = 1 << 18;

/** Word ids per token layer, as the tokenizer recorded them. */
const byTokens = new WeakMap<readonly Token[], Int32Array>();

/**
 * wink's ids, numbered again in the order the process first meets them: the words of news
 * text come first and stay close together in every answer array, instead of spread over
 * wink's whole lexicon, so that reading an answer seldom waits for memory.
 */
let compactIds: Int32Array | null = null;
let wordCount = 0;

/** The table's id of a word wink numbers `winkId`: -1 past MAX_ID. */
export function keptWordId(winkId: number): number {
  if (winkId >= MAX_ID || winkId < 0) return -1;
  compactIds ??= new Int32Array(MAX_ID).fill(-1);
  let id = compactIds[winkId]!;
  if (id < 0) compactIds[winkId] = id = wordCount++;
  return id;
}

/** Records the word ids of a token layer (keptWordId of wink's ids, -1 where a token's text is not wink's word). */
export function setWordIds(tokens: readonly Token[], ids: Int32Array): void {
  byTokens.set(tokens, ids);
}

/**
 * Every token's word id; -1 where there is none. Tokens that did not come through the tokenizer
 * (a document read back from JSON) have none, and their answers are computed on each ask.
 */
export function wordIds(tokens: readonly Token[]): Int32Array {
  let ids = byTokens.get(tokens);
  if (!ids) byTokens.set(tokens, (ids = new Int32Array(tokens.length).fill(-1)));
  return ids;
}

/** Marks a word whose answer has not been asked for yet. */
const NOT_ASKED: unique symbol = Symbol('not asked');

/**
 * One lexicon's answer for every word, computed on first ask from the word's text and kept for
 * the life of the process. `answer` must depend on the text alone.
 */
export class WordAnswers<T> {
  /** Answers by id, NOT_ASKED where none is known yet. */
  private values: (T | typeof NOT_ASKED)[] = [];

  constructor(private readonly answer: (text: string) => T) {}

  /** The answer for a token whose word id is `id` and whose text is `text`. */
  get(id: number, text: string): T {
    if (id < 0) return this.answer(text);
    if (id >= this.values.length) this.grow(id);
    const known = this.values[id]!;
    if (known !== NOT_ASKED) return known;
    const value = this.answer(text);
    this.values[id] = value;
    return value;
  }

  private grow(id: number): void {
    const size = Math.max(1024, id + 1, this.values.length * 2);
    for (let k = this.values.length; k < size; k++) this.values.push(NOT_ASKED);
  }
}

/** A yes-or-no WordAnswers, kept in one byte per word. */
export class WordTest {
  /** 0: not asked yet, 1: no, 2: yes. */
  private known = new Uint8Array(0);

  constructor(private readonly test: (text: string) => boolean) {}

  has(id: number, text: string): boolean {
    if (id < 0) return this.test(text);
    if (id >= this.known.length) {
      const grown = new Uint8Array(Math.max(1024, id + 1, this.known.length * 2));
      grown.set(this.known);
      this.known = grown;
    }
    const known = this.known[id]!;
    if (known !== 0) return known === 2;
    const yes = this.test(text);
    this.known[id] = yes ? 2 : 1;
    return yes;
  }
}
