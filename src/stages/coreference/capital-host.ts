import type { Actor, Mention, Sentence } from '../../document/layers.js';
import { capitalOf } from '../../lexicon/countries.js';
import { sentenceOf } from './pronouns.js';

/** Right after the host's name: a verb of receiving a guest, told as done. */
const RECEIVED_AFTER = /^[ \t\u00a0]+(?:received|hosted|welcomed)[ \t\u00a0]/u;
/** Right before the city: "in Ankara". */
const IN_BEFORE = /(?<![\p{L}])in[ \t\u00a0]+$/u;

/**
 * "President X received the visiting minister in Ankara": an office holder who receives a guest in a
 * state's capital serves that state (the guest is the one who travelled, and takes nothing from it).
 * Only for holders of an office whom nothing else in the text has given a state, and only for a
 * capital in the same sentence as the verb, after it.
 */
export function hostsInCapitals(
  text: string,
  actors: readonly Actor[],
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  mentionById: ReadonlyMap<string, Mention>,
): void {
  // Where each mention stands in the layer, made only once a host is found (most texts have none).
  let indexOf: Map<string, number> | null = null;
  for (const a of actors) {
    if (a.type !== 'person' || a.country || a.nominal || !a.title) continue;
    for (const id of a.mentions) {
      const m = mentionById.get(id);
      if (!m || m.form !== 'name' || !RECEIVED_AFTER.test(text.slice(m.end, m.end + 12))) continue;
      const sentence = sentences[sentenceOf(sentences, m)];
      const end = sentence ? sentence.end : text.length;
      if (!indexOf) {
        indexOf = new Map<string, number>();
        for (let k = 0; k < mentions.length; k++) indexOf.set(mentions[k]!.id, k);
      }
      const state = capitalAfter(text, mentions, (indexOf.get(m.id) ?? mentions.length) + 1, end);
      if (state) {
        a.country = state;
        break;
      }
    }
  }
}

/** The state of the first capital written after "in" among the mentions from index k up to offset end. */
export function capitalAfter(text: string, mentions: readonly Mention[], k: number, end: number): string | null {
  for (let n = k; n < mentions.length && mentions[n]!.start < end; n++) {
    const p = mentions[n]!;
    if (p.type !== 'place' || p.form !== 'name' || !IN_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start))) continue;
    return capitalOf(p.text);
  }
  return null;
}
