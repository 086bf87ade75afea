import type { Actor, Mention } from '../../document/layers.js';

/**
 * "The Prime Minister spoke to Nordic leaders ... the summit hosted by Prime Minister Mette Sorensen in
 * Oslo": in an official release of a state, an office written bare (no state word) before anyone holding
 * it is named is the issuer's own holder. A holder named only after it, whom the text goes on to place in
 * another state, is not the one the bare office meant, so those earlier bare offices are let go of: they
 * stay the issuer's unnamed holder, and so are the pronouns before the name that came by way of them. A
 * bare office after the name may well be that holder's, and stays. Each actor's own mentions are read
 * twice: linear in the mentions.
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
    let bare = false;
    for (const id of a.mentions) {
      const m = byId.get(id);
      if (m && m.type === 'person' && m.form === 'title' && !m.country && m.start < firstName) bare = true;
    }
    if (!bare) continue;
    // "He said he looked forward to the summit hosted by Prime Minister X": the pronouns before the name
    // came by way of the bare office and go with it.
    const kept: string[] = [];
    for (const id of a.mentions) {
      const m = byId.get(id);
      if (m && m.type === 'person' && m.start < firstName && ((m.form === 'title' && !m.country) || m.form === 'pronoun')) m.actor = null;
      else kept.push(id);
    }
    a.mentions = kept;
  }
}
