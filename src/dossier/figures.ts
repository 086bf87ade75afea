/**
 * Figure series between two parties: each reported figure placed at the period it refers to,
 * one point per document, conflicting reports side by side, and values implied by a change
 * ("grew 2.6 times ... to $284 million" implies $109 million the year before) kept apart as derived.
 */
import { measureLexicon } from '../lexicon/measures.js';
import type { MeasureRecord, PeriodRecord, QuantityRecord } from '../record/types.js';
import { formatValue } from './format.js';
import type { DerivedPoint, FigureSeries, PeriodInfo, Ref, SeriesRow } from './types.js';

export interface MeasureEntry {
  documentId: string;
  date: string | null;
  measure: MeasureRecord;
  quantity: QuantityRecord | null;
  level: QuantityRecord | null;
  ref: Ref;
  levelRef: Ref | null;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));

export function periodInfo(p: PeriodRecord): PeriodInfo {
  const year = p.from.slice(0, 4);
  let label = p.value;
  if (p.grain === 'quarter') label = `Q${p.value.slice(-1)} ${year}`;
  else if (p.grain === 'half') label = `H${p.value.slice(-1)} ${year}`;
  else if (p.grain === 'month') label = `${MONTH_NAMES[Number(p.from.slice(5, 7)) - 1]} ${year}`;
  else if (p.grain === 'months') label = `${SHORT[Number(p.from.slice(5, 7)) - 1]}–${SHORT[Number(p.to.slice(5, 7)) - 1]} ${year}`;
  return { value: p.value, label, grain: p.grain, from: p.from, to: p.to };
}

/** A row for figures whose period the text does not give: shown apart, at the release date. */
function unstatedPeriod(date: string | null): PeriodInfo {
  const month = date ? date.slice(0, 7) : '0000-00';
  return { value: `reported ${date ?? 'undated'}`, label: `period not stated (reported ${date ?? 'undated'})`, grain: 'unknown', from: month, to: month };
}

/** The unit a series is kept in: currency, counted unit, or none. */
export function unitOf(q: QuantityRecord | null): string | null {
  if (!q) return null;
  return q.currency ?? q.unit ?? null;
}

function derive(e: MeasureEntry): { value: number; formula: string } | null {
  const m = e.measure;
  const q = e.quantity;
  const level = e.level;
  if (!q || !level || !m.base) return null;
  const v = level.value;
  const unit = unitOf(level);
  if (q.kind === 'ratio' && q.value > 0) {
    return m.direction === 'down'
      ? { value: v * q.value, formula: `${formatValue(v, unit)} × ${q.value} (fell ${q.value} times)` }
      : { value: v / q.value, formula: `${formatValue(v, unit)} ÷ ${q.value}` };
  }
  if (q.kind === 'percent') {
    const p = q.value / 100;
    if (m.direction === 'down') return p < 1 ? { value: v / (1 - p), formula: `${formatValue(v, unit)} ÷ (1 − ${q.value}%)` } : null;
    return { value: v / (1 + p), formula: `${formatValue(v, unit)} ÷ (1 + ${q.value}%)` };
  }
  return null;
}

const lexiconTopics = (): Set<string> => new Set([...measureLexicon().topics.byFirst.values()].flat().map((f) => f.value));

/**
 * Builds the series from the measures of the pair's documents. Targets become marks (values of
 * targets stated as a multiple are worked out by the commitments and added there).
 */
export { formatValue };

export function buildSeries(entries: readonly MeasureEntry[]): FigureSeries[] {
  const series = new Map<string, FigureSeries & { rowMap: Map<string, SeriesRow>; seen: Set<string> }>();
  const get = (topic: string, unit: string | null) => {
    const key = `${topic}\u0000${unit ?? ''}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { topic, unit, rows: [], changes: [], targets: [], rowMap: new Map(), seen: new Set() }));
    return s;
  };
  const row = (s: FigureSeries & { rowMap: Map<string, SeriesRow> }, period: PeriodInfo) => {
    let r = s.rowMap.get(period.value);
    if (!r) s.rowMap.set(period.value, (r = { period, reported: [], derived: [], conflict: false }));
    return r;
  };
  const loose: { topic: string; change: FigureSeries['changes'][number] }[] = [];
  for (const e of entries) {
    const m = e.measure;
    const q = e.quantity;
    if (m.role === 'level' && q && (q.kind === 'money' || q.kind === 'count')) {
      const s = get(m.topic, unitOf(q));
      const period = m.period ? periodInfo(m.period) : unstatedPeriod(e.date);
      // One point per source: a release that gives the same figure twice counts once.
      const key = `${period.value}\u0000${e.documentId}`;
      if (s.seen.has(key)) continue;
      s.seen.add(key);
      row(s, period).reported.push({ value: q.value, text: q.text, qualifier: q.qualifier, ref: e.ref, rule: m.rule });
    } else if (m.role === 'change' && q) {
      const unit = unitOf(e.level);
      const change = { period: m.period ? periodInfo(m.period) : null, direction: m.direction, text: q.text, ref: e.ref };
      // A change with no level of its own ("grew 1.4 times in the first quarter") joins its topic's series at the end.
      if (e.level) get(m.topic, unit).changes.push(change);
      else loose.push({ topic: m.topic, change });
      const d = derive(e);
      if (d && m.base && e.levelRef) {
        const target = get(m.topic, unit);
        const point: DerivedPoint = { value: d.value, formula: d.formula, change: e.ref, level: e.levelRef };
        row(target, periodInfo(m.base)).derived.push(point);
      }
    } else if (m.role === 'target' && q && q.kind !== 'ratio' && q.kind !== 'percent') {
      get(m.topic, unitOf(q)).targets.push({ value: q.value, deadline: m.deadline ? periodInfo(m.deadline) : null, ref: e.ref });
    }
  }
  const known = lexiconTopics();
  const out: FigureSeries[] = [];
  for (const s of series.values()) {
    const rows = [...s.rowMap.values()].sort((x, y) => x.period.from.localeCompare(y.period.from) || x.period.to.localeCompare(y.period.to));
    for (const r of rows) {
      const values = r.reported.map((p) => p.value);
      r.conflict = values.length > 1 && Math.max(...values) / Math.min(...values) - 1 > 0.02;
    }
    const points = rows.reduce((n, r) => n + r.reported.length + r.derived.length, 0);
    // A counted thing that turns up once is a detail, not a series; the lexicon's topics always are.
    if (points === 0 && s.targets.length === 0) continue;
    if (!known.has(s.topic) && points < 2) continue;
    if (s.unit === null && rows.length === 0) continue;
    out.push({ topic: s.topic, unit: s.unit, rows, changes: s.changes, targets: s.targets });
  }
  const weight = (s: FigureSeries) => (known.has(s.topic) ? 1000 : 0) + s.rows.length;
  out.sort((x, y) => weight(y) - weight(x) || x.topic.localeCompare(y.topic));
  for (const { topic, change } of loose) out.find((s) => s.topic === topic)?.changes.push(change);
  for (const s of out) s.changes.sort((x, y) => (x.period?.from ?? x.ref.date ?? '').localeCompare(y.period?.from ?? y.ref.date ?? ''));
  return out;
}
