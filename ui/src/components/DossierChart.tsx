import { chartModel } from '../../../src/dossier/chart.js';
import type { FigureSeries } from '../../../src/server/api-types.js';
import { href } from '../router.js';

/**
 * One figure series over time: reported figures as filled points (each a link to its words),
 * values derived from a change as hollow points, targets as crosses at their deadlines.
 */
export function DossierChart({ series }: { series: FigureSeries }) {
  const m = chartModel(series);
  if (!m) return <p className="empty">No dated figures to chart.</p>;
  const link = (p: { documentId: string; start: number }) => href(['doc', p.documentId], { at: String(p.start) });
  return (
    <svg className="chart dossier-chart" viewBox={`0 0 ${m.width} ${m.height}`} role="group"
      aria-label={`${m.title}: ${m.reported.length} reported, ${m.derived.length} derived, ${m.targets.length} target(s)`}>
      {m.yTicks.map((t) => (
        <g key={`y${t.label}`} className="tick">
          <line x1={m.axis.x0} x2={m.axis.x1} y1={t.y} y2={t.y} />
          <text x={m.axis.x0 - 6} y={t.y + 4} textAnchor="end">{t.label}</text>
        </g>
      ))}
      {m.xTicks.map((t) => <text key={`x${t.label}`} className="tick" x={t.x} y={m.height - 14} textAnchor="middle">{t.label}</text>)}
      {m.line ? <path className="series" d={m.line} /> : null}
      {m.derived.map((p, i) => (
        <a key={`d${i}`} href={link(p)} className="point derived" aria-label={p.label}>
          <circle cx={p.x} cy={p.y} r={5} />
          <title>{p.label}</title>
        </a>
      ))}
      {m.reported.map((p, i) => (
        <a key={`r${i}`} href={link(p)} className={`point reported${p.conflict ? ' conflict' : ''}`} aria-label={p.label} data-point={i}>
          <circle cx={p.x} cy={p.y} r={5} />
          <title>{p.label}</title>
        </a>
      ))}
      {m.targets.map((p, i) => (
        <a key={`t${i}`} href={link(p)} className="point target" aria-label={p.label}>
          <path d={`M${p.x - 7},${p.y} h14 M${p.x},${p.y - 7} v14`} />
          <title>{p.label}</title>
        </a>
      ))}
    </svg>
  );
}
