import { countryByName } from '../lexicon/countries.js';
import { lookupKey } from '../lexicon/normalize.js';
import { sourceCountry } from '../stages/coreference/home-country.js';
import type { EventActorRecord, ExtractRecord, MeetingRecord, Offsets } from './types.js';

/**
 * The meeting a headline names, for a readout whose body names only roles.
 *
 * A readout is often headed by its participants ("Readout of Secretary Rubio's Meeting with Foreign
 * Minister Jaishankar", "Meeting with Governor of Tomsk Region Vladimir Mazur", "Telephone
 * conversation with President of Finland Alexander Stubb") while its body says only "the Secretary",
 * "the Governor" or "the two leaders". The headline is not part of the text, so the pipeline reads
 * it as a text of its own; what it reports as held joins the body's meetings here:
 *
 * - a person the headline names and the body names too (by the same last word: "Rubio" and "Marco
 *   Rubio") is the body's person; a meeting the body already gives them all adds nothing;
 * - a person the body never names is left out: the record is of the text, whose people list has
 *   no one the headline alone names, and a participant must be one of them (careful readers of
 *   a readout give its participants as the text spells them, not as its headline does);
 * - the missing people join the body's held meeting of the same kind that has one of them already,
 *   else the headline's meeting is added on its own, its rule prefixed `headline:`; the headline's
 *   words are no part of the text, so its span and evidence are its participants' first mentions
 *   in the body, and its trigger the words of the first of them;
 * - a body that reports only planned meetings ("will meet", "is to visit") turns a noun headline
 *   ("Meeting with X") into no held meeting: the headline names what is announced.
 */
export function withHeadlineMeetings(body: ExtractRecord, text: string, headline: ExtractRecord, source: string | null = null): void {
  const meetings = body.meetings;
  if (!meetings) return;
  const named = (headline.meetings ?? []).filter((m) => m.status === 'held' && m.participants.length > 0);
  if (named.length === 0) return;
  const held = meetings.filter((m) => m.status === 'held');
  if (held.length === 0 && meetings.some((m) => m.status === 'planned')) return;
  const bodyPeople = new Map<string, EventActorRecord>();
  const firstMention = new Map<string, Offsets>();
  // The first person of each last word: "Rubio" in the headline is the body's "Marco Rubio".
  for (const p of body.people) {
    const key = lastWordKey(p.name);
    if (!key || bodyPeople.has(key) || p.mentions.length === 0) continue;
    bodyPeople.set(key, { name: p.name, country: p.country, sector: p.sector, id: p.id });
    firstMention.set(p.id, p.mentions.reduce((a, b) => (b[0] < a[0] ? b : a)));
  }
  const taking = new Set(held.flatMap((m) => m.participants.map((p) => p.id)));
  let added = 0;
  const host = issuingHead(body, source);
  for (const m of named) {
    const people = m.participants.flatMap((p) => bodyPeople.get(lastWordKey(p.name)) ?? []);
    if (host && m.start === 0 && people.length > 0 && !people.some((p) => p.id === host.id)) people.unshift(host);
    const missing = people.filter((p) => !taking.has(p.id));
    if (missing.length === 0) continue;
    const ids = new Set(people.map((p) => p.id));
    const joined = held.find((b) => b.kind === m.kind && b.participants.some((p) => ids.has(p.id)));
    if (joined) {
      joined.participants.push(...missing);
      const parties = new Set(joined.parties.map((p) => p.id));
      joined.parties.push(...missing.filter((p) => !parties.has(p.id)));
    } else {
      const evidence = people.map((p) => firstMention.get(p.id)!).sort((a, b) => a[0] - b[0]);
      const [start, end] = evidence[0]!;
      const record: MeetingRecord = {
        ...m, participants: people, parties: people, start, end, trigger: text.slice(start, end), evidence,
        id: `headline-mt${++added}`, rule: `headline:${m.rule}`,
      };
      meetings.push(record);
      held.push(record);
    }
    for (const p of missing) taking.add(p.id);
  }
}

/**
 * Heads whose own office may issue a release: the source's words that name that office, and the
 * office the head holds as the body writes it (the state may follow "of"). A president's office
 * ("President of Russia", "Office of the President of Chile"), never a vice president's; a head
 * of government's ("Prime Minister's Office", "Government of the Russian Federation", the
 * government's own site "government.ru"), never a deputy prime minister's.
 */
const ISSUING_HEADS: readonly { readonly source: RegExp; readonly title: RegExp }[] = [
  { source: /(?:^|\s)President\b/, title: /^President(?:\s+of\s+(.+))?$/ },
  {
    source: /(?:^|[\s(])(?:(?<!Deputy\s)Prime\s+Minister|Premier|Government)\b|(?:^|[\s(/])government\.[a-z]{2,3}\b/,
    title: /^(?:Prime\s+Minister|Premier|Chairman\s+of\s+the\s+Government)(?:\s+of\s+(?:the\s+)?(.+))?$/,
  },
];

/**
 * The head whose office issues the release, when the body names one: a headline that opens with
 * its meeting noun ("Telephone conversation with President of Finland X", "Meeting with Governor
 * of Y Region Z") gives no one who holds it, for in the issuer's own release that is the issuer's
 * head (its president, or its prime minister in the government's). Only a person the body names
 * as holding that office, of the state the source names, is taken; a source with no such person
 * gives none.
 */
function issuingHead(body: ExtractRecord, source: string | null): EventActorRecord | null {
  const head = source ? ISSUING_HEADS.find((h) => h.source.test(source)) : undefined;
  if (!head) return null;
  const issuer = sourceCountry(source);
  if (!issuer.country || issuer.media || issuer.regional || issuer.international) return null;
  for (const p of body.people) {
    const office = p.title ? head.title.exec(p.title) : null;
    if (!office || p.country !== issuer.country || p.mentions.length === 0) continue;
    // "President of the Russian Academy of Sciences" heads a body, not the state.
    if (office[1] && countryByName(office[1])?.iso3 !== issuer.country) continue;
    return { name: p.name, country: p.country, sector: p.sector, id: p.id };
  }
  return null;
}

/** The last word of a name, folded: "Marco Rubio" and "Rubio" share "rubio". */
function lastWordKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return lookupKey(words[words.length - 1] ?? '');
}

/**
 * A person the body names without saying whom they serve takes the country the headline gives the
 * same person: "Meeting with Prime Minister of Armenia Nikol Pashinyan" over a body that has only
 * "Nikol Pashinyan: Thank you, Mr Mishustin." The headline's person is the body's by the same last
 * word, and only when that word names one person in each; a country the body reads itself stays.
 * The person's event and meeting entries take the country with them.
 */
export function withHeadlineCountries(body: ExtractRecord, headline: ExtractRecord): void {
  const fromHeadline = new Map<string, string | null>();
  for (const p of headline.people) {
    const key = lastWordKey(p.name);
    if (!key) continue;
    // Two headline people of one last word say nothing of either.
    fromHeadline.set(key, fromHeadline.has(key) ? null : p.country);
  }
  const bodyKeys = new Map<string, number>();
  for (const p of body.people) {
    const key = lastWordKey(p.name);
    bodyKeys.set(key, (bodyKeys.get(key) ?? 0) + 1);
  }
  const given = new Map<string, string>();
  for (const p of body.people) {
    if (p.country !== null) continue;
    const key = lastWordKey(p.name);
    const country = fromHeadline.get(key);
    if (!country || bodyKeys.get(key) !== 1) continue;
    p.country = country;
    given.set(p.id, country);
  }
  if (given.size === 0) return;
  const update = (list: readonly EventActorRecord[]) => {
    for (const a of list) if (a.country === null && given.has(a.id)) a.country = given.get(a.id)!;
  };
  for (const e of body.events) {
    update(e.source);
    update(e.target);
  }
  for (const m of body.meetings ?? []) {
    update(m.participants);
    update(m.parties);
  }
  for (const m of body.measures ?? []) update(m.subject);
}
