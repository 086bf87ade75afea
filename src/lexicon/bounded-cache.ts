/**
 * Stores `value` under `key` in a cache that holds at most `max` entries. A full cache is emptied
 * first, rather than one entry evicted: the caches hold answers a text asks again and again, which
 * come back at once, and emptying keeps every call constant time with no order to keep.
 */
export function setBounded<K, V>(cache: Map<K, V>, max: number, key: K, value: V): void {
  if (cache.size >= max) cache.clear();
  cache.set(key, value);
}

/**
 * Answers read from two strings (a title and a name, two titles), shared across documents: the same
 * pairs come back text after text. At most `max` answers, emptied whole when full as setBounded does;
 * keys are copies of their own, so that no document's text stays held by a key sliced from it.
 */
export class PairCache<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();
  private kept = 0;

  constructor(
    private readonly max: number,
    private readonly copy: (text: string) => string,
  ) {}

  /** The answer for (a, b), read with `read` the first time it is asked. */
  get(a: string, b: string, read: (a: string, b: string) => V): V {
    let bySecond = this.byFirst.get(a);
    const known = bySecond?.get(b);
    if (known !== undefined) return known;
    const value = read(a, b);
    if (this.kept >= this.max) {
      this.byFirst.clear();
      this.kept = 0;
      bySecond = undefined;
    }
    if (!bySecond) this.byFirst.set(this.copy(a), (bySecond = new Map()));
    bySecond.set(this.copy(b), value);
    this.kept++;
    return value;
  }
}
