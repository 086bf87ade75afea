import type { ExtractRecord } from '../src/record/types.js';
import type { GoldFile, GoldItemBase } from './gold.js';
import {
  type Counts, add, greedyMatch, normalizeName, openingPattern, sameCountry, sameValue, titleFits, zero,
} from './match.js';

/** The fields scored against gold files, in the order they are printed. */
export const GOLD_FIELDS = [
  'people', 'people.country', 'people.sector', 'people.title',
  'organizations', 'organizations.country',
  'places', 'places.kind', 'places.country',
  'quotes', 'quotes.speaker',
  'quantities', 'quantities.value', 'quantities.qualifier',
  'dates',
  'events', 'events.date',
] as const;
export type GoldField = (typeof GOLD_FIELDS)[number];
export type FieldCounts = Record<GoldField, Counts>;

export function emptyFieldCounts(): FieldCounts {
  return Object.fromEntries(GOLD_FIELDS.map((f) => [f, zero()])) as FieldCounts;
}

export function addFieldCounts(a: FieldCounts, b: FieldCounts): FieldCounts {
  return Object.fromEntries(GOLD_FIELDS.map((f) => [f, add(a[f], b[f])])) as FieldCounts;
}

/** Item-level counts: matched required gold = tp, unmatched required gold = fn, unmatched predictions = fp. */
function itemCounts<G extends GoldItemBase>(gold: readonly G[], predictedCount: number, pairs: Array<[number, number]>): Counts {
  const required = gold.filter((g) => !g.optional).length;
  const tp = pairs.filter(([gi]) => !gold[gi]!.optional).length;
  const matchedOptional = pairs.length - tp;
  return { tp, fn: required - tp, fp: predictedCount - tp - matchedOptional };
}

/**
 * Attribute counts, end to end: a gold value is found only when its item was matched and the
 * attribute agrees; a predicted value is wrong when it disagrees or sits on an unmatched item.
 * Gold items marked optional, or whose attribute is absent (undefined), are not scored.
 * `nullIsValue` makes null a value of its own (a quote with no speaker).
 */
function attributeCounts<G extends GoldItemBase, P>(
  gold: readonly G[],
  predicted: readonly P[],
  pairs: Array<[number, number]>,
  goldValue: (g: G) => unknown,
  predValue: (p: P) => unknown,
  agrees: (p: P, g: G) => boolean,
  nullIsValue = false,
): Counts {
  const has = (v: unknown) => v !== undefined && (nullIsValue || v !== null);
  const goldOf = new Map(pairs.map(([gi, pi]) => [pi, gi]));
  let tp = 0;
  let fp = 0;
  predicted.forEach((p, pi) => {
    if (!has(predValue(p))) return;
    const gi = goldOf.get(pi);
    if (gi === undefined) {
      fp++;
      return;
    }
    const g = gold[gi]!;
    if (g.optional || !has(goldValue(g))) return;
    if (agrees(p, g)) tp++;
    else fp++;
  });
  const scorable = gold.filter((g) => !g.optional && has(goldValue(g))).length;
  return { tp, fp, fn: scorable - tp };
}

/** All acceptable normalised names of a gold entity. */
const namesOf = (g: { name: string; aliases?: string[] }) =>
  new Set([g.name, ...(g.aliases ?? [])].map(normalizeName));

/** Maps any gold name or alias to the full alias set of that entity, for speakers and event parties. */
function aliasIndex(gold: GoldFile): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const e of [...gold.people, ...gold.organizations, ...gold.places]) {
    const names = namesOf(e);
    for (const n of names) index.set(n, names);
  }
  return index;
}

function acceptableNames(name: string, index: Map<string, Set<string>>): Set<string> {
  const n = normalizeName(name);
  return index.get(n) ?? new Set([n]);
}

/** Where each gold quote's opening words sit in the text (-1 when they are not there). */
export function locateOpenings(text: string, openings: readonly string[]): Array<[number, number]> {
  const taken = new Set<number>();
  return openings.map((opening) => {
    const re = openingPattern(opening);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!taken.has(m.index)) {
        taken.add(m.index);
        return [m.index, m.index + m[0].length] as [number, number];
      }
    }
    return [-1, -1] as [number, number];
  });
}

/** One difference between gold and prediction, for `npm run eval -- --misses`. */
export interface Miss {
  field: GoldField;
  kind: 'missed' | 'spurious' | 'wrong';
  detail: string;
}

export interface GoldScore {
  file: string;
  counts: FieldCounts;
  misses: Miss[];
  /** Gold quotes whose opening words were not found in the text: a broken gold file. */
  problems: string[];
}

export function scoreAgainstGold(file: string, gold: GoldFile, text: string, rec: ExtractRecord): GoldScore {
  const counts = emptyFieldCounts();
  const problems: string[] = [];
  const misses: Miss[] = [];
  const aliases = aliasIndex(gold);
  /** Lists unmatched required gold items and unmatched predictions of one field. */
  const note = <G extends GoldItemBase, P>(
    field: GoldField, g: readonly G[], p: readonly P[], pairs: Array<[number, number]>,
    showGold: (x: G) => string, showPred: (x: P) => string,
  ) => {
    const gMatched = new Set(pairs.map(([gi]) => gi));
    const pMatched = new Set(pairs.map(([, pi]) => pi));
    g.forEach((x, i) => { if (!x.optional && !gMatched.has(i)) misses.push({ field, kind: 'missed', detail: showGold(x) }); });
    p.forEach((x, i) => { if (!pMatched.has(i)) misses.push({ field, kind: 'spurious', detail: showPred(x) }); });
  };
  /** Lists matched pairs whose attribute disagrees. */
  const wrong = <G extends GoldItemBase, P>(
    field: GoldField, g: readonly G[], p: readonly P[], pairs: Array<[number, number]>,
    goldValue: (x: G) => unknown, predValue: (x: P) => unknown, agrees: (x: P, y: G) => boolean, label: (x: G) => string,
  ) => {
    for (const [gi, pi] of pairs) {
      const gv = goldValue(g[gi]!);
      if (g[gi]!.optional || gv === undefined || agrees(p[pi]!, g[gi]!)) continue;
      misses.push({ field, kind: 'wrong', detail: `${label(g[gi]!)}: expected ${JSON.stringify(gv)}, got ${JSON.stringify(predValue(p[pi]!))}` });
    }
  };

  // People, organisations, places: by name (case/diacritic-insensitive, aliases allowed).
  const people = greedyMatch(gold.people, rec.people, (g, p) => namesOf(g).has(normalizeName(p.name)));
  counts.people = itemCounts(gold.people, rec.people.length, people);
  counts['people.country'] = attributeCounts(gold.people, rec.people, people, (g) => g.country, (p) => p.country,
    (p, g) => sameCountry(p.country, g.country!));
  counts['people.sector'] = attributeCounts(gold.people, rec.people, people, (g) => g.sector, (p) => p.sector,
    (p, g) => p.sector === g.sector);
  counts['people.title'] = attributeCounts(gold.people, rec.people, people, (g) => g.title, (p) => p.title,
    (p, g) => titleFits(p.title, g.title!));

  const orgs = greedyMatch(gold.organizations, rec.organizations, (g, p) => namesOf(g).has(normalizeName(p.name)));
  counts.organizations = itemCounts(gold.organizations, rec.organizations.length, orgs);
  counts['organizations.country'] = attributeCounts(gold.organizations, rec.organizations, orgs, (g) => g.country,
    (p) => p.country, (p, g) => sameCountry(p.country, g.country!));

  const places = greedyMatch(gold.places, rec.places, (g, p) => namesOf(g).has(normalizeName(p.name)));
  counts.places = itemCounts(gold.places, rec.places.length, places);
  counts['places.kind'] = attributeCounts(gold.places, rec.places, places, (g) => g.kind, (p) => p.kind,
    (p, g) => p.kind === g.kind);
  counts['places.country'] = attributeCounts(gold.places, rec.places, places, (g) => g.country, (p) => p.country,
    (p, g) => sameCountry(p.country, g.country!));

  // Quotes: a prediction matches when its span overlaps the gold opening words in the text.
  const located = locateOpenings(text, gold.quotes.map((q) => q.opening));
  located.forEach(([s], i) => {
    if (s < 0) problems.push(`quote opening not found in text: "${gold.quotes[i]!.opening}"`);
  });
  const goldQuotes = gold.quotes.map((q, i) => ({ ...q, span: located[i]! }));
  // The gold files list every quotation with its speaker, a ministry's too: they are scored against
  // the record's quotes and the quotations it keeps apart for want of a named person.
  const recQuotes = [...rec.quotes, ...(rec.unattributedQuotes ?? [])];
  const quotes = greedyMatch(goldQuotes, recQuotes, (g, p) => g.span[0] >= 0 && p.start < g.span[1] && g.span[0] < p.end);
  counts.quotes = itemCounts(goldQuotes, recQuotes.length, quotes);
  counts['quotes.speaker'] = attributeCounts(goldQuotes, recQuotes, quotes, (g) => g.speaker, (p) => p.speaker,
    (p, g) => (g.speaker === null ? p.speaker === null
      : p.speaker !== null && acceptableNames(g.speaker, aliases).has(normalizeName(p.speaker))), true);

  // Quantities: value within 0.5%; `quantities.value` also wants kind and currency right.
  const quantities = greedyMatch(gold.quantities, rec.quantities, (g, p) => sameValue(p.value, g.value));
  counts.quantities = itemCounts(gold.quantities, rec.quantities.length, quantities);
  counts['quantities.value'] = attributeCounts(gold.quantities, rec.quantities, quantities, (g) => g.value,
    (p) => p.value, (p, g) => p.kind === g.kind && (p.currency ?? null) === (g.currency ?? null));
  counts['quantities.qualifier'] = attributeCounts(gold.quantities, rec.quantities, quantities, (g) => g.qualifier,
    (p) => p.qualifier, (p, g) => normalizeName(p.qualifier ?? '') === normalizeName(g.qualifier ?? ''));

  // Dates: the resolved value, exactly.
  const dates = greedyMatch(gold.dates, rec.dates, (g, p) => p.value === g.value);
  counts.dates = itemCounts(gold.dates, rec.dates.length, dates);

  // Events: only types in scope; type equal and each named gold side found among the parties.
  const scope = new Set(gold.eventScope ?? gold.events.map((e) => e.type));
  const predictedEvents = rec.events.filter((e) => scope.has(e.type));
  const events = greedyMatch(gold.events, predictedEvents, (g, p) => {
    if (p.type !== g.type) return false;
    const parties = new Set([...p.source, ...p.target].map((a) => normalizeName(a.name)));
    const sideFound = (names: string[]) =>
      names.length === 0 || names.some((n) => [...acceptableNames(n, aliases)].some((a) => parties.has(a)));
    return sideFound(g.source) && sideFound(g.target);
  });
  counts.events = itemCounts(gold.events, predictedEvents.length, events);
  counts['events.date'] = attributeCounts(gold.events, predictedEvents, events, (g) => g.date, (p) => p.date,
    (p, g) => p.date === g.date);

  note('people', gold.people, rec.people, people, (g) => g.name, (p) => p.name);
  wrong('people.country', gold.people, rec.people, people, (g) => g.country, (p) => p.country,
    (p, g) => g.country === null || sameCountry(p.country, g.country!), (g) => g.name);
  wrong('people.sector', gold.people, rec.people, people, (g) => g.sector, (p) => p.sector,
    (p, g) => g.sector === null || p.sector === g.sector, (g) => g.name);
  wrong('people.title', gold.people, rec.people, people, (g) => g.title, (p) => p.title,
    (p, g) => !g.title || titleFits(p.title, g.title), (g) => g.name);
  note('organizations', gold.organizations, rec.organizations, orgs, (g) => g.name, (p) => p.name);
  wrong('organizations.country', gold.organizations, rec.organizations, orgs, (g) => g.country, (p) => p.country,
    (p, g) => g.country === null || sameCountry(p.country, g.country!), (g) => g.name);
  note('places', gold.places, rec.places, places, (g) => g.name, (p) => p.name);
  wrong('places.kind', gold.places, rec.places, places, (g) => g.kind, (p) => p.kind, (p, g) => p.kind === g.kind, (g) => g.name);
  wrong('places.country', gold.places, rec.places, places, (g) => g.country, (p) => p.country,
    (p, g) => g.country === null || sameCountry(p.country, g.country!), (g) => g.name);
  note('quotes', goldQuotes, recQuotes, quotes, (g) => `"${g.opening}..."`, (p) => `"${p.text.slice(0, 40)}..."`);
  wrong('quotes.speaker', goldQuotes, recQuotes, quotes, (g) => g.speaker, (p) => p.speaker,
    (p, g) => (g.speaker === null ? p.speaker === null
      : p.speaker !== null && acceptableNames(g.speaker, aliases).has(normalizeName(p.speaker))), (g) => `"${g.opening}..."`);
  note('quantities', gold.quantities, rec.quantities, quantities, (g) => `${g.kind} ${g.value} ${g.currency ?? ''}`.trim(),
    (p) => `${p.kind} ${p.value} ${p.currency ?? ''} ("${p.text}")`);
  wrong('quantities.value', gold.quantities, rec.quantities, quantities, (g) => `${g.kind} ${g.currency ?? ''}`.trim(),
    (p) => `${p.kind} ${p.currency ?? ''}`.trim(), (p, g) => p.kind === g.kind && (p.currency ?? null) === (g.currency ?? null),
    (g) => String(g.value));
  wrong('quantities.qualifier', gold.quantities, rec.quantities, quantities, (g) => g.qualifier, (p) => p.qualifier,
    (p, g) => !g.qualifier || normalizeName(p.qualifier ?? '') === normalizeName(g.qualifier), (g) => String(g.value));
  note('dates', gold.dates, rec.dates, dates, (g) => g.value, (p) => `${p.value} ("${p.text}")`);
  const party = (names: string[]) => names.join(' + ') || '-';
  note('events', gold.events, predictedEvents, events, (g) => `${g.type} ${party(g.source)} -> ${party(g.target)}`,
    (p) => `${p.type} ${party(p.source.map((a) => a.name))} -> ${party(p.target.map((a) => a.name))} ("${p.trigger}")`);
  wrong('events.date', gold.events, predictedEvents, events, (g) => g.date, (p) => p.date, (p, g) => !g.date || p.date === g.date,
    (g) => g.type);

  return { file, counts, misses, problems };
}
