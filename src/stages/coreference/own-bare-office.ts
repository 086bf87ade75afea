import type { Actor, Mention } from '../../document/layers.js';

/**
 * "The Prime Minister spoke to Nordic leaders ... the summit hosted by Prime Minister Mette Sorensen in
 * Oslo": in an official release of a state, an office written bare (no state word) before anyone holding
 * it is named is the issuer's own holder. A holder named only after it, whom the text goes on to place in
 * another state, is not the one the bare office meant, so those earlier bare offices are let go of: they
 * stay the issuer's unnamed holder. A bare office after the name may well be that holder's, and stays.
 * Each actor's own mentions are read once: linear in the mentions.
 */
export function releaseForeignCataphora(actors: readonly Actor[], byId: ReadonlyMap<string, Mention>, home: string): void {
  for (const a of actors) {
    if (a.type !== 'person' || !a.country || a.country === home || a.nominal) continue;
    let firstName = Infinity;
    for (const id of a.mentions) {
      const m = byId.get(id);
      if (m && m.form === 'name' && m.start < firstName) firstName = m.start;
    }
    if (firstName === Infinity) continue;
    let kept: string[] | null = null;
    for (let k = 0; k < a.mentions.length; k++) {
      const m = byId.get(a.mentions[k]!);
      const bare = !!m && m.type === 'person' && m.form === 'title' && !m.country && m.start < firstName;
      if (bare) {
        m.actor = null;
        kept ??= a.mentions.slice(0, k);
      } else if (kept) kept.push(a.mentions[k]!);
    }
    if (kept) a.mentions = kept;
  }
}
