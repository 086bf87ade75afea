/** A dossier for the terminal: sections one after the other, each item with its document and offsets. */
import type { Palette } from '../../cli/color.js';
import { formatValue } from '../figures.js';
import type { Dossier } from '../types.js';
import { commitmentTitle, dateRange, itemLabel, officialsLine, partyLine, refLabel, STATUS_LABEL, whoLabel } from './labels.js';

const plain: Palette = { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s, blue: (s) => s, magenta: (s) => s, cyan: (s) => s };

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function renderText(d: Dossier, c: Palette = plain, width = 120): string {
  const out: string[] = [];
  const head = (s: string) => out.push('', c.bold(s));
  out.push(c.bold(`Dossier: ${partyLine(d.a)} and ${partyLine(d.b)}`));
  for (const p of [d.a, d.b]) {
    out.push(`  ${p.name}: ${p.includes} ${c.dim(`[read as ${p.resolvedBy}]`)}`);
    const officials = officialsLine(p);
    if (officials) out.push(`    officials: ${officials}`);
  }
  const window = d.from || d.to ? ` between ${d.from ?? 'the start'} and ${d.to ?? 'now'}` : '';
  out.push(`  ${d.documents.length} document(s) name both${window} (${dateRange(d)}); statuses read the store up to ${d.corpusUntil ?? 'its end'}.`);

  head(`Timeline (${d.timeline.length}, newest first)`);
  if (d.timeline.length === 0) out.push('  No meetings, calls, visits, agreements or other events between the two.');
  for (const t of d.timeline) {
    const label = t.status === 'planned' ? c.yellow(itemLabel(t)) : itemLabel(t);
    out.push(`  ${(t.date ?? 'undated').padEnd(10)}  ${label}${t.place ? ` in ${t.place}` : ''}: ${whoLabel(d, t.participants)}  “${t.trigger}”`);
    out.push(c.dim(`              ${refLabel(t.ref)}  ${clip(t.ref.sentence, width - 40)}`));
  }

  head(`Figures (${d.figures.length} series, each figure at the period it refers to)`);
  if (d.figures.length === 0) out.push('  No figures about the two.');
  for (const s of d.figures) {
    out.push(`  ${c.bold(`${s.topic}${s.unit ? ` (${s.unit})` : ''}`)}`);
    for (const r of s.rows) {
      const reported = r.reported.map((p) => `${p.text} [${p.ref.documentId}, ${p.ref.date ?? 'undated'}]`).join(c.red(' ≠ '));
      out.push(`    ${r.period.label.padEnd(12)} ${reported || c.dim('not reported')}${r.conflict ? c.red('  (reports differ)') : ''}`);
      for (const x of r.derived) out.push(c.dim(`    ${''.padEnd(12)} derived, not reported: ${formatValue(x.value, s.unit)} = ${x.formula} [${x.change.documentId}]`));
    }
    for (const t of s.targets) out.push(`    target ${formatValue(t.value, s.unit)}${t.deadline ? ` by ${t.deadline.label}` : ''} [${t.ref.documentId}, ${t.ref.date ?? 'undated'}]`);
    if (s.changes.length) out.push(c.dim(`    changes: ${s.changes.map((x) => `${x.period?.label ?? '?'} ${x.direction ?? ''} ${x.text}`.replace(/\s+/g, ' ')).join('; ')}`));
  }

  head(`Commitments (${d.commitments.length}, newest first)`);
  if (d.commitments.length === 0) out.push('  No targets, offers, promises, agreements or planned visits.');
  for (const m of d.commitments) {
    const status = m.status === 'met' ? c.green(STATUS_LABEL[m.status]) : m.status === 'not-met' ? c.red(STATUS_LABEL[m.status]) : c.yellow(STATUS_LABEL[m.status]);
    out.push(`  ${(m.made ?? 'undated').padEnd(10)}  ${commitmentTitle(m)}: ${status}`);
    out.push(`              by ${whoLabel(d, m.by)}${m.to.length ? ` to ${whoLabel(d, m.to)}` : ''}: “${clip(m.what, width - 30)}”`);
    if (m.goal && m.goal.how !== 'as stated') out.push(c.dim(`              goal: ${m.goal.how}`));
    out.push(`              rule: ${m.rule}`);
    out.push(c.dim(`              ${refLabel(m.ref)}${m.evidence.length ? `; evidence ${m.evidence.map(refLabel).join(', ')}` : ''}`));
  }

  head(`Voices (${d.voices.length}, newest first)`);
  if (d.voices.length === 0) out.push('  No quotes by either side about the other.');
  for (const v of d.voices) {
    out.push(`  ${(v.date ?? 'undated').padEnd(10)}  ${v.speaker}${v.office ? `, ${v.office}` : ''} [${v.side === 'a' ? d.a.name : d.b.name}]: “${clip(v.text, width - 40)}”`);
    out.push(c.dim(`              ${v.about}; ${refLabel(v.ref)}`));
  }
  if (d.notes.length) {
    head('Notes');
    for (const n of d.notes) out.push(`  ${n}`);
  }
  return `${out.join('\n')}\n`;
}
