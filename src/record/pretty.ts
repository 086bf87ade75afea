import type { Palette } from '../cli/color.js';
import type { EventActorRecord, ExtractRecord } from './types.js';

const MAX_QUOTE = 160;

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function codes(country: string | null, sector: string | null): string {
  return [country, sector].filter(Boolean).join('/') || '-';
}

function party(list: EventActorRecord[]): string {
  return list.length ? list.map((a) => `${a.name} (${codes(a.country, a.sector)})`).join(' + ') : '-';
}

/** A readable summary of one record for a person at a terminal. */
export function formatPretty(record: ExtractRecord, c: Palette): string {
  const out: string[] = [];
  const head = [record.id, record.date ?? 'undated', record.source].filter(Boolean).join(' · ');
  out.push(c.bold(head));
  if (record.title) out.push(c.dim(record.title));
  const section = (name: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push('', c.bold(`${name} (${lines.length})`), ...lines.map((l) => `  ${l}`));
  };
  section('People', record.people.map((p) =>
    `${c.cyan(p.name)}${p.title ? `, ${p.title}` : ''} ${c.dim(`[${codes(p.country, p.sector)}] ×${p.mentions.length}`)}`));
  section('Organisations', record.organizations.map((o) =>
    `${c.blue(o.name)} ${c.dim(`[${codes(o.country, o.sector)}] ×${o.mentions.length}`)}`));
  section('Places', record.places.map((p) =>
    `${c.green(p.name)} ${c.dim(`${p.kind}, ${p.country ?? '-'} ×${p.mentions.length}`)}`));
  section('Events', record.events.map((e) =>
    `${c.magenta(e.type)}${e.mode ? `/${e.mode}` : ''} ${party(e.source)} → ${party(e.target)}${e.date ? ` ${c.dim(e.date)}` : ''} ${c.dim(`“${e.trigger}”`)}`));
  section('Meetings', (record.meetings ?? []).map((m) =>
    `${c.magenta(m.kind)}${m.status === 'planned' ? c.yellow(' (planned)') : ''} ${party(m.parties)}${m.date ? ` ${c.dim(m.date)}` : ''}${m.place ? ` ${c.dim(`in ${m.place}`)}` : ''} ${c.dim(`“${m.trigger}”`)}`));
  section('Quotes', record.quotes.map((q) =>
    `${c.cyan(q.speaker ?? '')}: “${clip(q.text, MAX_QUOTE)}”`));
  section('Quotes without a named speaker', (record.unattributedQuotes ?? []).map((q) =>
    `${q.speaker ? c.dim(q.speaker) : c.yellow('(speaker not given)')}: “${clip(q.text, MAX_QUOTE)}”`));
  section('Figures', record.quantities.map((q) =>
    `${c.yellow(q.text)} ${c.dim(`= ${q.kind} ${q.value}${q.currency ? ` ${q.currency}` : ''}${q.qualifier ? ` (${q.qualifier})` : ''}`)}`));
  section('Dates', record.dates.map((d) => `${d.text} ${c.dim(`→ ${d.value}`)}`));
  const problems = record.messages.filter((m) => m.severity !== 'info');
  section('Messages', problems.map((m) => `${m.severity === 'error' ? c.red(m.severity) : c.yellow(m.severity)} ${m.stage}: ${m.text}`));
  return out.join('\n');
}
