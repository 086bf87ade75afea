import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { MeasureRecord } from '../src/record/types.js';
import { dateRole, deadlineIn, periodOf, relativeDeadline } from '../src/stages/measures/periods.js';

/** The measures of a one-paragraph release dated `date`. */
function measuresOf(body: string, date = '2021-04-22'): MeasureRecord[] {
  return extract({ text: `date ${date} Source: Test\n\n${body}\n`, id: 't' }).measures ?? [];
}
function one(body: string, figure: string, date?: string): MeasureRecord {
  const found = measuresOf(body, date).filter((m) => m.text === figure);
  expect(found, `${figure} in: ${body}`).toHaveLength(1);
  return found[0]!;
}

describe('measures: the period a figure refers to', () => {
  it('reads a ratio, its base and the level it leads to, all in the year named', () => {
    const body = 'In 2019 trade between Belarus and the Mogilev region grew 2.6 times compared with 2018 to $284 million.';
    const ratio = one(body, '2.6 times', '2020-09-25');
    const level = one(body, '$284 million', '2020-09-25');
    expect(ratio).toMatchObject({ topic: 'trade', role: 'change', direction: 'up', period: { value: '2019' }, base: { value: '2018' } });
    expect(level).toMatchObject({ topic: 'trade', role: 'level', period: { value: '2019' }, base: null });
    const all = measuresOf(body, '2020-09-25');
    expect(all[ratio.level!]?.text ?? extract({ text: `date 2020-09-25 Source: Test\n\n${body}\n`, id: 't' }).quantities[ratio.level!]!.text).toBe('$284 million');
  });

  it('keeps each clause of a "but" sentence to its own period', () => {
    const body = 'Trade between Minsk and Kazan fell by 7.4% in 2020 to about $263 million but grew 1.4 times in the first quarter of 2021.';
    expect(one(body, '7.4%')).toMatchObject({ role: 'change', direction: 'down', period: { value: '2020' }, base: { value: '2019' } });
    expect(one(body, 'about $263 million')).toMatchObject({ role: 'level', period: { value: '2020' } });
    expect(one(body, '1.4 times')).toMatchObject({ role: 'change', period: { value: '2021-Q1', grain: 'quarter', from: '2021-01', to: '2021-03' }, base: { value: '2020-Q1' } });
  });

  it('gives a level reached after a change the period of the change', () => {
    const body = 'Last year our trade grew by almost 18 percent and reached 25 billion dollars.';
    expect(one(body, '25 billion dollars', '2022-09-14')).toMatchObject({ role: 'level', period: { value: '2021' } });
  });

  it('reads "year on year" against the period before the figure\'s own', () => {
    const body = 'Exports of Belarusian machinery to the region reached $80 million in January-March 2022, up 12% year on year.';
    expect(one(body, '$80 million', '2022-05-01')).toMatchObject({ topic: 'exports', role: 'level', period: { value: '2022-Q1' } });
    expect(one(body, '12%', '2022-05-01')).toMatchObject({ topic: 'exports', role: 'change', direction: 'up', period: { value: '2022-Q1' }, base: { value: '2021-Q1' } });
  });

  it('reads "up 8% on 2017" as a change against 2017, in the year of its level', () => {
    const body = 'Trade between Kazakhstan and Omsk Oblast reached $1.02 billion in 2018, up 8% on 2017.';
    expect(one(body, '8%', '2019-05-20')).toMatchObject({ role: 'change', direction: 'up', period: { value: '2018' }, base: { value: '2017' } });
    expect(one(body, '$1.02 billion', '2019-05-20')).toMatchObject({ role: 'level', period: { value: '2018' } });
  });

  it('gives an amount in a second currency the period and topic of the first', () => {
    const body = 'Trade in the first quarter of 2021 amounted to BYN 212 million, or roughly RUB 6.1 billion.';
    expect(one(body, 'roughly RUB 6.1 billion')).toMatchObject({ topic: 'trade', role: 'level', period: { value: '2021-Q1' } });
  });

  it('reads "compared with the same period last year" at the grain of the period', () => {
    const body = 'Trade in the first half of 2022 rose 20% compared with the same period last year.';
    expect(one(body, '20%', '2022-08-01')).toMatchObject({ period: { value: '2022-H1' }, base: { value: '2021-H1' } });
  });

  it('gives a count its unit as topic and a ratio after it the same topic', () => {
    const body = 'The assembly plant produced 430 lifts last year, 1.5 times more than in 2019.';
    expect(one(body, '430 lifts')).toMatchObject({ topic: 'lifts', role: 'level', period: { value: '2020' } });
    expect(one(body, '1.5 times')).toMatchObject({ topic: 'lifts', role: 'change', base: { value: '2019' }, period: { value: '2020' } });
  });

  it('names the topic after the figure too', () => {
    expect(one('The region sold $40 million worth of exports in 2021.', '$40 million')).toMatchObject({ topic: 'exports', period: { value: '2021' } });
    expect(one('Partners brought $15 million in investment in 2020.', '$15 million')).toMatchObject({ topic: 'investment', period: { value: '2020' } });
  });

  it('gives a date to the figure nearest to it, not to every figure of the clause', () => {
    const body = 'Trade reached $108.7 million, compared with $81 million in 2017.';
    expect(one(body, '$81 million').period?.value).toBe('2017');
    expect(one(body, '$108.7 million').period).toBeNull();
  });
});

describe('measures: bases named in other ways', () => {
  it('reads "from 2014" and "over 2007" as bases, each for the change nearest to it', () => {
    const body = 'Exports of grain to the region were $22 million in 2016, up 16 percent from 2014 and up 40 percent since the new line opened.';
    expect(one(body, '16 percent', '2017-03-01')).toMatchObject({ role: 'change', period: { value: '2016' }, base: { value: '2014' } });
    // "since the new line opened" names a base that is no date: none is assumed.
    expect(one(body, '40 percent', '2017-03-01')).toMatchObject({ role: 'change', period: { value: '2016' }, base: null });
    expect(one('Trade reached $409 million in 2008, a 6 percent increase over 2007.', '6 percent', '2009-04-01').base?.value).toBe('2007');
  });

  it('reads "as compared to the similar period in 2022" as a base', () => {
    const m = one('In the first quarter of 2023 mutual trade showed an increase of 18.7% as compared to the similar period in 2022.', '18.7%', '2023-05-01');
    expect(m).toMatchObject({ period: { value: '2023-Q1' }, base: { value: '2022-Q1' } });
  });

  it('lets "and by 14.4 percent" share the verb of the change before it', () => {
    const m = one('Our trade increased by 26 percent last year and by 14.4 percent in the first seven months of 2023.', '14.4 percent', '2023-09-01');
    expect(m).toMatchObject({ role: 'change', direction: 'up', period: { value: '2023-01..2023-07', grain: 'months' } });
  });
});

describe('measures: targets and deadlines', () => {
  it('reads a target noun and its deadline', () => {
    const m = one('The sides set the goal of raising trade to $500 million by 2025.', '$500 million', '2022-06-10');
    expect(m).toMatchObject({ role: 'target', topic: 'trade', period: null, deadline: { value: '2025', to: '2025-12' } });
  });

  it('reads an intent with a verb of raising', () => {
    const m = one('By the end of 2024 turnover between the two regions should reach $1 billion.', '$1 billion', '2022-06-10');
    expect(m).toMatchObject({ role: 'target', deadline: { value: '2024' } });
  });

  it('reads a target stated by a verb alone, with a relative deadline and its parties', () => {
    const ms = measuresOf('Belarus and Irkutsk Oblast intend to double their trade within three years.', '2019-06-14');
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ quantity: null, text: 'double', ratio: 2, role: 'target', topic: 'trade', deadline: { to: '2022-06' } });
    expect(ms[0]!.subject.map((s) => s.name).sort()).toEqual(['Belarus', 'Irkutsk Oblast']);
  });

  it('takes a future period as the deadline of a target', () => {
    const m = one('The two governments plan to raise trade to $3 billion in 2026.', '$3 billion', '2024-02-01');
    expect(m).toMatchObject({ role: 'target', deadline: { value: '2026' }, period: null });
  });
});

describe('measures: between whom', () => {
  it('takes the parties of the trade event of the sentence', () => {
    const m = one('Trade between Belarus and Tatarstan reached $600 million in 2020.', '$600 million');
    expect(m.subject.map((s) => s.name).sort()).toEqual(['Belarus', 'Republic of Tatarstan']);
  });

  it('keeps the trade last named for a figure that names no parties', () => {
    const body = 'Mutual investment between Belarus and Tatarstan reached $60 million in 2020.\n\nIn the first quarter of 2021 investment grew by 9%.';
    expect(one(body, '$60 million').rule).toContain('actors after "between"');
    const m = one(body, '9%');
    expect(m.subject.map((s) => s.name).sort()).toEqual(['Belarus', 'Republic of Tatarstan']);
    expect(m.rule).toContain('same investment as the figure before');
  });
});

describe('measures: near misses', () => {
  it('a trade house, a trade union or a trade mission is not trade', () => {
    const ms = measuresOf('A trade house with 40 employees opened in Irkutsk. Trade unions brought 5,000 people to the square. The trade mission spent $2 million.');
    expect(ms.filter((m) => m.topic === 'trade')).toEqual([]);
  });

  it('an intent without a verb of raising leaves a reported figure a level', () => {
    const m = one('The company, which plans to expand, said trade reached $100 million in 2020.', '$100 million');
    expect(m.role).toBe('level');
  });

  it('a past "by" date does not make a target', () => {
    const m = one('Trade had grown to $300 million by 2019.', '$300 million', '2021-01-10');
    expect(m.role).toBe('level');
  });

  it('a day is when something happened, not the period of a figure', () => {
    const m = one('On 14 June 2021 the customs service put trade at $5 million.', '$5 million', '2021-06-20');
    expect(m.period).toBeNull();
  });

  it('a percentage with no word of change is a level, not a change', () => {
    const m = one('Machinery made up 40% of trade in 2020.', '40%');
    expect(m).toMatchObject({ role: 'level', direction: null });
  });

  it('"double" as an adjective or a noun sets no target', () => {
    expect(measuresOf('The plan is to hold double talks on trade next year.')).toEqual([]);
    expect(measuresOf('Trade doubled in 2020.').filter((m) => m.role === 'target')).toEqual([]);
  });

  it('a rate ("$2 billion a day") is no figure of a period', () => {
    const ms = measuresOf('Bilateral trade reached $736 billion in 2013, more than $2 billion a day, or $23,000 every second.', '2014-10-31');
    expect(ms.map((m) => m.text)).toEqual(['$736 billion']);
  });

  it('"met twice" and figures with no topic give no measure', () => {
    expect(measuresOf('The presidents met twice and signed 12 documents.').filter((m) => m.topic === 'trade')).toEqual([]);
  });
});

describe('periods from plain text (shared with readers of stored records)', () => {
  const text = 'Trade grew in the first nine months of 2022 compared with 2021 and should reach $1bn by the end of 2025.';
  const date = (t: string) => {
    const start = text.indexOf(t);
    return { text: t, value: t.slice(0, 4), grain: 'year' as const, start, end: start + t.length };
  };
  it('widens a year over a part-of-year phrase', () => {
    expect(periodOf(text, date('2022'))).toMatchObject({ value: '2022-01..2022-09', grain: 'months', text: 'the first nine months of 2022' });
  });
  it('tells a base from a deadline from a period', () => {
    expect(dateRole(text, text.indexOf('2021')).role).toBe('base');
    expect(dateRole(text, text.indexOf('2025')).role).toBe('deadline');
    expect(dateRole(text, text.indexOf('first nine')).role).toBe('period');
  });
  it('reads deadlines, absolute and relative', () => {
    expect(deadlineIn(text, 0, text.length, [date('2022'), date('2021'), date('2025')], '2022-10-01')).toMatchObject({ value: '2025', text: 'by the end of 2025' });
    expect(relativeDeadline('to be built over the next two years', 0, 40, '2023-05-02')).toMatchObject({ to: '2025-05' });
    expect(relativeDeadline('it took three years', 0, 20, '2023-05-02')).toBeNull();
  });
});

describe('measures: linear cost', () => {
  it('a run-on sentence full of figures and dates is read in time linear in its length', async () => {
    const { makeDocument } = await import('../src/extract.js');
    const { STAGES } = await import('../src/stages/index.js');
    const unit = 'trade grew 12% in 2019 to $40 million compared with 2018 and the sides intend to double trade by 2030 , ';
    const prepared = (n: number) => {
      const doc = makeDocument({ text: `date 2020-01-01 Source: Test\n\n${unit.repeat(n)}`, id: 'x' });
      for (const s of STAGES.slice(0, -1)) s.run(doc);
      return doc;
    };
    const measures = STAGES[STAGES.length - 1]!;
    expect(measures.name).toBe('measures');
    const time = (n: number) => {
      const doc = prepared(n);
      const t0 = performance.now();
      measures.run(doc);
      expect(doc.layer('measures').length).toBeGreaterThan(n);
      return performance.now() - t0;
    };
    time(50);
    // The least of three runs: on a shared machine one run can be descheduled midway.
    const least = (n: number) => Math.min(time(n), time(n), time(n));
    const small = Math.max(least(100), 5);
    const large = least(800);
    // 8x the text; a quadratic reading would take ~64x.
    expect(large / small).toBeLessThan(30);
  });
});
