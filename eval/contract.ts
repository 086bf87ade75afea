import type { ExtractRecord } from '../src/record/types.js';

/**
 * Checks a record against the output contract of DESIGN.md and the text it came from.
 * Returns every problem found (empty when the record is valid), so a failing test shows
 * all of them at once.
 */

export const PLOVER_TYPES = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
const PLACE_KINDS = new Set(['country', 'region', 'city', 'other']);
const MEETING_KINDS = new Set(['meeting', 'call', 'visit', 'talks', 'ceremony']);
const QUANTITY_KINDS = new Set(['money', 'percent', 'ratio', 'count']);
/** ISO 3166-1 alpha-3 and PLOVER international codes are all three capital letters. */
const CODE = /^[A-Z]{3}$/;
/** PLOVER sectors: a primary three-letter code, optionally followed by a secondary one. */
const SECTOR = /^[A-Z*]{3}[A-Za-z]*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function validateRecord(rec: ExtractRecord, text: string): string[] {
  const problems: string[] = [];
  const len = text.length;
  const bad = (at: string, expected: string, found: unknown) =>
    problems.push(`${at}: expected ${expected}, found ${JSON.stringify(found)}`);
  const str = (at: string, v: unknown, nonEmpty = false) => {
    if (typeof v !== 'string' || (nonEmpty && v.trim() === '')) bad(at, nonEmpty ? 'a non-empty string' : 'a string', v);
  };
  const nullable = (at: string, v: unknown, re: RegExp, what: string) => {
    if (v !== null && !(typeof v === 'string' && re.test(v))) bad(at, `${what} or null`, v);
  };
  const span = (at: string, s: unknown, e: unknown) => {
    if (!Number.isInteger(s) || !Number.isInteger(e) || (s as number) < 0 || (e as number) > len || (s as number) > (e as number)) {
      bad(at, `0 <= start <= end <= ${len}`, [s, e]);
      return false;
    }
    return true;
  };
  const sliceEquals = (at: string, value: unknown, s: number, e: number) => {
    if (span(at, s, e) && value !== text.slice(s, e)) bad(`${at}.text`, `text.slice(${s}, ${e})`, value);
  };
  const mentions = (at: string, ms: unknown) => {
    if (!Array.isArray(ms)) return bad(`${at}.mentions`, 'an array', ms);
    ms.forEach((m, i) => {
      if (!Array.isArray(m) || m.length !== 2) bad(`${at}.mentions[${i}]`, '[start, end]', m);
      else if (span(`${at}.mentions[${i}]`, m[0], m[1]) && m[0] === m[1]) bad(`${at}.mentions[${i}]`, 'a non-empty span', m);
    });
  };
  const list = (name: keyof ExtractRecord): unknown[] => {
    const v = rec[name];
    if (!Array.isArray(v)) {
      bad(name, 'an array', v);
      return [];
    }
    return v;
  };

  str('id', rec.id, true);
  nullable('date', rec.date, ISO_DAY, 'YYYY-MM-DD');

  list('people').forEach((x, i) => {
    const p = x as ExtractRecord['people'][number];
    const at = `people[${i}]`;
    str(`${at}.name`, p.name, true);
    if (p.title !== null && typeof p.title !== 'string') bad(`${at}.title`, 'a string or null', p.title);
    nullable(`${at}.country`, p.country, CODE, 'a three-letter code');
    nullable(`${at}.sector`, p.sector, SECTOR, 'a PLOVER sector');
    mentions(at, p.mentions);
  });
  list('organizations').forEach((x, i) => {
    const o = x as ExtractRecord['organizations'][number];
    const at = `organizations[${i}]`;
    str(`${at}.name`, o.name, true);
    nullable(`${at}.country`, o.country, CODE, 'a three-letter code');
    mentions(at, o.mentions);
  });
  list('places').forEach((x, i) => {
    const p = x as ExtractRecord['places'][number];
    const at = `places[${i}]`;
    str(`${at}.name`, p.name, true);
    if (!PLACE_KINDS.has(p.kind)) bad(`${at}.kind`, 'country|region|city|other', p.kind);
    nullable(`${at}.country`, p.country, CODE, 'a three-letter code');
    mentions(at, p.mentions);
  });
  // Unattributed quotes are an addition to the contract: absent in older stored records.
  for (const name of ['quotes', 'unattributedQuotes'] as const) {
    if (name === 'unattributedQuotes' && rec.unattributedQuotes === undefined) continue;
    list(name).forEach((x, i) => {
      const q = x as ExtractRecord['quotes'][number];
      const at = `${name}[${i}]`;
      if (q.speaker !== null && (typeof q.speaker !== 'string' || q.speaker.trim() === '')) bad(`${at}.speaker`, 'a name or null', q.speaker);
      if (name === 'quotes' && q.speaker === null) bad(`${at}.speaker`, 'the name of the person quoted', null);
      sliceEquals(at, q.text, q.start, q.end);
    });
  }
  list('quantities').forEach((x, i) => {
    const q = x as ExtractRecord['quantities'][number];
    const at = `quantities[${i}]`;
    if (!QUANTITY_KINDS.has(q.kind)) bad(`${at}.kind`, 'money|percent|ratio|count', q.kind);
    if (typeof q.value !== 'number' || !Number.isFinite(q.value)) bad(`${at}.value`, 'a finite number', q.value);
    nullable(`${at}.currency`, q.currency, CODE, 'an ISO 4217 code');
    if (q.kind === 'money' && q.currency === null) bad(`${at}.currency`, 'a currency for money', null);
    sliceEquals(at, q.text, q.start, q.end);
  });
  list('dates').forEach((x, i) => {
    const d = x as ExtractRecord['dates'][number];
    const at = `dates[${i}]`;
    nullable(`${at}.value`, d.value, DATE_VALUE, 'YYYY, YYYY-MM or YYYY-MM-DD');
    sliceEquals(at, d.text, d.start, d.end);
  });
  list('events').forEach((x, i) => {
    const e = x as ExtractRecord['events'][number];
    const at = `events[${i}]`;
    if (!PLOVER_TYPES.has(e.type)) bad(`${at}.type`, 'one of the 16 PLOVER types', e.type);
    if (e.mode !== null && typeof e.mode !== 'string') bad(`${at}.mode`, 'a string or null', e.mode);
    for (const side of ['source', 'target'] as const) {
      if (!Array.isArray(e[side])) {
        bad(`${at}.${side}`, 'an array', e[side]);
        continue;
      }
      e[side].forEach((a, j) => {
        str(`${at}.${side}[${j}].name`, a.name, true);
        nullable(`${at}.${side}[${j}].country`, a.country, CODE, 'a three-letter code');
        nullable(`${at}.${side}[${j}].sector`, a.sector, SECTOR, 'a PLOVER sector');
      });
    }
    // An event dated only by "in 2019" keeps the reduced-precision ISO form the dates layer uses.
    nullable(`${at}.date`, e.date, DATE_VALUE, 'YYYY-MM-DD (or YYYY-MM, YYYY)');
    str(`${at}.trigger`, e.trigger, true);
    span(at, e.start, e.end);
  });
  // Meetings are an addition to the contract: absent in older stored records, else well formed.
  if (rec.meetings !== undefined) {
    list('meetings').forEach((x, i) => {
      const m = x as NonNullable<ExtractRecord['meetings']>[number];
      const at = `meetings[${i}]`;
      if (!Array.isArray(m.participants)) bad(`${at}.participants`, 'an array of people', m.participants);
      else {
        m.participants.forEach((p, j) => {
          str(`${at}.participants[${j}].name`, p?.name, true);
          nullable(`${at}.participants[${j}].country`, p?.country ?? null, CODE, 'a three-letter code');
        });
      }
      if (!Array.isArray(m.parties)) bad(`${at}.parties`, 'an array', m.parties);
      else {
        m.parties.forEach((a, j) => {
          str(`${at}.parties[${j}].name`, a.name, true);
          nullable(`${at}.parties[${j}].country`, a.country, CODE, 'a three-letter code');
        });
        const ids = new Set(m.parties.map((a) => a.id));
        for (const p of Array.isArray(m.participants) ? m.participants : []) if (!ids.has(p?.id)) bad(`${at}.participants`, 'people who are among the parties', p?.name);
      }
      if (!MEETING_KINDS.has(m.kind)) bad(`${at}.kind`, 'meeting|call|visit|talks|ceremony', m.kind);
      if (m.status !== 'held' && m.status !== 'planned') bad(`${at}.status`, 'held or planned', m.status);
      nullable(`${at}.date`, m.date, DATE_VALUE, 'YYYY-MM-DD (or YYYY-MM)');
      if (m.place !== null && typeof m.place !== 'string') bad(`${at}.place`, 'a string or null', m.place);
      str(`${at}.trigger`, m.trigger, true);
      if (span(at, m.start, m.end) && m.trigger !== text.slice(m.start, m.end)) bad(`${at}.trigger`, `text.slice(${m.start}, ${m.end})`, m.trigger);
      if (!Array.isArray(m.evidence)) bad(`${at}.evidence`, 'an array', m.evidence);
      else m.evidence.forEach((e, j) => (Array.isArray(e) && e.length === 2 ? span(`${at}.evidence[${j}]`, e[0], e[1]) : bad(`${at}.evidence[${j}]`, '[start, end]', e)));
    });
  }
  list('messages');
  return problems;
}
