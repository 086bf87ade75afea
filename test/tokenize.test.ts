import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from '../src/document/document.js';
import { tokenize } from '../src/stages/tokenize/index.js';
import { foldLetters } from '../src/stages/tokenize/fold-letters.js';

function run(text: string, bodyStart = 0) {
  const doc = new Document('t', text, { bodyStart });
  tokenize.run(doc);
  return doc;
}

describe('tokenize', () => {
  it('gives every token, glued, split or plain, the same fields in the same order', () => {
    // A plain word, letters glued back together ("Vučević"), a short name split from its full
    // stop ("Ha" "."), and a country glued to a given name split apart ("Brazil" "Luiz").
    const doc = run('Talks with Aleksandar Vučević went well. We met Nguyen Loc Ha. The talks of BrazilLuiz Lula went on.');
    const order = ['index', 'start', 'end', 'text', 'lower', 'pos', 'kind', 'sentence'];
    const tokens = doc.layer('tokens');
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Vučević', 'Ha', 'Brazil', 'Luiz']));
    for (const t of tokens) expect(Object.keys(t)).toEqual(order);
    expect(JSON.parse(JSON.stringify(tokens[0]))).toEqual({ index: 0, start: 0, end: 5, text: 'Talks', lower: 'talks', pos: tokens[0]!.pos, kind: 'word', sentence: 0 });
  });

  it('keeps the full stop split off a short name inside the sentence it ends, wherever the sentence ends', () => {
    // Where wink itself ends the sentence after "Ha.", the stop split off the name is still that sentence's.
    for (const text of ['Minister Vo Thi Ha. Then the talks went on.', 'The guests met King Harald V. They toured the port.']) {
      const doc = run(text);
      const sentences = doc.layer('sentences');
      expect(doc.layer('tokens').every((t) => t.sentence >= 0)).toBe(true);
      expect(text.slice(sentences[0]!.start, sentences[0]!.end)).toMatch(/\.$/);
      expect(sentences).toHaveLength(2);
    }
    // Near-miss: a stop that stays glued to an abbreviation ends no sentence and is no token of its own.
    const late = run('The talks began at 5 p.m. yesterday in Oslo.');
    expect(late.layer('sentences')).toHaveLength(1);
    expect(late.layer('tokens').every((t) => t.sentence === 0)).toBe(true);
  });

  it('keeps a Turkish word whole before its full stop, and ends the sentence there', () => {
    const doc = run('The guests were received by Minister Kerem Yıldırım. The talks went well.');
    expect(doc.layer('tokens').map((t) => t.text)).toContain('Yıldırım');
    expect(doc.layer('sentences')).toHaveLength(2);
    // Near-miss: an abbreviation of letters and stops stays one token inside its sentence.
    const late = run('The talks began at 5 p.m. yesterday in Ankara.');
    expect(late.layer('tokens').map((t) => t.text)).toContain('p.m.');
    expect(late.layer('sentences')).toHaveLength(1);
  });

  it('splits a short last name from its full stop when an opening quotation mark follows', () => {
    const doc = run('The Minister met Deputy Prime Minister Tran Hong Ha. “We agree,” Ha said.');
    expect(doc.layer('tokens').map((t) => t.text)).toEqual(expect.arrayContaining(['Ha', '.', '“']));
    expect(doc.layer('tokens').map((t) => t.text)).not.toContain('Ha.');
    // Near-miss: a style of address before a nickname in quotation marks keeps its full stop.
    const nick = run('The Minister thanked Dr. “Bud” Smith for the visit.');
    expect(nick.layer('tokens').map((t) => t.text)).toContain('Dr.');
  });

  it('ends a sentence after a short name when a determiner or pronoun opens the next', () => {
    const doc = run('Joe Biden met with President Xi. The talks lasted four hours.');
    expect(doc.layer('sentences')).toHaveLength(2);
    const they = run('The Chancellor spoke with Premier Li. They agreed to meet again.');
    expect(they.layer('sentences')).toHaveLength(2);
    // Near-miss: an initial before the rest of a name stays inside its sentence.
    const initial = run('The delegation was led by President Kh. Battulga of Mongolia.');
    expect(initial.layer('sentences')).toHaveLength(1);
  });

  it('ends a sentence after a reign\'s numeral of one letter when a pronoun opens the next', () => {
    const doc = run('The delegation was received by King Olav V. They spoke about fisheries.');
    expect(doc.layer('sentences')).toHaveLength(2);
    expect(doc.layer('tokens').map((t) => t.text)).toContain('V');
    // Near-miss: a one-letter initial before the rest of a name stays inside its sentence.
    const initial = run('The delegation was received by Minister Ivan V. Sorokin in Oslo.');
    expect(initial.layer('sentences')).toHaveLength(1);
  });

  it('keeps an honorific written with its full stop inside the sentence of the name after it', () => {
    const doc = run('The reception was attended by Minister of Works Engr. Sani Bello and Ing. Rosa Paredes.');
    expect(doc.layer('sentences')).toHaveLength(1);
    // Near-miss: a word that is no honorific ends its sentence before a capital.
    const two = run('The delegation visited the port of Tema. Sani Bello met them there.');
    expect(two.layer('sentences')).toHaveLength(2);
  });

  it('reads a country name and a given name glued together as two words', () => {
    const doc = run('The President met with President of Brazil BrazilLuiz Inacio Lula da Silva.');
    const tokens = doc.layer('tokens');
    expect(tokens.map((t) => t.text)).toContain('Luiz');
    for (const t of tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    // Near-misses: names whose inner capital is their own stay whole.
    const whole = run('Governor Ron DeSantis met Senator Mitch McConnell at PetroChina.');
    expect(whole.layer('tokens').map((t) => t.text)).toEqual(expect.arrayContaining(['DeSantis', 'McConnell', 'PetroChina']));
  });

  it('gives tokens whose offsets point at their text', () => {
    const doc = run('Belarus President Aleksandr Lukashenko met with Governor of Russia’s Irkutsk Oblast Igor Kobzev on 25 September.');
    const tokens = doc.layer('tokens');
    expect(tokens.length).toBeGreaterThan(15);
    for (const t of tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === 'met')?.pos).toBe('VERB');
  });

  it('never lets a sentence cross a paragraph break', () => {
    const doc = run('The talks ended\n\nwithout agreement. Both sides left.\n\n\nA new paragraph starts here');
    const sentences = doc.layer('sentences');
    const paragraphs = doc.layer('paragraphs');
    expect(paragraphs).toHaveLength(3);
    for (const s of sentences) {
      const p = paragraphs[s.paragraph]!;
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
    }
    expect(sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'The talks ended', 'without agreement.', 'Both sides left.', 'A new paragraph starts here',
    ]);
  });

  it('reads a list typed one item per line as one paragraph per line', () => {
    const doc = run('Attendees:\n\nKemi Lowe, Secretary for Trade\nNigel Hart, Minister for Exports\nOmar Saeed, Minister of Commerce, Oman');
    expect(doc.layer('paragraphs')).toHaveLength(4);
    // Near-miss: hard-wrapped prose, whose lines do not all start with a capital, stays one paragraph.
    const wrapped = run('The Minister met the\nGovernor of the Region and\ndiscussed the new port');
    expect(wrapped.layer('paragraphs')).toHaveLength(1);
    // Nor do two lines make a list.
    expect(run('Talks were held with the\nGovernor of the Region').layer('paragraphs')).toHaveLength(1);
  });

  it('does not annotate a header before bodyStart', () => {
    const text = 'date 2021-01-02 Source: Ministry\n\nTalks were held.';
    const doc = run(text, text.indexOf('Talks'));
    expect(doc.layer('tokens')[0]!.text).toBe('Talks');
  });

  it('handles text larger than one chunk, with paragraphs and without', () => {
    const para = 'The minister visited the plant and praised its workers. '.repeat(40);
    const text = Array.from({ length: 120 }, () => para).join('\n\n');
    const doc = run(text);
    const tokens = doc.layer('tokens');
    expect(tokens.length).toBe(48_000);
    let ordered = true;
    for (let i = 1; i < tokens.length; i++) if (tokens[i]!.start < tokens[i - 1]!.end) ordered = false;
    expect(ordered).toBe(true);
    const oneLine = 'Trade grew by four per cent. '.repeat(20_000);
    const d2 = run(oneLine);
    expect(d2.layer('sentences').length).toBeGreaterThan(19_000);
  });

  it('keeps every token and sentence inside the text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const doc = run(text);
        for (const t of doc.layer('tokens')) {
          expect(doc.text.slice(t.start, t.end)).toBe(t.text);
          expect(t.sentence).toBeGreaterThanOrEqual(0);
        }
        for (const s of doc.layer('sentences')) {
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('an office abbreviated with its full stop', () => {
  it('"Amb. Yusuf Tuggar": the full stop of a listed abbreviated office ends no sentence before the name', async () => {
    const { extract } = await import('../src/extract.js');
    const people = extract({ text: 'President Ruto met Amb. Musa Bello in Nairobi.', date: '2024-03-01' }).people;
    expect(people.map((p) => [p.name, p.title])).toContainEqual(['Musa Bello', 'Ambassador']);
    // Near miss: a word that is no abbreviated office ends its sentence at the full stop.
    const split = extract({ text: 'The talks were held in Amb. The Minister Musa Bello spoke.', date: '2024-03-01' });
    expect(split.people.map((p) => p.name)).toEqual(['Musa Bello']);
  });
});

describe('the apostrophe of Uzbek Latin', () => {
  it('"G‘ayrat", "Qo‘chqorov": a turned comma between letters keeps the word whole', () => {
    const doc = run('Deputy Minister G‘ayrat Fozilov met Sherzod Qo‘chqorov.');
    expect(doc.layer('tokens').map((t) => t.text)).toEqual(expect.arrayContaining(['G‘ayrat', 'Qo‘chqorov']));
    // Near miss: an opening quotation mark after a space stands apart from the word it opens.
    const quoted = run('The minister said ‘yes’ to the plan.');
    expect(quoted.layer('tokens').map((t) => t.text)).toEqual(expect.arrayContaining(['‘', 'yes']));
  });
});

describe('a second style of address in brackets after an abbreviated office', () => {
  it('"Amb. (Dr.) Ngozi Eze": the full stop before the bracketed style ends no sentence', () => {
    const doc = run('The Minister of Foreign Affairs, Amb. (Dr.) Ngozi Eze, attended the meeting.');
    expect(doc.layer('sentences')).toHaveLength(1);
    // Near miss: a bracket that holds no style of address, after the full stop, opens a new sentence.
    const split = run('The talks were held with the Amb. (Kenya) Delegates then left.');
    expect(split.layer('sentences')).toHaveLength(2);
  });
});

describe('a short name ending a sentence before a country\'s name', () => {
  it('"... with President Xi. Kenya will ...": the full stop ends the sentence; it is no initial', async () => {
    const { extract } = await import('../src/extract.js');
    const people = extract({ text: 'President Ruto met President Xi Jinping. The talks with President Xi. Kenya will export tea.', date: '2024-03-01' }).people;
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['Ruto', 1], ['Xi Jinping', 2]]);
    expect(extract({ text: 'The talks with President Xi. Beijing will host the next round.', date: '2024-03-01' }).people.map((p) => p.name)).toEqual(['Xi']);
    // Near miss: an initial before a surname stays inside the name.
    expect(extract({ text: 'Minister Kh. Battulga met the press.', date: '2024-03-01' }).people.map((p) => p.name)).toEqual(['Kh. Battulga']);
  });
});

describe('an initial glued to the rest of a name', () => {
  it('"the parliamentary group Ts.Munkh-Orgil": a full stop with no space after it ends no sentence', async () => {
    const { extract } = await import('../src/extract.js');
    const rec = extract({ text: 'Also present was the head of the friendship group Ts.Batbold.', date: '2024-03-01' });
    expect(rec.people.map((p) => p.name)).toEqual(['Ts.Batbold']);
    // Near miss: the same letters with a space after the full stop, before a word that opens a clause, end the sentence.
    const { processDocument } = await import('../src/extract.js');
    const split = processDocument({ text: 'The proposal came from the friendship group Ts. The Minister will present it.', date: '2024-03-01' });
    expect(split.layer('sentences')).toHaveLength(2);
  });
});

describe('letters outside Latin-1', () => {
  it('are read by wink as their base letters, so the words around a name keep their tags', () => {
    const doc = run('Prime Minister Evika Siliņa held talks in Rīga. Erdoğan met Łukasz Gaweł.');
    const tokens = doc.layer('tokens');
    expect(tokens.map((t) => t.text)).toEqual(['Prime', 'Minister', 'Evika', 'Siliņa', 'held', 'talks', 'in', 'Rīga', '.', 'Erdoğan', 'met', 'Łukasz', 'Gaweł', '.']);
    expect(tokens.find((t) => t.text === 'held')!.pos).toBe('VERB');
    expect(tokens.find((t) => t.text === 'met')!.pos).toBe('VERB');
    // "Rīga." ends the sentence: it is no abbreviation.
    expect(doc.layer('sentences')).toHaveLength(2);
  });

  it('near miss: Latin-1 letters and other scripts are read as written', () => {
    expect(foldLetters('José Müller')).toBe('José Müller');
    expect(foldLetters('Путин')).toBe('Путин');
    const text = 'Siliņa, Šefčovič, Əliyev, Nguyễn, İlham, Đặng';
    const folded = foldLetters(text);
    expect(folded).toBe('Silina, Sefcovic, Eliyev, Nguyen, Ilham, Dang');
    expect(folded.length).toBe(text.length);
  });

  it('reads "HE" and "HH" in capitals before a title, a name or "the" and an office as a style of address', () => {
    const posOf = (text: string) => run(text).layer('tokens').filter((t) => t.text === 'HE' || t.text === 'HH').map((t) => t.pos);
    expect(posOf('HE Minister of Foreign Affairs Ana Lind received HE Karl Berg.')).toEqual(['PROPN', 'PROPN']);
    expect(posOf('HH the Amir met HE the President of Ghana.')).toEqual(['PROPN', 'PROPN']);
    // Near misses: a line set all in capitals, and "HE" before a small word, keep the pronoun.
    expect(posOf('HE SAID THE TALKS WERE GOOD.')).toEqual(['PRON']);
    expect(posOf('THE MINISTER ARRIVED AND HE met the press.')).toEqual(['PRON']);
  });
});
