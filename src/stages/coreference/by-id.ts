/**
 * Items by their id, later items winning, as `new Map(items.map((x) => [x.id, x]))` builds it, without
 * a pair array made for each item first.
 */
export function indexById<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (let k = 0; k < items.length; k++) out.set(items[k]!.id, items[k]!);
  return out;
}
