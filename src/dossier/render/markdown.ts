/** A dossier as Markdown, for reports and notes: tables escape their cells, every item names its document. */
import { formatValue } from '../figures.js';
import type { Dossier, Ref } from '../types.js';
import { commitmentTitle, dateRange, itemLabel, officialsLine, partyLine, STATUS_LABEL, whoLabel } from './labels.js';

/** A table cell: pipes and line breaks would end the cell or the row. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').replace(/([*_`[\]<>])/g, '\\$1');
const text = (s: string) => s.replace(/([\\*_`[\]<>#])/g, '\\$1');
const where = (r: Ref) => `\`${r.documentId}\` ${r.start}–${r.end}`;

export function renderMarkdown(d: Dossier): string {
  const out: string[] = [];
  out.push(`# ${text(d.a.name)} and ${text(d.b.name)}: relation dossier`, '');
  for (const p of [d.a, d.b]) {
    out.push(`- **${text(partyLine(p))}**: ${text(p.includes)} (read as ${text(p.resolvedBy)})`);
    const officials = officialsLine(p);
    if (officials) out.push(`  - officials: ${text(officials)}`);
  }
  const window = d.from || d.to ? ` between ${d.from ?? 'the start'} and ${d.to ?? 'now'}` : '';
  out.push(`- ${d.documents.length} document(s) name both${window} (${dateRange(d)}); commitment statuses read the store up to ${d.corpusUntil ?? 'its end'}.`, '');

  out.push('## Timeline', '');
  if (d.timeline.length === 0) out.push('No meetings, calls, visits, agreements or other events between the two.', '');
  else {
    out.push('| Date | What | Who | Words | Source |', '|---|---|---|---|---|');
    for (const t of d.timeline) {
      out.push(`| ${t.date ?? 'undated'} | ${cell(itemLabel(t))}${t.place ? ` in ${cell(t.place)}` : ''} | ${cell(whoLabel(d, t.participants))} | “${cell(t.trigger)}” | ${where(t.ref)} |`);
    }
    out.push('');
  }

  out.push('## Figures', '');
  if (d.figures.length === 0) out.push('No figures about the two.', '');
  for (const s of d.figures) {
    out.push(`### ${text(s.topic)}${s.unit ? ` (${s.unit})` : ''}`, '', 'Each figure is placed at the period it refers to. Derived values are implied by a reported change and are not reports.', '');
    out.push('| Period | Reported | Derived (not reported) |', '|---|---|---|');
    for (const r of s.rows) {
      const reported = r.reported.map((p) => `${cell(p.text)} (${where(p.ref)}, ${p.ref.date ?? 'undated'})`).join(' ≠ ') || '—';
      const derived = r.derived.map((x) => `${cell(formatValue(x.value, s.unit))} = ${cell(x.formula)} (${where(x.change)})`).join('; ') || '—';
      out.push(`| ${r.period.label} | ${reported}${r.conflict ? ' **(reports differ)**' : ''} | ${derived} |`);
    }
    out.push('');
    for (const t of s.targets) out.push(`- Target: ${cell(formatValue(t.value, s.unit))}${t.deadline ? ` by ${t.deadline.label}` : ''} (${where(t.ref)})`);
    if (s.targets.length) out.push('');
  }

  out.push('## Commitments', '');
  if (d.commitments.length === 0) out.push('No targets, offers, promises, agreements or planned visits.', '');
  for (const m of d.commitments) {
    out.push(`- **${m.made ?? 'undated'}: ${text(commitmentTitle(m))}: ${STATUS_LABEL[m.status]}**`);
    out.push(`  - ${text(whoLabel(d, m.by))}${m.to.length ? ` to ${text(whoLabel(d, m.to))}` : ''}: “${text(m.what)}” (${where(m.ref)})`);
    if (m.goal && m.goal.how !== 'as stated') out.push(`  - goal: ${text(m.goal.how)}`);
    out.push(`  - rule: ${text(m.rule)}`);
    for (const e of m.evidence) out.push(`  - evidence: “${text(e.text)}” (${where(e)}, ${e.date ?? 'undated'})`);
  }
  if (d.commitments.length) out.push('');

  out.push('## Voices', '');
  if (d.voices.length === 0) out.push('No quotes by either side about the other.', '');
  for (const v of d.voices) {
    out.push(`- ${v.date ?? 'undated'}, **${text(v.speaker)}**${v.office ? `, ${text(v.office)}` : ''} (${text(v.side === 'a' ? d.a.name : d.b.name)}): “${text(v.text)}” (${where(v.ref)}; ${text(v.about)})`);
  }
  if (d.voices.length) out.push('');
  if (d.notes.length) {
    out.push('## Notes', '');
    for (const n of d.notes) out.push(`- ${text(n)}`);
    out.push('');
  }
  return out.join('\n');
}
