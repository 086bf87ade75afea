import { readFileSync } from 'node:fs';
import type { ExtractRecord } from '../src/record/types.js';
import { type Scores, sameCountry } from './match.js';

/** One actor of a PLOVER gold record, as the dev set gives it. */
export interface PloverActor {
  actorText: string;
  code: string | null;
  sector: string | null;
}

export interface PloverRecord {
  id: string;
  text: string;
  event_current: string;
  source: PloverActor[];
  target: PloverActor[];
  markup: string;
}

export function readPlover(file: string): PloverRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PloverRecord);
}

export interface GoldActorSpan {
  start: number;
  end: number;
  code: string | null;
  /** Primary sector (first three letters), or null when absent or undetermined ("***"). */
  sector: string | null;
}

/** The primary PLOVER sector: "GOVMOS" -> "GOV", "***" and "MOS" alone are not sectors we score. */
export function primarySector(sector: string | null): string | null {
  if (!sector || !/^[A-Z]{3}/.test(sector) || sector === 'MOS') return null;
  return sector.slice(0, 3);
}

/**
 * Finds where an actor's words sit in the sentence. The markup tells which occurrence is meant
 * ("Romanian" can appear twice): count the plain occurrences before the tagged one.
 * Discontinuous gold ("Sierra Leonean ... refugees") and paraphrased gold ("Jordan's King
 * Abdullah II" for "Jordan's visiting King Abdullah II") fall back to their parts.
 */
export function locateActor(text: string, markup: string, actorText: string): [number, number] | null {
  const wanted = actorText.replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  const exact = locateExact(text, markup, wanted);
  if (exact) return exact;
  const parts = wanted.split(/\s*\.\.\.\s*/).filter(Boolean);
  if (parts.length > 1) {
    const first = locateExact(text, markup, parts[0]!);
    if (first) {
      const last = text.indexOf(parts[parts.length - 1]!, first[1]);
      return last >= 0 ? [first[0], last + parts[parts.length - 1]!.length] : first;
    }
  }
  const words = wanted.split(/[\s.]+/).filter((w) => w.length >= 3).sort((a, b) => b.length - a.length);
  for (const w of words) {
    const at = text.indexOf(w);
    if (at >= 0) return [at, at + w.length];
  }
  return null;
}

function locateExact(text: string, markup: string, actorText: string): [number, number] | null {
  let occurrence = 0;
  const tag = /\((?:SRC|TAR|SRC\/TAR):\s*/g;
  for (let m = tag.exec(markup); m; m = tag.exec(markup)) {
    const after = m.index + m[0].length;
    if (markup.startsWith(actorText, after)) {
      const before = markup.slice(0, m.index).replace(/\((?:SRC|TAR|SRC\/TAR|EVT|LOC):\s*/g, '');
      occurrence = before.split(actorText).length - 1;
      break;
    }
  }
  let at = -1;
  for (let k = 0, from = 0; k <= occurrence; k++) {
    const next = text.indexOf(actorText, from);
    if (next < 0) break;
    at = next;
    from = next + 1;
  }
  if (at < 0) {
    at = text.toLowerCase().indexOf(actorText.toLowerCase());
    if (at < 0) return null;
  }
  return [at, at + actorText.length];
}

/** Gold actors of every record, grouped by sentence and de-duplicated (a sentence can carry several events). */
export function goldActorsByText(records: readonly PloverRecord[]): { byText: Map<string, GoldActorSpan[]>; unplaced: number } {
  const byText = new Map<string, GoldActorSpan[]>();
  let unplaced = 0;
  for (const r of records) {
    const list = byText.get(r.text) ?? [];
    byText.set(r.text, list);
    for (const a of [...r.source, ...r.target]) {
      const span = locateActor(r.text, r.markup ?? '', a.actorText);
      if (!span) {
        unplaced++;
        continue;
      }
      if (list.some((g) => g.start === span[0] && g.end === span[1] && g.code === a.code)) continue;
      list.push({ start: span[0], end: span[1], code: a.code, sector: primarySector(a.sector) });
    }
  }
  return { byText, unplaced };
}

interface PredictedMention {
  start: number;
  end: number;
  country: string | null;
  sector: string | null;
}

/** Every mention of every person, organisation, unnamed group and place (event parties are among these actors). */
export function predictedMentions(rec: ExtractRecord): PredictedMention[] {
  const out: PredictedMention[] = [];
  for (const a of [...rec.people, ...rec.organizations, ...(rec.groups ?? [])]) {
    for (const [start, end] of a.mentions) out.push({ start, end, country: a.country, sector: a.sector });
  }
  for (const a of rec.places) {
    for (const [start, end] of a.mentions) out.push({ start, end, country: a.country, sector: null });
  }
  return out;
}

/**
 * Recall and precision are counted in different units here (gold actors found vs predicted
 * mentions judged right), so the tally keeps both sides.
 */
export interface Tally {
  found: number;
  gold: number;
  correct: number;
  predicted: number;
}

export interface ActorCounts {
  spans: Tally;
  country: Tally;
  sector: Tally;
}

const tally = (): Tally => ({ found: 0, gold: 0, correct: 0, predicted: 0 });

export function tallyScores(t: Tally): Scores {
  const precision = t.predicted === 0 ? 1 : t.correct / t.predicted;
  const recall = t.gold === 0 ? 1 : t.found / t.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: t.found, fp: t.predicted - t.correct, fn: t.gold - t.found, precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Scores one sentence. Recall: a gold actor is found when a predicted mention overlaps its words
 * (and, for country/sector, carries the same code). Precision: spans are judged over all predicted
 * mentions (a lower bound, since the gold names only event actors); codes over the predicted
 * mentions that overlap a gold actor which has a code.
 */
export function scoreActors(gold: readonly GoldActorSpan[], predicted: readonly PredictedMention[]): ActorCounts {
  const spans = tally();
  const country = tally();
  const sector = tally();
  for (const g of gold) {
    const hits = predicted.filter((p) => overlaps(p, g));
    spans.gold++;
    if (hits.length) spans.found++;
    if (g.code) {
      country.gold++;
      if (hits.some((p) => sameCountry(p.country, g.code!))) country.found++;
    }
    if (g.sector) {
      sector.gold++;
      if (hits.some((p) => p.sector?.slice(0, 3) === g.sector)) sector.found++;
    }
  }
  for (const p of predicted) {
    const hits = gold.filter((g) => overlaps(p, g));
    spans.predicted++;
    if (hits.length === 0) continue;
    spans.correct++;
    if (p.country !== null && hits.some((g) => g.code)) {
      country.predicted++;
      if (hits.some((g) => g.code && sameCountry(p.country, g.code))) country.correct++;
    }
    if (p.sector !== null && hits.some((g) => g.sector)) {
      sector.predicted++;
      if (hits.some((g) => g.sector === p.sector!.slice(0, 3))) sector.correct++;
    }
  }
  return { spans, country, sector };
}

const addTally = (a: Tally, b: Tally): Tally => ({
  found: a.found + b.found, gold: a.gold + b.gold, correct: a.correct + b.correct, predicted: a.predicted + b.predicted,
});

export function addActorCounts(a: ActorCounts, b: ActorCounts): ActorCounts {
  return { spans: addTally(a.spans, b.spans), country: addTally(a.country, b.country), sector: addTally(a.sector, b.sector) };
}

/** A gold actor the pipeline missed or coded differently, for `--misses`. */
export interface ActorMiss {
  actor: string;
  expected: { code: string | null; sector: string | null };
  /** What the overlapping predicted mentions say; empty when nothing overlapped. */
  got: Array<{ text: string; country: string | null; sector: string | null }>;
  sentence: string;
}

export interface PloverActorResult {
  sentences: number;
  goldActors: number;
  unplaced: number;
  counts: ActorCounts;
  misses: ActorMiss[];
}

export function evaluatePloverActors(
  records: readonly PloverRecord[],
  run: (text: string) => ExtractRecord,
): PloverActorResult {
  const { byText, unplaced } = goldActorsByText(records);
  let counts: ActorCounts = { spans: tally(), country: tally(), sector: tally() };
  let goldActors = 0;
  const misses: ActorMiss[] = [];
  for (const [text, gold] of byText) {
    goldActors += gold.length;
    const predicted = predictedMentions(run(text));
    counts = addActorCounts(counts, scoreActors(gold, predicted));
    for (const g of gold) {
      const hits = predicted.filter((p) => overlaps(p, g));
      const countryRight = !g.code || hits.some((p) => sameCountry(p.country, g.code!));
      const sectorRight = !g.sector || hits.some((p) => p.sector?.slice(0, 3) === g.sector);
      if (hits.length && countryRight && sectorRight) continue;
      misses.push({
        actor: text.slice(g.start, g.end),
        expected: { code: g.code, sector: g.sector },
        got: hits.map((p) => ({ text: text.slice(p.start, p.end), country: p.country, sector: p.sector })),
        sentence: text,
      });
    }
  }
  return { sentences: byText.size, goldActors, unplaced, counts, misses };
}
