/**
 * Meetings, calls and visits of one record. The extractor may write them itself (`meetings` on
 * the record); older records have only events, from which CONSULT events (and promised
 * meetings coded AGREE) are read instead. Callers see one shape either way.
 */
import type { EventActorRecord, EventRecord, ExtractRecord } from '../record/types.js';
import type { TimelineKind } from './types.js';

export interface MeetingView {
  kind: Extract<TimelineKind, 'meeting' | 'talks' | 'call' | 'visit' | 'ceremony'>;
  status: 'held' | 'planned';
  date: string | null;
  place: string | null;
  participants: EventActorRecord[];
  trigger: string;
  start: number;
  end: number;
  sentence: [number, number] | null;
  origin: 'meetings' | 'events';
  /** The event the meeting was read from, when it came from events. */
  event: EventRecord | null;
  rule: string;
}

const KINDS = new Set(['meeting', 'talks', 'call', 'visit', 'ceremony']);

function isParty(x: unknown): x is EventActorRecord {
  return typeof x === 'object' && x !== null && typeof (x as { name?: unknown }).name === 'string';
}

/** The record's own meeting list, when the extractor wrote one, checked item by item. */
function fromMeetings(record: ExtractRecord): MeetingView[] | null {
  const raw = (record as unknown as { meetings?: unknown }).meetings;
  if (!Array.isArray(raw)) return null;
  const out: MeetingView[] = [];
  for (const m of raw as Record<string, unknown>[]) {
    if (typeof m !== 'object' || m === null) continue;
    const start = typeof m.start === 'number' ? m.start : null;
    const end = typeof m.end === 'number' ? m.end : null;
    if (start === null || end === null) continue;
    // `parties` holds everyone taking part (the named people, office holders known by title, a
    // visit's host place); `participants` only the named people.
    const list = Array.isArray(m.parties) ? m.parties : m.participants;
    const parts = Array.isArray(list) ? (list as unknown[]).filter(isParty).map((p) => ({
      name: p.name, country: p.country ?? null, sector: p.sector ?? null, id: typeof p.id === 'string' ? p.id : '',
    })) : [];
    const kind = typeof m.kind === 'string' && KINDS.has(m.kind) ? (m.kind as MeetingView['kind']) : 'meeting';
    out.push({
      kind,
      status: m.status === 'planned' ? 'planned' : 'held',
      date: typeof m.date === 'string' ? m.date : null,
      place: typeof m.place === 'string' ? m.place : isParty(m.place) ? m.place.name : null,
      participants: parts,
      trigger: typeof m.trigger === 'string' ? m.trigger : '',
      start,
      end,
      sentence: null,
      origin: 'meetings',
      event: null,
      rule: typeof m.rule === 'string' ? m.rule : 'meeting record',
    });
  }
  return out;
}

const FUTURE_BEFORE = /\b(?:will|shall|is (?:expected|due|scheduled|set|going|planned|planning) to|are (?:expected|due|scheduled|set|going|planned|planning) to|plans? to|planned to|intends? to|is to|are to|would|next)\b[^.;]*$/i;

function kindOf(e: EventRecord): MeetingView['kind'] {
  const t = e.trigger.toLowerCase();
  if (e.mode === 'call' || /\b(?:phone|telephone|call|video)/.test(t)) return 'call';
  if (e.mode === 'visit' || /\bvisit|trip|arriv|travel/.test(t)) return 'visit';
  if (/\btalks|negotiat|consultation/.test(t)) return 'talks';
  return 'meeting';
}

/** Read from events: CONSULT events, and meetings promised (the coder turns a future CONSULT into AGREE). */
function fromEvents(record: ExtractRecord, text: string): MeetingView[] {
  const out: MeetingView[] = [];
  for (const e of record.events) {
    const promised = e.type === 'AGREE' && /CONSULT -> AGREE/.test(e.rule ?? '');
    if (e.type !== 'CONSULT' && !promised) continue;
    if (e.mode === 'mediate') continue;
    const sentenceStart = Array.isArray(e.sentence) ? e.sentence[0] : e.start;
    // Only the trigger's own clause: "X intend to ..., Y said after talks with Z" reports held talks.
    const before = text.slice(Math.max(sentenceStart, e.start - 200), e.start).split(/[,;:]/).pop() ?? '';
    const future = promised || (e.date !== null && record.date !== null && e.date.length === 10 && e.date > record.date) || FUTURE_BEFORE.test(before);
    out.push({
      kind: kindOf(e),
      status: future ? 'planned' : 'held',
      date: e.date,
      place: null,
      participants: [...e.source, ...e.target],
      trigger: e.trigger,
      start: e.start,
      end: e.end,
      sentence: Array.isArray(e.sentence) ? e.sentence : null,
      origin: 'events',
      event: e,
      rule: promised
        ? `planned: ${e.rule}`
        : future
          ? `planned: ${e.date && record.date && e.date > record.date ? `dated ${e.date}, after the release (${record.date})` : 'a future or intended act in its clause'}; ${e.rule}`
          : `held: ${e.rule}`,
    });
  }
  return out;
}

/** Meetings of a record: its own list when it has one, else read from its events. */
export function meetingsOf(record: ExtractRecord, text: string): MeetingView[] {
  return fromMeetings(record) ?? fromEvents(record, text);
}

/** True when the record carries its own meeting list (and events should not be read as meetings). */
export function hasMeetingRecords(record: ExtractRecord): boolean {
  return Array.isArray((record as unknown as { meetings?: unknown }).meetings);
}
