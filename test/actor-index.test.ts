import { describe, expect, it } from 'vitest';
import { actorsById } from '../src/document/actor-index.js';
import { Document } from '../src/document/document.js';
import type { Actor } from '../src/document/layers.js';

const actor = (id: string, name: string): Actor => ({ id, type: 'person', name, title: null, country: null, sector: null, mentions: [], stage: 'coreference', rule: 'test' });

describe('actorsById', () => {
  it('gives every reader of one document the same index, a later actor of an id winning', () => {
    const doc = new Document('d', 'text');
    doc.setLayer('actors', [actor('a1', 'First'), actor('a2', 'Second'), actor('a1', 'Again')], 'coreference');
    const index = actorsById(doc);
    expect(actorsById(doc)).toBe(index);
    expect([...index.keys()]).toEqual(['a1', 'a2']);
    expect(index.get('a1')?.name).toBe('Again');
  });

  it('makes a new index for a layer written anew, and an empty one without actors', () => {
    const doc = new Document('d', 'text');
    expect(actorsById(doc).size).toBe(0);
    doc.setLayer('actors', [actor('a1', 'First')], 'coreference');
    const before = actorsById(doc);
    doc.replaceLayer('actors', [actor('a3', 'Third')]);
    expect(actorsById(doc)).not.toBe(before);
    expect([...actorsById(doc).keys()]).toEqual(['a3']);
  });
});
