import type { Actor, Mention, Sentence } from '../../document/layers.js';
import { ENVOY_OFFICE } from './office-country.js';
import { sentenceOf } from './pronouns.js';

/** An office "of the Embassy", "of the High Commission", "of the Mission": a mission the words give no state. */
const OF_THE_MISSION = /\bof the (?:Embassy|High Commission|Permanent Mission|Mission|Consulate(?: General|-General)?)$/i;

/** Most sentences back from the staff member to the head of the mission named before them. */
const MISSION_SENTENCES_BACK = 1;

/**
 * "received the Chargé d'Affaires of the Netherlands, X, and the Minister-Counsellor of the Embassy, Y":
 * "the Embassy" with no state is the one of the envoy just named, so its staff serve the envoy's state.
 * Reads the mentions once in text order, keeping the last envoy with a state; a staff member with no
 * state, first named in the envoy's sentence or the next, takes it.
 */
export function missionStaff(mentions: readonly Mention[], sentences: readonly Sentence[], actorById: ReadonlyMap<string, Actor>): void {
  let envoyCountry: string | null = null;
  let envoySentence = -1;
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.actor || seen.has(m.actor)) continue;
    seen.add(m.actor);
    const a = actorById.get(m.actor);
    if (!a || !a.title) continue;
    if (a.country && ENVOY_OFFICE.test(a.title)) {
      envoyCountry = a.country;
      envoySentence = sentenceOf(sentences, m);
    } else if (!a.country && envoyCountry && OF_THE_MISSION.test(a.title) && sentenceOf(sentences, m) - envoySentence <= MISSION_SENTENCES_BACK) {
      a.country = envoyCountry;
    }
  }
}
