import type { Actor, Mention } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';

/**
 * Look-ups over the mentions layer by offset, binary-searched so that attributing every
 * quote stays cheap on long documents.
 */
export class SpeakerIndex {
  private readonly mentions: readonly Mention[];
  private readonly actors: ReadonlyMap<string, Actor>;

  constructor(mentions: readonly Mention[], actors: readonly Actor[]) {
    this.mentions = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    this.actors = new Map(actors.map((a) => [a.id, a]));
  }

  /** The mention that starts exactly at `offset` (or after a leading "the "), longest first, people first. */
  startingAt(text: string, offset: number): Mention | null {
    let at = offset;
    const the = /^the[ \t\u00a0]+/i.exec(text.slice(offset, offset + 8));
    const offsets = the ? [at, at + the[0].length] : [at];
    for (at of offsets) {
      const i = lowerBound(this.mentions, at);
      let best: Mention | null = null;
      for (let k = i; k < this.mentions.length && this.mentions[k]!.start === at; k++) {
        const m = this.mentions[k]!;
        if (!best || rank(m) > rank(best) || (rank(m) === rank(best) && m.end > best.end)) best = m;
      }
      if (best) return best;
    }
    return null;
  }

  /**
   * Mentions that end at or before `offset` and start at or after `from`, nearest first;
   * among mentions ending at the same place the longest ("Ministry of Foreign Affairs of
   * Belarus" over "Belarus") comes first.
   */
  endingBefore(offset: number, from: number, limit = 8): Mention[] {
    const out: Mention[] = [];
    // Mentions are sorted by start; any mention ending before `offset` starts before it.
    for (let k = lowerBound(this.mentions, offset) - 1; k >= 0 && out.length < limit * 3; k--) {
      const m = this.mentions[k]!;
      if (m.start < from) break;
      if (m.end <= offset) out.push(m);
    }
    return out.sort((a, b) => b.end - a.end || a.start - b.start).slice(0, limit);
  }

  /** The actor a mention refers to, if coreference resolved it. */
  actorOf(m: Mention): Actor | null {
    return m.actor ? (this.actors.get(m.actor) ?? null) : null;
  }

  /**
   * For a pronoun coreference left unresolved: the person named most recently before
   * `offset` (within `from`), by name or title.
   */
  lastPersonBefore(offset: number, from: number): { mention: Mention; actor: Actor } | null {
    let seen = 0;
    for (let k = lowerBound(this.mentions, offset) - 1; k >= 0 && seen < 40; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.start < from) break;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const actor = this.actorOf(m);
      if (actor) return { mention: m, actor };
    }
    return null;
  }
}

/** People speak more often than places; names are firmer than pronouns. */
function rank(m: Mention): number {
  return (m.type === 'person' ? 4 : m.type === 'organization' ? 2 : 0) + (m.form === 'name' ? 1 : 0);
}
