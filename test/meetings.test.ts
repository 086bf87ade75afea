import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { MEETING_CASES } from './fixtures/meetings/cases.js';

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

describe('meetings', () => {
  for (const c of MEETING_CASES) {
    it(c.name, () => {
      const rec = extract({ text: c.text, date: c.date ?? '2024-05-20', source: c.source ?? null });
      const meetings = rec.meetings ?? [];
      const held = new Set(meetings.filter((m) => m.status === 'held').flatMap((m) => m.participants.map((p) => p.name)).map(norm));
      expect([...held].sort()).toEqual([...new Set(c.held.map(norm))].sort());
      if (c.planned) {
        const planned = new Set(meetings.filter((m) => m.status === 'planned').flatMap((m) => m.participants.map((p) => p.name)).map(norm));
        for (const p of c.planned) expect(planned).toContain(norm(p));
      }
      if (c.kinds) for (const k of c.kinds) expect(meetings.filter((m) => m.status === 'held').map((m) => m.kind)).toContain(k);
    });
  }
});
