/**
 * A small force layout for the relations graph: nodes start on a circle (so the result
 * is the same on every load), repel each other, and edges pull their ends together.
 * O(n^2) per step, which is fine for the few dozen nodes the graph shows.
 */
export interface Point {
  x: number;
  y: number;
}

export function forceLayout(
  ids: readonly string[],
  edges: readonly { source: string; target: string; weight: number }[],
  width: number,
  height: number,
  steps = 250,
): Map<string, Point> {
  const n = ids.length;
  const pos = ids.map((_, i) => ({
    x: width / 2 + (Math.min(width, height) / 3) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: height / 2 + (Math.min(width, height) / 3) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  const index = new Map(ids.map((id, i) => [id, i]));
  const links = edges
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: Math.log2(1 + e.weight) }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined && l.a !== l.b);
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.62;
  // Gravity strong enough that the repulsion of all other nodes balances it inside the
  // canvas; otherwise separate clusters drift to the walls.
  // Separate strengths per axis spread the nodes over a wide canvas, not a circle in its middle.
  const gravityX = (Math.max(n, 1) * k * k) / (width / 2.2) ** 2;
  const gravityY = (Math.max(n, 1) * k * k) / (height / 1.6) ** 2;
  let temperature = width / 8;
  for (let step = 0; step < steps && n > 1; step++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i]!.x - pos[j]!.x;
        let y = pos[i]!.y - pos[j]!.y;
        let d2 = x * x + y * y;
        if (d2 < 0.01) {
          x = 0.1 * (i - j);
          y = 0.1;
          d2 = x * x + y * y;
        }
        const f = (k * k) / d2;
        dx[i] += x * f;
        dy[i] += y * f;
        dx[j] -= x * f;
        dy[j] -= y * f;
      }
    }
    for (const l of links) {
      const x = pos[l.a]!.x - pos[l.b]!.x;
      const y = pos[l.a]!.y - pos[l.b]!.y;
      const d = Math.sqrt(x * x + y * y) || 0.01;
      const f = (d / k) * l.w;
      dx[l.a] -= x * f;
      dy[l.a] -= y * f;
      dx[l.b] += x * f;
      dy[l.b] += y * f;
    }
    for (let i = 0; i < n; i++) {
      // A pull to the centre keeps unconnected nodes on the canvas.
      dx[i] += (width / 2 - pos[i]!.x) * gravityX;
      dy[i] += (height / 2 - pos[i]!.y) * gravityY;
      const len = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const move = Math.min(len, temperature);
      pos[i]!.x = Math.min(width - 40, Math.max(40, pos[i]!.x + (dx[i]! / len) * move));
      pos[i]!.y = Math.min(height - 24, Math.max(24, pos[i]!.y + (dy[i]! / len) * move));
    }
    temperature *= 0.97;
  }
  return new Map(ids.map((id, i) => [id, pos[i]!]));
}
