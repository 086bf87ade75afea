/**
 * A test for phrase scans that add a word after a space: whether `word` can begin any word
 * after the first in one of `keys` (look-up keys, words separated by one space). When it
 * cannot, no key starts with "<what was read> <word>", and the scan stops without building that
 * longer key and looking it up. A word that holds a space itself is always let through.
 */
export function laterWordTest(keys: Iterable<string>): (word: string) => boolean {
  const words = new Set<string>();
  for (const key of keys) {
    const parts = key.split(' ');
    for (let k = 1; k < parts.length; k++) words.add(parts[k]!);
  }
  const sorted = [...words].sort();
  return (word: string): boolean => {
    if (word.includes(' ')) return true;
    // The first listed word not before `word` starts with it, if any word does.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(word);
  };
}
