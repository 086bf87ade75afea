import type { Actor, Mention } from '../../document/layers.js';
import { statesSharingOffice } from './office-country.js';

/** Most characters of an office between "Union" and the holder's name: "Union Minister of State for Commerce and Industry". */
const OFFICE_REACH = 90;

/**
 * "Union Minister for Coal Pralhad Joshi": the office words between "Union" and the name (the title the
 * mention keeps leaves "Union" out), with no full stop or clause between.
 */
const UNION_OFFICE = /\bUnion[ \t\u00a0]+((?:Cabinet[ \t\u00a0]+)?Minister)(?:[ \t\u00a0]+(?:of|for|and|&|\p{Lu}[\p{L}-]*))*[ \t\u00a0]*,?[ \t\u00a0]*$/u;

/**
 * India and Myanmar call the central government's ministers the Union's: a holder of such an office
 * with no country yet serves the one of the two the text names (by name, demonym, city or one of its bodies), when it
 * names one only. The issuer's own state, when it is one of them, has already been given by the
 * release's home. One look at the words before each such person's first mention.
 */
export function unionMinisters(text: string, actors: readonly Actor[], mentions: readonly Mention[], mentionById: ReadonlyMap<string, Mention>): void {
  let named: Set<string> | null = null;
  for (const a of actors) {
    if (a.type !== 'person' || a.country || !a.title || !/^Minister\b/.test(a.title)) continue;
    const first = mentionById.get(a.mentions[0] ?? '');
    if (!first) continue;
    const office = UNION_OFFICE.exec(text.slice(Math.max(0, first.start - OFFICE_REACH), first.start));
    const states = office ? statesSharingOffice(`Union ${office[1]!.replace(/\s+/g, ' ')}`) : null;
    if (!states) continue;
    if (!named) {
      named = new Set<string>();
      for (const m of mentions) {
        if (m.type !== 'person' && m.country) named.add(m.country);
      }
    }
    const found = states.filter((c) => named!.has(c));
    if (found.length === 1) a.country = found[0]!;
  }
}
