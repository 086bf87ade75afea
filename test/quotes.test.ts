import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/document/document.js';
import type { Quote } from '../src/document/layers.js';
import { quotes } from '../src/stages/quotes/index.js';
import { extract } from '../src/extract.js';
import { handBuilt, type ActorSpec, type MentionSpec } from './fixtures/quotes/hand-built.js';

const PEOPLE: ActorSpec[] = [
  { id: 'a-tokayev', name: 'Kassym-Jomart Tokayev' },
  { id: 'a-mirziyoyev', name: 'Shavkat Mirziyoyev' },
  { id: 'a-ministry', name: 'Ministry of Foreign Affairs of Kazakhstan', type: 'organization' },
];

function run(text: string, mentions: MentionSpec[] = [], actors: ActorSpec[] = PEOPLE): { doc: Document; quotes: readonly Quote[] } {
  const doc = handBuilt(text, mentions, actors);
  quotes.run(doc);
  return { doc, quotes: doc.layer('quotes') };
}

const tokayev: MentionSpec[] = [
  { text: 'Kassym-Jomart Tokayev', actor: 'a-tokayev' },
  { text: 'Tokayev', actor: 'a-tokayev' },
];
const both: MentionSpec[] = [...tokayev, { text: 'Shavkat Mirziyoyev', actor: 'a-mirziyoyev' }, { text: 'Mirziyoyev', actor: 'a-mirziyoyev' }];

function onlyQuote(result: { quotes: readonly Quote[] }): Quote {
  expect(result.quotes).toHaveLength(1);
  return result.quotes[0]!;
}

describe('quotes: transcripts', () => {
  it('"Name: words" paragraphs are speech by that person, in text order with marked quotes', () => {
    const text = [
      'Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks in Astana.',
      'Kassym-Jomart Tokayev: Dear friend, welcome to Astana. Our trade grew last year.',
      'Shavkat Mirziyoyev: Thank you. We are ready to open new border crossings.',
      '“We will meet again in May,” Tokayev said.',
    ].join('\n\n');
    const { quotes: qs } = run(text, both);
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['a-tokayev', 'Dear friend, welcome to Astana. Our trade grew last year.'],
      ['a-mirziyoyev', 'Thank you. We are ready to open new border crossings.'],
      ['a-tokayev', 'We will meet again in May,'],
    ]);
    expect(qs.map((q) => q.id)).toEqual(['qt1', 'qt2', 'qt3']);
    expect(qs[0]!.rule).toBe('transcript/name-colon');
  });
  it('near misses: a label that is not a known person, or a sentence ending in a colon', () => {
    const text = ['Note: the talks were held behind closed doors.', 'Astana, 5 June: the presidents arrived.', 'Tokayev said in Astana: the border will open.'].join('\n\n');
    expect(run(text, both).quotes).toEqual([]);
  });
});

describe('quotes: attribution patterns', () => {
  it('a partial quote closing its sentence belongs to the clause before it, not to the next sentence', () => {
    const text = 'Kassym-Jomart Tokayev said the new rules were “unfair and unlawful.” Shavkat Mirziyoyev rejected the claim.';
    const q = onlyQuote(run(text, both));
    expect(q.text).toBe('unfair and unlawful.');
    expect(q.speaker).toBe('a-tokayev');
  });
  it('near miss: “...” he said. still takes the cue right after it', () => {
    const text = 'Kassym-Jomart Tokayev met the press. “The border will open in May.” Shavkat Mirziyoyev said.';
    const q = onlyQuote(run(text, both));
    expect(q.speaker).toBe('a-mirziyoyev');
  });
  it('“...,” X said', () => {
    const text = 'The talks lasted three hours. “We have agreed to open two new border crossings,” Kassym-Jomart Tokayev said.';
    const q = onlyQuote(run(text, tokayev));
    expect(q.text).toBe('We have agreed to open two new border crossings,');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker).toBe('a-tokayev');
    expect(text.slice(q.cue!.start, q.cue!.end)).toBe('Kassym-Jomart Tokayev said');
    expect(q.rule).toBe('after/speaker-verb');
    expect(q.speakerMention).not.toBeNull();
  });

  it('X said: “...”', () => {
    const text = 'Shavkat Mirziyoyev said: “Our trade can reach ten billion dollars within five years.”';
    const q = onlyQuote(run(text, both));
    expect(q.speaker).toBe('a-mirziyoyev');
    expect(q.rule).toBe('before/speaker-verb');
  });

  it('“...,” said X', () => {
    const q = onlyQuote(run('“The water agreement is fair to both nations,” said Shavkat Mirziyoyev.', both));
    expect(q.speaker).toBe('a-mirziyoyev');
    expect(q.rule).toBe('after/verb-speaker');
  });

  it('According to X, “...”', () => {
    const text = 'According to Tokayev, “the railway will carry its first freight trains next spring.”';
    const q = onlyQuote(run(text, tokayev));
    expect(q.speaker).toBe('a-tokayev');
    expect(q.rule).toBe('before/according-to');
    expect(text.slice(q.cue!.start, q.cue!.end)).toBe('According to Tokayev');
  });

  it('X noted that “...” (partial quote)', () => {
    const q = onlyQuote(run('Tokayev noted that “the border is no longer a line of tension”.', tokayev));
    expect(q.text).toBe('the border is no longer a line of tension');
    expect(q.speaker).toBe('a-tokayev');
  });

  it('apposition between speaker and verb', () => {
    const text = 'Kassym-Jomart Tokayev, President of Kazakhstan, told reporters: “We will not raise tariffs on grain.”';
    const q = onlyQuote(run(text, [...tokayev, { text: 'Kazakhstan', actor: null, type: 'place' }]));
    expect(q.speaker).toBe('a-tokayev');
  });

  it('an organisation speaks: “...,” the ministry said', () => {
    const text = '“Consultations will continue in Astana in November,” the Ministry of Foreign Affairs of Kazakhstan said in a statement.';
    const q = onlyQuote(run(text, [
      { text: 'Ministry of Foreign Affairs of Kazakhstan', actor: 'a-ministry', type: 'organization' },
      { text: 'Kazakhstan', actor: null, type: 'place' },
    ]));
    expect(q.speaker).toBe('a-ministry');
  });

  it('“...,” he added, with the pronoun resolved by coreference', () => {
    const text = 'Mirziyoyev thanked his guest. “Uzbekistan is ready to supply more textiles to your market,” he added.';
    const q = onlyQuote(run(text, [...both, { text: 'he', actor: 'a-mirziyoyev', form: 'pronoun' }]));
    expect(q.speaker).toBe('a-mirziyoyev');
    expect(q.rule).toBe('after/speaker-verb');
  });

  it('an unresolved “he” falls back to the last person named', () => {
    const text = 'Tokayev met Mirziyoyev. Mirziyoyev praised the new bridge. “It will shorten the road to Shymkent by an hour,” he said.';
    const q = onlyQuote(run(text, [...both, { text: 'he', actor: null, form: 'pronoun' }]));
    expect(q.speaker).toBe('a-mirziyoyev');
    expect(q.rule).toContain('nearest-person');
  });

  it('a quote right after a cued quote continues the same speaker', () => {
    const text = '“We should trade in national currencies,” Tokayev said. “Both banks are ready.”';
    const r = run(text, tokayev);
    expect(r.quotes.map((q) => q.text)).toEqual(['We should trade in national currencies,', 'Both banks are ready.']);
    expect(r.quotes[1]!.speaker).toBe('a-tokayev');
    expect(r.quotes[1]!.rule).toBe('continuation/same-paragraph');
  });

  it('a split quote “..., ” he said, “...”', () => {
    const text = '“The pipeline is finished,” Tokayev said, “and gas will flow in October.”';
    const r = run(text, tokayev);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes.every((q) => q.speaker === 'a-tokayev')).toBe(true);
  });

  it('a quote running over two paragraphs is one quote with its speaker', () => {
    const text = [
      'Tokayev said: “We have removed forty barriers to trade this year.',
      '“Next year we will remove the rest, and our customs posts will work around the clock.”',
    ].join('\n\n');
    const r = run(text, tokayev);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text.startsWith('We have removed forty barriers to trade this year.')).toBe(true);
    expect(r.quotes[0]!.text.endsWith('work around the clock.')).toBe(true);
    expect(r.quotes[0]!.speaker).toBe('a-tokayev');
    expect(r.doc.messages).toHaveLength(0);
  });

  it('the speaker given at the end of a multi-paragraph quote is the whole quote\'s', () => {
    const text = '“The first stage of the plant is ready.\n\n“The second stage will follow in spring,” Mirziyoyev said.';
    const r = run(text, both);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['a-mirziyoyev']);
    expect(r.quotes[0]!.text.startsWith('The first stage')).toBe(true);
  });

  it('a different speaker breaks the continuation', () => {
    const text = '“We are ready,” Tokayev said. Mirziyoyev smiled and shook his hand. “This is a good day for the region.”';
    const r = run(text, both);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes[1]!.speaker).toBeNull();
  });
});

describe('quotes: marks', () => {
  it('nested single quotes belong to the outer quote', () => {
    const text = '“The people call this road ‘the road of friendship’, and they are right,” Tokayev said.';
    const q = onlyQuote(run(text, tokayev));
    expect(q.text).toBe('The people call this road ‘the road of friendship’, and they are right,');
  });

  it('apostrophes never open or close quotes', () => {
    const text = '“Let’s not forget Kazakhstan’s role. We don\'t need anyone’s permission,” Tokayev said. Russia’s position was not discussed.';
    const q = onlyQuote(run(text, tokayev));
    expect(q.text).toBe('Let’s not forget Kazakhstan’s role. We don\'t need anyone’s permission,');
    expect(q.speaker).toBe('a-tokayev');
  });

  it('a plural possessive inside single quotes does not close them', () => {
    const q = onlyQuote(run('‘The two countries’ interests coincide on water,’ Tokayev said.', tokayev));
    expect(q.text).toBe('The two countries’ interests coincide on water,');
    expect(q.speaker).toBe('a-tokayev');
  });

  it('Russian-style dash after guillemets', () => {
    const q = onlyQuote(run('«We are open to any format of talks», – Tokayev said.', tokayev));
    expect(q.text).toBe('We are open to any format of talks');
    expect(q.speaker).toBe('a-tokayev');
  });

  it('guillemets and low-high German marks', () => {
    const g = onlyQuote(run('Tokayev said: «Our grain will reach the Persian Gulf by rail.»', tokayev));
    expect(g.text).toBe('Our grain will reach the Persian Gulf by rail.');
    const l = onlyQuote(run('Tokayev said: „Our grain will reach the Persian Gulf by rail.“', tokayev));
    expect(l.text).toBe('Our grain will reach the Persian Gulf by rail.');
    expect(l.speaker).toBe('a-tokayev');
  });

  it('German reversed guillemets »...« and low single marks ‚...‘', () => {
    const g = onlyQuote(run('Tokayev said: »Our grain will reach the Persian Gulf by rail.«', tokayev));
    expect(g.text).toBe('Our grain will reach the Persian Gulf by rail.');
    expect(g.speaker).toBe('a-tokayev');
    const s = onlyQuote(run('‚Our grain will reach the Persian Gulf by rail‘, Tokayev said.', tokayev));
    expect(s.text).toBe('Our grain will reach the Persian Gulf by rail');
    expect(s.speaker).toBe('a-tokayev');
    // Near misses: a » that closes an ordinary «...» pair opens nothing, and a ‚ written for a comma
    // after a word opens no quotation.
    const r = run('The «Belaruskali» mine grew, the port grew‚ and the «Green Steppe» farms grew too.', tokayev);
    expect(r.quotes).toHaveLength(0);
  });

  it('typewriter quotes from older wire copy: ``...\'\'', () => {
    const q = onlyQuote(run("``We will allow the inspectors back without conditions,'' Tokayev said.", tokayev));
    expect(q.text).toBe('We will allow the inspectors back without conditions,');
    expect(q.speaker).toBe('a-tokayev');
  });

  it('straight double and single quotes', () => {
    const d = onlyQuote(run('"The new terminal doubles our capacity," Tokayev said.', tokayev));
    expect(d.text).toBe('The new terminal doubles our capacity,');
    expect(d.speaker).toBe('a-tokayev');
    const s = onlyQuote(run("'The new terminal doubles our capacity,' Tokayev said. It's open.", tokayev));
    expect(s.text).toBe('The new terminal doubles our capacity,');
  });

  it('names and scare quotes in marks are not quotes', () => {
    const r = run('The delegation visited the “Great Stone” industrial park and the «Belaruskali» mine near the “Made in Kazakhstan” stand.', tokayev);
    expect(r.quotes).toHaveLength(0);
  });

  it('words in marks between an article and the noun they modify are a name, even in a sentence with a speaker', () => {
    const r = run('Tokayev said that Kazakhstan attaches importance to the “Central Asia plus Korea” Dialogue and the “Green Steppe” programme.', tokayev);
    expect(r.quotes).toHaveLength(0);
    // Near miss: marks after an article that end the phrase quote the speaker's words.
    const q = onlyQuote(run('Tokayev called the agreement a “historic step” for the region.', tokayev));
    expect(q.text).toBe('historic step');
    expect(q.speaker).toBe('a-tokayev');
  });

  it('an unattributed quote has speaker null, never a guess', () => {
    const text = 'Tokayev arrived in Tashkent on Monday. Banners along the avenue read “Welcome to the land of friendship and good neighbours.”';
    const q = onlyQuote(run(text, tokayev));
    expect(q.speaker).toBeNull();
    expect(q.cue).toBeNull();
  });

  it('"said a source" keeps the cue but names no speaker', () => {
    const q = onlyQuote(run('“The deal will be signed next week,” said a source in the delegation.', tokayev));
    expect(q.speaker).toBeNull();
    expect(q.cue).not.toBeNull();
  });

  it('a cue followed by a colon introduces the next quote, not the previous one', () => {
    const text = '“The forum was a success.” Mirziyoyev added: “We will meet again in Samarkand.”';
    const r = run(text, both);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes[0]!.speaker).toBeNull();
    expect(r.quotes[1]!.speaker).toBe('a-mirziyoyev');
  });

  it('an unclosed quote is reported, not thrown', () => {
    const text = 'Tokayev said: “We will build the bridge together and open it by summer\n\nThe ceremony ended at noon.';
    const r = run(text, tokayev);
    expect(r.doc.messages.some((m) => m.rule === 'unclosed-quote' && m.severity === 'warning')).toBe(true);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('We will build the bridge together and open it by summer');
    expect(r.quotes[0]!.speaker).toBe('a-tokayev');
  });

  it('an unclosed quote nobody is said to speak is only a warning, not a record entry', () => {
    const text = 'The road will be open by summer. “Tokayev and his guests will drive it first, the mayor added.\n\nThe ceremony ended at noon.';
    const r = run(text, tokayev);
    expect(r.doc.messages.some((m) => m.rule === 'unclosed-quote')).toBe(true);
    expect(r.quotes).toHaveLength(0);
  });

  it('a stray opening mark does not swallow the real quotes after it', () => {
    const r = run('The so-called "grey zone was discussed. “We will settle the border this year,” Tokayev said.', tokayev);
    expect(r.quotes.map((q) => q.text)).toEqual(['We will settle the border this year,']);
    expect(r.quotes[0]!.speaker).toBe('a-tokayev');
    expect(r.doc.messages.map((m) => m.rule)).toEqual(['unclosed-quote']);
  });

  it('works without mentions at all: the cue is found, the speaker stays null', () => {
    const q = onlyQuote(run('“We will open a consulate in Aktau,” Shavkat Mirziyoyev said.', [], []));
    expect(q.speaker).toBeNull();
    expect(q.cue).not.toBeNull();
  });
});

describe('quotes: near misses', () => {
  const lines = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/quotes/near-misses.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  it.each(lines)('%s', (sentence) => {
    expect(run(sentence, tokayev).quotes).toEqual([]);
  });
});

describe('quotes: more attribution', () => {
  it('X said in a statement that “...”', () => {
    const q = onlyQuote(run('Tokayev said in a statement that “the two states have no unresolved border questions left”.', tokayev));
    expect(q.speaker).toBe('a-tokayev');
  });

  it('a short partial quote that ends the clause is attributed', () => {
    const q = onlyQuote(run('Tokayev called the talks “constructive”.', tokayev));
    expect(q.text).toBe('constructive');
    expect(q.speaker).toBe('a-tokayev');
  });

  it('the verb nearest the quote names the speaker', () => {
    const text = 'Tokayev said the plant was ready, and Mirziyoyev added: “We will send the first trucks in May.”';
    expect(onlyQuote(run(text, both)).speaker).toBe('a-mirziyoyev');
  });

  it('the person among several words of a cue: “...,” Uzbek President Shavkat Mirziyoyev said', () => {
    const text = '“Our farmers need water in spring,” Uzbek President Shavkat Mirziyoyev said.';
    const q = onlyQuote(run(text, [{ text: 'Uzbek', actor: 'a-uzbekistan', type: 'place', form: 'demonym' }, ...both],
      [...PEOPLE, { id: 'a-uzbekistan', name: 'Uzbekistan', type: 'place' }]));
    expect(q.speaker).toBe('a-mirziyoyev');
    expect(text.slice(q.cue!.start, q.cue!.end)).toBe('Uzbek President Shavkat Mirziyoyev said');
  });

  it('a title with its complement: “...,” the President of Kazakhstan stressed', () => {
    const text = '“Nobody will solve our problems for us,” the President of Kazakhstan stressed.';
    const q = onlyQuote(run(text, [{ text: 'President', actor: 'a-tokayev', form: 'title' }, { text: 'Kazakhstan', actor: null, type: 'place' }]));
    expect(q.speaker).toBe('a-tokayev');
  });

  it('the same title before the quote: the place in the complement is not the speaker', () => {
    const text = 'The President of Kazakhstan said: “Nobody will solve our problems for us.”';
    const q = onlyQuote(run(text, [{ text: 'President', actor: 'a-tokayev', form: 'title' }, { text: 'Kazakhstan', actor: 'a-kz', type: 'place' }],
      [...PEOPLE, { id: 'a-kz', name: 'Kazakhstan', type: 'place' }]));
    expect(q.speaker).toBe('a-tokayev');
  });

  it('verb first with a long tail: “...,” said X, who ...', () => {
    const q = onlyQuote(run('“The road is open,” said Shavkat Mirziyoyev who arrived in the city on the morning train from Samarkand.', both));
    expect(q.speaker).toBe('a-mirziyoyev');
  });

  it('participles take the speaker of the clause or of the previous quote', () => {
    const a = onlyQuote(run('Tokayev praised the builders, adding: “The bridge is a symbol of our friendship.”', tokayev));
    expect(a.speaker).toBe('a-tokayev');
    expect(a.rule).toBe('before/participle-subject');
    const b = onlyQuote(run('Tokayev said the bridge was ready, adding: “It is a symbol of our friendship.”', tokayev));
    expect(b.speaker).toBe('a-tokayev');
    const r = run('“The bridge is ready,” Tokayev said, adding: “It is a symbol of our friendship.”', tokayev);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['a-tokayev', 'a-tokayev']);
  });

  it('a name set off by commas after a title is the speaker', () => {
    const text = 'The Kazakh leader’s spokesman, Ruslan Zheldibay, said on Friday: “No summit is planned yet.”';
    const q = onlyQuote(run(text, [
      { text: 'spokesman', actor: 'a-spokesman', form: 'title' },
      { text: 'Ruslan Zheldibay', actor: 'a-zheldibay' },
    ], [...PEOPLE, { id: 'a-spokesman', name: 'Spokesman' }, { id: 'a-zheldibay', name: 'Ruslan Zheldibay' }]));
    expect(q.speaker).toBe('a-zheldibay');
  });

  it('a surname the mentions layer missed, shared by exactly one person named earlier', () => {
    const q = onlyQuote(run('“We stand together,” Mirziyoyev said.', [{ text: 'Shavkat Mirziyoyev', actor: 'a-mirziyoyev' }]));
    expect(q.speaker).toBe('a-mirziyoyev');
    expect(q.rule).toBe('after/speaker-verb+name-word');
    const ambiguous = onlyQuote(run('“We stand together,” Aliyev said.', [], [{ id: 'a1', name: 'Heydar Aliyev' }, { id: 'a2', name: 'Ilham Aliyev' }]));
    expect(ambiguous.speaker).toBeNull();
  });

  it('transcript style: Name: “...”', () => {
    const q = onlyQuote(run('Shavkat Mirziyoyev: “Thank you for the invitation, dear friend.”', both));
    expect(q.speaker).toBe('a-mirziyoyev');
    expect(q.rule).toBe('before/name-colon');
  });

  it('According to him, “...” resolves the pronoun', () => {
    const text = 'Mirziyoyev spoke about the harvest. According to him, “the cotton crop this year is the best in a decade.”';
    expect(onlyQuote(run(text, both)).speaker).toBe('a-mirziyoyev');
    expect(onlyQuote(run(text, [...both, { text: 'him', actor: 'a-mirziyoyev', form: 'pronoun' }])).speaker).toBe('a-mirziyoyev');
  });

  it('an initial or a short title does not end the sentence before the verb', () => {
    const q = onlyQuote(run('Former US president George W. Bush said: “The partnership with Kazakhstan matters to us.”',
      [{ text: 'George W. Bush', actor: 'a-bush' }], [...PEOPLE, { id: 'a-bush', name: 'George W. Bush' }]));
    expect(q.speaker).toBe('a-bush');
  });
});


describe('a quotation whose mark is never closed', () => {
  it('takes no speaker from the quotation before it in the paragraph', () => {
    const text = '“The new port opens our coast to the world,” Governor Anton Veresk said. “The first ships will dock in May and the second berth will follow.\n\nThe port cost four hundred million euros and employs two thousand people.';
    const rec = extract({ text, date: '2024-05-20' });
    expect(rec.quotes.map((q) => q.speaker)).toEqual(['Anton Veresk']);
    expect(rec.quotes.some((q) => q.text.startsWith('The first ships'))).toBe(false);
  });
});
