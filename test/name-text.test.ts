import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameText } from '../src/stages/mentions/names.js';

/** What nameText must always give: the name without brackets, its white space one space, trimmed. */
const byExpression = (text: string) => text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();

describe('nameText', () => {
  it('gives a name of words between single spaces as written', () => {
    expect(nameText('Mevlüt Çavuşoğlu')).toBe('Mevlüt Çavuşoğlu');
  });
  it('drops an editor’s brackets and folds white space', () => {
    expect(nameText('Abdulaziz] Kamilov')).toBe('Abdulaziz Kamilov');
    expect(nameText('Ilham\u00a0 Əliyev\n')).toBe('Ilham Əliyev');
  });
  it('agrees with the expression on any text', () => {
    const pieces = fc.constantFrom('Ana', 'é', 'Ø', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '[', ']', '-', '.', '\u0085', '\u180e');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }).map((xs) => xs.join('')), (text) => nameText(text) === byExpression(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => nameText(text) === byExpression(text)), { numRuns: 2000 });
  });
});
