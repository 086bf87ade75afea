/** Words shared by every rendering of a dossier (terminal, Markdown, HTML). */
import { countryName } from '../../lexicon/countries.js';
import { formatValue } from '../figures.js';
import { goalLabel } from '../format.js';
import type { Commitment, CommitmentStatus, Dossier, FigureSeries, Participant, Party, Ref, TimelineItem } from '../types.js';

export const STATUS_LABEL: Record<CommitmentStatus, string> = {
  met: 'met',
  'not-met': 'not met by the deadline',
  open: 'still open',
  'no-later-information': 'no later information',
};

export function partyLine(p: Party): string {
  const where = p.kind === 'country' ? p.country : p.country ? (countryName(p.country) ?? p.country) : null;
  return `${p.name} (${p.kind}${where ? `, ${where}` : ''})`;
}

export function participantLabel(p: Participant): string {
  const office = p.office && p.kind === 'person' ? `, ${p.office}` : '';
  return `${p.name}${office}`;
}

export function sideLabel(d: Dossier, side: 'a' | 'b' | null): string {
  return side === 'a' ? d.a.name : side === 'b' ? d.b.name : 'other';
}

/** "Aleksandr Lukashenko, President (Belarus) and Igor Kobzev, Governor of Irkutsk Oblast (Irkutsk Oblast)" */
export function whoLabel(d: Dossier, ps: readonly Participant[]): string {
  return ps.map((p) => `${participantLabel(p)}${p.side ? ` [${sideLabel(d, p.side)}]` : ''}`).join(' · ') || '—';
}

export function itemLabel(t: TimelineItem): string {
  if (t.status) return `${t.kind}, ${t.status}`;
  if (t.kind === 'agreement') return 'agreement signed';
  return `${t.type}${t.mode ? `/${t.mode}` : ''}`;
}

export function refLabel(r: Ref): string {
  return `${r.documentId} @${r.start}-${r.end}`;
}

export function valueLabel(s: FigureSeries, value: number): string {
  return formatValue(value, s.unit);
}

export function commitmentTitle(c: Commitment): string {
  const kind = c.kind === 'planned-meeting' ? 'planned meeting' : c.kind;
  return `${kind}${c.goal ? `: ${goalLabel(c.goal)}` : ''}${c.deadline ? ` (due ${c.deadline.value})` : ''}`;
}

export function dateRange(d: Dossier): string {
  const dates = d.documents.map((x) => x.date).filter((x): x is string => x !== null).sort();
  if (dates.length === 0) return 'no dated documents';
  return `${dates[0]} to ${dates[dates.length - 1]}`;
}

export function officialsLine(p: Party): string | null {
  if (p.officials.length === 0) return null;
  return p.officials.map((o) => `${o.name} (${o.titles.join('; ')}, seen ${o.from ?? '?'} to ${o.to ?? '?'})`).join(', ');
}
