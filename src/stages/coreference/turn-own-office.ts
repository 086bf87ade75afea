import type { Actor, Mention } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';

/** "our Foreign Minister, ", "My Deputy " right before a name: an office the speaker calls their own. */
const OWN_OFFICE_BEFORE = /(?<![\p{L}])(?:our|my)[ \t\u00a0]+((?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+|(?:of|for|and)[ \t\u00a0]+){0,5}[\p{Lu}][\p{L}'’-]*)[ \t\u00a0]*,?[ \t\u00a0]*$/iu;

/** The last word of an office in the plural ("Ministers", "Deputies"): the office of several, some perhaps another's. */
const PLURAL_LAST = /(?:ers|ents|ies|ors|ives)$/;

/** Most characters of a turn's label: "Ukhnaagiin Khurelsukh", "SECRETARY BLINKEN". */
const LABEL_REACH = 60;

/**
 * "Ukhnaagiin Khurelsukh: ... Our Foreign Minister, Batmunkh Battsetseg, sends her regards": in a
 * transcript turn, an office after "our" or "my" is the speaker's state's, whatever the issuer's
 * state is; the label that opens the paragraph names the speaker. The country of that speaker, or
 * null when a's names stand after no such words or the paragraph opens with no labelled speaker.
 */
export function ownOfficeInTurn(
  text: string, a: Actor, byId: ReadonlyMap<string, Mention>, mentions: readonly Mention[], actorById: ReadonlyMap<string, Actor>,
): string | null {
  if (a.type !== 'person') return null;
  for (const id of a.mentions) {
    const m = byId.get(id);
    if (!m || m.form !== 'name') continue;
    const paragraph = text.lastIndexOf('\n', m.start) + 1;
    const own = OWN_OFFICE_BEFORE.exec(text.slice(Math.max(paragraph, m.start - 80), m.start));
    if (!own || PLURAL_LAST.test(own[1]!)) continue;
    const k = lowerBound(mentions, paragraph);
    const label = mentions[k];
    if (!label || label.start !== paragraph || label.type !== 'person' || label.form !== 'name' || label.end - paragraph > LABEL_REACH) continue;
    if (!/^[ \t\u00a0]*:/.test(text.slice(label.end, label.end + 3))) continue;
    const speaker = label.actor ? actorById.get(label.actor) : undefined;
    if (speaker && speaker !== a && speaker.country) return speaker.country;
  }
  return null;
}
