import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/extract.js';

const seedPath = resolve(import.meta.dirname, '../../shared/data/seed/000_f7baa8aa760783ad.txt');
const present = existsSync(seedPath);
if (!present) console.log(`events seed test skipped: ${seedPath} is not there`);

describe.skipIf(!present)('events in the seed press release', () => {
  const doc = present ? processDocument({ text: readFileSync(seedPath, 'utf8') }) : null;
  const actors = new Map((doc?.layer('actors') ?? []).map((a) => [a.id, a]));
  const names = (ids: readonly string[]) => ids.map((id) => actors.get(id)?.name ?? id);
  const events = doc?.layer('events') ?? [];

  it('codes the meeting: CONSULT, Lukashenko -> Kobzev, meet, 2020-09-25', () => {
    const meet = events.filter((e) => e.type === 'CONSULT');
    expect(meet).toHaveLength(1);
    expect(names(meet[0]!.source)).toEqual(['Aleksandr Lukashenko']);
    expect(names(meet[0]!.target)).toEqual(['Igor Kobzev']);
    expect(meet[0]!.mode).toBe('meet');
    expect(meet[0]!.date).toBe('2020-09-25');
    expect(meet[0]!.trigger.text).toBe('met with');
    expect(meet[0]!.cameo).toBe('04');
  });

  it('codes the congratulation as SUPPORT (praise)', () => {
    const praise = events.filter((e) => e.type === 'SUPPORT');
    expect(praise).toHaveLength(1);
    expect(praise[0]!.mode).toBe('praise');
    expect(names(praise[0]!.source)).toEqual(['Aleksandr Lukashenko']);
    expect(names(praise[0]!.target)).toEqual(['Igor Kobzev']);
  });

  it('codes the offer "We will give you access" as AGREE by the speaker', () => {
    const offer = events.find((e) => e.type === 'AGREE' && e.trigger.text.includes('give'));
    expect(offer).toBeDefined();
    expect(offer!.mode).toBe('offer');
    expect(names(offer!.source)).toEqual(['Aleksandr Lukashenko']);
    // "you" in his quote at the meeting is the governor he met.
    expect(names(offer!.target)).toEqual(['Igor Kobzev']);
  });

  it('codes the opening call to "step up cooperation" as AGREE by the one the next sentence says made it', () => {
    const call = events.find((e) => e.type === 'AGREE' && e.trigger.text === 'step up cooperation');
    expect(call).toBeDefined();
    expect(names(call!.source)).toEqual(['Aleksandr Lukashenko']);
    expect(call!.date).toBe('2020-09-25');
  });

  it('dates what the two said and did at the meeting by the meeting', () => {
    const atMeeting = events.filter((e) => e.type !== 'COOPERATE');
    expect(atMeeting.map((e) => e.date)).toEqual(atMeeting.map(() => '2020-09-25'));
  });

  it('codes COOPERATE (trade) only where trade itself is reported, between Belarus and Irkutsk Oblast in 2019', () => {
    const trade = events.filter((e) => e.type === 'COOPERATE');
    expect(trade).toHaveLength(1);
    expect(trade[0]!.mode).toBe('trade');
    expect(names(trade[0]!.source).sort()).toEqual(['Belarus', 'Irkutsk Oblast']);
    expect(trade[0]!.date).toBe('2019');
  });

  it('codes nothing spurious', () => {
    const allowed = new Set(['CONSULT', 'SUPPORT', 'AGREE', 'COOPERATE']);
    expect(events.filter((e) => !allowed.has(e.type)).map((e) => `${e.type} ${e.trigger.text}`)).toEqual([]);
    // The "visit of the delegation" is mentioned, not reported as happening.
    expect(events.filter((e) => e.trigger.text.includes('visit'))).toEqual([]);
    expect(events.length).toBeLessThanOrEqual(5);
  });
});
