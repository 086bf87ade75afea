import { useMemo } from 'react';
import type { GraphResponse } from '../../../src/server/api-types.js';
import { forceLayout } from '../layout.js';

interface Props {
  graph: GraphResponse;
  selected: readonly string[];
  onSelect: (id: string) => void;
}

const W = 960;
const H = 440;

/** Who met whom, drawn as SVG. Nodes are focusable; Enter or a click picks them for the timeline. */
export function Graph({ graph, selected, onSelect }: Props) {
  const positions = useMemo(
    () => forceLayout(graph.nodes.map((n) => n.id), graph.edges, W, H),
    [graph],
  );
  const maxNode = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight));
  if (!graph.nodes.length) return <p className="empty">No events match these filters.</p>;
  return (
    <svg className="graph" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Graph of ${graph.nodes.length} ${graph.level === 'country' ? 'countries' : 'actors'} and ${graph.edges.length} links`}>
      <g className="edges">
        {graph.edges.map((e) => {
          const a = positions.get(e.source);
          const b = positions.get(e.target);
          if (!a || !b) return null;
          const types = Object.entries(e.types).map(([t, c]) => `${t} ${c}`).join(', ');
          const hot = selected.includes(e.source) && selected.includes(e.target);
          return (
            <line key={`${e.source}|${e.target}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className={hot ? 'hot' : undefined}
              strokeWidth={1 + (4 * e.weight) / maxEdge}>
              <title>{`${e.source} — ${e.target}: ${e.weight} event(s) (${types})`}</title>
            </line>
          );
        })}
      </g>
      <g className="nodes">
        {graph.nodes.map((n) => {
          const p = positions.get(n.id)!;
          const r = 6 + (14 * Math.sqrt(n.weight)) / Math.sqrt(maxNode);
          const isSel = selected.includes(n.id);
          return (
            <g key={n.id} className={`node${isSel ? ' selected' : ''}`} transform={`translate(${p.x},${p.y})`} tabIndex={0} role="button"
              aria-pressed={isSel} aria-label={`${n.label}, ${n.weight} event(s)`} data-node={n.id}
              onClick={() => onSelect(n.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(n.id);
                }
              }}>
              <circle r={r} />
              <text y={r + 13} textAnchor="middle">{n.label}</text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
