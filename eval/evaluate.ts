import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../src/extract.js';
import { goldTextPath, loadGold } from './gold.js';
import { type Scores, score } from './match.js';
import { type ReleaseArticle, type ReleasesResult, evaluateReleases } from './releases.js';
import { type ActorMiss, type PloverActorResult, evaluatePloverActors, readPlover, tallyScores } from './plover.js';
import { type FieldCounts, type GoldField, type Miss, GOLD_FIELDS, addFieldCounts, emptyFieldCounts, scoreAgainstGold } from './score-gold.js';

export interface GoldSectionResult {
  files: Array<{ file: string; scores: Record<GoldField, Scores>; misses: Miss[]; problems: string[] }>;
  total: Record<GoldField, Scores>;
}

export interface EvalResult {
  plover: null | {
    sentences: number;
    goldActors: number;
    unplaced: number;
    actors: { spans: Scores; country: Scores; sector: Scores };
    misses: ActorMiss[];
  };
  /** Whatever the event scorer returns, plus its own printable text. */
  events: null | { scores: unknown; text: string };
  seed: GoldSectionResult | null;
  gold: GoldSectionResult | null;
  /** releases-dev, by split; per-article detail for `tune` only. */
  releases: ReleasesResult | null;
  /** Our own releases in the releases-dev schema (test/fixtures/releases-own): `tune` and a held-out `check`. */
  ownReleases: ReleasesResult | null;
  notes: string[];
  elapsedMs: number;
}

export type EvalSection = 'plover' | 'events' | 'seed' | 'gold' | 'releases' | 'own';
export const EVAL_SECTIONS: readonly EvalSection[] = ['plover', 'events', 'seed', 'gold', 'releases', 'own'];

export interface EvalOptions {
  repoRoot: string;
  /** Directory holding seed/ and plover-gsr/; defaults to ../shared/data beside the repository. */
  sharedData?: string;
  sections?: ReadonlySet<EvalSection>;
}

const fieldScores = (c: FieldCounts) =>
  Object.fromEntries(GOLD_FIELDS.map((f) => [f, score(c[f])])) as Record<GoldField, Scores>;

function scoreGoldFiles(files: readonly string[], repoRoot: string, notes: string[]): GoldSectionResult | null {
  let total = emptyFieldCounts();
  const out: GoldSectionResult['files'] = [];
  for (const file of files) {
    const gold = loadGold(file);
    const textPath = goldTextPath(gold, repoRoot);
    if (!existsSync(textPath)) {
      notes.push(`skipped ${path.relative(repoRoot, file)}: its text ${gold.text} is not there`);
      continue;
    }
    const text = readFileSync(textPath, 'utf8');
    const rec = extract({ text, id: path.basename(textPath) });
    const result = scoreAgainstGold(path.basename(file), gold, text, rec);
    total = addFieldCounts(total, result.counts);
    out.push({ file: result.file, scores: fieldScores(result.counts), misses: result.misses, problems: result.problems });
  }
  return out.length ? { files: out, total: fieldScores(total) } : null;
}

interface EventsModule {
  evaluateEvents(devPath: string): unknown | Promise<unknown>;
  formatEventScores(scores: unknown): string;
}

async function runEventScorer(repoRoot: string, devPath: string, notes: string[]): Promise<EvalResult['events']> {
  const candidates = ['eval/events.ts', 'eval/events.js'].map((p) => path.join(repoRoot, p));
  const file = candidates.find((p) => existsSync(p));
  if (!file) {
    notes.push('events: eval/events.ts is not there yet; event scores skipped');
    return null;
  }
  try {
    const mod = (await import(pathToFileURL(file).href)) as Partial<EventsModule>;
    if (typeof mod.evaluateEvents !== 'function' || typeof mod.formatEventScores !== 'function') {
      notes.push('events: eval/events.ts does not export evaluateEvents and formatEventScores; skipped');
      return null;
    }
    const scores = await mod.evaluateEvents(devPath);
    return { scores, text: mod.formatEventScores(scores) };
  } catch (err) {
    notes.push(`events: the event scorer failed (${(err as Error).message}); skipped`);
    return null;
  }
}

export async function runEval(opts: EvalOptions): Promise<EvalResult> {
  const started = performance.now();
  const notes: string[] = [];
  const shared = opts.sharedData ?? path.resolve(opts.repoRoot, '../shared/data');
  const want = (s: EvalSection) => !opts.sections || opts.sections.has(s);
  const devPath = path.join(shared, 'plover-gsr/dev.jsonl');

  let plover: EvalResult['plover'] = null;
  let events: EvalResult['events'] = null;
  if (want('plover') || want('events')) {
    if (!existsSync(devPath)) {
      notes.push(`PLOVER dev set not found at ${devPath}; actor and event sections skipped`);
    } else {
      if (want('plover')) {
        const r: PloverActorResult = evaluatePloverActors(readPlover(devPath), (text) => extract({ text }));
        plover = {
          sentences: r.sentences,
          goldActors: r.goldActors,
          unplaced: r.unplaced,
          actors: {
            spans: tallyScores(r.counts.spans),
            country: tallyScores(r.counts.country),
            sector: tallyScores(r.counts.sector),
          },
          misses: r.misses,
        };
      }
      if (want('events')) events = await runEventScorer(opts.repoRoot, devPath, notes);
    }
  }

  const goldDir = path.join(opts.repoRoot, 'test/gold');
  const goldFiles = existsSync(goldDir)
    ? readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(goldDir, f))
    : [];
  const seedFile = goldFiles.find((f) => path.basename(f) === 'seed.gold.json');
  let seed: GoldSectionResult | null = null;
  if (want('seed') && seedFile) {
    seed = scoreGoldFiles([seedFile], opts.repoRoot, notes);
    if (!seed) notes.push('seed text not found in ../shared/data/seed; seed section skipped');
  }
  const gold = want('gold')
    ? scoreGoldFiles(goldFiles.filter((f) => f !== seedFile), opts.repoRoot, notes)
    : null;

  let releases: ReleasesResult | null = null;
  if (want('releases')) {
    const dir = path.join(shared, 'releases-dev');
    releases = evaluateReleases(dir, (a) => extract({ text: a.text, id: a.id, date: a.date, source: a.source, title: a.title, url: a.url }));
    if (!releases) notes.push(`releases-dev not found at ${dir}; its section skipped`);
  }

  let ownReleases: ReleasesResult | null = null;
  if (want('own')) {
    const extractArticle = (a: ReleaseArticle) => extract({ text: a.text, id: a.id, date: a.date, source: a.source, title: a.title, url: a.url });
    ownReleases = evaluateReleases(path.join(opts.repoRoot, 'test/fixtures/releases-own'), extractArticle);
  }

  return { plover, events, seed, gold, releases, ownReleases, notes, elapsedMs: Math.round(performance.now() - started) };
}
