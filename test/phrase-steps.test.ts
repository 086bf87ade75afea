import { describe, expect, it } from 'vitest';
import { PhraseSteps } from '../src/lexicon/phrase-steps.js';

/** A small lexicon: every key's answer, null for a key that only begins longer ones. */
const LEXICON = new Map<string, string | null>([
  ['republic', null],
  ['republic of', null],
  ['republic of belarus', 'BLR'],
  ['al', null],
  ['al-', null],
  ['al-quds', 'place'],
  ['minsk', 'city'],
]);

describe('PhraseSteps', () => {
  it('gives each phrase the answer its joined key has, words after a space or glued', () => {
    let asked = 0;
    const steps = new PhraseSteps((key) => {
      asked++;
      return LEXICON.get(key);
    });
    const republic = steps.first('republic')!;
    expect(republic.hit).toBeNull();
    const of = steps.next(republic, false, 'of')!;
    expect(steps.next(of, false, 'belarus')?.hit).toBe('BLR');
    // "Republic ofBelarus" is no key: the glued step is its own.
    expect(steps.next(of, true, 'belarus')).toBeUndefined();
    const al = steps.first('al')!;
    expect(steps.next(steps.next(al, true, '-')!, true, 'quds')?.hit).toBe('place');
    expect(steps.first('minsk')?.hit).toBe('city');
    expect(steps.first('moscow')).toBeUndefined();
    // Asked again, the steps are read from the nodes, not looked up.
    const before = asked;
    expect(steps.next(steps.next(republic, false, 'of')!, false, 'belarus')?.hit).toBe('BLR');
    expect(steps.next(of, false, 'belarus')?.hit).toBe('BLR');
    expect(steps.next(of, true, 'belarus')).toBeUndefined();
    expect(asked).toBe(before);
  });

  it('a near miss: a word that starts no longer phrase ends the scan', () => {
    const steps = new PhraseSteps((key) => LEXICON.get(key));
    const minsk = steps.first('minsk')!;
    expect(steps.next(minsk, false, 'region')).toBeUndefined();
    expect(steps.next(minsk, false, 'region')).toBeUndefined();
  });
});
