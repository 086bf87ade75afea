import type { Actor, Mention, Sentence } from '../../document/layers.js';
import { capitalAfter } from './capital-host.js';
import { sentenceOf } from './pronouns.js';

/** An office whose state the text names by its part in the event: "Foreign Minister of the host country". */
const HOST_OFFICE = /\bof the host (?:country|state|nation)$/;

/**
 * "The Foreign Minister of the host country, X, opened the conference": the host is the state where the
 * event takes place: the dateline's or that of the place the text opens with ("ASTANA, 9 October."), else a capital named after "in" in the holder's sentence ("... in
 * Astana"), else the issuer's own, whose releases tell of events at home. Runs before the issuer's guess,
 * which would give a foreign ministry's own state to the host's minister.
 */
export function hostCountryOffices(
  text: string,
  actors: readonly Actor[],
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  mentionById: ReadonlyMap<string, Mention>,
  /** The country of the dateline, or of the place the body opens with. */
  opening: string | null,
  home: string | null,
): void {
  for (const a of actors) {
    if (a.type !== 'person' || a.country || !a.title || !HOST_OFFICE.test(a.title)) continue;
    let state = opening;
    if (!state) {
      const m = mentionById.get(a.mentions[0] ?? '');
      const sentence = m ? sentences[sentenceOf(sentences, m)] : undefined;
      if (m && sentence) state = capitalAfter(text, mentions, mentions.indexOf(m) + 1, sentence.end);
    }
    state ??= home;
    if (state) a.country = state;
  }
}
