/** Lists this long or shorter are put in order by insertion; longer ones by the built-in sort. */
const SHORT_LIST = 16;

/**
 * Sorts `xs` in place and returns it, in the order a stable sort by `compare` gives (so the same
 * order as `xs.sort(compare)` for any consistent comparison). A list already in order is only
 * read, and a short one is sorted by insertion: the built-in sort copies every list into a work
 * array first, which for the many short lists of a document is most of its cost.
 */
export function sortInPlace<T>(xs: T[], compare: (a: T, b: T) => number): T[] {
  const n = xs.length;
  let i = 1;
  while (i < n && compare(xs[i - 1]!, xs[i]!) <= 0) i++;
  if (i >= n) return xs;
  if (n > SHORT_LIST) return xs.sort(compare);
  // xs[0, i) is in order: insert each later item after the last one not greater than it.
  for (; i < n; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && compare(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}

/**
 * A new empty list laid out as a list of objects or strings is once it holds one. An empty `[]`
 * (and a `.map` over one) is laid out for small integers instead, so a loop that reads both kinds
 * of list sees two shapes of array, and code compiled on one kind is thrown away on meeting the
 * other. Lists that are often empty and read next to filled ones start here.
 */
export function emptyList<T>(): T[] {
  const xs: unknown[] = [null];
  xs.pop();
  return xs as T[];
}
