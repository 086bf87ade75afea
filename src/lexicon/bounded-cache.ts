/**
 * Stores `value` under `key` in a cache that holds at most `max` entries. A full cache is emptied
 * first, rather than one entry evicted: the caches hold answers a text asks again and again, which
 * come back at once, and emptying keeps every call constant time with no order to keep.
 */
export function setBounded<K, V>(cache: Map<K, V>, max: number, key: K, value: V): void {
  if (cache.size >= max) cache.clear();
  cache.set(key, value);
}
