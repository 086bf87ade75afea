/** Small pieces of text cut from stored documents for display. */

const SNIPPET = 220;

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Text around the first word of the query that occurs, or the opening of the body. */
export function makeSnippet(text: string, query: string): string {
  // Skip a "date ... Source: ..." header line so the snippet shows the story.
  const header = /^\s*date\s+\d{4}-\d{2}-\d{2}[^\n]*\n/i.exec(text);
  const bodyStart = header ? header[0].length : 0;
  const lower = text.toLowerCase();
  let at = -1;
  for (const word of query.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2) continue;
    const i = lower.indexOf(word, bodyStart);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) {
    const s = squeeze(text.slice(bodyStart, bodyStart + SNIPPET * 2));
    return s.length > SNIPPET ? `${s.slice(0, SNIPPET)}…` : s;
  }
  const start = Math.max(bodyStart, at - 80);
  const s = squeeze(text.slice(start, start + SNIPPET));
  return `${start > bodyStart ? '…' : ''}${s}${start + SNIPPET < text.length ? '…' : ''}`;
}

/** `.`, `!`, `?`: where a figure's sentence ends. */
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;

/** The sentence (or line) around a span, at most ~300 characters, for a figure's context. */
export function figureContext(text: string, start: number, end: number): string {
  // Character codes, not one-character strings tested by a pattern: this runs for every figure
  // of every document stored, up to 400 steps each.
  const left = Math.max(0, start - 200);
  const right = Math.min(text.length, end + 200);
  let a = start;
  while (a > left && !isStop(text.charCodeAt(a - 1)) && text.charCodeAt(a - 1) !== 0x0a) a--;
  let b = end;
  while (b < right && !isStop(text.charCodeAt(b)) && text.charCodeAt(b) !== 0x0a) b++;
  if (b < text.length && isStop(text.charCodeAt(b))) b++;
  return squeeze(text.slice(a, b));
}
