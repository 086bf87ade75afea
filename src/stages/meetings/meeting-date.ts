import type { DateMention, Sentence } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';

/** Pronouns that open a relative clause set off by a comma: ", who had arrived on 3 May". */
const RELATIVE = /^(?:who|which|whom|whose)$/;

/**
 * Character spans of the relative clauses set off by a comma in sentence s, each from its comma
 * to the next comma, semicolon or the sentence's end: ", who had arrived in Lima on 3 May,".
 * Read from the sentence's text, once per sentence that has a date.
 */
function relativeAsides(text: string, s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const body = text.slice(s.start, s.end);
  const comma = /,\s*(\w+)/g;
  for (let m = comma.exec(body); m; m = comma.exec(body)) {
    if (!RELATIVE.test(m[1]!.toLowerCase())) continue;
    const from = m.index;
    let to = body.slice(from + 1).search(/[,;]/);
    to = to < 0 ? body.length : from + 1 + to;
    out.push([s.start + from, s.start + to]);
    comma.lastIndex = to;
  }
  return out;
}

/**
 * The date of the sentence nearest the meeting word at `near`: a day, else a month ("will visit
 * Omsk in September"). A date inside a relative clause that does not hold the meeting word dates
 * that clause's own act: "met Minister X, who had arrived on 3 May," was not on 3 May.
 */
export function dateIn(text: string, dates: readonly DateMention[], s: Sentence, near: number): string | null {
  let best: DateMention | null = null;
  let asides: Array<[number, number]> | null = null;
  for (let k = lowerBound(dates, s.start); k < dates.length && dates[k]!.start < s.end; k++) {
    const d = dates[k]!;
    if (d.grain === 'year') continue;
    asides ??= relativeAsides(text, s);
    if (asides.some(([a, b]) => a <= d.start && d.end <= b && !(a <= near && near < b))) continue;
    const better = !best || (d.grain === 'day' && best.grain !== 'day')
      || (d.grain === best.grain && Math.abs(d.start - near) < Math.abs(best.start - near));
    if (better) best = d;
  }
  return best?.value ?? null;
}
