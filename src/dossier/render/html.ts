/** A dossier as one self-contained HTML page (inline style, SVG charts, no scripts). */
import { chartModel, type ChartModel } from '../chart.js';
import { formatValue } from '../figures.js';
import type { Dossier, Ref } from '../types.js';
import { commitmentTitle, dateRange, itemLabel, officialsLine, partyLine, STATUS_LABEL, whoLabel } from './labels.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const where = (r: Ref) => `<span class="ref">${esc(r.documentId)} ${r.start}–${r.end}</span>`;

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #e2e2e2;padding:.3rem .4rem;text-align:left;vertical-align:top}.ref{color:#555;font-size:.85em}
.planned{color:#8a5a00}.met{color:#146c2e}.not-met{color:#a01818}.open,.no-later-information{color:#8a5a00}.conflict{color:#a01818}
.derived{color:#555;font-style:italic}svg{max-width:100%;height:auto}svg text{font-size:11px;fill:#333}svg .grid{stroke:#e5e5e5}
svg .line{fill:none;stroke:#1f5fa8;stroke-width:1.5}svg .rep{fill:#1f5fa8}svg .rep.conflict{fill:#a01818}svg .der{fill:#fff;stroke:#555;stroke-dasharray:2 2}
svg .target{fill:none;stroke:#a05a00;stroke-width:2}`;

export function chartSvg(m: ChartModel): string {
  const parts: string[] = [`<svg viewBox="0 0 ${m.width} ${m.height}" role="img" aria-label="${esc(m.title)}">`];
  for (const t of m.yTicks) parts.push(`<line class="grid" x1="${m.axis.x0}" x2="${m.axis.x1}" y1="${t.y.toFixed(1)}" y2="${t.y.toFixed(1)}"/><text x="${m.axis.x0 - 6}" y="${(t.y + 4).toFixed(1)}" text-anchor="end">${esc(t.label)}</text>`);
  for (const t of m.xTicks) parts.push(`<text x="${t.x.toFixed(1)}" y="${m.height - 14}" text-anchor="middle">${esc(t.label)}</text>`);
  if (m.line) parts.push(`<path class="line" d="${m.line}"/>`);
  for (const p of m.derived) parts.push(`<circle class="der" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="5"><title>${esc(p.label)}</title></circle>`);
  for (const p of m.reported) parts.push(`<circle class="rep${p.conflict ? ' conflict' : ''}" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="5"><title>${esc(p.label)}</title></circle>`);
  for (const p of m.targets) parts.push(`<path class="target" d="M${(p.x - 7).toFixed(1)},${p.y.toFixed(1)} h14 M${p.x.toFixed(1)},${(p.y - 7).toFixed(1)} v14"><title>${esc(p.label)}</title></path>`);
  parts.push('</svg>');
  return parts.join('');
}

export function renderHtml(d: Dossier): string {
  const out: string[] = [];
  const title = `${d.a.name} and ${d.b.name}: relation dossier`;
  out.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>`);
  out.push(`<h1>${esc(title)}</h1><ul>`);
  for (const p of [d.a, d.b]) {
    const officials = officialsLine(p);
    out.push(`<li><strong>${esc(partyLine(p))}</strong>: ${esc(p.includes)} <span class="ref">(read as ${esc(p.resolvedBy)})</span>${officials ? `<br>officials: ${esc(officials)}` : ''}</li>`);
  }
  out.push(`<li>${d.documents.length} document(s) name both (${esc(dateRange(d))}); commitment statuses read the store up to ${esc(d.corpusUntil ?? 'its end')}.</li></ul>`);

  out.push('<h2>Timeline</h2>');
  if (d.timeline.length === 0) out.push('<p>No meetings, calls, visits, agreements or other events between the two.</p>');
  else {
    out.push('<table><thead><tr><th>Date</th><th>What</th><th>Who</th><th>Words</th></tr></thead><tbody>');
    for (const t of d.timeline) {
      out.push(`<tr><td>${esc(t.date ?? 'undated')}</td><td class="${t.status === 'planned' ? 'planned' : ''}">${esc(itemLabel(t))}${t.place ? ` in ${esc(t.place)}` : ''}</td><td>${esc(whoLabel(d, t.participants))}</td><td>“${esc(t.trigger)}” ${where(t.ref)}</td></tr>`);
    }
    out.push('</tbody></table>');
  }

  out.push('<h2>Figures</h2>');
  if (d.figures.length === 0) out.push('<p>No figures about the two.</p>');
  for (const s of d.figures) {
    out.push(`<h3>${esc(s.topic)}${s.unit ? ` (${esc(s.unit)})` : ''}</h3>`);
    const model = chartModel(s);
    if (model) out.push(chartSvg(model));
    out.push('<table><thead><tr><th>Period</th><th>Reported</th><th>Derived (not reported)</th></tr></thead><tbody>');
    for (const r of s.rows) {
      const reported = r.reported.map((p) => `${esc(p.text)} ${where(p.ref)}`).join(' <span class="conflict">≠</span> ') || '—';
      const derived = r.derived.map((x) => `<span class="derived">${esc(formatValue(x.value, s.unit))} = ${esc(x.formula)}</span> ${where(x.change)}`).join('<br>') || '—';
      out.push(`<tr><td>${esc(r.period.label)}</td><td>${reported}${r.conflict ? ' <span class="conflict">(reports differ)</span>' : ''}</td><td>${derived}</td></tr>`);
    }
    out.push('</tbody></table>');
    for (const t of s.targets) out.push(`<p>Target: ${esc(formatValue(t.value, s.unit))}${t.deadline ? ` by ${esc(t.deadline.label)}` : ''} ${where(t.ref)}</p>`);
  }

  out.push('<h2>Commitments</h2>');
  if (d.commitments.length === 0) out.push('<p>No targets, offers, promises, agreements or planned visits.</p>');
  else out.push('<ul>');
  for (const m of d.commitments) {
    out.push(`<li><strong>${esc(m.made ?? 'undated')}: ${esc(commitmentTitle(m))}: <span class="${m.status}">${esc(STATUS_LABEL[m.status])}</span></strong><br>`);
    out.push(`${esc(whoLabel(d, m.by))}${m.to.length ? ` to ${esc(whoLabel(d, m.to))}` : ''}: “${esc(m.what)}” ${where(m.ref)}<br>`);
    if (m.goal && m.goal.how !== 'as stated') out.push(`goal: ${esc(m.goal.how)}<br>`);
    out.push(`rule: ${esc(m.rule)}`);
    for (const e of m.evidence) out.push(`<br>evidence: “${esc(e.text)}” ${where(e)}`);
    out.push('</li>');
  }
  if (d.commitments.length) out.push('</ul>');

  out.push('<h2>Voices</h2>');
  if (d.voices.length === 0) out.push('<p>No quotes by either side about the other.</p>');
  else out.push('<ul>');
  for (const v of d.voices) {
    out.push(`<li>${esc(v.date ?? 'undated')}, <strong>${esc(v.speaker)}</strong>${v.office ? `, ${esc(v.office)}` : ''} (${esc(v.side === 'a' ? d.a.name : d.b.name)}): “${esc(v.text)}” ${where(v.ref)} <span class="ref">${esc(v.about)}</span></li>`);
  }
  if (d.voices.length) out.push('</ul>');
  if (d.notes.length) out.push(`<h2>Notes</h2><ul>${d.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
  out.push('</body></html>\n');
  return out.join('\n');
}
