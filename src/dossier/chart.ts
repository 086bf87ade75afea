/**
 * The chart of a figure series as plain geometry: reported points (one per source), derived
 * points (drawn apart, hollow), targets as marks at their deadlines. The web UI draws it with
 * React and the HTML export as an SVG string, from this one model. No imports: it runs in both.
 */

export interface ChartPeriod {
  label: string;
  from: string;
  to: string;
}

export interface ChartInput {
  topic: string;
  unit: string | null;
  rows: {
    period: ChartPeriod & { grain: string };
    reported: { value: number; text: string; ref: { documentId: string; start: number; date: string | null } }[];
    derived: { value: number; formula: string; change: { documentId: string; start: number } }[];
    conflict: boolean;
  }[];
  targets: { value: number; deadline: ChartPeriod | null; ref: { documentId: string; start: number; text: string; date: string | null } }[];
}

export interface ChartPoint {
  x: number;
  y: number;
  label: string;
  documentId: string;
  start: number;
}

export interface ChartModel {
  width: number;
  height: number;
  title: string;
  axis: { x0: number; x1: number; y0: number; y1: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  reported: (ChartPoint & { conflict: boolean })[];
  derived: ChartPoint[];
  targets: ChartPoint[];
  /** Path through the first reported point of each period, in period order. */
  line: string;
}

const W = 760;
const H = 300;
const PAD = { l: 72, r: 20, t: 16, b: 40 };

function monthIndex(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

function compact(value: number): string {
  const abs = Math.abs(value);
  const [n, s] = abs >= 1e12 ? [value / 1e12, 'T'] : abs >= 1e9 ? [value / 1e9, 'B'] : abs >= 1e6 ? [value / 1e6, 'M'] : abs >= 1e3 ? [value / 1e3, 'K'] : [value, ''];
  return `${Math.round(n * 10) / 10}${s}`;
}

/** Null when the series has nothing to place on a time axis. */
export function chartModel(series: ChartInput): ChartModel | null {
  const mid = (p: ChartPeriod) => (monthIndex(p.from) + monthIndex(p.to) + 1) / 2;
  const rows = series.rows.filter((r) => r.period.grain !== 'unknown' && /^\d{4}-\d{2}$/.test(r.period.from));
  const targets = series.targets.filter((t) => t.deadline && /^\d{4}-\d{2}$/.test(t.deadline.to));
  const xs = [...rows.map((r) => mid(r.period)), ...targets.map((t) => monthIndex(t.deadline!.to) + 1)];
  const ys = [
    ...rows.flatMap((r) => [...r.reported.map((p) => p.value), ...r.derived.map((d) => d.value)]),
    ...targets.map((t) => t.value),
  ];
  if (xs.length === 0 || ys.length === 0) return null;
  let x0 = Math.floor(Math.min(...xs) / 12) * 12;
  let x1 = Math.ceil(Math.max(...xs) / 12) * 12;
  if (x1 - x0 < 12) [x0, x1] = [x0, x0 + 12];
  const y0 = 0;
  const y1 = Math.max(...ys) * 1.1 || 1;
  const sx = (x: number) => PAD.l + ((x - x0) / (x1 - x0)) * (W - PAD.l - PAD.r);
  const sy = (y: number) => H - PAD.b - ((y - y0) / (y1 - y0)) * (H - PAD.t - PAD.b);
  const unit = series.unit ? ` ${series.unit}` : '';
  const reported: ChartModel['reported'] = [];
  const derived: ChartPoint[] = [];
  const line: string[] = [];
  for (const r of rows) {
    const x = mid(r.period);
    r.reported.forEach((p, i) => {
      // Reports for the same period sit side by side, a few pixels apart.
      const dx = (i - (r.reported.length - 1) / 2) * 8;
      reported.push({ x: sx(x) + dx, y: sy(p.value), label: `${r.period.label}: ${p.text} (reported ${p.ref.date ?? 'undated'})`, documentId: p.ref.documentId, start: p.ref.start, conflict: r.conflict });
    });
    if (r.reported[0]) line.push(`${line.length ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(r.reported[0].value).toFixed(1)}`);
    // Derived values sit just right of the period, so a reported figure never hides one.
    for (const d of r.derived) derived.push({ x: sx(x) + 10, y: sy(d.value), label: `${r.period.label}: ${compact(d.value)}${unit} derived (${d.formula}), not reported`, documentId: d.change.documentId, start: d.change.start });
  }
  const marks = targets.map((t) => ({
    x: sx(monthIndex(t.deadline!.to) + 1), y: sy(t.value), label: `target ${compact(t.value)}${unit} by ${t.deadline!.label} (set ${t.ref.date ?? 'undated'})`,
    documentId: t.ref.documentId, start: t.ref.start,
  }));
  const years: { x: number; label: string }[] = [];
  const step = Math.max(1, Math.ceil((x1 - x0) / 12 / 8));
  for (let m = x0; m <= x1; m += 12 * step) years.push({ x: sx(m), label: String(Math.floor(m / 12)) });
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ y: sy(y0 + f * (y1 - y0)), label: compact(y0 + f * (y1 - y0)) }));
  return {
    width: W, height: H, title: `${series.topic}${unit}`, axis: { x0: PAD.l, x1: W - PAD.r, y0: H - PAD.b, y1: PAD.t },
    xTicks: years, yTicks, reported, derived, targets: marks, line: line.join(' '),
  };
}
