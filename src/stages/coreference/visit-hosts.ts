import type { Actor, Mention, Sentence } from '../../document/layers.js';
import { VISITED } from './local-office.js';
import { sentenceOf } from './pronouns.js';
import { indexById } from './by-id.js';

/** Place kinds a visit goes to. */
const VISITED_KINDS = new Set(['country', 'city', 'region']);

/**
 * A meeting word, then at most an office, right before a name: "met with Minister of Investment,
 * Trade and Industry", "was received by Speaker of the National Assembly", "held talks with",
 * "called on", "is expected to meet State Minister for Foreign Affairs", "the Secretary's discussion
 * with President", "consultations with Deputy Foreign Minister", "met her counterpart, Foreign
 * Minister" (a counterpart serves the other side); the names and offices of
 * those listed before ("held talks with Deputy Prime Minister A and Minister of Economy and Finance B").
 */
const MET_BEFORE = /\b(?:met|meet|meets|meeting|talks|talked|conversation|discussions?|consultations|received|hosted|welcomed|called|call)(?:[ \t\u00a0]+(?:with|by|on|upon))?[ \t\u00a0]+(?:(?:the|[\p{Lu}][\p{L}'’.-]*,?|of|for|and|(?:his|her|their|my|our)[ \t\u00a0]+counterpart,?)[ \t\u00a0]+){0,24}$/u;

/** "will visit ", "would travel to ", "plans to visit the ": a journey still to come, right before its place. */
const PLANNED_BEFORE = /(?<![\p{L}])(?:will|would|shall|to)[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:arrive|travel|come|fly|tour|visit)[ \t\u00a0]+(?:(?:in|to|at)[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?$/u;
/** Meeting words told as held already: "met", "received", "held talks". */
const HELD_ALREADY = /^(?:met|received|hosted|welcomed|talked|called)(?![\p{L}])/u;

/** " received him", " welcomed her": the subject receiving the visitor, right after the name. */
const HOST_AFTER = /^[ \t\u00a0]+(?:received|welcomed|hosted|greeted)[ \t\u00a0]+(?:him|her|them|the[ \t\u00a0]+(?:guests?|visitors?|delegation))(?![\p{L}])/u;
/** ", where President ": a clause of the place visited, up to its subject's name (an office may come first). */
const WHERE_BEFORE = /,[ \t\u00a0]*where[ \t\u00a0]+(?:(?:the|[\p{Lu}][\p{L}'’.-]*|of|for|and)[ \t\u00a0]+){0,8}$/u;
/** "in " right before a city. */
const MET_IN = /(?<![\p{L}])in[ \t\u00a0]+$/u;
/** "led a business delegation to ": where the issuer's delegation went. */
const DELEGATION_TO = /delegations?[ \t\u00a0]+to[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i;
/**
 * "wrapped up her trade mission March 14 in Qatar", "a trade mission to Viet Nam": where the issuer's
 * mission went. Lower case only: "the UN Mission in Kosovo" is a body, no journey.
 */
const MISSION_TO = /(?<![\p{L}])missions?(?:[ \t\u00a0]+(?:on[ \t\u00a0]+)?\p{Lu}\p{Ll}+[ \t\u00a0]+\d{1,2})?[ \t\u00a0]+(?:in|to)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** "thank you for hosting us here in Mexico City": where the speaker now is, when it is not the issuer's state. */
const HERE_IN = /(?<![\p{L}])here[ \t\u00a0]+in[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** "In Brasília, the minister met ...": a city opening its sentence says where what follows took place. */
const OPENS_IN = /^[ \t\u00a0]*in[ \t\u00a0]+$/i;
/** A verb of meeting in the words before: "met", "held talks with", "held a bilateral meeting with", "received". */
const MEETING_WORD = /(?<![\p{L}])(?:met|meets|held talks|held (?:a|an)(?: [\p{Ll}-]+)? meeting|talked|received|hosted|called on|took place|(?:was|were) held)(?![\p{L}])/u;

/** "president of the General Water and Electricity Corporation": an office its title ties to a body named in full. */
/** Sectors of companies, whose heads are met on a visit as its government's officials are. */
const COMPANY_SECTORS = new Set(['BUS', 'MNC']);
const OF_NAMED_BODY = /\sof\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether a person heads a company the title names ("chairman of the Gulf Shipping Company"): met on a
 * visit abroad with no country of its own, the company is one of the state visited, as a government
 * office would be. A party's leader is left out: parties travel abroad themselves.
 */
function officeOfNamedBody(a: Actor): boolean {
  return a.type === 'person' && !!a.title && !!a.sector && COMPANY_SECTORS.has(a.sector) && OF_NAMED_BODY.test(a.title);
}

/**
 * "Minister X paid a working visit to Kuala Lumpur. ... He met with Minister of Investment Y":
 * officials whom the issuer's visitor meets in the one foreign state the text says was visited
 * serve that state, not the issuer. Only a person named right after a meeting word with no
 * country of their own, after the visit is first told; with visits to two states, none.
 */
export function visitHosts(text: string, actors: readonly Actor[], mentions: readonly Mention[], sentences: readonly Sentence[], home: string | null, officeSectors: ReadonlySet<string>, dateline: Mention | null = null): void {
  if (!home) return;
  let visited: string | null = null;
  let several = false;
  // Every journey told is still to come: a meeting told as held already was no part of it.
  let planned = false;
  let from = -1;
  // "In Hanoi, the Secretary met ...; in Manila, she called on ...": a city opening a sentence says
  // where that sentence's meetings were held, on a trip to one state or several.
  const local = new Map<number, string>();
  // "Tokyo – ...": an official release datelined in a city or region of another state.
  if (dateline?.country && dateline.country !== home && dateline.placeKind && VISITED_KINDS.has(dateline.placeKind)) {
    visited = dateline.country;
    from = 0;
  }
  for (const m of mentions) {
    if (m.type !== 'place' || !m.country || m.country === home || !m.placeKind || !VISITED_KINDS.has(m.placeKind)) continue;
    // "Minister X met Prime Minister Y in Port Moresby": a meeting told as held in a city of another state.
    const at = sentenceOf(sentences, m);
    const sentence = sentences[at]!;
    const metThere = m.placeKind === 'city' && MET_IN.test(text.slice(Math.max(0, m.start - 6), m.start))
      && MEETING_WORD.test(text.slice(sentence.start, m.start));
    // "In Brasília, the minister met ...": the meeting word follows a city that opens the sentence.
    const metThereAfter = m.placeKind === 'city' && OPENS_IN.test(text.slice(sentence.start, m.start))
      && /^[ \t\u00a0]*,/.test(text.slice(m.end, m.end + 3)) && MEETING_WORD.test(text.slice(m.end, sentence.end));
    // "X met Chancellor Y in Berlin, on the first leg of a visit to Germany and France": a meeting told as
    // held in a city says where that sentence's meeting was, however many states the journey takes in.
    if (metThereAfter || metThere) local.set(at, m.country);
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (!metThere && !metThereAfter && !VISITED.test(before) && !HERE_IN.test(before) && !DELEGATION_TO.test(before) && !MISSION_TO.test(before)) continue;
    // "will travel to Paris tomorrow, where he will meet President X": a city travelled to is where the
    // meetings of its own sentence are, on a journey to one state or several.
    if (m.placeKind === 'city' && VISITED.test(before) && !local.has(at)) local.set(at, m.country);
    if (visited !== null && visited !== m.country) several = true;
    // "would travel to Baku next week": a journey still to come.
    const ahead = !metThere && !metThereAfter && PLANNED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
    planned = (visited === null || planned) && ahead;
    visited = m.country;
    if (from < 0) from = sentence.start;
  }
  // With visits to two states, only the sentences that say where they took place tell whose officials were met.
  if (several) visited = null;
  if (!visited && local.size === 0) return;
  const byId = indexById(actors);
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'name' || !m.actor) continue;
    const at = sentenceOf(sentences, m);
    const there = local.get(at) ?? (m.start >= from ? visited : null);
    if (!there) continue;
    const a = byId.get(m.actor);
    if (!a || a.country || !a.sector || !(officeSectors.has(a.sector) || officeOfNamedBody(a))) continue;
    const s = sentences[at]!;
    const met = MET_BEFORE.exec(text.slice(Math.max(s.start, m.start - 220), m.start));
    if (met && !(planned && !local.has(at) && HELD_ALREADY.test(met[0]))) a.country = there;
    // "travelled to Washington, where President X received him": the one who receives the visitor there is the host.
    else if (!planned && HOST_AFTER.test(text.slice(m.end, m.end + 40)) && WHERE_BEFORE.test(text.slice(Math.max(s.start, m.start - 80), m.start))) a.country = there;
  }
}
