/**
 * Phrase look-ups word by word, without building the phrase's key. A scan that grows a phrase one
 * token at a time ("Republic", "Republic of", "Republic of Belarus") would otherwise join the
 * words into a new string at every step and hash it against a table of a hundred thousand keys.
 * Here each phrase read so far is a node, and the step to the next word is kept on that node,
 * keyed by the word's own look-up key, a string the word table shares between all its tokens
 * (whose hash is computed once). The first time a step is asked for, the joined key is looked
 * up in the lexicon; the answer is then kept, so each step costs one look-up in a small table.
 *
 * `lookup(key)` gives a phrase's answer: a hit, null when the key only begins longer phrases,
 * undefined when no phrase starts so. The answers are exactly the lexicon's.
 */

/** One phrase read so far: its key and what it is. */
export interface PhraseNode<T> {
  readonly key: string;
  /** The phrase's hit, or null when it only begins longer phrases. */
  readonly hit: T | null;
  /** Steps to the next word after a space, and glued to it ("al" "-"), by the word's key. */
  spaced: Map<string, PhraseNode<T> | null> | null;
  glued: Map<string, PhraseNode<T> | null> | null;
}

/**
 * Steps that lead nowhere are kept too, since most steps asked for do; past this many of them new
 * ones are looked up each time instead, so a process reading for months does not grow without end.
 */
const MAX_DEAD_ENDS = 1 << 16;

export class PhraseSteps<T> {
  private deadEnds = 0;

  constructor(private readonly lookup: (key: string) => T | null | undefined) {}

  /** The node of a one-word phrase, or undefined when no phrase starts with the word. */
  first(key: string): PhraseNode<T> | undefined {
    const hit = this.lookup(key);
    return hit === undefined ? undefined : { key, hit, spaced: null, glued: null };
  }

  /** The node after `node` and the word `word` (its key), written after a space or glued; undefined when no phrase goes on so. */
  next(node: PhraseNode<T>, glued: boolean, word: string): PhraseNode<T> | undefined {
    let steps = glued ? node.glued : node.spaced;
    const known = steps?.get(word);
    if (known !== undefined) return known ?? undefined;
    const key = glued ? node.key + word : `${node.key} ${word}`;
    const hit = this.lookup(key);
    const found: PhraseNode<T> | null = hit === undefined ? null : { key, hit, spaced: null, glued: null };
    if (found === null) {
      if (this.deadEnds >= MAX_DEAD_ENDS) return undefined;
      this.deadEnds++;
    }
    if (!steps) {
      steps = new Map();
      if (glued) node.glued = steps;
      else node.spaced = steps;
    }
    steps.set(word, found);
    return found ?? undefined;
  }
}
