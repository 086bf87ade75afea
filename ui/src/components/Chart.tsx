import type { FigureRow } from '../../../src/server/api-types.js';
import { href } from '../router.js';

const W = 760;
const H = 320;
const PAD = { l: 70, r: 16, t: 12, b: 36 };

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

function dayNumber(date: string): number {
  return Date.parse(`${date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date}T00:00:00Z`) / 86_400_000;
}

/**
 * Figures over time as SVG points; each point links to its sentence. Points are joined only
 * when they form one series (a text filter is set); unrelated figures stay separate dots.
 */
export function Chart({ points, label, connect = false, log = false }: { points: FigureRow[]; label: string; connect?: boolean; log?: boolean }) {
  const dated = points.filter((p) => p.date).map((p) => ({ p, x: dayNumber(p.date!) })).filter((d) => Number.isFinite(d.x));
  if (!dated.length) return <p className="empty">No dated figures match.</p>;
  dated.sort((a, b) => a.x - b.x);
  const xs = dated.map((d) => d.x);
  const ys = dated.map((d) => d.p.value);
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  if (x0 === x1) [x0, x1] = [x0 - 30, x1 + 30];
  // A log axis needs positive values; zero or negative figures fall back to linear.
  const useLog = log && ys.every((y) => y > 0);
  const f = (y: number) => (useLog ? Math.log10(y) : y);
  const y0 = useLog ? Math.floor(Math.min(...ys.map(f))) : Math.min(0, ...ys);
  const y1 = useLog ? Math.max(y0 + 1, Math.ceil(Math.max(...ys.map(f)))) : Math.max(...ys) || 1;
  const sx = (x: number) => PAD.l + ((x - x0) / (x1 - x0)) * (W - PAD.l - PAD.r);
  const sy = (y: number) => H - PAD.b - ((f(y) - y0) / (y1 - y0 || 1)) * (H - PAD.t - PAD.b);
  const yTicks = useLog
    ? Array.from({ length: y1 - y0 + 1 }, (_, i) => 10 ** (y0 + i))
    : [0, 0.25, 0.5, 0.75, 1].map((t) => y0 + t * (y1 - y0));
  const xTicks = [0, 0.5, 1].map((f) => x0 + f * (x1 - x0));
  const path = dated.map((d, i) => `${i ? 'L' : 'M'}${sx(d.x).toFixed(1)},${sy(d.p.value).toFixed(1)}`).join(' ');
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`${label}: ${dated.length} dated figure(s)`}>
      {yTicks.map((t) => (
        <g key={`y${t}`} className="tick">
          <line x1={PAD.l} x2={W - PAD.r} y1={sy(t)} y2={sy(t)} />
          <text x={PAD.l - 6} y={sy(t) + 4} textAnchor="end">{compact.format(t)}</text>
        </g>
      ))}
      {xTicks.map((t, i) => (
        <text key={`x${t}`} className="tick" x={sx(t)} y={H - 10} textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}>
          {new Date(t * 86_400_000).toISOString().slice(0, 7)}
        </text>
      ))}
      {connect ? <path className="series" d={path} /> : null}
      {dated.map(({ p, x }, i) => (
        <a key={`${p.documentId}-${p.start}-${i}`} href={href(['doc', p.documentId], { at: String(p.start) })} className="point" data-point={i}
          aria-label={`${p.text} on ${p.date}: ${p.context}`}>
          <circle cx={sx(x)} cy={sy(p.value)} r={5} />
          <title>{`${p.date}: ${p.text} — ${p.context}`}</title>
        </a>
      ))}
    </svg>
  );
}
