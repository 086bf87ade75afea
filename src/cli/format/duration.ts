/** "90s", "15m", "2h", "1h30m", "1d" -> seconds; a bare number is minutes. */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 60);
  const re = /(\d+(?:\.\d+)?)\s*(d|h|m|min|s|sec)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(t))) {
    const n = Number(m[1]);
    total += n * (m[2] === 'd' ? 86400 : m[2] === 'h' ? 3600 : m[2] === 's' || m[2] === 'sec' ? 1 : 60);
    at = re.lastIndex;
  }
  if (at !== t.length || at === 0) return null;
  return Math.round(total);
}

/** Seconds -> "15m", "1h30m", "45s". */
export function formatDuration(seconds: number): string {
  const parts: string[] = [];
  let s = Math.round(seconds);
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60]] as const) {
    if (s >= size) {
      parts.push(`${Math.floor(s / size)}${unit}`);
      s %= size;
    }
  }
  if (s > 0 || parts.length === 0) parts.push(`${s}s`);
  return parts.join('');
}
