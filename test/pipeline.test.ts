import { describe, expect, it } from 'vitest';
import { Document, LayerWriteError } from '../src/document/document.js';
import { Pipeline, PipelineOrderError, checkOrder } from '../src/pipeline/pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';
import { STAGES } from '../src/stages/index.js';

const stage = (name: string, reads: Stage['reads'], writes: Stage['writes'], run: Stage['run'] = (d) => {
  for (const w of writes) d.setLayer(w, [], name);
}): Stage => ({ name, reads, writes, run });

describe('pipeline order', () => {
  it('accepts the real pipeline', () => {
    expect(() => checkOrder(STAGES)).not.toThrow();
  });

  it('reports every stage that reads a layer nobody wrote earlier, all at once', () => {
    const bad = [stage('a', ['tokens'], ['mentions']), stage('b', ['quotes'], ['actors'])];
    expect(() => checkOrder(bad)).toThrow(PipelineOrderError);
    try {
      checkOrder(bad);
    } catch (e) {
      expect((e as Error).message).toContain('"a" reads layer "tokens"');
      expect((e as Error).message).toContain('"b" reads layer "quotes"');
    }
  });

  it('refuses two writers of one layer', () => {
    expect(() => checkOrder([stage('a', [], ['tokens']), stage('b', [], ['tokens'])])).toThrow(/written by both/);
  });

  it('turns a failing stage into a message and still gives its layers', () => {
    const p = new Pipeline([
      stage('boom', [], ['tokens'], () => {
        throw new Error('kaput');
      }),
      stage('after', ['tokens'], ['mentions']),
    ]);
    const doc = p.run(new Document('x', 'text'));
    expect(doc.layer('tokens')).toEqual([]);
    expect(doc.has('mentions')).toBe(true);
    expect(doc.messages[0]).toMatchObject({ severity: 'error', stage: 'boom' });
  });
});

describe('runAll', () => {
  it('runs each stage over every document before the next stage, and a failure stays with its document', () => {
    const order: string[] = [];
    const p = new Pipeline([
      stage('first', [], ['tokens'], (d) => {
        order.push(`first ${d.id}`);
        if (d.id === 'bad') throw new Error('kaput');
        d.setLayer('tokens', [], 'first');
      }),
      stage('second', ['tokens'], ['mentions'], (d) => {
        order.push(`second ${d.id}`);
        d.setLayer('mentions', [], 'second');
      }),
    ]);
    const [good, bad] = p.runAll([new Document('good', 'a'), new Document('bad', 'b')]);
    expect(order).toEqual(['first good', 'first bad', 'second good', 'second bad']);
    expect(good!.messages).toEqual([]);
    expect(bad!.messages[0]).toMatchObject({ severity: 'error', stage: 'first' });
    expect(bad!.has('tokens') && bad!.has('mentions')).toBe(true);
  });
});

describe('Document', () => {
  it('keeps its text and refuses a second write of a layer', () => {
    const doc = new Document('d', 'abc');
    doc.setLayer('tokens', [], 't');
    expect(() => doc.setLayer('tokens', [], 'u')).toThrow(LayerWriteError);
    expect(doc.text).toBe('abc');
    expect(doc.layer('quotes')).toEqual([]);
  });
});
