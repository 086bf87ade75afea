/**
 * The meetings stage in time linear in the text when one person is named all through it: each
 * report of a meeting looks up that person's mention in its own sentence, which must not walk
 * every mention of the person in the text. The text is grown eightfold and the CPU time per
 * kilobyte of the meetings stage alone may grow at most 2.5 times. No time is asserted, only the ratio.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/extract.js';
import type { Document } from '../../src/document/document.js';
import { STAGES } from '../../src/stages/index.js';

const MAX_GROWTH = 2.5;
/** Below this much CPU time for the large text the ratio is noise. */
const MEASURABLE_MS = 50;

/** A made-up surname for each number, all different, so that each report has a partner of its own. */
function surname(i: number): string {
  let w = 'K';
  do {
    w += 'bdgklmnprstvz'[i % 13]! + 'aeiou'[i % 5]!;
    i = Math.floor(i / 13);
  } while (i > 0);
  return `${w}ev`;
}

/** n reports of meetings of one president, each with another governor. */
function reports(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`President Alma Novak met Governor Ivan ${surname(i)} in Minsk. They discussed trade and energy. `);
  return out.join('');
}

/** The document read by every stage before the meetings stage. */
function upToMeetings(text: string): Document {
  const doc = makeDocument({ text, date: '2024-05-20' });
  for (const stage of STAGES) {
    if (stage.name === 'meetings') break;
    stage.run(doc);
  }
  return doc;
}

function meetingsCpuMs(doc: Document): number {
  const stage = STAGES.find((s) => s.name === 'meetings')!;
  const start = process.cpuUsage();
  stage.run(doc);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('meetings stage: one person named all through the text', () => {
  it('costs time per KB that stays flat as the text grows eightfold', () => {
    const small = reports(150);
    const large = reports(1200);
    const largeDoc = upToMeetings(large);
    // The person is one actor with a mention in every report (what makes a per-event walk quadratic).
    const actor = largeDoc.layer('mentions').find((m) => m.text === 'Alma Novak')?.actor;
    expect(largeDoc.layer('mentions').filter((m) => m.actor === actor).length).toBeGreaterThanOrEqual(1200);
    expect(largeDoc.layer('events').filter((e) => e.type === 'CONSULT').length).toBe(1200);
    meetingsCpuMs(upToMeetings(small));
    // The stage writes its layer once per document: each run gets a fresh one.
    let smallMs = Infinity;
    let largeMs = meetingsCpuMs(largeDoc);
    // The fastest of several runs on each side: on a loaded machine one slow run of the large
    // text alone (a collection, another process) read as growth that was not there.
    // Each small sample is the mean of four runs: one run takes a few milliseconds, near the
    // resolution of the CPU clock, and a lone fast reading made the growth look larger than it was.
    for (let i = 0; i < 5; i++) {
      let sum = 0;
      for (let r = 0; r < 4; r++) sum += meetingsCpuMs(upToMeetings(small));
      smallMs = Math.min(smallMs, sum / 4);
    }
    for (let i = 0; i < 2; i++) largeMs = Math.min(largeMs, meetingsCpuMs(upToMeetings(large)));
    const growth = largeMs / large.length / (Math.max(smallMs, 1) / small.length);
    const report = `meetings: ${smallMs.toFixed(0)} ms CPU small, ${largeMs.toFixed(0)} ms large, time per KB x${growth.toFixed(2)}`;
    console.log(report);
    if (largeMs < MEASURABLE_MS) return;
    expect(growth, report).toBeLessThanOrEqual(MAX_GROWTH);
  }, 300_000);
});
