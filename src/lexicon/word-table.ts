import type { Token } from '../document/layers.js';

/**
 * One table of the words this process has read: each distinct token text gets a small integer,
 * once per document token. A rule that asks a lexicon about every token ("can a title start
 * with this word?") then asks once per word for the life of the process (WordAnswers) and reads
 * the answer from an array afterwards, instead of looking the token's string up in a large hash
 * table for every token of every document, once per rule.
 */

/** Past this many words the table starts again, so a process reading for months keeps it small. */
const MAX_WORDS = 100_000;
/**
 * Longer texts get no id (-1) and are asked directly. The engine copies a piece of text this
 * short rather than pointing into the text it was cut from, so no document stays in memory
 * through the table.
 */
const MAX_WORD_CHARS = 12;

const ids = new Map<string, number>();
const texts: string[] = [];
/** Bumped whenever the table starts again; ids and answers of an older generation are void. */
let generation = 0;

interface DocumentIds {
  readonly generation: number;
  readonly ids: Int32Array;
}

/** Word ids per token layer: computed by the first rule that asks, shared by every later one. */
const byTokens = new WeakMap<readonly Token[], DocumentIds>();

/** Every token's word id (-1 for texts too long to keep), computed once per token layer. */
export function wordIds(tokens: readonly Token[]): Int32Array {
  const known = byTokens.get(tokens);
  if (known && known.generation === generation) return known.ids;
  // A new document starts the table again when it is full; ids stay fixed while one is read.
  if (ids.size >= MAX_WORDS) {
    ids.clear();
    texts.length = 0;
    generation++;
  }
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    let id = ids.get(text);
    if (id === undefined) {
      if (text.length > MAX_WORD_CHARS || ids.size >= MAX_WORDS) id = -1;
      else {
        id = texts.length;
        texts.push(text);
        ids.set(text, id);
      }
    }
    out[i] = id;
  }
  byTokens.set(tokens, { generation, ids: out });
  return out;
}

/**
 * One lexicon's answer for every word, computed on first ask from the word's text and kept
 * until the table starts again. `answer` must depend on the text alone.
 */
export class WordAnswers<T> {
  private generation = -1;
  /** 1 where the answer for that id is known. */
  private known = new Uint8Array(0);
  /** Answers by id, dense (filled as the flags grow) so the engine keeps it a plain array. */
  private values: (T | undefined)[] = [];

  constructor(private readonly answer: (text: string) => T) {}

  /** The answer for a token whose word id is `id` and whose text is `text`. */
  get(id: number, text: string): T {
    if (id < 0) return this.answer(text);
    if (this.generation !== generation || id >= this.known.length) this.grow(id);
    if (this.known[id] === 1) return this.values[id] as T;
    const value = this.answer(text);
    this.values[id] = value;
    this.known[id] = 1;
    return value;
  }

  private grow(id: number): void {
    if (this.generation !== generation) {
      this.generation = generation;
      this.known = new Uint8Array(0);
      this.values = [];
    }
    const size = Math.max(1024, id + 1, this.known.length * 2);
    const known = new Uint8Array(size);
    known.set(this.known);
    this.known = known;
    for (let k = this.values.length; k < size; k++) this.values.push(undefined);
  }
}
