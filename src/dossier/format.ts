/** Number formatting shared by the renderers and the web UI (no imports: it runs in both). */
const compact = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "$284 million", "BYN 212 million", "430 lifts": a value as a reader writes it. */
export function formatValue(value: number, unit: string | null): string {
  const abs = Math.abs(value);
  const [n, scale] = abs >= 1e12 ? [value / 1e12, ' trillion'] : abs >= 1e9 ? [value / 1e9, ' billion'] : abs >= 1e6 ? [value / 1e6, ' million'] : [value, ''];
  const num = `${compact.format(n)}${scale}`;
  if (unit === 'USD') return `$${num}`;
  if (unit && /^[A-Z]{3}$/.test(unit)) return `${unit} ${num}`;
  return unit ? `${num} ${unit}` : num;
}


/** "$400 million of trade", or "200 buses" when the unit is the topic. */
export function goalLabel(goal: { value: number; unit: string | null; topic: string }): string {
  const v = formatValue(goal.value, goal.unit);
  return goal.unit === goal.topic ? v : `${v} of ${goal.topic}`;
}
