import type { MeetingDraft } from './triggers.js';

/** Most reports looked back for the visitor a "guest" stands for. */
const GUEST_LOOKBACK = 8;
/** Most sentences back. */
const GUEST_SENTENCES = 3;

/**
 * "The visit of President X to Pretoria opened a new chapter. President Y hosted his guest at the
 * Union Buildings": "the guest" stands for the party of the nearest report before it whose people
 * are not the host's, here X. Reports in text order; each looks back a bounded number of reports.
 */
export function resolveGuests(drafts: readonly MeetingDraft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (!d.guest) continue;
    const own = new Set(d.people.map((p) => p.actor.id));
    for (let b = k - 1; b >= 0 && k - b <= GUEST_LOOKBACK; b--) {
      const e = drafts[b]!;
      if (e.sentence < d.sentence - GUEST_SENTENCES) break;
      // A visit still to come brings no guest to a meeting held now, nor the reverse.
      if (e.status !== d.status) continue;
      const others = e.people.filter((p) => !own.has(p.actor.id));
      if (others.length === 0) continue;
      d.people.push(...others);
      break;
    }
  }
}
