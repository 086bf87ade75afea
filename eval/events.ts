import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/document/document.js';
import { makeDocument, processDocument } from '../src/extract.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { buildEventLexicon, dictionaryOnlyLexicon, eventLexicon, type EventLexicon } from '../src/stages/events/lexicon.js';
import { eventsStage } from '../src/stages/events/index.js';
import { STAGES } from '../src/stages/index.js';

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
  /** How the coder may do on text nobody tuned it on (see `estimateUnseen`). */
  readonly estimates?: UnseenEstimates;
}

/**
 * The dev set is what the hand-written patterns were tuned on, so its scores flatter the coder.
 * Two estimates for unseen text: the dev set coded without the hand-written patterns (the CAMEO
 * dictionary and the general rules only), and sentences written for the project
 * (test/fixtures/events/unseen-sentences.tsv), whose holdout half is never used to tune.
 */
export interface UnseenEstimates {
  readonly devDictionaryOnly: EventScores | null;
  /**
   * The dev set coded three times, each time with a different third of the hand-written
   * patterns left out (blockers kept), and the mean taken: how the coder does on wording only
   * part of which a pattern was written for, as on text it was never tuned on.
   */
  readonly devThirdLeftOut: EventScores | null;
  readonly ownTune: EventScores;
  readonly ownHoldout: EventScores;
  readonly ownHoldoutDictionaryOnly: EventScores;
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

export interface GoldRecord {
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
  /** Also compute the unseen-text estimates (default true). */
  readonly estimates?: boolean;
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

function readDev(devPath: string): GoldRecord[] {
  return readFileSync(devPath, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRecord);
}

const OWN_SENTENCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/events/unseen-sentences.tsv');

/** The project's own sentences of one split, as gold records (one per expected type). */
export function readOwnSentences(split: 'tune' | 'holdout', file = OWN_SENTENCES): GoldRecord[] {
  const out: GoldRecord[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [which, text, types, source, target] = line.split('\t');
    if (which !== split || !text) continue;
    const actors = (codes: string | undefined) => (codes ?? '').split(',').filter(Boolean).map((code) => ({ code }));
    for (const t of (types ?? '').split(',').filter(Boolean)) out.push({ text, event_current: t, source: actors(source), target: actors(target) });
  }
  return out;
}

let dictionaryOnlyPipeline: Pipeline | null = null;

/** The whole pipeline, with the event coder using the CAMEO dictionary and general rules only. */
export function processWithDictionaryOnly(text: string): Document {
  dictionaryOnlyPipeline ??= new Pipeline(STAGES.map((s) => (s.name === 'events' ? eventsStage(dictionaryOnlyLexicon) : s)));
  return dictionaryOnlyPipeline.run(makeDocument({ text }));
}

const PATTERNS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/lexicon/events');

/** The event lexicon without every third hand-written pattern (from the `fold`-th on); blockers stay. */
function lexiconWithoutThird(fold: number): EventLexicon {
  const read = (f: string) => readFileSync(path.join(PATTERNS_DIR, f), 'utf8');
  let k = 0;
  const kept = read('patterns.tsv')
    .split('\n')
    .map((line) => {
      if (!line.trim() || line.startsWith('#') || line.startsWith('pattern\t') || line.split('\t')[1] === '-') return line;
      return k++ % 3 === fold ? '' : line;
    })
    .join('\n');
  return { ...buildEventLexicon(kept, read('verb-forms.tsv'), read('cues.json')), dictionary: eventLexicon().dictionary };
}

/** Mean of several score sets (per-type counts and misses are left out). */
function meanScores(all: readonly EventScores[]): EventScores {
  const mean = (f: (x: EventScores) => number) => all.reduce((a, x) => a + f(x), 0) / all.length;
  return {
    records: all[0]!.records, sentences: all[0]!.sentences,
    typeFound: mean((x) => x.typeFound), sentenceAllFound: mean((x) => x.sentenceAllFound), extraPerSentence: mean((x) => x.extraPerSentence),
    sourceCountry: mean((x) => x.sourceCountry), targetCountry: mean((x) => x.targetCountry), perType: {}, misses: [],
  };
}

function devThirdLeftOut(records: readonly GoldRecord[]): EventScores {
  return meanScores([0, 1, 2].map((fold) => {
    const lexicon = lexiconWithoutThird(fold);
    const pipeline = new Pipeline(STAGES.map((s) => (s.name === 'events' ? eventsStage(() => lexicon) : s)));
    return scoreRecords(records, (text) => pipeline.run(makeDocument({ text })));
  }));
}

export function estimateUnseen(devPath: string | null): UnseenEstimates {
  const full = (text: string) => processDocument({ text });
  const dev = devPath && existsSync(devPath) ? readDev(devPath) : null;
  return {
    devDictionaryOnly: dev ? scoreRecords(dev, processWithDictionaryOnly) : null,
    devThirdLeftOut: dev ? devThirdLeftOut(dev) : null,
    ownTune: scoreRecords(readOwnSentences('tune'), full),
    ownHoldout: scoreRecords(readOwnSentences('holdout'), full),
    ownHoldoutDictionaryOnly: scoreRecords(readOwnSentences('holdout'), processWithDictionaryOnly),
  };
}

export async function evaluateEvents(devPath: string, options: EvaluateOptions = {}): Promise<EventScores> {
  const process = options.process ?? ((text: string) => processDocument({ text }));
  const scores = scoreRecords(readDev(devPath), process);
  return options.estimates === false ? scores : { ...scores, estimates: estimateUnseen(devPath) };
}

/** Scores coded events against gold records, sentence by sentence. */
export function scoreRecords(records: readonly GoldRecord[], process: (text: string) => Document): EventScores {
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
  const e = s.estimates;
  if (e) {
    const row = (label: string, x: EventScores) =>
      `    ${label.padEnd(34)} ${pct(x.typeFound).padStart(6)} ${x.extraPerSentence.toFixed(2).padStart(6)} ${pct(x.sourceCountry).padStart(7)} ${pct(x.targetCountry).padStart(7)}  (${x.records} records)`;
    lines.push('  unseen-text estimates                type  extra  source  target');
    if (e.devThirdLeftOut) lines.push(row('dev, a third of hand patterns out', e.devThirdLeftOut));
    if (e.devDictionaryOnly) lines.push(row('dev, hand-written patterns off', e.devDictionaryOnly));
    lines.push(row('own sentences, tune', e.ownTune));
    lines.push(row('own sentences, holdout', e.ownHoldout));
    lines.push(row('own holdout, hand-written off', e.ownHoldoutDictionaryOnly));
  }
  return lines.join('\n');
}
