import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, processDocument } from '../src/extract.js';
import { lookupKey } from '../src/lexicon/normalize.js';
import type { ExtractRecord } from '../src/record/types.js';

interface ExpectedActor {
  name: string;
  nominal?: boolean;
  country?: string | null;
  sector?: string | null;
  title?: string;
  kind?: string;
  mentions?: string[];
}
interface Case {
  id: string;
  text: string;
  people: ExpectedActor[];
  organizations: ExpectedActor[];
  places: ExpectedActor[];
  absent: string[];
}

const fixtures = JSON.parse(
  readFileSync(new URL('./fixtures/entities/press-releases.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

interface Found {
  name: string;
  mentions: [number, number][];
  country?: string | null;
  sector?: string | null;
  kind?: string;
  title?: string | null;
}

function check(text: string, found: readonly Found[], expected: ExpectedActor, what: string): void {
  const actor = found.find((f) => lookupKey(f.name) === lookupKey(expected.name));
  expect(actor, `${what} "${expected.name}" among ${found.map((f) => f.name).join(', ')}`).toBeDefined();
  if (!actor) return;
  if (expected.country !== undefined) expect(actor.country, `${expected.name} country`).toBe(expected.country);
  if (expected.sector !== undefined) expect(actor.sector, `${expected.name} sector`).toBe(expected.sector);
  if (expected.kind !== undefined) expect(actor.kind, `${expected.name} kind`).toBe(expected.kind);
  if (expected.title !== undefined) expect(lookupKey(String(actor.title))).toBe(lookupKey(expected.title));
  if (expected.mentions) {
    const texts = actor.mentions.map(([s, e]) => text.slice(s, e));
    for (const m of expected.mentions) expect(texts, `${expected.name} mentions`).toContain(m);
  }
}

describe('mentions and actors on written press releases', () => {
  for (const c of fixtures.cases) {
    describe(c.id, () => {
      const record: ExtractRecord = extract({ text: c.text });
      it('finds the people with title, country and sector', () => {
        for (const p of c.people) check(c.text, record.people, p, 'person');
      });
      it('finds the organisations, and keeps unnamed groups out of the record list', () => {
        const doc = processDocument({ text: c.text });
        const groups = doc.layer('actors').filter((a) => a.nominal && a.type === 'organization').map((a) => ({
          name: a.name, country: a.country, sector: a.sector,
          mentions: a.mentions.map((id) => doc.layer('mentions').find((m) => m.id === id)!).map((m) => [m.start, m.end] as [number, number]),
        }));
        for (const o of c.organizations) {
          if (o.nominal) {
            check(c.text, groups, o, 'group');
            expect(record.organizations.map((x) => x.name)).not.toContain(o.name);
          } else check(c.text, record.organizations, o, 'organisation');
        }
      });
      it('finds the places with kind and country', () => {
        for (const p of c.places) check(c.text, record.places, p, 'place');
      });
      it('invents no people from ordinary capitalised words', () => {
        const names = record.people.map((p) => p.name);
        for (const a of c.absent) expect(names).not.toContain(a);
      });
    });
  }
});

function mentionTexts(text: string, type?: string): string[] {
  return processDocument({ text })
    .layer('mentions')
    .filter((m) => !type || m.type === type)
    .map((m) => m.text);
}

describe('near misses that must not become mentions', () => {
  it('sentence openers, months and weekdays are not people', () => {
    const text = 'However, the talks in May were postponed. In particular, officials met on Monday. Let’s see where we can do better. Source documents were lost in September.';
    expect(mentionTexts(text, 'person')).toEqual([]);
  });

  it('"us" and "who" in lower case are not the United States or the WHO', () => {
    const text = 'Let us cooperate with the partners who came. They told us nothing.';
    const found = processDocument({ text }).layer('mentions').filter((m) => m.form !== 'pronoun');
    expect(found).toEqual([]);
  });

  it('acronyms in capitals are found', () => {
    const text = 'The US and the WHO signed a memorandum with the EU.';
    const got = processDocument({ text }).layer('mentions').map((m) => [m.text, m.country]);
    expect(got).toEqual([['US', 'USA'], ['WHO', 'UNO'], ['EU', 'EUR']]);
  });

  it('ordinary uses of title words are not titles', () => {
    const text = 'The plant played a major role in the region. The general public supported the project.';
    expect(mentionTexts(text, 'person')).toEqual([]);
  });

  it('a title used as a modifier is not a person', () => {
    const text = 'Voters went to the polls in the Irkutsk Oblast governor election.';
    expect(mentionTexts(text, 'person')).toEqual([]);
  });

  it('headline case does not turn every capitalised word into a name', () => {
    const text = 'Belarus And Russia Sign New Trade Deal In Minsk';
    expect(mentionTexts(text, 'person')).toEqual([]);
    expect(mentionTexts(text, 'place')).toEqual(['Belarus', 'Russia', 'Minsk']);
  });

  it('a sentence of names and offices with a verb in lower case is no headline', () => {
    const text = 'The UN Special Envoy, Anna Berg, met Foreign Minister Than Swe.';
    expect(mentionTexts(text, 'person')).toContain('Anna Berg');
  });

  it('near miss: with its verb capitalised too, the same words are a headline, whose verb of meeting ends the name before it', () => {
    const text = 'UN Special Envoy Anna Berg Meets Foreign Minister Than Swe';
    // A heading capitalises its verb; "Meets" is no part of anyone's name.
    expect(mentionTexts(text, 'person')).toEqual(['Anna Berg', 'Than Swe']);
  });

  it('named agreements, initiatives and places before common nouns are not people or bodies', () => {
    const text = 'The Minsk Agreements were signed in 2015. The Belt and Road Initiative was discussed.';
    expect(mentionTexts(text, 'person')).toEqual([]);
    expect(mentionTexts(text, 'organization')).toEqual([]);
  });

  it('demonyms of peoples are not person names', () => {
    const text = 'Siberians have always respected the Belarusian nation.';
    expect(mentionTexts(text, 'person')).toEqual([]);
  });
});

describe('forms of place mentions', () => {
  it('possessives of countries cover the apostrophe, typographic or straight', () => {
    for (const apostrophe of ['’', "'"]) {
      const text = `The delegation of Russia${apostrophe}s Irkutsk Oblast arrived.`;
      const m = processDocument({ text }).layer('mentions').find((x) => x.form === 'possessive');
      expect(m?.text).toBe(`Russia${apostrophe}s`);
      expect(m?.country).toBe('RUS');
    }
  });

  it('region name variants resolve to one region with its country, named as the text first writes it', () => {
    const text = 'Trade with the Gomel Region grew. Gomel Oblast exported tractors. Leaders of the Republic of Tatarstan and Krasnoyarsk Territory came.';
    const places = extract({ text }).places;
    const gomel = places.filter((p) => p.name.startsWith('Gomel'));
    expect(gomel).toHaveLength(1);
    expect(gomel[0]!.name).toBe('Gomel Region');
    expect(gomel[0]!.mentions).toHaveLength(2);
    expect(gomel[0]!.country).toBe('BLR');
    expect(places.find((p) => p.name === 'Republic of Tatarstan')?.country).toBe('RUS');
    expect(places.find((p) => p.name === 'Krasnoyarsk Territory')?.kind).toBe('region');
  });

  it('demonyms point to their country', () => {
    const text = 'Belarusian engineers and Chinese partners met in Minsk.';
    const m = processDocument({ text }).layer('mentions');
    expect(m.map((x) => x.country)).toContain('BLR');
    expect(m.map((x) => x.country)).toContain('CHN');
  });
});

describe('group actors', () => {
  it('country word plus sector noun is one group mention', () => {
    const cases: [string, string, string, string][] = [
      ['Israeli police detained two men.', 'Israeli police', 'ISR', 'COP'],
      ['Russian troops left the area.', 'Russian troops', 'RUS', 'MIL'],
      ['The Japanese government protested.', 'Japanese government', 'JPN', 'GOV'],
      ["Iraq's interim government approved the plan.", "Iraq's interim government", 'IRQ', 'GOV'],
      ['Palestinian protesters gathered near the wall.', 'Palestinian protesters', 'PSE', 'CVL'],
      ['The opposition boycotted the vote.', 'opposition', '', 'OPP'],
    ];
    for (const [text, span, country, sector] of cases) {
      const m = processDocument({ text }).layer('mentions').find((x) => x.form === 'nominal');
      expect(m?.text, text).toBe(span);
      expect(m?.country ?? '', text).toBe(country);
      expect(m?.sector, text).toBe(sector);
    }
  });

  it('coordinated country words share the group noun', () => {
    const text = 'Senior Hungarian and Romanian officials agreed to cooperate.';
    const m = processDocument({ text }).layer('mentions');
    expect(m.map((x) => [x.text, x.country, x.sector])).toEqual([
      ['Hungarian', 'HUN', 'GOV'],
      ['Romanian officials', 'ROU', 'GOV'],
    ]);
  });
});

describe('organisations', () => {
  it('finds companies by their legal form', () => {
    const text = 'The contract went to OOO Mogilevliftmash-Usolye and to Northern Star Holdings Ltd last year.';
    const orgs = extract({ text }).organizations;
    expect(orgs.map((o) => [o.name, o.sector])).toEqual([
      ['OOO Mogilevliftmash-Usolye', 'BUS'],
      ['Northern Star Holdings Ltd', 'BUS'],
    ]);
  });

  it('finds ministries and parliaments with their country', () => {
    const text = 'The Ministry of Foreign Affairs of Belarus issued a note. The Kazakh Parliament ratified it, and the State Duma followed.';
    const orgs = extract({ text }).organizations;
    const byName = new Map(orgs.map((o) => [o.name, o]));
    expect(byName.get('Ministry of Foreign Affairs of Belarus')).toMatchObject({ country: 'BLR', sector: 'GOV' });
    expect(byName.get('Kazakh Parliament')).toMatchObject({ country: 'KAZ', sector: 'LEG' });
    expect(byName.get('State Duma')).toMatchObject({ country: 'RUS', sector: 'LEG' });
  });

  it('"and" after a body\'s head, or "and the" before another head, joins a second body', () => {
    const names = (text: string) => extract({ text }).organizations.map((o) => o.name);
    expect(names('The Russian Direct Investment Fund and Khazanah Nasional set up a joint platform.'))
      .toEqual(['Russian Direct Investment Fund', 'Khazanah Nasional']);
    expect(names("The Central Bank of Nigeria and the People's Bank of China signed a swap deal."))
      .toEqual(['Central Bank of Nigeria', "People's Bank of China"]);
  });

  it('near miss: "and" inside a complement, before a head, or before "the" with no head stays in the name', () => {
    const names = (text: string) => extract({ text }).organizations.map((o) => o.name);
    expect(names('He met the head of the Ministry of Trade and Industry.')).toEqual(['Ministry of Trade and Industry']);
    expect(names('The Bank and Trust Company opened a branch.')).toEqual(['Bank and Trust Company']);
    expect(names('The Ministry of Culture and the Arts held a festival.')).toEqual(['Ministry of Culture and the Arts']);
  });

  it('a seat of government after a preposition of place, or before a comma and a city, is the building', () => {
    const names = (text: string) => extract({ text, source: 'President of Russia' }).organizations.map((o) => o.name);
    expect(names('Vladimir Putin held talks in the Kremlin with President of Kyrgyzstan Sadyr Japarov.')).toEqual([]);
    expect(names('The Kremlin, Moscow\n\nVladimir Putin welcomed the guests.')).toEqual([]);
  });

  it('near miss: a seat of government that speaks or issues is the body', () => {
    const names = (text: string) => extract({ text }).organizations.map((o) => o.name);
    expect(names('The Kremlin said the talks with Kyrgyzstan were useful.')).toEqual(['Kremlin']);
    expect(names('A statement from the White House welcomed the deal.')).toEqual(['White House']);
  });

  it('codes international bodies with PLOVER codes', () => {
    const text = 'The CSTO, the Eurasian Economic Union, the United Nations and Amnesty International issued statements.';
    const got = extract({ text }).organizations.map((o) => o.country);
    expect(got).toEqual(['IGO', 'IGO', 'UNO', 'NGO']);
  });
});

describe('titles with complements', () => {
  it('an envoy posted to a country keeps the sending country', () => {
    const text = 'Ambassador of Belarus to Russia Dmitry Krutoi said the budget would grow.';
    const p = extract({ text }).people[0]!;
    expect(p).toMatchObject({ name: 'Dmitry Krutoi', country: 'BLR', sector: 'GOV' });
    expect(p.title).toBe('Ambassador of Belarus to Russia');
  });

  it('an organisation complement stops before the name that follows it', () => {
    const text = 'First Deputy Chairman of the Government of the Irkutsk Oblast Konstantin Zaitsev attended.';
    const r = extract({ text });
    expect(r.organizations.map((o) => o.name)).toEqual(['Government of the Irkutsk Oblast']);
    expect(r.people[0]).toMatchObject({ name: 'Konstantin Zaitsev', country: 'RUS', sector: 'GOV' });
  });

  it('a region\'s suffix right after the place that ends the complement ("of Yunnan Province") is in the body\'s name, and the name after it is the holder\'s', () => {
    const r = extract({ text: 'Director of the Foreign Affairs Office of Yunnan Province Yang Zhaoyun attended.' });
    expect(r.organizations.map((o) => o.name)).toEqual(['Foreign Affairs Office of Yunnan Province']);
    expect(r.people.map((p) => p.name)).toEqual(['Yang Zhaoyun']);
  });

  it('near miss: with no region\'s suffix after the place, the body ends on the place and the holder\'s name keeps its first word', () => {
    const r = extract({ text: 'Director of the Foreign Affairs Office of Yunnan Yang Zhaoyun attended.' });
    expect(r.organizations.map((o) => o.name)).toEqual(['Foreign Affairs Office of Yunnan']);
    expect(r.people.map((p) => p.name)).toEqual(['Yang Zhaoyun']);
  });

  it('two plain capitalised words after the body an office names are its holder, given name listed or not', () => {
    const r = extract({ text: 'Chairman of the Senate of the Parliament Tulegen Ashimbayev opened the session.', source: 'President of Kazakhstan' });
    expect(r.organizations.map((o) => o.name)).toEqual(['Senate of the Parliament']);
    expect(r.people.map((p) => [p.name, p.title])).toEqual([['Tulegen Ashimbayev', 'Chairman of the Senate of the Parliament']]);
  });

  it('near miss: a connector or a single word after the body an office names stays in the body\'s name', () => {
    const r = extract({ text: 'Chairman of the State Committee for Science and Technology opened the session.' });
    expect(r.organizations.map((o) => o.name)).toEqual(['State Committee for Science and Technology']);
    expect(r.people).toEqual([]);
  });

  it('the holder\'s name after a body whose head noun has a complement of its own ("Academy of Sciences X Y") is a person, not the body\'s end', () => {
    const a = extract({ text: 'President of the Academy of Sciences Gulnara Temirkhanova opened the session.' });
    expect(a.organizations.map((o) => o.name)).toEqual(['Academy of Sciences']);
    expect(a.people.map((p) => [p.name, p.title])).toEqual([['Gulnara Temirkhanova', 'President of the Academy of Sciences']]);
    const b = extract({ text: 'Chairman of the Union of Industrialists and Entrepreneurs Vashtar Ulmekov opened the session.' });
    expect(b.organizations.map((o) => o.name)).toEqual(['Union of Industrialists and Entrepreneurs']);
    expect(b.people.map((p) => p.name)).toEqual(['Vashtar Ulmekov']);
    // A listed given name before the last two words opens a three-word name.
    const c = extract({ text: 'Chairman of the Board of Directors Mohammad Jumma Adil opened the session.' });
    expect(c.people.map((p) => p.name)).toEqual(['Mohammad Jumma Adil']);
  });

  it('near miss: a complement that ends in portfolio words or connectors keeps them in the body\'s name', () => {
    const r = extract({ text: 'The Director of the Institute of World Economy and International Relations opened the session.' });
    expect(r.organizations.map((o) => o.name)).toEqual(['Institute of World Economy and International Relations']);
    expect(r.people).toEqual([]);
    const f = extract({ text: 'The Rector of the Academy of Arts and Design opened the session.' });
    expect(f.people).toEqual([]);
  });

  it('the chair of a parliament takes the parliament\'s sector', () => {
    const text = 'Chairperson of the Council of the Republic Natalya Kochanova opened the session.';
    expect(extract({ text }).people[0]).toMatchObject({ name: 'Natalya Kochanova', country: 'BLR', sector: 'LEG' });
  });

  it('"the head of the Belarusian state" is a head-of-state title', () => {
    const text = 'President Aleksandr Lukashenko met the delegation. The head of the Belarusian state noted the progress.';
    const record = extract({ text });
    const p = record.people.find((x) => x.name === 'Aleksandr Lukashenko')!;
    expect(p.mentions.map(([s, e]) => text.slice(s, e))).toContain('head');
  });

  it('a name in a region suffix is a region, not a person', () => {
    const text = 'Companies are ready to work in the Samarkand Region and in Kaduna State.';
    const r = extract({ text });
    expect(r.people).toEqual([]);
    expect(r.places.map((p) => [p.name, p.kind, p.country])).toEqual([
      ['Samarkand Region', 'region', 'UZB'],
      ['Kaduna State', 'region', 'NGA'],
    ]);
  });

  it('a first name that is also a city stays part of the name', () => {
    const text = 'Governor Vladimir Mazur visited the plant in Vladimir.';
    const r = extract({ text });
    expect(r.people.map((p) => p.name)).toEqual(['Vladimir Mazur']);
    expect(r.places.map((p) => p.name)).toEqual(['Vladimir']);
  });
});

describe('sides and leaders as group actors', () => {
  it('"the Belarusian side" is the Belarusian government', () => {
    const m = processDocument({ text: 'The Belarusian side proposed new projects.' }).layer('mentions')[0]!;
    expect([m.text, m.country, m.sector]).toEqual(['Belarusian side', 'BLR', 'GOV']);
  });

  it('"the Bush administration" is the US government', () => {
    const m = processDocument({ text: 'The Bush administration declared new tariffs.' }).layer('mentions')[0]!;
    expect([m.text, m.country, m.sector]).toEqual(['Bush administration', 'USA', 'GOV']);
  });
});

describe('office titles as the text words them', () => {
  it('a portfolio after "of" or "and" is part of the title', () => {
    const text = 'Minister of Industry and Trade Nguyen Hong Dien said exports grew. Commissioner for Enlargement Olivér Várhelyi visited Belgrade.';
    const people = extract({ text }).people;
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Nguyen Hong Dien', 'Minister of Industry and Trade'],
      ['Olivér Várhelyi', 'Commissioner for Enlargement'],
    ]);
  });

  it('a portfolio before the title joins it, and an organisation before it gives the country and is part of the title', () => {
    const text = 'EU Trade Commissioner Valdis Dombrovskis urged progress.';
    expect(extract({ text }).people[0]).toMatchObject({ name: 'Valdis Dombrovskis', title: 'EU Trade Commissioner', country: 'EUR' });
  });

  it('"Official" before an office is a rank of it, so the office reaches a name set off by a comma', () => {
    const text = 'The briefing was given by the Official Spokesperson, Shri Arvind Menon, in New Delhi.';
    expect(extract({ text, source: 'Ministry of External Affairs of India' }).people[0]).toMatchObject({ name: 'Arvind Menon', title: 'Official Spokesperson', country: 'IND' });
  });

  it('near miss: "official" before a word that is no office stays out of the title after it', () => {
    const text = 'The official visit of President Arvind Menon began in New Delhi.';
    expect(extract({ text }).people[0]).toMatchObject({ name: 'Arvind Menon', title: 'President' });
  });

  it('keeps the wording of the text ("spokesman", "general secretary")', () => {
    const text = '"We disagree," said Ahmed Abu Zeid, the ministry\'s spokesman. Cosatu general secretary Solly Phetoe addressed the crowd.';
    const people = extract({ text }).people;
    expect(people.find((p) => p.name === 'Ahmed Abu Zeid')?.title).toBe('Spokesman');
    expect(people.find((p) => p.name === 'Solly Phetoe')).toMatchObject({ title: 'Cosatu General Secretary', country: 'ZAF', sector: 'LAB' });
  });

  it('a title set before a comma and an honorific belongs to the name after it', () => {
    const text = 'The department met the Ambassador of the United States of America to South Africa, Mr Reuben Brigety, in Pretoria.';
    const p = extract({ text }).people;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ name: 'Reuben Brigety', country: 'USA', sector: 'GOV' });
    expect(p[0]!.title).toBe('Ambassador of United States to South Africa');
  });

  it('names split by the tokenizer stay whole', () => {
    const text = 'Nikola Selaković met Prime Minister of Pakistan Anwaar-ul-Haq Kakar. Later Selaković left.';
    const r = extract({ text });
    expect(r.people.map((p) => p.name)).toEqual(['Nikola Selaković', 'Anwaar-ul-Haq Kakar']);
    expect(r.people[0]!.mentions).toHaveLength(2);
  });

  it('a name before a sea or a river is a natural feature, not a person', () => {
    const text = 'Ships crossed the Red Sea and sailed up the Volga River.';
    const r = extract({ text });
    expect(r.people).toEqual([]);
    expect(r.places.map((p) => [p.name, p.kind])).toEqual([['Red Sea', 'other'], ['Volga River', 'other']]);
  });

  it('capitalised common nouns are not people', () => {
    const text = 'The sides signed the Strategic Partnership and toured the Presidential Complex.';
    expect(extract({ text }).people).toEqual([]);
  });
});

describe('forms of address and defined acronyms', () => {
  it('"His Excellency" is a style of address, not a pronoun', () => {
    const text = 'The minister received His Excellency Mr. Ebrahim Raisi.';
    const m = processDocument({ text }).layer('mentions');
    expect(m.filter((x) => x.form === 'pronoun')).toEqual([]);
    expect(m.find((x) => x.type === 'person' && x.form === 'name')?.text).toBe('Ebrahim Raisi');
  });

  it('an acronym defined in brackets refers to its organisation wherever it appears', () => {
    const text = 'The Kenya Anti-Corruption Commission (KACC) opened a case. Later the KACC said it had evidence.';
    const orgs = extract({ text }).organizations;
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: 'Kenya Anti-Corruption Commission', country: 'KEN', sector: 'GOV' });
    expect(orgs[0]!.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Kenya Anti-Corruption Commission', 'KACC', 'KACC']);
  });
});

describe('surnames of listed figures', () => {
  it('a distinctive surname alone names the listed figure', () => {
    const text = 'Putin said the talks were useful. Lukashenko agreed.';
    const people = extract({ text }).people;
    expect(people.map((p) => [p.name, p.country])).toEqual([['Putin', 'RUS'], ['Lukashenko', 'BLR']]);
  });

  it('a shared surname or a street is not taken for a listed figure', () => {
    const text = 'Johnson said the talks were useful. Traffic on Brown Street was closed.';
    expect(extract({ text }).people.filter((p) => p.country !== null)).toEqual([]);
  });
});

describe('country words inside currency names', () => {
  it('a country or demonym in a currency phrase is no place and no actor', () => {
    const texts = [
      'Trade stood at 234.9 billion U.S. dollars. Investment reached almost 1.1 billion US dollars.',
      'Payments in Russian rubles and Belarusian rubles grew, as did settlements in Chinese yuan, Hong Kong dollars and Swiss francs.',
      'The fund holds US$5 million and U.S. $2 million.',
      'Exports reached 5 billion South Korean won and 3 million Brazilian real. The Egyptian pound fell.',
    ];
    for (const text of texts) expect(processDocument({ text }).layer('mentions').map((m) => m.text), text).toEqual([]);
  });

  it('near misses: the same words outside a currency name are still mentions', () => {
    expect(mentionTexts('The US imposed duties on Chinese steel. Russian troops advanced.')).toEqual(['US', 'Chinese', 'Russian troops']);
    // "won" and "real" are currency names only inside a figure or standing alone.
    expect(mentionTexts('A South Korean won the election. Brazilian real estate boomed.')).toEqual(['South Korean', 'Brazilian']);
  });
});

describe('unions of states and trade unions', () => {
  it('a listed union of states keeps its own sector, never a trade union\'s', () => {
    const text = 'The European Union on Monday imposed new sanctions on Iran. The African Union, the Eurasian Economic Union and the Union State of Belarus and Russia agreed. The Union of South American Nations met.';
    const orgs = extract({ text }).organizations;
    expect(orgs.map((o) => [o.name, o.country, o.sector])).toEqual([
      ['European Union', 'EUR', null],
      ['African Union', 'IGO', null],
      ['Eurasian Economic Union', 'IGO', null],
      ['Union State of Belarus and Russia', 'IGO', 'GOV'],
      ['Union of South American Nations', 'IGO', null],
    ]);
  });

  it('trade unions are labour', () => {
    const text = 'The Federation of Trade Unions of Belarus protested. The International Trade Union Confederation and the Serbian Workers\' Union joined.';
    const orgs = extract({ text }).organizations;
    expect(orgs.map((o) => [o.name, o.country, o.sector])).toEqual([
      ['Federation of Trade Unions of Belarus', 'BLR', 'LAB'],
      // An international body of no one country: the CAMEO international actors list it as an NGO.
      ['International Trade Union Confederation', 'NGO', 'LAB'],
      ["Serbian Workers' Union", 'SRB', 'LAB'],
    ]);
  });

  it('a meeting of heads of state is executive; the Palestinian Authority is a government', () => {
    const text = 'The Assembly of Heads of State and Government of the African Union opened. Brazil supports the Palestinian Authority, and Palestinian officials welcomed it.';
    const r = extract({ text });
    expect(r.organizations.map((o) => [o.name, o.country, o.sector])).toEqual([
      ['Assembly of Heads of State and Government of the African Union', 'IGO', 'GOV'],
      ['Palestinian Authority', 'PSE', 'GOV'],
    ]);
    expect(r.places.map((p) => p.name)).toEqual(['Brazil']);
  });
});

describe('fuller office titles', () => {
  it('lower-case subject words before a lower-case title are part of it', () => {
    const borrell = extract({ text: 'EU foreign policy chief Josep Borrell said the bloc would respond.' }).people[0];
    expect(borrell).toMatchObject({ name: 'Josep Borrell', title: 'EU Foreign Policy Chief', country: 'EUR', sector: 'GOV' });
    const sidhoum = extract({ text: "Algeria's leading human rights activist Salaheddine Sidhoum spoke." }).people[0];
    expect(sidhoum?.title).toBe('Human Rights Activist');
  });

  it('a rank that is also a title ranks the title after it', () => {
    const text = 'Deputy Foreign Minister Andrei Rudenko met Deputy Head of the Presidential Administration Maxim Oreshkin. First Deputy Chairman of the Government of the Irkutsk Oblast Konstantin Zaitsev came.';
    expect(extract({ text }).people.map((p) => p.title)).toEqual([
      'Deputy Foreign Minister', 'Deputy Head of the Presidential Administration', 'First Deputy Chairman of the Government of the Irkutsk Oblast',
    ]);
    // Near miss: "Deputy" alone before a name is a member of parliament.
    expect(extract({ text: 'Deputy Ivan Petrov voted against.' }).people[0]).toMatchObject({ title: 'Deputy', sector: 'LEG' });
  });

  it('a portfolio head noun after "Minister of" is the portfolio, not a body', () => {
    const r = extract({ text: 'Minister of Treasury and Finance Mehmet Şimşek attended.' });
    expect(r.organizations).toEqual([]);
    expect(r.people[0]).toMatchObject({ name: 'Mehmet Şimşek', title: 'Minister of Treasury and Finance' });
  });

  it('regions may qualify a portfolio, which still ends on a portfolio word', () => {
    const text = 'Assistant Secretary of State for South and Central Asian Affairs Donald Lu met Minister of Economy and Ivan Petrov.';
    const people = extract({ text }).people;
    expect(people.find((p) => p.name === 'Donald Lu')?.title).toBe('Assistant Secretary of State for South and Central Asian Affairs');
    expect(people.find((p) => p.name === 'Ivan Petrov')?.title).toBeNull();
  });

  it('a bracketed division before the name belongs to the title', () => {
    const r = extract({ text: 'date 2024-03-12 Source: Ministry of External Affairs of India\n\nSecretary (East) Jaideep Mazumdar attended.' });
    expect(r.people[0]).toMatchObject({ name: 'Jaideep Mazumdar', title: 'Secretary (East)', country: 'IND', sector: 'GOV' });
  });

  it('only envoys are posted "to" a country; others travel there', () => {
    const visit = processDocument({ text: 'It was the first visit by a British foreign secretary to Kazakhstan.' });
    expect(visit.layer('mentions').find((m) => m.type === 'person')?.title).toBe('Foreign Secretary');
    const envoy = extract({ text: 'Ambassador of Belarus to Russia Dmitry Krutoi spoke.' }).people[0];
    expect(envoy?.title).toBe('Ambassador of Belarus to Russia');
  });

  it('a body in a title keeps its article; an official long country name is the country', () => {
    const un = extract({ text: 'Secretary-General of the United Nations António Guterres spoke.' }).people[0];
    expect(un?.title).toBe('Secretary-General of the United Nations');
    const br = extract({ text: 'Foreign Minister of the Federative Republic of Brazil Mauro Vieira arrived.' }).people[0];
    expect(br).toMatchObject({ title: 'Foreign Minister of Brazil', country: 'BRA' });
  });
});

describe('a body whose subject is two regions of no one state', () => {
  it('"Office for the Caucasus and Central Asia" is one body, and the holder after it keeps its office', () => {
    const r = extract({ text: 'The talks were attended by the Head of the IMF Office for the Caucasus and Central Asia, Nicole Laframboise.' });
    expect(r.organizations.map((o) => o.name)).toContain('IMF Office for the Caucasus and Central Asia');
    expect(r.people[0]).toMatchObject({ name: 'Nicole Laframboise', title: 'Head of the IMF Office for the Caucasus and Central Asia' });
  });

  it('near miss: a state after "and" is no part of the body’s name', () => {
    const r = extract({ text: 'The Ministry of Health and Russia agreed on a plan.' });
    expect(r.organizations.map((o) => o.name)).toEqual(['Ministry of Health']);
    expect(r.places.map((p) => p.name)).toEqual(['Russia']);
  });
});

describe('"People\'s" opening a body’s name', () => {
  it('"the People’s Committee of Quang Ninh Province", "the People’s Bank of China" keep "People’s" in the name', () => {
    const vn = extract({ text: "The talks were attended by the Chairman of the People's Committee of Quang Ninh Province, Cao Tuong Huy.", source: 'Ministry of Foreign Affairs of Viet Nam' });
    expect(vn.organizations.map((o) => o.name)).toEqual(["People's Committee of Quang Ninh Province"]);
    expect(vn.people[0]).toMatchObject({ name: 'Cao Tuong Huy', country: 'VNM' });
    expect(extract({ text: "He met the Governor of the People's Bank of China, Pan Gongsheng." }).organizations.map((o) => o.name)).toEqual(["People's Bank of China"]);
  });

  it('near miss: "people\'s" in lower case is the common noun, no part of a name', () => {
    expect(extract({ text: "The people's committee approved the plan." }).organizations).toEqual([]);
  });
});

describe('airlines named after a region, a city or no place', () => {
  it('"Air Baltic", "Finnair" are the airlines of the states they are based in', () => {
    const rec = extract({ text: 'Minister Anna Berg met the management of Air Baltic and Finnair in Riga on 14 May.', date: '2025-05-15', source: null });
    expect(rec.organizations.map((o) => [o.name, o.country])).toEqual([['Air Baltic', 'LVA'], ['Finnair', 'FIN']]);
  });

  it('near miss: "the Baltic states" stays a region of no one state', () => {
    const rec = extract({ text: 'Minister Anna Berg said the Baltic states would build a railway.', date: '2025-05-15', source: null });
    expect(rec.organizations).toEqual([]);
    expect(rec.places.find((p) => /Baltic/.test(p.name))?.country ?? null).toBe(null);
  });
});

describe('a name right after a lower-case noun for a kind of body', () => {
  it('"the newspaper El Peruano", "the shipping firm Naviera del Plata" are bodies, not people', () => {
    const rec = extract({ text: 'The minister spoke to the newspaper El Peruano. Later he met the head of the shipping firm Naviera del Plata.', date: '2025-10-08', source: null });
    expect(rec.people.map((p) => p.name)).toEqual([]);
    expect(rec.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['El Peruano', 'Naviera del Plata']));
  });

  it('near miss: a given name after the noun, or a capitalised "Group" closing a company\'s name, opens a person', () => {
    const rec = extract({ text: 'The company founder met the firm Ana Ruiz had advised. Chairman of the Chinese company CITIC Group Xi Guohua attended.', date: '2025-10-08', source: null });
    expect(rec.people.map((p) => p.name)).toContain('Xi Guohua');
  });
});
