import { readFileSync } from 'node:fs';
import type { Document } from '../src/document/document.js';
import { processDocument } from '../src/extract.js';

/**
 * Scores the event coder against PLOVER gold-standard records (one JSON object per line with
 * `text`, `event_current`, `source` and `target`). Sentences are grouped by text because a
 * sentence with several events appears once per event.
 */

export interface EventScores {
  readonly records: number;
  readonly sentences: number;
  /** Gold records whose type we coded in that sentence. */
  readonly typeFound: number;
  /** Sentences where every gold type was coded. */
  readonly sentenceAllFound: number;
  /** Our events whose type is not among the sentence's gold types, per sentence. */
  readonly extraPerSentence: number;
  /** Of the found records: our source country set equals the gold one. */
  readonly sourceCountry: number;
  readonly targetCountry: number;
  readonly perType: Readonly<Record<string, { gold: number; found: number; extra: number }>>;
  readonly misses: readonly EventMiss[];
}

export interface EventMiss {
  readonly text: string;
  readonly kind: 'type-missed' | 'extra-type' | 'source-country' | 'target-country';
  readonly gold: string;
  readonly ours: string;
}

interface GoldActor {
  code: string | null;
}

interface GoldRecord {
  text: string;
  event_current: string;
  source: GoldActor[];
  target: GoldActor[];
}

interface OurEvent {
  type: string;
  source: Set<string>;
  target: Set<string>;
}

export interface EvaluateOptions {
  /** How a sentence becomes a processed document (default: the whole pipeline). */
  readonly process?: (text: string) => Document;
}

/** The gold file writes IGO where the current manual has UNO (UN) and EUR (EU); compare them as one. */
function normaliseCode(code: string | null): string | null {
  if (code === null) return null;
  return code === 'UNO' || code === 'EUR' ? 'IGO' : code;
}

function codeSet(codes: readonly (string | null)[]): Set<string> {
  return new Set(codes.map(normaliseCode).filter((c): c is string => c !== null));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

const show = (s: ReadonlySet<string>) => `{${[...s].join(',')}}`;

function ourEvents(doc: Document): OurEvent[] {
  const actors = new Map(doc.layer('actors').map((a) => [a.id, a]));
  const countries = (ids: readonly string[]) => codeSet(ids.map((id) => actors.get(id)?.country ?? null));
  return doc.layer('events').map((e) => ({ type: e.type, source: countries(e.source), target: countries(e.target) }));
}

export async function evaluateEvents(devPath: string, options: EvaluateOptions = {}): Promise<EventScores> {
  const process = options.process ?? ((text: string) => processDocument({ text }));
  const records: GoldRecord[] = readFileSync(devPath, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRecord);
  const byText = new Map<string, GoldRecord[]>();
  for (const r of records) {
    const list = byText.get(r.text) ?? [];
    list.push(r);
    byText.set(r.text, list);
  }
  const perType: Record<string, { gold: number; found: number; extra: number }> = {};
  const bump = (t: string, k: 'gold' | 'found' | 'extra') => {
    perType[t] ??= { gold: 0, found: 0, extra: 0 };
    perType[t][k]++;
  };
  const misses: EventMiss[] = [];
  let found = 0;
  let allFound = 0;
  let extra = 0;
  let sourceOk = 0;
  let targetOk = 0;
  for (const [text, gold] of byText) {
    const ours = ourEvents(process(text));
    const goldTypes = new Set(gold.map((g) => g.event_current));
    const oursText = ours.map((e) => `${e.type} ${show(e.source)}>${show(e.target)}`).join('; ') || '(none)';
    for (const e of ours) {
      if (!goldTypes.has(e.type)) {
        extra++;
        bump(e.type, 'extra');
        misses.push({ text, kind: 'extra-type', gold: [...goldTypes].join(','), ours: oursText });
      }
    }
    let all = true;
    for (const g of gold) {
      bump(g.event_current, 'gold');
      const same = ours.filter((e) => e.type === g.event_current);
      if (same.length === 0) {
        all = false;
        misses.push({ text, kind: 'type-missed', gold: g.event_current, ours: oursText });
        continue;
      }
      found++;
      bump(g.event_current, 'found');
      const gs = codeSet(g.source.map((a) => a.code));
      const gt = codeSet(g.target.map((a) => a.code));
      // Several events of the type: judge the one that agrees best with the gold record.
      const best = same.reduce((b, e) => {
        const score = (x: OurEvent) => (sameSet(x.source, gs) ? 2 : 0) + (sameSet(x.target, gt) ? 1 : 0);
        return score(e) > score(b) ? e : b;
      });
      if (sameSet(best.source, gs)) sourceOk++;
      else misses.push({ text, kind: 'source-country', gold: `${g.event_current} ${show(gs)}`, ours: `${best.type} ${show(best.source)}` });
      if (sameSet(best.target, gt)) targetOk++;
      else misses.push({ text, kind: 'target-country', gold: `${g.event_current} >${show(gt)}`, ours: `${best.type} >${show(best.target)}` });
    }
    if (all) allFound++;
  }
  return {
    records: records.length,
    sentences: byText.size,
    typeFound: records.length ? found / records.length : 0,
    sentenceAllFound: byText.size ? allFound / byText.size : 0,
    extraPerSentence: byText.size ? extra / byText.size : 0,
    sourceCountry: found ? sourceOk / found : 0,
    targetCountry: found ? targetOk / found : 0,
    perType,
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatEventScores(s: EventScores): string {
  const lines = [
    `PLOVER events: ${s.records} gold records in ${s.sentences} sentences`,
    `  gold type found        ${pct(s.typeFound)} of records (all types of the sentence: ${pct(s.sentenceAllFound)} of sentences)`,
    `  extra events/sentence  ${s.extraPerSentence.toFixed(2)} (type not among the sentence's gold types)`,
    `  source country right   ${pct(s.sourceCountry)} of found records`,
    `  target country right   ${pct(s.targetCountry)} of found records`,
    '  per type (gold / found / extra):',
  ];
  for (const [t, v] of Object.entries(s.perType).sort()) lines.push(`    ${t.padEnd(10)} ${String(v.gold).padStart(3)} ${String(v.found).padStart(4)} ${String(v.extra).padStart(4)}`);
  return lines.join('\n');
}
