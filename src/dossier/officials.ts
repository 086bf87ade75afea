import { foldText } from '../store/actor-key.js';
import { titledActorsIn, versionsWith } from '../store/pair-documents.js';
import type { Store } from '../store/store.js';
import type { Official, Party } from './types.js';

const containsWords = (hay: string, needle: string) => needle !== '' && ` ${hay} `.includes(` ${needle} `);

/**
 * People holding an office of a region or city ("Governor of Irkutsk Oblast"), found in the
 * documents that name the place, with the dates each office was seen. A release that calls the
 * same person only "the governor" is then still read as the region's.
 */
export async function findOfficials(store: Store, party: Party): Promise<Official[]> {
  if ((party.kind !== 'region' && party.kind !== 'city') || party.actorIds.length === 0) return [];
  const versions = await versionsWith(store, party.actorIds);
  const rows = await titledActorsIn(store, versions);
  const byActor = new Map<string, Official>();
  for (const r of rows) {
    if (r.kind !== 'person' || !r.title) continue;
    const title = foldText(r.title);
    if (!party.names.some((n) => containsWords(title, n)) && !(party.stem && containsWords(title, party.stem))) continue;
    let o = byActor.get(r.actorId);
    if (!o) byActor.set(r.actorId, (o = { actorId: r.actorId, name: r.name, titles: [], from: null, to: null }));
    if (!o.titles.includes(r.title)) o.titles.push(r.title);
    if (r.date && (!o.from || r.date < o.from)) o.from = r.date;
    if (r.date && (!o.to || r.date > o.to)) o.to = r.date;
  }
  return [...byActor.values()].sort((x, y) => (x.from ?? '').localeCompare(y.from ?? ''));
}
