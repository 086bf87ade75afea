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

/** The sentence (or line) around a span, at most ~300 characters, for a figure's context. */
export function figureContext(text: string, start: number, end: number): string {
  const left = Math.max(0, start - 200);
  const right = Math.min(text.length, end + 200);
  let a = start;
  while (a > left && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < right && !/[.!?\n]/.test(text[b]!)) b++;
  if (b < text.length && /[.!?]/.test(text[b]!)) b++;
  return squeeze(text.slice(a, b));
}
