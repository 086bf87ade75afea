import { otherStatesOfDemonym } from '../../lexicon/countries.js';
import type { DraftMention } from './draft.js';

/**
 * "Congolese" stands for the Democratic Republic of the Congo by default and for the Republic of the
 * Congo too. A text that names by name or city one other state sharing the demonym, and never the
 * default one, is about that other state: every mention the demonym gave the default state (the
 * adjective itself, the offices it qualifies) takes the named one. One pass to find shared demonyms,
 * one over the places named, one to move the country.
 */
export function sharedDemonymStates(drafts: DraftMention[], text: string): void {
  let shared: Array<{ state: string; others: readonly string[] }> | null = null;
  for (const d of drafts) {
    if (d.form !== 'demonym' || !d.country) continue;
    const others = otherStatesOfDemonym(text.slice(d.start, d.end));
    if (others) (shared ??= []).push({ state: d.country, others });
  }
  if (!shared) return;
  const named = new Set<string>();
  for (const d of drafts) if (d.type === 'place' && d.form === 'name' && d.country) named.add(d.country);
  const moves = new Map<string, string>();
  for (const { state, others } of shared) {
    if (named.has(state)) continue;
    const told = others.filter((o) => named.has(o));
    if (told.length === 1) moves.set(state, told[0]!);
  }
  if (moves.size === 0) return;
  for (const d of drafts) {
    const to = d.country ? moves.get(d.country) : undefined;
    if (to) d.country = to;
  }
}
