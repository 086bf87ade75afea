import { describe, expect, it } from 'vitest';
import type { EventAnnotation, PloverType } from '../src/document/layers.js';
import { datedByMeeting } from '../src/stages/events/look-back.js';

let n = 0;
const ev = (type: PloverType, source: string[], target: string[], date: string | null, sentence: number): EventAnnotation => ({
  id: `ev${++n}`, start: sentence * 10, end: sentence * 10 + 5, stage: 'events', rule: 'test', type, mode: null, source, target,
  trigger: { start: sentence * 10, end: sentence * 10 + 5, text: 'met' }, date, sentence, evidence: [], cameo: null,
});

describe('datedByMeeting', () => {
  it('gives an undated act of the meeting\'s own parties the meeting\'s date', () => {
    const out = datedByMeeting([ev('CONSULT', ['a1'], ['a2'], '2024-05-02', 0), ev('COOPERATE', ['a2'], ['a1'], null, 1)]);
    expect(out[1]!.date).toBe('2024-05-02');
    expect(out[1]!.rule).toContain('dated by the meeting');
  });

  it('leaves undated an act with a party from outside the meeting, or with no source', () => {
    const out = datedByMeeting([
      ev('CONSULT', ['a1'], ['a2'], '2024-05-02', 0),
      ev('COOPERATE', ['a1'], ['a3'], null, 1),
      ev('COOPERATE', [], ['a1'], null, 2),
    ]);
    expect(out[1]!.date).toBeNull();
    expect(out[2]!.date).toBeNull();
  });
});
