import type { ExtractRecord } from '../../src/record/types.js';
import type { MentionExplanation } from '../../src/server/api-types.js';
import { actorKey } from '../../src/server/actor-key.js';

export type MarkKind = 'person' | 'organization' | 'place' | 'quote' | 'quantity' | 'date' | 'event';

/** One highlight in the document view: a span, what was read from it, and the rule behind it. */
export interface Mark {
  id: string;
  kind: MarkKind;
  start: number;
  end: number;
  title: string;
  facts: string[];
  rule: string;
  /** Palette slot for quotes and their speakers. */
  colour: number | null;
  actorKey: string | null;
}

export interface MarkNode {
  mark: Mark;
  children: MarkNode[];
}

const PALETTE_SIZE = 6;

/** Gives every quoted speaker a palette slot in order of first quote. */
export function speakerColours(record: ExtractRecord): Map<string, number> {
  const colours = new Map<string, number>();
  for (const q of record.quotes) {
    const key = q.speakerId ?? '';
    if (!colours.has(key)) colours.set(key, colours.size % PALETTE_SIZE);
  }
  return colours;
}

const fmtNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

export function buildMarks(record: ExtractRecord, explanations: readonly MentionExplanation[] = []): Mark[] {
  const why = new Map<string, MentionExplanation>();
  for (const e of explanations) why.set(`${e.start}:${e.end}`, e);
  const ruleFor = (start: number, end: number, fallback: string) => {
    const e = why.get(`${start}:${end}`);
    return e ? `${e.stage}/${e.rule} (${e.form})` : fallback;
  };
  const colours = speakerColours(record);
  const marks: Mark[] = [];

  record.people.forEach((p, i) => {
    const facts = [p.title && `Title: ${p.title}`, p.country && `Country: ${p.country}`, p.sector && `Sector: ${p.sector}`];
    const colour = colours.get(p.id) ?? null;
    p.mentions.forEach(([start, end], j) =>
      marks.push({
        id: `person-${i}-${j}`, kind: 'person', start, end, title: `Person: ${p.name}`,
        facts: facts.filter((f): f is string => Boolean(f)), rule: ruleFor(start, end, 'mentions + coreference'),
        colour, actorKey: actorKey('person', p.name),
      }),
    );
  });
  record.organizations.forEach((o, i) => {
    const facts = [o.country && `Country: ${o.country}`, o.sector && `Sector: ${o.sector}`];
    const colour = colours.get(o.id) ?? null;
    o.mentions.forEach(([start, end], j) =>
      marks.push({
        id: `org-${i}-${j}`, kind: 'organization', start, end, title: `Organisation: ${o.name}`,
        facts: facts.filter((f): f is string => Boolean(f)), rule: ruleFor(start, end, 'mentions + coreference'),
        colour, actorKey: actorKey('organization', o.name),
      }),
    );
  });
  record.places.forEach((p, i) => {
    const facts = [`Kind: ${p.kind}`, p.country && `Country: ${p.country}`];
    p.mentions.forEach(([start, end], j) =>
      marks.push({
        id: `place-${i}-${j}`, kind: 'place', start, end, title: `Place: ${p.name}`,
        facts: facts.filter((f): f is string => Boolean(f)), rule: ruleFor(start, end, 'mentions + coreference'),
        colour: null, actorKey: actorKey('place', p.name),
      }),
    );
  });
  record.quotes.forEach((q, i) =>
    marks.push({
      id: `quote-${i}`, kind: 'quote', start: q.start, end: q.end,
      title: q.speaker ? `Quote by ${q.speaker}` : 'Quote (speaker not stated)',
      facts: [`${q.text.length} characters`], rule: `quotes/${q.rule}`,
      colour: colours.get(q.speakerId ?? '') ?? null, actorKey: null,
    }),
  );
  // Quotations given to no named person: marked as quotes, without a speaker's colour.
  (record.unattributedQuotes ?? []).forEach((q, i) =>
    marks.push({
      id: `uquote-${i}`, kind: 'quote', start: q.start, end: q.end,
      title: q.speaker ? `Quotation given to ${q.speaker} (no person named)` : 'Quotation (no speaker named)',
      facts: [`${q.text.length} characters`], rule: `quotes/${q.rule}`,
      colour: null, actorKey: null,
    }),
  );
  record.quantities.forEach((q, i) => {
    const value = `${q.qualifier ? `${q.qualifier} ` : ''}${fmtNumber.format(q.value)}${q.currency ? ` ${q.currency}` : ''}${q.unit ? ` ${q.unit}` : ''}`;
    marks.push({
      id: `qty-${i}`, kind: 'quantity', start: q.start, end: q.end, title: `Figure (${q.kind}): ${value}`,
      facts: [], rule: `quantities/${q.rule}`, colour: null, actorKey: null,
    });
  });
  record.dates.forEach((d, i) =>
    marks.push({
      id: `date-${i}`, kind: 'date', start: d.start, end: d.end, title: `Date: ${d.value}`,
      facts: [`Grain: ${d.grain}`], rule: `dates/${d.rule}`, colour: null, actorKey: null,
    }),
  );
  record.events.forEach((e, i) => {
    const names = (xs: { name: string }[]) => xs.map((x) => x.name).join(', ') || '—';
    const [start, end] = e.triggerSpan;
    marks.push({
      id: `event-${i}`, kind: 'event', start, end,
      title: `Event: ${e.type}${e.mode ? ` (${e.mode})` : ''}`,
      facts: [
        e.target.length ? `Source: ${names(e.source)}` : `Parties: ${names(e.source)}`,
        ...(e.target.length ? [`Target: ${names(e.target)}`] : []),
        ...(e.date ? [`Date: ${e.date}`] : []),
      ],
      rule: `events/${e.rule}`, colour: null, actorKey: null,
    });
  });
  return marks;
}

// Outer kinds first when two marks cover the same span, so a quote wraps what it contains.
const NESTING_ORDER: Record<MarkKind, number> = { quote: 0, event: 1, date: 2, quantity: 3, organization: 4, place: 5, person: 6 };

/**
 * Nests marks into a tree (each child lies inside its parent). A mark that crosses the
 * edge of another cannot nest and is left out of the text (it still shows in the side panel);
 * the count of those is returned so the page can say so.
 */
export function nestMarks(marks: readonly Mark[], textLength: number): { roots: MarkNode[]; skipped: Mark[] } {
  const sorted = marks
    .filter((m) => m.start >= 0 && m.end <= textLength && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || NESTING_ORDER[a.kind] - NESTING_ORDER[b.kind]);
  const roots: MarkNode[] = [];
  const stack: MarkNode[] = [];
  const skipped: Mark[] = [];
  for (const mark of sorted) {
    while (stack.length && stack[stack.length - 1]!.mark.end <= mark.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && mark.end > parent.mark.end) {
      skipped.push(mark);
      continue;
    }
    const node: MarkNode = { mark, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return { roots, skipped: skipped.concat(marks.filter((m) => !(m.start >= 0 && m.end <= textLength && m.start < m.end))) };
}
