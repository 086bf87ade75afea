/**
 * Which side of a dossier a party of one document stands for. Parties are read as the document
 * gives them (country, title, kind at that date), so an official counts by the office held then.
 */
import { foldText } from '../store/actor-key.js';
import type { PairDocument } from '../store/pair-documents.js';
import type { Official, Participant, Party, Ref } from './types.js';
import { isInternationalCode } from '../lexicon/organizations.js';

export interface LocalParty {
  id: string;
  name: string;
  kind: Participant['kind'];
  placeKind: string | null;
  title: string | null;
  country: string | null;
  actorId: string | null;
}

export function localParties(doc: PairDocument): Map<string, LocalParty> {
  const out = new Map<string, LocalParty>();
  const r = doc.record;
  const add = (id: string, p: Omit<LocalParty, 'id' | 'actorId'>) => out.set(id, { ...p, id, actorId: doc.actorOf.get(id) ?? null });
  for (const p of r.people) add(p.id, { name: p.name, kind: 'person', placeKind: null, title: p.title, country: p.country });
  for (const o of r.organizations) add(o.id, { name: o.name, kind: 'organization', placeKind: null, title: null, country: o.country });
  for (const p of r.places) add(p.id, { name: p.name, kind: 'place', placeKind: p.kind, title: null, country: p.country });
  for (const g of r.groups ?? []) add(g.id, { name: g.name, kind: 'group', placeKind: null, title: null, country: g.country });
  return out;
}

/** An event party as the record gives it, known in the document or not. */
export function partyOf(parties: ReadonlyMap<string, LocalParty>, p: { id: string; name: string; country: string | null }): LocalParty {
  return parties.get(p.id) ?? { id: p.id, name: p.name, kind: 'unknown', placeKind: null, title: null, country: p.country, actorId: null };
}

const containsWords = (hay: string, needle: string) => needle !== '' && ` ${hay} `.includes(` ${needle} `);

const DAY = 86_400_000;
/** An office seen in other documents counts within a year of the dates it was seen. */
function holdsAt(o: Official, date: string | null): boolean {
  if (!date) return true;
  const t = Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date);
  const from = o.from ? Date.parse(o.from) - 365 * DAY : -Infinity;
  const to = o.to ? Date.parse(o.to) + 365 * DAY : Infinity;
  return !Number.isFinite(t) || (t >= from && t <= to);
}

export interface SideMatch {
  as: NonNullable<Participant['as']>;
  office: string | null;
}

/**
 * How a document's party belongs to a dossier party, or null when it does not. `narrow` reads a
 * country narrowly, for figures: the folded names of its regions and cities in the document,
 * whose places, officials and bodies then do not stand for it ("trade with the Mogilev region").
 */
export function matchParty(party: Party, p: LocalParty, date: string | null, narrow?: readonly string[]): SideMatch | null {
  if (p.actorId !== null && party.actorIds.includes(p.actorId)) return { as: 'self', office: p.title };
  const nameFold = foldText(p.name);
  if (party.kind === 'person' || party.kind === 'organization') {
    if (party.names.includes(nameFold) && (p.kind === party.kind || p.kind === 'unknown')) return { as: 'self', office: p.title };
    // An international body stands for its members' envoys: "EU foreign policy chief" is of the EU.
    if (party.kind === 'organization' && party.country && isInternationalCode(party.country) && p.country === party.country) {
      return { as: p.kind === 'person' ? 'official' : 'body', office: p.title };
    }
    return null;
  }
  if (p.kind === 'place' && party.names.includes(nameFold)) return { as: 'self', office: null };
  if (party.kind === 'country') {
    if (!party.country || p.country !== party.country) return null;
    if (narrow) {
      if (p.kind === 'place') return p.placeKind === 'country' ? { as: 'self', office: null } : null;
      const words = foldText(`${p.title ?? ''} ${p.name}`);
      if (narrow.some((n) => containsWords(words, n))) return null;
    }
    if (p.kind === 'place') return { as: p.placeKind === 'country' ? 'self' : p.placeKind === 'city' ? 'city' : 'region', office: null };
    if (p.kind === 'person') return { as: 'official', office: p.title };
    if (p.kind === 'organization') return { as: 'body', office: null };
    return { as: 'group', office: null };
  }
  // A region, city or other area: its officials and bodies are named after it.
  if (p.kind === 'place') {
    if (party.kind === 'region' && party.stem && p.placeKind === 'city' && nameFold === party.stem && (p.country === party.country || !party.country)) {
      return { as: 'city', office: null };
    }
    return null;
  }
  const words = foldText(`${p.title ?? ''} ${p.name}`);
  if (party.names.some((n) => containsWords(words, n)) || (party.stem !== null && containsWords(words, party.stem))) {
    return { as: p.kind === 'person' ? 'official' : p.kind === 'organization' ? 'body' : 'group', office: p.title };
  }
  const official = p.kind === 'person' && p.actorId !== null ? party.officials.find((o) => o.actorId === p.actorId) : undefined;
  if (official && holdsAt(official, date)) return { as: 'official', office: official.titles[0] ?? p.title };
  return null;
}

/** A party with the side it stands for in a dossier between `a` and `b`. */
export function participant(p: LocalParty, a: Party, b: Party, date: string | null): Participant {
  const ma = matchParty(a, p, date);
  const mb = matchParty(b, p, date);
  // A party inside both (an Irkutsk official in a Russia-Irkutsk dossier) goes to the narrower side.
  const narrow = (m: SideMatch) => (m.as === 'self' ? 0 : m.as === 'official' || m.as === 'body' || m.as === 'group' ? 1 : 2);
  const pick = ma && mb ? (narrow(ma) <= narrow(mb) ? 'a' : 'b') : ma ? 'a' : mb ? 'b' : null;
  const m = pick === 'a' ? ma : pick === 'b' ? mb : null;
  return {
    name: p.name,
    kind: p.kind,
    office: m?.office ?? p.title,
    country: p.country,
    side: pick,
    as: m?.as ?? null,
    actorId: p.actorId,
  };
}

/**
 * Whether parties stand for both sides: one for `a` and another for `b` (an event between an
 * actor and itself is no relation).
 */
export function spansBoth(
  a: Party, b: Party, parties: readonly LocalParty[], date: string | null, narrow?: { a?: readonly string[]; b?: readonly string[] },
): boolean {
  for (const p of parties) {
    if (!matchParty(a, p, date, narrow?.a)) continue;
    for (const q of parties) if (q !== p && q.id !== p.id && matchParty(b, q, date, narrow?.b)) return true;
  }
  return false;
}

/** The sentence around [start, end) in a text: from the last full stop or line break before to the next after. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const floor = Math.max(0, start - 600);
  while (s > floor && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  const ceil = Math.min(text.length, end + 600);
  while (e < ceil && !/[.!?\n]/.test(text[e]!)) e++;
  if (e < text.length && /[.!?]/.test(text[e]!)) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}

export function refOf(doc: PairDocument, start: number, end: number, sentence?: { start: number; end: number } | [number, number] | null): Ref {
  const span = Array.isArray(sentence) ? { start: sentence[0], end: sentence[1] } : (sentence ?? sentenceAround(doc.text, start, end));
  return {
    documentId: doc.id, date: doc.date, source: doc.source, title: doc.title, start, end,
    text: doc.text.slice(start, end), sentence: doc.text.slice(span.start, span.end).trim(),
  };
}
