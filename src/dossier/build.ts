/**
 * Builds a relation dossier from the store: resolve both parties, find the documents in which
 * both appear, read each one (timeline, figures, commitments, voices), then decide every
 * commitment's status from the documents after it. Reads the pair's documents once, in date order.
 */
import { extract } from '../extract.js';
import { isValidIsoDate } from '../ingest/header.js';
import { countryLexicon } from '../lexicon/countries.js';
import type { ExtractRecord, MeasureRecord } from '../record/types.js';
import { deadlineIn, periodOf } from '../stages/measures/periods.js';
import { foldText } from '../store/actor-key.js';
import {
  latestDocumentDate, loadPairDocuments, versionsWithBoth, type PairDocument, type SidePresence,
} from '../store/pair-documents.js';
import type { Store } from '../store/store.js';
import { decideCommitments, type CommitmentDraft, type LaterDocument } from './commitments.js';
import { buildSeries, periodInfo, unitOf, type MeasureEntry } from './figures.js';
import { keyTerms, sentencesOf } from './fulfilment.js';
import { localParties, participant, partyOf, refOf, spansBoth, type LocalParty } from './match.js';
import { meetingsOf, hasMeetingRecords } from './meetings.js';
import { findOfficials } from './officials.js';
import { resolveParty } from './party.js';
import type { Commitment, CommitmentKind, Dossier, Party, Participant, TimelineItem, Voice } from './types.js';
import { isInternationalCode } from '../lexicon/organizations.js';

export interface DossierOptions {
  /** Inclusive YYYY-MM-DD bounds on what is shown; statuses still read every later document. */
  from?: string | null;
  to?: string | null;
}

export class DossierInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DossierInputError';
  }
}

function presence(p: Party): SidePresence {
  return {
    actorIds: [...p.actorIds, ...p.officials.map((o) => o.actorId)],
    country: p.kind === 'country' || (p.kind === 'organization' && p.country !== null && isInternationalCode(p.country)) ? p.country : null,
  };
}

/** Words that name a party, for telling whether a quote speaks of it and for leaving names out of key terms. */
function partyWords(p: Party): string[] {
  const out = new Set(p.names);
  if (p.stem) out.add(p.stem);
  if (p.kind === 'country' && p.country) for (const [d, iso] of countryLexicon().demonyms) if (iso === p.country) out.add(foldText(d));
  return [...out].filter((w) => w.length > 1);
}

const containsWords = (hay: string, needle: string) => needle !== '' && ` ${hay} `.includes(` ${needle} `);

/** Start and end days a date written to year, month or day covers. */
function span(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}
function inWindow(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const [s, e] = span(date);
  return (!from || e >= from) && (!to || s <= to);
}
const sortKey = (d: string | null) => (d ?? '').padEnd(10, '-');

/**
 * Records stored by an older pipeline have no `measures`: read such a text again in memory, and
 * map the fresh record's actors to the stored ones by name (their local ids differ).
 */
function current(doc: PairDocument): { doc: PairDocument; reread: boolean } {
  if (Array.isArray(doc.record.measures)) return { doc, reread: false };
  const fresh: ExtractRecord = extract({ text: doc.text, id: doc.id });
  const stored = new Map<string, string>();
  for (const list of [doc.record.people, doc.record.organizations, doc.record.places]) {
    for (const a of list) {
      const actor = doc.actorOf.get(a.id);
      if (actor) stored.set(foldText(a.name), actor);
    }
  }
  const actorOf = new Map<string, string>();
  for (const list of [fresh.people, fresh.organizations, fresh.places]) {
    for (const a of list) {
      const actor = stored.get(foldText(a.name));
      if (actor) actorOf.set(a.id, actor);
    }
  }
  return { doc: { ...doc, record: { ...fresh, id: doc.id }, actorOf }, reread: true };
}

function placeOfSentence(doc: PairDocument, from: number, to: number): string | null {
  for (const p of doc.record.places) {
    for (const [s] of p.mentions) {
      if (s >= from && s < to && /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(from, s - 8), s))) return p.name;
    }
  }
  return null;
}

interface Reading {
  timeline: TimelineItem[];
  encounter: boolean;
  measures: MeasureEntry[];
  targets: { entry: MeasureEntry; parties: Participant[] }[];
  commitments: CommitmentDraft[];
  voices: Voice[];
}

function commitmentKind(mode: string | null): CommitmentKind {
  if (mode === 'offer') return 'offer';
  if (mode === 'promise') return 'promise';
  if (mode === 'invite') return 'invitation';
  return 'agreement';
}

/**
 * For figures, a country is the country: trade of one of its regions ("trade with the Mogilev
 * region") is not the country's trade. The names of its regions and cities in the document.
 */
function localPlaces(p: Party, doc: PairDocument): string[] | undefined {
  if (p.kind !== 'country') return undefined;
  return doc.record.places.filter((x) => (x.kind === 'region' || x.kind === 'city') && x.country === p.country).map((x) => foldText(x.name));
}

/** Everything one document says about the pair. */
function readDocument(doc: PairDocument, a: Party, b: Party, names: { a: string[]; b: string[] }): Reading {
  const r = doc.record;
  const date = doc.date;
  const locals = localParties(doc);
  const people = (ps: { id: string; name: string; country: string | null }[]) => ps.map((p) => partyOf(locals, p));
  const part = (p: LocalParty) => participant(p, a, b, date);
  const timeline: TimelineItem[] = [];
  const commitments: CommitmentDraft[] = [];
  const ownMeetings = hasMeetingRecords(r);

  // Meetings, calls and visits (the record's own list, or read from its events).
  for (const m of meetingsOf(r, doc.text)) {
    const ps = people(m.participants);
    if (!spansBoth(a, b, ps, date)) continue;
    const sentence = m.sentence ?? null;
    const item: TimelineItem = {
      kind: m.kind, status: m.status, date: m.date ?? date, type: 'CONSULT', mode: m.event?.mode ?? m.kind, participants: ps.map(part),
      place: m.place ?? placeOfSentence(doc, sentence?.[0] ?? m.start, sentence?.[1] ?? m.end), trigger: m.trigger, origin: m.origin,
      ref: refOf(doc, m.start, m.end, sentence),
    };
    timeline.push(item);
    if (m.status === 'planned') {
      const planned = m.date && date && m.date >= date ? m.date : null;
      commitments.push({
        documentId: doc.id, terms: null, target: null, plannedDate: planned,
        commitment: {
          kind: 'planned-meeting',
          by: m.event ? people(m.event.source).map(part) : item.participants,
          to: m.event ? people(m.event.target).map(part) : [],
          what: item.ref.sentence, made: date, deadline: planned ? { value: planned, text: planned, to: planned } : null, goal: null,
          status: 'open', rule: '', evidence: [], ref: item.ref,
        },
      });
    }
  }
  // Other events between the two: agreements signed, support, criticism, ...
  for (const e of r.events) {
    if (e.type === 'CONSULT' && (ownMeetings || e.mode !== 'mediate')) continue;
    if (e.type === 'AGREE' && /CONSULT -> AGREE/.test(e.rule ?? '')) continue;
    const ps = people([...e.source, ...e.target]);
    if (!spansBoth(a, b, ps, date)) continue;
    timeline.push({
      kind: e.mode === 'sign' ? 'agreement' : 'event', status: null, date: e.date ?? date, type: e.type, mode: e.mode,
      participants: ps.map(part), place: null, trigger: e.trigger, origin: 'events', ref: refOf(doc, e.start, e.end, e.sentence),
    });
  }
  const encounter = timeline.length > 0;

  // Words that are names in this text (people, bodies, places) say nothing about what was promised.
  const nameWords = new Set<string>([...names.a, ...names.b].flatMap((n) => n.split(' ')));
  for (const list of [r.people, r.organizations, r.places, r.groups ?? []]) for (const x of list) for (const w of foldText(x.name).split(' ')) nameWords.add(w);

  // Offers, promises, agreements and invitations by one side, to the other or at an encounter with it.
  for (const e of r.events) {
    if (e.type !== 'AGREE' || /CONSULT -> AGREE/.test(e.rule ?? '')) continue;
    const ps = people([...e.source, ...e.target]).map(part);
    const involved = ps.filter((p) => p.side !== null);
    const others = ps.filter((p) => p.side === null);
    const both = spansBoth(a, b, people([...e.source, ...e.target]), date);
    if (!both && !(involved.length > 0 && others.length === 0 && encounter)) continue;
    const sentence = Array.isArray(e.sentence) ? e.sentence : [e.start, e.end] as [number, number];
    const clauseStart = e.triggerSpan?.[0] ?? e.start;
    const clause = doc.text.slice(clauseStart, sentence[1]).trim();
    const inSentence = r.dates.filter((d) => d.start >= clauseStart && d.end <= sentence[1]);
    let deadline = deadlineIn(doc.text, clauseStart, sentence[1], inSentence, date);
    if (!deadline && date) {
      // A later date in the clause is when it is due ("next year", "in 2023"), but not the span a plan covers ("for 2022-2024").
      const future = inSentence.find((d) => d.value > date && d.grain !== 'day' && !/(?:\bfor|[-–])\s*$/i.test(doc.text.slice(Math.max(0, d.start - 6), d.start)) && !/^[-–]\d/.test(doc.text.slice(d.end, d.end + 2)));
      if (future) deadline = periodOf(doc.text, future);
    }
    const ref = refOf(doc, e.start, e.end, sentence);
    const bySide = ps.slice(0, e.source.length);
    const toSide = ps.slice(e.source.length);
    commitments.push({
      documentId: doc.id, target: null, plannedDate: null,
      terms: keyTerms(doc.text.slice(sentence[0], sentence[1]), clause, nameWords),
      commitment: {
        kind: commitmentKind(e.mode), by: bySide, to: toSide, what: clause.length > 220 ? `${clause.slice(0, 217)}…` : clause, made: date,
        deadline: deadline ? { value: deadline.value, text: deadline.text, to: deadline.to } : null, goal: null,
        status: 'open', rule: '', evidence: [], ref,
      },
    });
  }

  // Figures about the two (their subject spans both sides).
  const narrow = { a: localPlaces(a, doc), b: localPlaces(b, doc) };
  const measures: MeasureEntry[] = [];
  const targets: Reading['targets'] = [];
  for (const m of r.measures ?? []) {
    const q = m.quantity === null ? null : (r.quantities[m.quantity] ?? null);
    const level = m.level === null ? null : (r.quantities[m.level] ?? null);
    const subject = people(m.subject);
    const about = spansBoth(a, b, subject, date, narrow);
    // A target stated without its parties ("the sides set the goal ...") in a report of an encounter is the pair's.
    if (!about && !(m.role === 'target' && subject.length === 0 && encounter)) continue;
    const entry: MeasureEntry = {
      documentId: doc.id, date, measure: m, quantity: q, level,
      ref: refOf(doc, m.start, m.end), levelRef: level ? refOf(doc, level.start, level.end) : null,
    };
    measures.push(entry);
    if (m.role === 'target') targets.push({ entry, parties: subject.map(part) });
  }

  // Quotes by either side, about the other.
  const voices: Voice[] = [];
  for (const q of r.quotes) {
    if (!q.speakerId || !q.speaker) continue;
    const speaker = locals.get(q.speakerId);
    if (!speaker) continue;
    const p = part(speaker);
    if (p.side === null) continue;
    const other = p.side === 'a' ? b : a;
    const otherWords = p.side === 'a' ? names.b : names.a;
    const fold = foldText(q.text);
    const named = otherWords.find((w) => containsWords(fold, w));
    if (!named && !encounter) continue;
    voices.push({
      speaker: q.speaker, side: p.side, office: p.office, country: speaker.country, date, text: q.text,
      about: named ? `names ${other.name} ("${named}")` : `said in a release about an encounter with ${other.name}`,
      ref: refOf(doc, q.start, q.end),
    });
  }
  return { timeline, encounter, measures, targets, commitments, voices };
}

function targetDrafts(reading: Reading, doc: PairDocument): CommitmentDraft[] {
  const out: CommitmentDraft[] = [];
  for (const { entry, parties } of reading.targets) {
    const m: MeasureRecord = entry.measure;
    const q = entry.quantity;
    const ratio = m.ratio ?? (q?.kind === 'ratio' ? q.value : q?.kind === 'percent' ? 1 + q.value / 100 : null);
    const value = q && (q.kind === 'money' || q.kind === 'count') ? q.value : null;
    // "double trade": twice the latest level the same release gives.
    let base: NonNullable<CommitmentDraft['target']>['base'] = null;
    if (ratio !== null) {
      const levels = reading.measures.filter((x) => x.measure.role === 'level' && x.measure.topic === m.topic && x.quantity && x.measure.period && (!doc.date || x.measure.period.to <= doc.date.slice(0, 7)));
      const latest = levels.sort((x, y) => x.measure.period!.to.localeCompare(y.measure.period!.to)).pop();
      if (latest) base = { value: latest.quantity!.value, label: periodInfo(latest.measure.period!).label, ref: latest.ref };
    }
    const unit = value !== null ? unitOf(q) : base ? unitOf(reading.measures.find((x) => x.ref === base!.ref)?.quantity ?? null) : null;
    out.push({
      documentId: doc.id, terms: null, plannedDate: null,
      target: { topic: m.topic, unit, value, ratio: value !== null ? null : ratio, base },
      commitment: {
        kind: 'target', by: parties, to: [], what: entry.ref.sentence, made: doc.date,
        deadline: m.deadline ? { value: m.deadline.value, text: m.deadline.text, to: m.deadline.to } : null,
        goal: null, status: 'open', rule: '', evidence: [], ref: entry.ref,
      },
    });
  }
  return out;
}

/** Resolves both parties and builds their dossier. Throws PartyError or DossierInputError on bad input. */
export async function buildDossier(store: Store, inputA: string, inputB: string, options: DossierOptions = {}): Promise<Dossier> {
  const from = options.from ?? null;
  const to = options.to ?? null;
  const problems: string[] = [];
  if (from && !isValidIsoDate(from)) problems.push(`from "${from}" is not a calendar date (YYYY-MM-DD)`);
  if (to && !isValidIsoDate(to)) problems.push(`to "${to}" is not a calendar date (YYYY-MM-DD)`);
  if (problems.length === 0 && from && to && from > to) problems.push(`from ${from} is after to ${to}`);
  if (problems.length > 0) throw new DossierInputError(problems.join('; '));
  const [a, b] = await Promise.all([resolveParty(store, inputA), resolveParty(store, inputB)]);
  if (a.kind === b.kind && a.name === b.name) throw new DossierInputError(`"${inputA}" and "${inputB}" are the same party (${a.name}); a dossier needs two`);
  a.officials = await findOfficials(store, a);
  b.officials = await findOfficials(store, b);

  const versions = await versionsWithBoth(store, presence(a), presence(b));
  const corpusUntil = await latestDocumentDate(store);
  const names = { a: partyWords(a), b: partyWords(b) };

  const timeline: TimelineItem[] = [];
  const measures: MeasureEntry[] = [];
  const drafts: CommitmentDraft[] = [];
  const voices: Voice[] = [];
  const laterDocs: LaterDocument[] = [];
  const documents: Dossier['documents'] = [];
  let reread = 0;
  for await (const stored of loadPairDocuments(store, versions)) {
    const { doc, reread: again } = current(stored);
    if (again) reread++;
    const reading = readDocument(doc, a, b, names);
    timeline.push(...reading.timeline);
    measures.push(...reading.measures);
    drafts.push(...reading.commitments, ...targetDrafts(reading, doc));
    voices.push(...reading.voices);
    laterDocs.push({ id: doc.id, date: doc.date, title: doc.title, source: doc.source, sentences: sentencesOf(doc.text) });
    if (inWindow(doc.date, from, to)) documents.push({ id: doc.id, date: doc.date, title: doc.title, source: doc.source });
  }

  const series = buildSeries(measures);
  // A target stated as a multiple with no level in its own release: the latest level reported before it.
  for (const d of drafts) {
    const t = d.target;
    if (!t || t.value !== null || t.base || t.ratio === null || !d.commitment.made) continue;
    const made = d.commitment.made.slice(0, 7);
    const candidates = series.filter((s) => s.topic === t.topic).flatMap((s) => s.rows.filter((r) => r.period.grain !== 'unknown' && r.period.to < made).flatMap((r) => r.reported.map((p) => ({ s, r, p }))));
    const best = candidates.sort((x, y) => x.r.period.to.localeCompare(y.r.period.to)).pop();
    if (best) {
      t.base = { value: best.p.value, label: best.r.period.label, ref: best.p.ref };
      t.unit = best.s.unit;
    }
  }
  const commitments: Commitment[] = decideCommitments(drafts, { documents: laterDocs, meetings: timeline, series, corpusUntil });
  for (const d of drafts) {
    const t = d.target;
    const goal = d.commitment.goal;
    if (!t || !goal || t.value !== null) continue;
    // Marks for targets worked out from a multiple, on the series they belong to.
    series.find((s) => s.topic === t.topic && s.unit === t.unit)?.targets.push({ value: goal.value, deadline: d.commitment.deadline ? periodInfo({ ...d.commitment.deadline, grain: d.commitment.deadline.value.length === 4 ? 'year' : 'month', from: d.commitment.deadline.to, start: 0, end: 0 }) : null, ref: d.commitment.ref });
  }

  const byDateDesc = <T>(date: (x: T) => string | null) => (x: T, y: T) => sortKey(date(y)).localeCompare(sortKey(date(x)));
  const shownSeries = series
    .map((s) => ({
      ...s,
      rows: s.rows.filter((r) => r.period.grain === 'unknown' ? inWindow(r.reported[0]?.ref.date ?? null, from, to) : (!from || r.period.to >= from.slice(0, 7)) && (!to || r.period.from <= to.slice(0, 7))),
      changes: s.changes.filter((c) => inWindow(c.ref.date, from, to)),
      targets: s.targets.filter((t) => inWindow(t.ref.date, from, to)),
    }))
    .filter((s) => s.rows.length > 0 || s.targets.length > 0);

  const notes: string[] = [];
  if (versions.length === 0) notes.push(`No document in the store names both ${a.name} and ${b.name}.`);
  else if (documents.length === 0) notes.push(`None of the ${versions.length} document(s) naming both ${a.name} and ${b.name} falls within the dates asked for.`);
  if (reread > 0) notes.push(`${reread} document(s) were stored by an older pipeline and were read again for this dossier; run "readout reprocess" to store the new reading.`);
  if (a.kind === 'person' || b.kind === 'person') notes.push('A person stands for themself; each is shown with the office held at the time, that is, for their country.');
  if (timeline.some((t) => t.origin === 'events' && t.type === 'CONSULT')) notes.push('Meetings are read from CONSULT events (held or planned by tense); records with their own meeting lists are used as they are.');

  return {
    a, b, from, to, documents, corpusUntil,
    timeline: timeline.filter((t) => inWindow(t.date, from, to)).sort(byDateDesc((t) => t.date)),
    figures: shownSeries,
    commitments: commitments.filter((c) => inWindow(c.made, from, to)).sort(byDateDesc((c) => c.made)),
    voices: voices.filter((v) => inWindow(v.date, from, to)).sort(byDateDesc((v) => v.date)),
    notes,
  };
}

