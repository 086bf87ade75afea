import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractRecord } from '../src/record/types.js';
import { looseNameMatch } from './loose-names.js';
import { type Counts, type Scores, add, greedyMatch, normalizeName, score, zero } from './match.js';

/**
 * Scores against `releases-dev`: real official releases with gold in their own schema (see the
 * README beside the data). The articles are split by their `split` field: `tune` is for
 * developing rules, `check` only for measuring. Nothing of a `check` article but its counts
 * ever leaves this module, so its texts and misses stay unread.
 */

export const SPLITS = ['tune', 'check'] as const;
export type Split = (typeof SPLITS)[number];

export const RELEASE_FIELDS = [
  'quotes', 'quotes.speaker', 'meetings.participants', 'meetings.date', 'people', 'people.country', 'money', 'organizations', 'places',
] as const;
export type ReleaseField = (typeof RELEASE_FIELDS)[number];
export type ReleaseCounts = Record<ReleaseField, Counts>;

export interface ReleaseArticle {
  id: string;
  split: Split;
  url: string | null;
  source: string | null;
  date: string | null;
  title: string | null;
  text: string;
}

export interface ReleaseGold {
  id: string;
  meetings: Array<{ participants: string[]; date: string | null }>;
  quotes: Array<{ speaker: string; text: string }>;
  money: Array<{ text: string; value: number; currency: string }>;
  people: Array<{ name: string; title: string | null; country: string | null }>;
  organizations: string[];
  places: string[];
}

export class ReleasesError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ReleasesError';
  }
}

function readJsonl(file: string, problems: string[]): unknown[] {
  const out: unknown[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch (err) {
      problems.push(`line ${i + 1}: not JSON (${(err as Error).message})`);
    }
  });
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strOrNull = (v: unknown) => v === null || typeof v === 'string';

/** Validates both files and reports every problem at once. */
export function loadReleases(dir: string): Array<{ article: ReleaseArticle; gold: ReleaseGold }> {
  const articlesFile = path.join(dir, 'articles.jsonl');
  const goldFile = path.join(dir, 'gold.jsonl');
  const problems: string[] = [];
  const articles = new Map<string, ReleaseArticle>();
  readJsonl(articlesFile, problems).forEach((a, i) => {
    if (!isObj(a) || typeof a.id !== 'string' || typeof a.text !== 'string' || (a.split !== 'tune' && a.split !== 'check')
      || !strOrNull(a.date ?? null) || !strOrNull(a.title ?? null) || !strOrNull(a.source ?? null) || !strOrNull(a.url ?? null)) {
      problems.push(`articles line ${i + 1}: expected {id, split: tune|check, text, date, title, source, url}`);
      return;
    }
    articles.set(a.id, {
      id: a.id, split: a.split, text: a.text, date: (a.date as string | null) ?? null, title: (a.title as string | null) ?? null,
      source: (a.source as string | null) ?? null, url: (a.url as string | null) ?? null,
    });
  });
  const out: Array<{ article: ReleaseArticle; gold: ReleaseGold }> = [];
  const golds = readJsonl(goldFile, problems);
  golds.forEach((g, i) => {
    const at = `gold line ${i + 1}`;
    if (!isObj(g) || typeof g.id !== 'string') {
      problems.push(`${at}: expected an object with an id`);
      return;
    }
    const article = articles.get(g.id);
    if (!article) {
      problems.push(`${at}: no article with id ${g.id}`);
      return;
    }
    const list = (k: string) => (Array.isArray(g[k]) ? (g[k] as unknown[]) : (problems.push(`${at}: ${k} is not a list`), []));
    const meetings = list('meetings').filter((m) => isObj(m) && Array.isArray(m.participants)) as ReleaseGold['meetings'];
    const quotes = list('quotes').filter((q) => isObj(q) && typeof q.text === 'string') as ReleaseGold['quotes'];
    const money = list('money').filter((q) => isObj(q) && typeof q.value === 'number') as ReleaseGold['money'];
    const people = list('people').filter((p) => isObj(p) && typeof p.name === 'string') as ReleaseGold['people'];
    out.push({
      article,
      gold: {
        id: g.id, meetings, quotes, money, people,
        organizations: list('organizations').filter((x): x is string => typeof x === 'string'),
        places: list('places').filter((x): x is string => typeof x === 'string'),
      },
    });
  });
  if (problems.length) throw new ReleasesError(dir, problems);
  return out;
}

/** Word set of a quotation, for the 70% overlap rule. */
function wordSet(text: string): Set<string> {
  return new Set(normalizeName(text).split(' ').filter(Boolean));
}

export function jaccard(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size === 0 && y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}

/** Quotes read from transcript paragraphs ("Vladimir Putin: ...") are left out of scoring. */
export const isTranscriptQuote = (q: ExtractRecord['quotes'][number]) => q.rule.startsWith('transcript');

/**
 * Names of the people taking part in held meetings: from `meetings` when the record has
 * them, else from the people among the parties of CONSULT events.
 */
export function meetingParticipants(rec: ExtractRecord): string[] {
  const names: string[] = [];
  const addName = (n: string) => {
    if (!names.some((x) => looseNameMatch(x, n))) names.push(n);
  };
  const recMeetings = (rec as { meetings?: Array<{ participants: unknown[]; status?: string }> }).meetings;
  if (Array.isArray(recMeetings)) {
    for (const m of recMeetings) {
      if (m.status === 'planned') continue;
      for (const p of m.participants) {
        const n = typeof p === 'string' ? p : isObj(p) && typeof p.name === 'string' ? p.name : null;
        if (n) addName(n);
      }
    }
    return names;
  }
  const people = new Set(rec.people.map((p) => p.id));
  for (const e of rec.events) {
    if (e.type !== 'CONSULT') continue;
    for (const a of [...e.source, ...e.target]) if (people.has(a.id)) addName(a.name);
  }
  return names;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The days of held meetings, each once. Gold gives a meeting's date only when the text names its
 * day and month, so a meeting dated to a month alone is left out here too.
 */
export function meetingDays(rec: ExtractRecord): string[] {
  const days = new Set<string>();
  for (const m of rec.meetings ?? []) if (m.status !== 'planned' && m.date && ISO_DAY.test(m.date)) days.add(m.date);
  return [...days];
}

export interface ReleaseMiss {
  field: ReleaseField;
  kind: 'missed' | 'spurious' | 'wrong';
  detail: string;
}

export interface ReleaseScore {
  counts: ReleaseCounts;
  misses: ReleaseMiss[];
}

export function emptyReleaseCounts(): ReleaseCounts {
  return Object.fromEntries(RELEASE_FIELDS.map((f) => [f, zero()])) as ReleaseCounts;
}

export function addReleaseCounts(a: ReleaseCounts, b: ReleaseCounts): ReleaseCounts {
  return Object.fromEntries(RELEASE_FIELDS.map((f) => [f, add(a[f], b[f])])) as ReleaseCounts;
}

const items = (gold: number, predicted: number, tp: number): Counts => ({ tp, fp: predicted - tp, fn: gold - tp });

/** Scores one record against its gold, following the rules of the releases-dev README. */
export function scoreRelease(gold: ReleaseGold, rec: ExtractRecord): ReleaseScore {
  const counts = emptyReleaseCounts();
  const misses: ReleaseMiss[] = [];
  const unmatched = <G, P>(field: ReleaseField, g: readonly G[], p: readonly P[], pairs: Array<[number, number]>,
    showG: (x: G) => string, showP: (x: P) => string) => {
    const gm = new Set(pairs.map(([gi]) => gi));
    const pm = new Set(pairs.map(([, pi]) => pi));
    g.forEach((x, i) => { if (!gm.has(i)) misses.push({ field, kind: 'missed', detail: showG(x) }); });
    p.forEach((x, i) => { if (!pm.has(i)) misses.push({ field, kind: 'spurious', detail: showP(x) }); });
  };

  // Quotes: word sets overlapping by 70%; the speaker must match too for "with the right speaker".
  const quotes = rec.quotes.filter((q) => !isTranscriptQuote(q));
  const qPairs = greedyMatch(gold.quotes, quotes, (g, p) => jaccard(g.text, p.text) >= 0.7);
  counts.quotes = items(gold.quotes.length, quotes.length, qPairs.length);
  let rightSpeaker = 0;
  for (const [gi, pi] of qPairs) {
    const g = gold.quotes[gi]!;
    const p = quotes[pi]!;
    if (p.speaker && looseNameMatch(g.speaker, p.speaker)) rightSpeaker++;
    else misses.push({ field: 'quotes.speaker', kind: 'wrong', detail: `"${g.text.slice(0, 50)}...": expected ${g.speaker}, got ${p.speaker ?? 'null'} (${p.rule})` });
  }
  counts['quotes.speaker'] = items(gold.quotes.length, quotes.length, rightSpeaker);
  unmatched('quotes', gold.quotes, quotes, qPairs, (g) => `${g.speaker}: "${g.text.slice(0, 60)}..."`,
    (p) => `${p.speaker ?? 'null'}: "${p.text.slice(0, 60)}..." (${p.rule})`);

  // Meeting participants: the people of held meetings, as one set per article.
  const goldParticipants: string[] = [];
  for (const m of gold.meetings) {
    for (const n of m.participants) if (!goldParticipants.some((x) => looseNameMatch(x, n))) goldParticipants.push(n);
  }
  const predicted = meetingParticipants(rec);
  const mPairs = greedyMatch(goldParticipants, predicted, (g, p) => looseNameMatch(g, p));
  counts['meetings.participants'] = items(goldParticipants.length, predicted.length, mPairs.length);
  unmatched('meetings.participants', goldParticipants, predicted, mPairs, (g) => g, (p) => p);

  // Meeting dates: the days of held meetings, as one set per article.
  const goldDays = [...new Set(gold.meetings.map((m) => m.date).filter((d): d is string => d !== null))];
  const days = meetingDays(rec);
  const dPairs = greedyMatch(goldDays, days, (g, p) => g === p);
  counts['meetings.date'] = items(goldDays.length, days.length, dPairs.length);
  unmatched('meetings.date', goldDays, days, dPairs, (g) => g, (p) => p);

  // People by name; their country as the share of matched people with a gold country.
  const pPairs = greedyMatch(gold.people, rec.people, (g, p) => looseNameMatch(g.name, p.name));
  counts.people = items(gold.people.length, rec.people.length, pPairs.length);
  const country = zero();
  for (const [gi, pi] of pPairs) {
    const g = gold.people[gi]!;
    const p = rec.people[pi]!;
    if (!g.country) continue;
    if (p.country === g.country) country.tp++;
    else {
      country.fn++;
      if (p.country) country.fp++;
      misses.push({ field: 'people.country', kind: 'wrong', detail: `${g.name} (${g.title ?? '-'}): expected ${g.country}, got ${p.country ?? 'null'} (${p.title ?? '-'})` });
    }
  }
  counts['people.country'] = country;
  unmatched('people', gold.people, rec.people, pPairs, (g) => `${g.name} (${g.title ?? '-'}, ${g.country ?? '-'})`,
    (p) => `${p.name} (${p.title ?? '-'}, ${p.country ?? '-'})`);

  // Money: value within 1% and the same currency.
  const money = rec.quantities.filter((q) => q.kind === 'money');
  const sameMoney = (g: ReleaseGold['money'][number], p: (typeof money)[number]) =>
    p.currency === g.currency && (g.value === 0 ? p.value === 0 : Math.abs(p.value - g.value) <= Math.abs(g.value) * 0.01);
  const $pairs = greedyMatch(gold.money, money, sameMoney);
  counts.money = items(gold.money.length, money.length, $pairs.length);
  unmatched('money', gold.money, money, $pairs, (g) => `${g.value} ${g.currency} ("${g.text}")`, (p) => `${p.value} ${p.currency} ("${p.text}")`);

  // Organisations and places by name (shown for information; no bar is set on them).
  const oPairs = greedyMatch(gold.organizations, rec.organizations, (g, p) => normalizeName(g) === normalizeName(p.name));
  counts.organizations = items(gold.organizations.length, rec.organizations.length, oPairs.length);
  unmatched('organizations', gold.organizations, rec.organizations, oPairs, (g) => g, (p) => p.name);
  const plPairs = greedyMatch(gold.places, rec.places, (g, p) => normalizeName(g) === normalizeName(p.name));
  counts.places = items(gold.places.length, rec.places.length, plPairs.length);
  unmatched('places', gold.places, rec.places, plPairs, (g) => g, (p) => p.name);

  return { counts, misses };
}

export interface ReleaseSplitResult {
  articles: number;
  total: Record<ReleaseField, Scores>;
  /** Per-article scores and misses: only ever filled for `tune`. */
  files: Array<{ id: string; scores: Record<ReleaseField, Scores>; misses: ReleaseMiss[] }>;
}

export type ReleasesResult = Record<Split, ReleaseSplitResult>;

const scoresOf = (c: ReleaseCounts) =>
  Object.fromEntries(RELEASE_FIELDS.map((f) => [f, score(c[f])])) as Record<ReleaseField, Scores>;

/** Runs every article through `extract` and scores each split; per-article detail is kept for `tune` only. */
export function evaluateReleases(dir: string, extract: (a: ReleaseArticle) => ExtractRecord): ReleasesResult | null {
  if (!existsSync(path.join(dir, 'articles.jsonl')) || !existsSync(path.join(dir, 'gold.jsonl'))) return null;
  const totals: Record<Split, ReleaseCounts> = { tune: emptyReleaseCounts(), check: emptyReleaseCounts() };
  const result: ReleasesResult = {
    tune: { articles: 0, total: scoresOf(totals.tune), files: [] },
    check: { articles: 0, total: scoresOf(totals.check), files: [] },
  };
  for (const { article, gold } of loadReleases(dir)) {
    const s = scoreRelease(gold, extract(article));
    totals[article.split] = addReleaseCounts(totals[article.split], s.counts);
    result[article.split].articles++;
    if (article.split === 'tune') result.tune.files.push({ id: article.id, scores: scoresOf(s.counts), misses: s.misses });
  }
  for (const split of SPLITS) result[split].total = scoresOf(totals[split]);
  return result;
}

/** The figure of record per field: the share of right countries among matched people, F1 elsewhere. */
export function headline(field: ReleaseField, s: Scores): number {
  return field === 'people.country' ? s.recall : s.f1;
}
