import type { EvalResult, GoldSectionResult } from './evaluate.js';
import type { Scores } from './match.js';
import { GOLD_FIELDS } from './score-gold.js';
import { RELEASE_FIELDS, type ReleasesResult, headline } from './releases.js';

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

function row(label: string, s: Scores, width: number): string {
  return `${label.padEnd(width)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
}

function header(width: number): string {
  return `${'field'.padEnd(width)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)}   ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`;
}

export interface FormatOptions {
  /** One table per gold file. */
  verbose?: boolean;
  /** Every missed, spurious or wrong item per gold file. */
  misses?: boolean;
}

function goldTable(title: string, section: GoldSectionResult, opts: FormatOptions): string[] {
  const width = 22;
  const lines = [title, header(width)];
  for (const f of GOLD_FIELDS) lines.push(row(f, section.total[f], width));
  for (const file of section.files) {
    for (const p of file.problems) lines.push(`  ! ${file.file}: ${p}`);
  }
  if (opts.verbose) {
    for (const file of section.files) {
      lines.push('', `  ${file.file}`);
      for (const f of GOLD_FIELDS) lines.push(`  ${row(f, file.scores[f], width - 2)}`);
    }
  }
  if (opts.misses) {
    for (const file of section.files) {
      if (file.misses.length === 0) continue;
      lines.push('', `  ${file.file}`);
      for (const m of file.misses) lines.push(`    ${m.kind.padEnd(8)} ${m.field.padEnd(22)} ${m.detail}`);
    }
  }
  return lines;
}

/** The readable report of `npm run eval`. */
export function formatEval(r: EvalResult, opts: FormatOptions = {}): string {
  const out: string[] = [];
  if (r.plover) {
    const w = 22;
    out.push(
      `PLOVER dev set: actors (${r.plover.sentences} sentences, ${r.plover.goldActors} gold actors${r.plover.unplaced ? `, ${r.plover.unplaced} not locatable` : ''})`,
      header(w),
      row('actor spans', r.plover.actors.spans, w),
      row('actor country', r.plover.actors.country, w),
      row('actor sector', r.plover.actors.sector, w),
      '  (span precision is a lower bound: the gold names only event actors, not every entity)',
    );
    if (opts.misses) {
      for (const m of r.plover.misses) {
        const got = m.got.length
          ? m.got.map((g) => `"${g.text}" ${g.country ?? '-'}/${g.sector ?? '-'}`).join(', ')
          : 'nothing';
        out.push(`    "${m.actor}" ${m.expected.code ?? '-'}/${m.expected.sector ?? '-'}  got ${got}  | ${m.sentence.slice(0, 90)}`);
      }
    }
    out.push('');
  }
  if (r.events) {
    out.push('PLOVER dev set: events', r.events.text.trimEnd());
    const misses = (r.events.scores as { misses?: ReadonlyArray<{ kind: string; gold: string; ours: string; text: string }> } | null)?.misses;
    if (opts.misses && misses) {
      for (const m of misses) out.push(`    ${m.kind.padEnd(15)} gold ${m.gold}  ours ${m.ours || 'nothing'}  | ${m.text.slice(0, 110)}`);
    }
    out.push('');
  }
  if (r.seed) out.push(...goldTable('Seed text (test/gold/seed.gold.json)', r.seed, opts), '');
  if (r.gold) {
    out.push(...goldTable(`Gold fixtures (${r.gold.files.length} files in test/gold)`, r.gold, opts), '');
  }
  if (r.releases) out.push(...releasesTable('releases-dev (../shared/data/releases-dev', r.releases, opts), '');
  if (r.ownReleases) out.push(...releasesTable('own releases (test/fixtures/releases-own', r.ownReleases, opts), '');
  for (const n of r.notes) out.push(`note: ${n}`);
  out.push(`done in ${(r.elapsedMs / 1000).toFixed(1)} s`);
  return out.join('\n');
}

/**
 * releases-dev: both splits side by side, the figure of record first (F1; for people's country
 * the share of matched people whose country is right). Per-article tables and misses are
 * printed for `tune` only: `check` is measured, never read.
 */
function releasesTable(title: string, r: ReleasesResult, opts: FormatOptions): string[] {
  const w = 22;
  const cell = (s: ReleasesResult['tune']['total'][keyof ReleasesResult['tune']['total']], field: (typeof RELEASE_FIELDS)[number]) =>
    `${pct(headline(field, s))} ${pct(s.precision)} ${pct(s.recall)}`;
  const lines = [
    `${title}: tune ${r.tune.articles} articles, check ${r.check.articles})`,
    `${''.padEnd(w)} ${'tune'.padEnd(20)}   ${'check'.padEnd(20)}   gap`,
    `${'field'.padEnd(w)} ${'score'.padStart(6)} ${'P%'.padStart(6)} ${'R%'.padStart(6)}   ${'score'.padStart(6)} ${'P%'.padStart(6)} ${'R%'.padStart(6)}   ${'tune-check'.padStart(10)}`,
  ];
  for (const f of RELEASE_FIELDS) {
    const t = r.tune.total[f];
    const c = r.check.total[f];
    const gap = headline(f, t) - headline(f, c);
    lines.push(`${f.padEnd(w)} ${cell(t, f)}   ${cell(c, f)}   ${pct(gap)}${gap > 0.05 ? ' !' : ''}`);
  }
  lines.push('  (score: F1; for people.country the share of matched people with a gold country whose country is right)');
  if (opts.verbose) {
    for (const file of r.tune.files) {
      lines.push('', `  tune ${file.id}`);
      for (const f of RELEASE_FIELDS) lines.push(`  ${row(f, file.scores[f], w - 2)}`);
    }
  }
  if (opts.misses) {
    for (const file of r.tune.files) {
      if (file.misses.length === 0) continue;
      lines.push('', `  tune ${file.id}`);
      for (const m of file.misses) lines.push(`    ${m.kind.padEnd(8)} ${m.field.padEnd(22)} ${m.detail}`);
    }
    lines.push('', '  (misses of the check split are never shown)');
  }
  return lines;
}
