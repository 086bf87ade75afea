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

/** Most characters from the body's start to a dateline's day: "ASTANA, 3 March 2024". */
const DATELINE_REACH = 60;
/** What may stand before a dateline's day: nothing, or a place name and a comma ("ASTANA, "). */
const DATELINE_HEAD = /^\s*(?:\p{Lu}[\p{L}'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3},[ \t\u00a0]*)?$/u;
/**
 * What may follow a dateline's day before the lead: an agency's initials in brackets ("(MRE)"), then a
 * dash ("3 March 2024 –"), a full stop ("Caracas, 23 April. The Minister"), the line's end, or a place
 * to the line's end or a dash ("July 14, 2022, The Kremlin, Moscow").
 */
const DATELINE_TAIL = /^(?:[ \t\u00a0]*\([^()\n]{1,20}\))?(?:[ \t\u00a0]*(?:[–—]|-{1,2})[ \t\u00a0]|\.?[ \t\u00a0]*(?:\n|$)|\.[ \t\u00a0]+(?=\p{Lu})|,[ \t\u00a0]*\p{Lu}[^.!?;:\n–—]{0,50}(?:\n|$|[ \t\u00a0](?:[–—]|-{1,2})[ \t\u00a0]))/u;

/** A release's dateline: its day, and where the words after it begin. */
export interface Dateline {
  readonly day: DateMention;
  readonly end: number;
}

/**
 * The dateline of a release, the date at the top of its body, before or after its place: "July 14,
 * 2022, The Kremlin, Moscow" on a line of its own, "ASTANA, 3 March 2024 – ...". A day only: a
 * dateline with a month alone dates no meeting.
 */
export function datelineOf(text: string, dates: readonly DateMention[], bodyStart: number): Dateline | null {
  const d = dates[lowerBound(dates, bodyStart)];
  if (!d || d.grain !== 'day' || d.start - bodyStart > DATELINE_REACH) return null;
  if (!DATELINE_HEAD.test(text.slice(bodyStart, d.start))) return null;
  const tail = DATELINE_TAIL.exec(text.slice(d.end, d.end + DATELINE_REACH));
  return tail ? { day: d, end: d.end + tail[0].length } : null;
}

/**
 * The lead sentence a dateline dates: the one that holds the first words after it, in its own
 * sentence ("ASTANA, 3 March 2024 – Minister X met ...") or the next. None when that sentence
 * gives a date of its own ("met in May", "met last year"): its meetings keep that.
 */
export function datelineLead(text: string, sentences: readonly Sentence[], dates: readonly DateMention[], dateline: Dateline): Sentence | null {
  const words = dateline.end + (/^\s*/.exec(text.slice(dateline.end, dateline.end + DATELINE_REACH))?.[0].length ?? 0);
  const lead = sentences.find((s) => s.end > words);
  if (!lead) return null;
  for (let j = lowerBound(dates, lead.start); j < dates.length && dates[j]!.start < lead.end; j++) {
    if (dates[j] !== dateline.day && !dayOfWriting(dates[j]!)) return null;
  }
  return lead;
}

/** "today", "this morning", "tonight": the day the release was written, which its dateline gives. */
const DAY_OF_WRITING = /^(?:today|tonight|this[ \t\u00a0]+(?:morning|afternoon|evening))$/i;

/** Whether a date mention names the day of writing (DAY_OF_WRITING), which a dateline fixes. */
export function dayOfWriting(d: DateMention): boolean {
  return DAY_OF_WRITING.test(d.text);
}
