import type { Actor, Mention } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { capitalOf } from '../../lexicon/countries.js';
import { GREETINGS_TO } from './office-country.js';

/** "our Foreign Minister, ", "My Deputy " right before a name: an office the speaker calls their own. */
const OWN_OFFICE_BEFORE = /(?<![\p{L}])(?:our|my)[ \t\u00a0]+((?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+|(?:of|for|and)[ \t\u00a0]+){0,5}[\p{Lu}][\p{L}'’-]*)[ \t\u00a0]*,?[ \t\u00a0]*$/iu;

/** The last word of an office in the plural ("Ministers", "Deputies"): the office of several, some perhaps another's. */
const PLURAL_LAST = /(?:ers|ents|ies|ors|ives)$/;

/** Most characters before a name that are read for an office of the speaker's: "our Deputy Minister of Foreign Affairs, ". */
const OFFICE_REACH = 80;

/**
 * The text an office of the speaker's or of the side spoken to is read from: at most OFFICE_REACH
 * characters before the name, cut at a line break (a paragraph's start is looked for only when one is
 * that near, not back through a long paragraph per name).
 */
function lineBeforeName(text: string, m: Mention): string {
  const before = text.slice(Math.max(0, m.start - OFFICE_REACH), m.start);
  return before.slice(before.lastIndexOf('\n') + 1);
}

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
    const own = OWN_OFFICE_BEFORE.exec(lineBeforeName(text, m));
    if (!own || PLURAL_LAST.test(own[1]!)) continue;
    const paragraph = text.lastIndexOf('\n', m.start) + 1;
    const k = lowerBound(mentions, paragraph);
    const label = mentions[k];
    if (!label || label.start !== paragraph || label.type !== 'person' || label.form !== 'name' || label.end - paragraph > LABEL_REACH) continue;
    if (!/^[ \t\u00a0]*:/.test(text.slice(label.end, label.end + 3))) continue;
    const speaker = label.actor ? actorById.get(label.actor) : undefined;
    if (speaker && speaker !== a && speaker.country) return speaker.country;
  }
  return null;
}

/** "Mr Rahimov, please convey my greetings to ": an address, then a request to pass greetings on; the addressee's name in group 1. */
const ADDRESSED_ENVOY = /(?:^|[.!?:\n][ \t\u00a0]*)(?:Mr|Ms|Mrs|Madam|Dr)\.?[ \t\u00a0]+((?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]?){1,3}),[ \t\u00a0]+(?:please|I[ \t\u00a0]+(?:would|will)[ \t\u00a0]+ask[ \t\u00a0]+you[ \t\u00a0]+to)[ \t\u00a0]+(?:convey|give|pass[ \t\u00a0]+on|transmit|extend)[ \t\u00a0]+(?:[\p{Ll}'’-]+[ \t\u00a0]+){0,4}?(?:greetings|regards|wishes|respects)[ \t\u00a0]+to[ \t\u00a0]+(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+|(?:of|the|and)[ \t\u00a0]+){0,10}$/u;

/**
 * "Mr Rahimov, please convey my greetings to President of Tajikistan Emomali Rahmon": one addressed
 * and asked to pass greetings on to a state's leader is that state's envoy or official. Gives the
 * addressee, who has no country yet, the country of the one greeted.
 */
export function envoysOfGreeted(text: string, mentions: readonly Mention[], actorById: ReadonlyMap<string, Actor>): void {
  if (!GREETINGS_TO.test(text)) return;
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'name' || !m.actor) continue;
    const greeted = actorById.get(m.actor);
    if (!greeted?.country) continue;
    const from = Math.max(0, m.start - 200);
    const address = ADDRESSED_ENVOY.exec(text.slice(from, m.start));
    if (!address) continue;
    const nameStart = from + address.index + address[0].indexOf(address[1]!);
    const k = lowerBound(mentions, nameStart);
    const addressed = mentions[k];
    if (!addressed || addressed.start !== nameStart || addressed.type !== 'person' || !addressed.actor) continue;
    const envoy = actorById.get(addressed.actor);
    if (envoy && envoy !== greeted && !envoy.country) envoy.country = greeted.country;
  }
}

/** Before a turn label's name: the words of an office only ("President of Russia "). */
const LABEL_OFFICE = /^(?:[\p{Lu}][\p{L}'’.-]*[ \t\u00a0]+|(?:of|the|for|and)[ \t\u00a0]+)*$/u;
/** After a turn label's name: its colon, perhaps after a note in brackets ("(retranslated)"). */
const LABEL_COLON = /^[ \t\u00a0]*(?:\([^()\n]{0,30}\)[ \t\u00a0]*)?:/;

/** The name mention labelling the paragraph that starts at `paragraph` as a turn ("President of Russia Ivan Orlov: ..."), or undefined. */
function turnLabel(text: string, paragraph: number, mentions: readonly Mention[]): Mention | undefined {
  let k = lowerBound(mentions, paragraph);
  // "President of Russia Ivan Orlov": the state of the office is a mention of its own before the name.
  while (k < mentions.length && mentions[k]!.end - paragraph <= LABEL_REACH && (mentions[k]!.type === 'place' || mentions[k]!.form === 'title')) k++;
  const label = mentions[k];
  if (!label || label.type !== 'person' || label.form !== 'name' || label.end - paragraph > 2 * LABEL_REACH) return undefined;
  if (label.start !== paragraph && !LABEL_OFFICE.test(text.slice(paragraph, label.start))) return undefined;
  return LABEL_COLON.test(text.slice(label.end, label.end + 40)) ? label : undefined;
}

/** The labelled speaker of the transcript turn holding `at` ("Nguyen Van An: ..."), or undefined. */
export function turnSpeakerAt(text: string, at: number, mentions: readonly Mention[], actorById: ReadonlyMap<string, Actor>): Actor | undefined {
  const paragraph = text.lastIndexOf('\n', at) + 1;
  const label = turnLabel(text, paragraph, mentions);
  if (!label || label.start >= at) return undefined;
  return label.actor ? actorById.get(label.actor) : undefined;
}

/**
 * "Nguyen Van An: Thank you, Mr Orlov. Please convey our regards to President X": greetings passed on
 * through the one spoken to go to that one's side. When the speaker of the turn is of another state than
 * the issuer (the guest speaks), those greeted are the issuer's own, not the guest's. Returns the ids of
 * the greeted (of `greeted`) whose turn's speaker is known to be foreign.
 */
export function greetedByForeignSpeaker(
  text: string, greeted: ReadonlySet<string>, mentions: readonly Mention[], byId: ReadonlyMap<string, Mention>, actorById: ReadonlyMap<string, Actor>, home: string,
): Set<string> {
  const out = new Set<string>();
  for (const id of greeted) {
    const a = actorById.get(id);
    if (!a) continue;
    for (const mid of a.mentions) {
      const m = byId.get(mid);
      if (!m || m.form !== 'name') continue;
      const speaker = turnSpeakerAt(text, m.start, mentions, actorById);
      if (speaker && speaker !== a && speaker.country && speaker.country !== home) {
        out.add(id);
        break;
      }
    }
  }
  return out;
}

/** From a turn's label to the name of the one the turn opens by addressing: ": Esteemed Mr ", ": Good afternoon, comrade ", ": President ". */
const ADDRESS_OPENING = /^[ \t\u00a0]*:[ \t\u00a0]*(?:(?:Good[ \t\u00a0]+(?:morning|afternoon|evening)|Dear|Esteemed|Hello),?[ \t\u00a0]+)?(?:(?:[Cc]omrade|Mr|Mrs|Ms|Madam|Mister)\.?[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+){0,3}$/u;
/**
 * "Welcome to ", "We welcome you to the ": the host's greeting, opening its sentence or said by "I" or "we", right before
 * the host's state or capital ("thank you for the warm welcome to Armenia" is the guest's thanks).
 */
const WELCOME_TO_BEFORE = /(?:(?:^|[.!?,:;\n])[ \t\u00a0]*[Ww]elcome|(?<![\p{L}])(?:I|[Ww]e)[ \t\u00a0]+(?:warmly[ \t\u00a0]+)?welcome[ \t\u00a0]+you)[ \t\u00a0]+(?:you[ \t\u00a0]+)?to[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;

export interface TurnAddress {
  /** The labelled speaker of the turn. */
  readonly speaker: Actor;
  /** The one the turn opens by addressing ("Mr Orlov, ..."). */
  readonly addressee: Actor;
  /** States the turn names for themselves ("trade between Russia and Kazakhstan"), not as the complement of an office ("President of Tajikistan"). */
  readonly states: ReadonlySet<string>;
}

/** " of ", " of the " right before a state: the complement of an office or a body, not the state itself. */
const COMPLEMENT_BEFORE = /(?<![\p{L}])of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;

/**
 * The turns of a transcript ("Ivan Orlov: Mr Tran, welcome to Moscow. ..."), each from its labelled
 * speaker to the next label: who opens a turn by addressing whom, and, for a speaker with no country
 * yet, the state the speaker welcomes the other to ("Welcome to the Republic of Armenia", "welcome
 * to Yerevan"), which is the speaker's own: only the host welcomes.
 */
export function transcriptTurns(text: string, mentions: readonly Mention[], actorById: ReadonlyMap<string, Actor>): TurnAddress[] {
  if (!text.includes(':')) return [];
  const labels: Mention[] = [];
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1) {
    const label = turnLabel(text, at, mentions);
    if (label?.actor) labels.push(label);
    if (text.indexOf('\n', at) < 0) break;
  }
  const out: TurnAddress[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const speaker = actorById.get(label.actor!);
    if (!speaker || speaker.type !== 'person') continue;
    const end = labels[i + 1]?.start ?? text.length;
    let k = lowerBound(mentions, label.end);
    const first = mentions[k];
    if (first && first.type === 'person' && first.actor && first.actor !== speaker.id && first.start < end
      && ADDRESS_OPENING.test(text.slice(label.end, first.start).replace(/^[ \t\u00a0]*\([^()\n]{0,30}\)/, '')) && /^[ \t\u00a0]*[,.!]/.test(text.slice(first.end, first.end + 3))) {
      const addressee = actorById.get(first.actor);
      const states = new Set<string>();
      for (let n = k + 1; n < mentions.length && mentions[n]!.start < end; n++) {
        const p = mentions[n]!;
        if (p.type === 'place' && p.country && (p.placeKind === 'country' || p.form === 'demonym') && !COMPLEMENT_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start))) states.add(p.country);
      }
      if (addressee && addressee.type === 'person' && !addressee.nominal) out.push({ speaker, addressee, states });
    }
    if (speaker.country) continue;
    for (; k < mentions.length && mentions[k]!.start < end; k++) {
      const p = mentions[k]!;
      if (p.type !== 'place' || !p.country || p.form !== 'name') continue;
      if (p.placeKind !== 'country' && capitalOf(p.text) !== p.country) continue;
      if (WELCOME_TO_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) {
        speaker.country = p.country;
        break;
      }
    }
  }
  return out;
}

/** "your colleague ", "your Foreign Minister, ", "your counterpart " right before a name: an office of the one spoken to's side. */
const YOUR_OFFICE_BEFORE = /(?<![\p{L}])your[ \t\u00a0]+(?:(?:colleague|counterpart)|(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+|(?:of|for|and)[ \t\u00a0]+){0,5}[\p{Lu}][\p{L}'’-]*)[ \t\u00a0]*,?[ \t\u00a0]*$/u;

/**
 * "Vladimir Orlov: ... the Foreign Minister met with your colleague X in Ulaanbaatar": in a transcript turn, one
 * named as the colleague, counterpart or officer of "your" side serves the side spoken to, not the speaker's.
 * Returns the labelled speaker of the first such turn, or undefined.
 */
export function yourOfficeSpeaker(
  text: string, a: Actor, byId: ReadonlyMap<string, Mention>, mentions: readonly Mention[], actorById: ReadonlyMap<string, Actor>,
): Actor | undefined {
  if (a.type !== 'person') return undefined;
  for (const id of a.mentions) {
    const m = byId.get(id);
    if (!m || m.form !== 'name') continue;
    const yours = YOUR_OFFICE_BEFORE.exec(lineBeforeName(text, m));
    if (!yours || PLURAL_LAST.test(yours[0].trim().replace(/,$/, ''))) continue;
    const speaker = turnSpeakerAt(text, m.start, mentions, actorById);
    if (speaker && speaker !== a) return speaker;
  }
  return undefined;
}
