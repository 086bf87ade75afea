/**
 * Commitments and whether they were kept. A commitment is a target for a figure, an offer, a
 * promise, an agreement to do something, an invitation or a planned meeting. Its status comes
 * from documents dated after it, by one of the rules below, and the rule is shown with it:
 *
 * - target: met when a later release reports a figure at or above it for a period that ends by
 *   the deadline; not met when the full-year figure for the deadline's year is below it; open
 *   while the deadline lies after the newest document in the store.
 * - planned meeting: met when a later release reports the meeting held by the planned date
 *   (a week's grace) with the people named; not met once that date has passed without one.
 * - invitation: met when the invited party is later reported visiting or meeting on the
 *   inviting side.
 * - offer, promise, agreement: met when a later release says, not as a plan, what it was
 *   about (shared words such as "trade house", and every number or period it named).
 *
 * Otherwise: still open when later documents about the pair exist and no deadline has
 * passed; no later information when there are none.
 */
import { formatValue } from './figures.js';
import { IRREALIS, sharedTerms, stem, words, type KeyTerms, type Sentence } from './fulfilment.js';
import type { Commitment, FigureSeries, Participant, Ref, TimelineItem } from './types.js';

export interface CommitmentDraft {
  commitment: Commitment;
  documentId: string;
  /** For offers, promises and agreements: the words to find again. */
  terms: KeyTerms | null;
  /** For targets: the series and what to reach. */
  target: { topic: string; unit: string | null; value: number | null; ratio: number | null; base: { value: number; label: string; ref: Ref } | null } | null;
  /** For planned meetings: the planned date, as written (YYYY, YYYY-MM or YYYY-MM-DD). */
  plannedDate: string | null;
}

export interface LaterDocument {
  id: string;
  date: string | null;
  title: string | null;
  source: string | null;
  sentences: readonly Sentence[];
}

export interface DecideContext {
  /** The pair's documents, oldest first. */
  documents: readonly LaterDocument[];
  /** Every meeting, call and visit between the pair (whatever the dates asked for). */
  meetings: readonly TimelineItem[];
  series: readonly FigureSeries[];
  /** Newest document date in the whole store. */
  corpusUntil: string | null;
}

const month = (d: string) => d.slice(0, 7);
/** The last day a date written to year, month or day can mean, for "has it passed". */
function lastDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-31`;
  return d;
}
function plusDays(d: string, n: number): string {
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isFinite(t) ? new Date(t + n * 86_400_000).toISOString().slice(0, 10) : d;
}

/**
 * What the rules look things up in, built once: documents by date, held meetings by who took
 * part, sentences by word. Each commitment then reads only what can concern it, so a long
 * relation (many commitments, many later documents) stays near linear.
 */
interface Index {
  /** Dated documents, oldest first. */
  docs: LaterDocument[];
  /** Held meetings by participant key, oldest first. */
  meetingsBy: Map<string, TimelineItem[]>;
  /** Held meetings, oldest first. */
  held: TimelineItem[];
  /** Word stem -> sentences holding it (document index, sentence index), in text order. */
  sentencesWith: Map<string, { doc: number; sentence: number }[]>;
}

const keyOf = (p: Participant) => p.actorId ?? p.name.toLowerCase();

function buildIndex(ctx: DecideContext): Index {
  const docs = ctx.documents.filter((d) => d.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const held = ctx.meetings.filter((m) => m.status === 'held' && m.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const meetingsBy = new Map<string, TimelineItem[]>();
  for (const m of held) {
    for (const k of new Set(m.participants.map(keyOf))) {
      const list = meetingsBy.get(k) ?? [];
      list.push(m);
      meetingsBy.set(k, list);
    }
  }
  const sentencesWith = new Map<string, { doc: number; sentence: number }[]>();
  docs.forEach((d, di) => {
    d.sentences.forEach((s, si) => {
      // A plan or promise never shows another one kept: such sentences are not looked up.
      if (IRREALIS.test(s.text)) return;
      for (const w of new Set(words(s.text).map(stem))) {
        const list = sentencesWith.get(w) ?? [];
        list.push({ doc: di, sentence: si });
        sentencesWith.set(w, list);
      }
    });
  });
  return { docs, meetingsBy, held, sentencesWith };
}

/** Index of the first document dated on or after `date`. */
function firstFrom(index: Index, date: string): number {
  let lo = 0;
  let hi = index.docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.docs[mid]!.date! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many other documents are dated on or after the commitment. */
function laterCount(index: Index, draft: CommitmentDraft): number {
  const made = draft.commitment.made;
  if (!made) return 0;
  const from = firstFrom(index, made);
  let n = index.docs.length - from;
  for (let i = from; i < index.docs.length && index.docs[i]!.date === made; i++) if (index.docs[i]!.id === draft.documentId) n--;
  return n;
}

function refOfSentence(doc: LaterDocument, s: Sentence): Ref {
  return { documentId: doc.id, date: doc.date, source: doc.source, title: doc.title, start: s.start, end: s.end, text: s.text, sentence: s.text };
}

function decideTarget(ctx: DecideContext, index: Index, draft: CommitmentDraft): void {
  const c = draft.commitment;
  const t = draft.target!;
  const series = ctx.series.find((s) => s.topic === t.topic && s.unit === t.unit);
  const goal = t.value ?? (t.ratio !== null && t.base ? t.base.value * t.ratio : null);
  if (goal === null) {
    c.status = 'no-later-information';
    c.rule = `no status: the target is ${t.ratio} times a level of ${t.topic} that no release about the pair gives for before ${c.made}`;
    return;
  }
  c.goal = {
    topic: t.topic, value: goal, unit: t.unit,
    how: t.value !== null ? `as stated` : `${t.ratio} × ${formatValue(t.base!.value, t.unit)} (${t.base!.label}, ${t.base!.ref.documentId === draft.documentId ? 'in the same release' : `reported ${t.base!.ref.date}`})`,
  };
  const madeMonth = c.made ? month(c.made) : '';
  const deadline = c.deadline?.to ?? null;
  const points = (series?.rows ?? []).filter((r) => r.period.to >= madeMonth && (!deadline || r.period.from <= deadline)).flatMap((r) => r.reported.map((p) => ({ row: r, p })))
    .filter(({ row, p }) => row.period.grain !== 'unknown' && p.ref.documentId !== draft.documentId && p.ref.date !== null && c.made !== null && p.ref.date >= c.made && row.period.to >= madeMonth)
    .sort((x, y) => x.row.period.to.localeCompare(y.row.period.to) || (x.p.ref.date ?? '').localeCompare(y.p.ref.date ?? ''));
  const goalText = formatValue(goal, t.unit);
  const met = points.find(({ row, p }) => p.value >= goal && (!deadline || row.period.to <= deadline));
  if (met) {
    c.status = 'met';
    c.evidence = [met.p.ref];
    c.rule = `met: a release of ${met.p.ref.date} reports ${met.p.text} for ${met.row.period.label}, at least the target of ${goalText}${deadline ? `, within the deadline (${c.deadline!.value})` : ''}`;
    return;
  }
  const latest = points[points.length - 1];
  if (deadline) {
    const covering = points.filter(({ row }) => row.period.grain === 'year' && row.period.from <= deadline && row.period.to >= deadline);
    if (covering.length > 0) {
      const p = covering[covering.length - 1]!;
      c.status = 'not-met';
      c.evidence = [p.p.ref];
      c.rule = `not met by the deadline: the figure for ${p.row.period.label} (the deadline's year), ${p.p.text}, is below the target of ${goalText}, and no earlier period reached it`;
      return;
    }
    if (ctx.corpusUntil && ctx.corpusUntil > lastDay(deadline)) {
      c.status = 'no-later-information';
      if (latest) c.evidence = [latest.p.ref];
      c.rule = `no later information: the deadline (${c.deadline!.value}) has passed, but no release gives the figure for its period${latest ? `; the latest is ${latest.p.text} for ${latest.row.period.label}, below ${goalText}` : ''}`;
      return;
    }
    c.status = 'open';
    if (latest) c.evidence = [latest.p.ref];
    c.rule = `still open: the deadline (${c.deadline!.value}) is after the newest document in the store (${ctx.corpusUntil ?? 'none'})${latest ? `; the latest figure is ${latest.p.text} for ${latest.row.period.label}, below ${goalText}` : ''}`;
    return;
  }
  if (latest) {
    c.status = 'open';
    c.evidence = [latest.p.ref];
    c.rule = `still open: no deadline given, and no later figure reaches ${goalText} (the latest is ${latest.p.text} for ${latest.row.period.label})`;
    return;
  }
  const n = laterCount(index, draft);
  c.status = n > 0 ? 'open' : 'no-later-information';
  c.rule = n > 0 ? `still open: ${n} later document(s) about the pair give no figure for ${t.topic}` : 'no later information: no later document about the pair';
}

/** Held meetings after the commitment that include everyone in `people` (or, with no one named, all held meetings after it). */
function heldAfter(index: Index, draft: CommitmentDraft, people: readonly Participant[]): TimelineItem[] {
  const made = draft.commitment.made;
  if (!made) return [];
  let pool: TimelineItem[];
  if (people.length > 0) {
    // The shortest list of one named person's meetings, checked for the others.
    const lists = people.map((p) => index.meetingsBy.get(keyOf(p)) ?? []);
    pool = lists.reduce((a, b) => (b.length < a.length ? b : a));
  } else pool = index.held;
  return pool.filter((m) => m.ref.documentId !== draft.documentId && m.date! >= made.slice(0, m.date!.length));
}

/**
 * Whether a held meeting took place at one of `places`: a place party of the same side, or its
 * place by name. A visit whose text names no place is taken as the one planned (a visit is a
 * journey to the host); a plain meeting with no place could have been anywhere.
 */
function heldAt(m: TimelineItem, places: readonly Participant[]): boolean {
  const here = m.place?.toLowerCase() ?? '';
  const placeParties = m.participants.filter((p) => p.kind === 'place');
  if (here === '' && placeParties.length === 0) return m.kind === 'visit';
  return places.some(
    (q) =>
      placeParties.some((p) => keyOf(p) === keyOf(q) || (q.side !== null && p.side === q.side)) ||
      (here !== '' && (here.includes(q.name.toLowerCase()) || q.name.toLowerCase().includes(here))),
  );
}

function decidePlanned(ctx: DecideContext, index: Index, draft: CommitmentDraft): void {
  const c = draft.commitment;
  const planned = draft.plannedDate ?? c.deadline?.value ?? null;
  const until = planned ? plusDays(lastDay(planned), planned.length === 10 ? 7 : 0) : null;
  const people = [...c.by, ...c.to].filter((p) => p.kind === 'person' || p.kind === 'unknown');
  // A visit planned to a place is kept only by a meeting held there (or on that place's side):
  // the same two people meeting elsewhere years later is another meeting.
  const places = [...c.by, ...c.to].filter((p) => p.kind === 'place');
  const held = heldAfter(index, draft, people).filter((m) => {
    if (until && m.date! > until) return false;
    if (places.length > 0 && !heldAt(m, places)) return false;
    const keys = new Set(m.participants.map(keyOf));
    return people.length > 0 ? people.every((p) => keys.has(keyOf(p))) : m.participants.some((p) => p.side === 'a') && m.participants.some((p) => p.side === 'b');
  });
  if (held.length > 0) {
    const m = held[0]!;
    c.status = 'met';
    c.evidence = [m.ref];
    c.rule = `met: a release of ${m.ref.date} reports the ${m.kind} held on ${m.date} with ${m.participants.map((p) => p.name).join(' and ')}${planned ? ` (planned for ${planned})` : ''}`;
    return;
  }
  const n = laterCount(index, draft);
  if (until && ctx.corpusUntil && ctx.corpusUntil > until && n > 0) {
    c.status = 'not-met';
    c.rule = `not met by the planned date (${planned}): none of the ${n} later release(s) about the pair reports it held${people.length ? ` with ${people.map((p) => p.name).join(' and ')}` : ''}`;
    return;
  }
  c.status = n > 0 ? 'open' : 'no-later-information';
  c.rule = n > 0 ? `still open: ${n} later release(s) about the pair do not report it held${planned ? `; planned for ${planned}` : ''}` : 'no later information: no later document about the pair';
}

function decideInvitation(ctx: DecideContext, index: Index, draft: CommitmentDraft): void {
  const c = draft.commitment;
  const invited = c.to.filter((p) => p.side !== null);
  const hostSide = c.by.find((p) => p.side !== null)?.side ?? null;
  const visits = (invited.length === 0 ? [] : heldAfter(index, draft, invited)).filter((m) => {
    const keys = new Set(m.participants.map(keyOf));
    if (!invited.every((p) => keys.has(keyOf(p)))) return false;
    // Held on the inviting side: a place of that side among its parties.
    return m.participants.some((p) => p.kind === 'place' && p.side === hostSide);
  });
  if (visits.length > 0) {
    const m = visits[0]!;
    c.status = 'met';
    c.evidence = [m.ref];
    c.rule = `met: a release of ${m.ref.date} reports ${invited.map((p) => p.name).join(' and ')} on a ${m.kind} to ${m.participants.filter((p) => p.kind === 'place').map((p) => p.name).join(', ')}`;
    return;
  }
  decideByDeadline(ctx, index, draft, `reports ${invited.map((p) => p.name).join(' and ') || 'the invited side'} visiting`);
}

/** Later sentences compared per commitment, at most: a relation with thousands of releases stays linear. */
const MAX_COMPARED = 500;

/**
 * Sentences of later documents that hold the rarest word of each term, the only ones worth
 * comparing, oldest first; at most MAX_COMPARED from each list (plus one to tell it was cut).
 */
function candidateSentences(index: Index, draft: CommitmentDraft, terms: KeyTerms): { doc: number; sentence: number }[] {
  const made = draft.commitment.made;
  if (!made) return [];
  const from = firstFrom(index, made);
  const rarest = (stems: string[]) => stems.map((w) => index.sentencesWith.get(w) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
  const seen = new Set<string>();
  const out: { doc: number; sentence: number }[] = [];
  const add = (list: { doc: number; sentence: number }[]) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.doc < from) lo = mid + 1;
      else hi = mid;
    }
    let taken = 0;
    for (let k = lo; k < list.length && taken <= MAX_COMPARED; k++) {
      const x = list[k]!;
      if (index.docs[x.doc]!.id === draft.documentId) continue;
      const key = `${x.doc}:${x.sentence}`;
      taken++;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(x);
      }
    }
  };
  for (const p of terms.pairs) add(rarest(p.split(' ')));
  if (terms.words.length > 0) add(rarest(terms.words));
  return out.sort((a, b) => a.doc - b.doc || a.sentence - b.sentence);
}

function decideByWords(ctx: DecideContext, index: Index, draft: CommitmentDraft): void {
  const c = draft.commitment;
  const terms = draft.terms;
  let capped = false;
  if (terms && (terms.pairs.length > 0 || terms.words.length > 0)) {
    const deadline = c.deadline ? lastDay(c.deadline.to) : null;
    const candidates = candidateSentences(index, draft, terms);
    capped = candidates.length > MAX_COMPARED;
    for (const { doc: di, sentence: si } of candidates.slice(0, MAX_COMPARED)) {
      const doc = index.docs[di]!;
      const s = doc.sentences[si]!;
      const shared = sharedTerms(terms, s.text);
      if (!shared) continue;
      const late = deadline !== null && doc.date !== null && doc.date > deadline;
      c.status = late ? 'not-met' : 'met';
      c.evidence = [refOfSentence(doc, s)];
      c.rule = late
        ? `not met by the deadline (${c.deadline!.value}): first reported done in a release of ${doc.date} (shares ${shared.map((w) => `"${w}"`).join(', ')})`
        : `met: a later release (${doc.date}) reports it, not as a plan (shares ${shared.map((w) => `"${w}"`).join(', ')})`;
      return;
    }
  }
  decideByDeadline(ctx, index, draft, 'reports it done');
  if (capped) c.rule += ` (the first ${MAX_COMPARED} later sentences sharing its words were read)`;
}

function decideByDeadline(ctx: DecideContext, index: Index, draft: CommitmentDraft, what: string): void {
  const c = draft.commitment;
  const n = laterCount(index, draft);
  const deadline = c.deadline ? lastDay(c.deadline.to) : null;
  if (deadline && ctx.corpusUntil && ctx.corpusUntil > deadline && n > 0) {
    c.status = 'not-met';
    c.rule = `not met by the deadline (${c.deadline!.value}): none of the ${n} later release(s) about the pair ${what}`;
  } else if (n > 0) {
    c.status = 'open';
    c.rule = `still open: none of the ${n} later release(s) about the pair ${what}${deadline ? `; the deadline (${c.deadline!.value}) is after the newest document (${ctx.corpusUntil})` : '; no deadline was given'}`;
  } else {
    c.status = 'no-later-information';
    c.rule = 'no later information: no later document about the pair';
  }
}

/** Decides the status of every commitment (in place) from the documents after it. */
export function decideCommitments(drafts: readonly CommitmentDraft[], ctx: DecideContext): Commitment[] {
  const index = buildIndex(ctx);
  for (const d of drafts) {
    d.commitment.evidence = [];
    if (d.target) decideTarget(ctx, index, d);
    else if (d.commitment.kind === 'planned-meeting') decidePlanned(ctx, index, d);
    else if (d.commitment.kind === 'invitation') decideInvitation(ctx, index, d);
    else decideByWords(ctx, index, d);
  }
  return drafts.map((d) => d.commitment);
}
