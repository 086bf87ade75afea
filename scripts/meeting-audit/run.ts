/**
 * Generality audit of the meeting rules: runs every text the rules may be developed on (the
 * tune splits of releases-dev and of our own releases, the demo corpus, the gold fixtures, the
 * seed, the meeting test cases) and reports, per rule, on how many documents it gave a
 * participant of a held meeting, and per branch of the meeting code, on how many documents it
 * ran. A rule or branch that runs on one document only is a candidate for a rule written for
 * one sentence. Check splits are never read.
 *
 *   node --enable-source-maps --import tsx scripts/meeting-audit/run.ts [--branches N] [--rule PREFIX]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { extract } from '../../src/extract.js';
import { meetingTrace } from '../../src/stages/meetings/trace.js';
import type { MeetingDraft } from '../../src/stages/meetings/triggers.js';
import { MEETING_CASES } from '../../test/fixtures/meetings/cases.js';

interface Doc { corpus: string; id: string; text: string; date?: string | null; source?: string | null; title?: string | null }

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared/data');

function tuneOf(file: string, corpus: string): Doc[] {
  if (!existsSync(file)) return [];
  const out: Doc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; split: string; text: string; date: string | null; source: string | null; title: string | null };
    // Only the tune split is read: check texts stay unseen.
    if (a.split !== 'tune') continue;
    out.push({ corpus, id: a.id, text: a.text, date: a.date, source: a.source, title: a.title });
  }
  return out;
}

function txtDir(dir: string, corpus: string): Doc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ corpus, id: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

const docs: Doc[] = [
  ...tuneOf(path.join(shared, 'releases-dev/articles.jsonl'), 'dev'),
  ...tuneOf(path.join(root, 'test/fixtures/releases-own/articles.jsonl'), 'own'),
  ...txtDir(path.join(root, 'demo/corpus'), 'demo'),
  ...txtDir(path.join(root, 'test/fixtures/texts'), 'gold'),
  ...txtDir(path.join(shared, 'seed'), 'seed'),
  ...MEETING_CASES.map((c) => ({ corpus: 'cases', id: c.name, text: c.text, date: c.date ?? null, source: c.source ?? null })),
];
const CORPORA = ['dev', 'own', 'demo', 'gold', 'seed', 'cases'];

const args = process.argv.slice(2);
const maxDocs = Number(args[args.indexOf('--branches') + 1] ?? 1) || 1;
const rulePrefix = args.includes('--rule') ? args[args.indexOf('--rule') + 1]! : null;

/** Per rule: documents where a draft of it named a person kept in a held meeting, and where it alone did. */
const ruleDocs = new Map<string, { gave: Map<string, Set<string>>; alone: Map<string, Set<string>>; lost: Map<string, Set<string>> }>();
const tally = (m: Map<string, Set<string>>, corpus: string, id: string) => {
  let s = m.get(corpus);
  if (!s) m.set(corpus, (s = new Set()));
  s.add(id);
};

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Debugger.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
// Warm-up: load the lexicons before counting.
extract({ text: 'President A met President B.' });
await session.post('Profiler.takePreciseCoverage');

/** Per branch (file:line:col of the block start): documents where it ran. */
const branchDocs = new Map<string, Map<string, Set<string>>>();
const scriptText = new Map<string, string>();
const lineStarts = new Map<string, number[]>();

function origin(url: string, offset: number): string {
  let starts = lineStarts.get(url);
  const text = scriptText.get(url)!;
  if (!starts) {
    starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    lineStarts.set(url, starts);
  }
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= offset) lo = mid; else hi = mid - 1; }
  const sm = findSourceMap(url);
  const e = sm?.findEntry(lo, offset - starts[lo]!) as { originalLine?: number; originalColumn?: number } | undefined;
  const file = url.replace(/^.*\/src\/stages\/meetings\//, '');
  return e && e.originalLine !== undefined ? `${file}:${e.originalLine + 1}` : `${file}@${lo + 1}`;
}

for (const d of docs) {
  let drafts: readonly MeetingDraft[] = [];
  meetingTrace.drafts = (ds) => { drafts = ds; };
  const rec = extract({ text: d.text, id: d.id, date: d.date ?? null, source: d.source ?? null, title: d.title ?? null });
  meetingTrace.drafts = null;
  const cov = (await session.post('Profiler.takePreciseCoverage')) as { result: { scriptId: string; url: string; functions: { functionName: string; ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[] };
  const held = new Set<string>();
  for (const m of rec.meetings ?? []) if (m.status === 'held') for (const p of m.participants) held.add(p.id);
  const byPerson = new Map<string, string[]>();
  for (const dr of drafts) {
    for (const p of dr.people) {
      const rule = dr.rule.replace(/:[^,]*/, (x) => x); // keep the cue form: rules are cue-specific
      const r = ruleDocs.get(rule) ?? { gave: new Map(), alone: new Map(), lost: new Map() };
      ruleDocs.set(rule, r);
      if (held.has(p.actor.id) && dr.status === 'held') {
        tally(r.gave, d.corpus, d.id);
        const l = byPerson.get(p.actor.id) ?? [];
        l.push(rule);
        byPerson.set(p.actor.id, l);
      } else tally(r.lost, d.corpus, d.id);
    }
  }
  for (const [, rules] of byPerson) {
    const u = new Set(rules);
    if (u.size === 1) tally(ruleDocs.get([...u][0]!)!.alone, d.corpus, d.id);
  }
  for (const s of cov.result) {
    if (!s.url.includes('/src/stages/meetings/')) continue;
    if (!scriptText.has(s.url)) {
      const src = (await session.post('Debugger.getScriptSource', { scriptId: s.scriptId })) as { scriptSource: string };
      scriptText.set(s.url, src.scriptSource);
    }
    for (const f of s.functions) {
      for (let k = 1; k < f.ranges.length; k++) {
        const r = f.ranges[k]!;
        if (r.count === 0) continue;
        const key = `${origin(s.url, r.startOffset)} ${f.functionName}`;
        let m = branchDocs.get(key);
        if (!m) branchDocs.set(key, (m = new Map()));
        tally(m, d.corpus, d.id);
      }
    }
  }
}

const fmt = (m: Map<string, Set<string>>) => CORPORA.map((c) => m.get(c)?.size ?? 0).join('/');
const total = (m: Map<string, Set<string>>) => [...m.values()].reduce((n, s) => n + s.size, 0);
const ids = (m: Map<string, Set<string>>) => [...m.entries()].flatMap(([c, s]) => [...s].map((x) => `${c}:${x}`)).join(' ');

console.log(`documents: ${CORPORA.map((c) => `${c} ${docs.filter((d) => d.corpus === c).length}`).join(', ')}`);
console.log(`\nRules (draft rule strings): documents where they gave a held participant (${CORPORA.join('/')}), where they alone did, where their people were not kept`);
const rows = [...ruleDocs.entries()].filter(([r]) => !rulePrefix || r.startsWith(rulePrefix)).sort((a, b) => total(a[1].gave) - total(b[1].gave));
for (const [rule, r] of rows) {
  const g = total(r.gave);
  const line = `${rule.padEnd(40)} gave ${fmt(r.gave).padEnd(16)} alone ${fmt(r.alone).padEnd(16)} lost ${fmt(r.lost)}`;
  console.log(g <= maxDocs ? `${line}  <- ${ids(r.alone.size ? r.alone : r.gave)}` : line);
}
console.log(`\nBranches run on at most ${maxDocs} document(s) outside the meeting test cases:`);
const branches = [...branchDocs.entries()].filter(([, m]) => total(m) - (m.get('cases')?.size ?? 0) <= maxDocs).sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }));
for (const [key, m] of branches) console.log(`${key.padEnd(60)} ${fmt(m).padEnd(16)} ${ids(new Map([...m].filter(([c]) => c !== 'cases')))}`);
