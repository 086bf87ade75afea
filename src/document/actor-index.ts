import type { Document } from './document.js';
import type { Actor } from './layers.js';

/**
 * The actors layer by id, made once per document and shared by every stage after coreference
 * (quotes, events, meetings) and the record builder, which each made a map of their own before.
 * Keyed by the layer's array itself, so a layer written anew gets an index of its own and a
 * finished document's index goes with it. A later actor of the same id wins, as Map.set does.
 */
const indexes = new WeakMap<readonly Actor[], ReadonlyMap<string, Actor>>();

export function actorsById(doc: Document): ReadonlyMap<string, Actor> {
  const actors = doc.layer('actors');
  let index = indexes.get(actors);
  if (index === undefined) {
    const byId = new Map<string, Actor>();
    for (let k = 0; k < actors.length; k++) byId.set(actors[k]!.id, actors[k]!);
    indexes.set(actors, (index = byId));
  }
  return index;
}
