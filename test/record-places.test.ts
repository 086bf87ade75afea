import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const places = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Sweden' }).places.map((p) => p.name);

describe('a country named only by its adjective is no place of the text', () => {
  it('"the Finnish head of government", "Finnish Prime Minister X" add no place "Finland"', () => {
    expect(places('The Finnish head of government met Prime Minister Ulf Kristersson in Stockholm on 1 March.')).not.toContain('Finland');
    expect(places('Finnish Prime Minister Petteri Orpo met Prime Minister Ulf Kristersson in Stockholm on 1 March.')).not.toContain('Finland');
  });

  it('near miss: a country named by its name, or its possessive, beside the adjective stays a place', () => {
    expect(places('The Finnish head of government invited Ulf Kristersson to Finland in May.')).toContain('Finland');
    expect(places('Finland’s Prime Minister Petteri Orpo met Ulf Kristersson in Stockholm.')).toContain('Finland');
  });
});

describe('a country written only as an adjective is no place of the text', () => {
  it('"Finnish support", "a Qatari grant": an adjective of a thing names no place either', () => {
    expect(places('The minister praised Finnish support for Ukraine.')).not.toContain('Finland');
    expect(places('The Finnish proposal was adopted in Stockholm.')).not.toContain('Finland');
    expect(places('The minister welcomed a Qatari grant of USD 10 million for schools in Gaza.')).not.toContain('Qatar');
  });

  it('near miss: the country written by its name, or inside a named person\'s office, stays a place', () => {
    expect(places('The minister welcomed a grant from Qatar for schools in Gaza.')).toContain('Qatar');
    expect(places('Vladimir Putin met President of the Council of Ministers of Italy Giuseppe Conte. Russian-Italian relations are in good shape.')).toContain('Italy');
  });
});

describe('a place is named as the text writes it', () => {
  const record = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Russia' }).places;

  it('"Tula Region", "Stavropol Territory" keep the text\'s words, not the lexicon\'s "Oblast" or "Krai"', () => {
    const names = record('Officials in Tula Region and Stavropol Territory signed the plan in Moscow on 1 March.').map((p) => p.name);
    expect(names).toContain('Tula Region');
    expect(names).toContain('Stavropol Territory');
    expect(names).not.toContain('Tula Oblast');
    expect(names).not.toContain('Stavropol Krai');
  });

  it('near miss: a text that itself writes "Tula Oblast" keeps that', () => {
    const names = record('Officials in Tula Oblast signed the plan in Moscow on 1 March.').map((p) => p.name);
    expect(names).toContain('Tula Oblast');
    expect(names).not.toContain('Tula Region');
  });

  it('both forms in one text are one place, named as the text first writes it', () => {
    const tula = record('Tula Region signed a plan with Moscow. Tula Oblast will build two schools.').filter((p) => /^Tula/u.test(p.name));
    expect(tula).toHaveLength(1);
    expect(tula[0]!.name).toBe('Tula Region');
    expect(tula[0]!.kind).toBe('region');
    expect(tula[0]!.country).toBe('RUS');
    expect(tula[0]!.mentions).toHaveLength(2);
  });
});

describe('the first written-out name of a place names it', () => {
  const names = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Canada' }).places.map((p) => p.name);

  it('"the Republic of Belarus ... Belarus" gives the first form, and "Belarus ... the Republic of Belarus" its own first', () => {
    const formal = names('The President of the Republic of Belarus arrived in Moscow. Belarus and Russia signed the plan.');
    expect(formal).toContain('Republic of Belarus');
    expect(formal).not.toContain('Belarus');
    const short = names('Belarus and Russia signed a plan. The Republic of Belarus will host the next round.');
    expect(short).toContain('Belarus');
    expect(short).not.toContain('Republic of Belarus');
  });

  it('initials give way to the written-out name: "the U.S. ... the United States" gives "United States"', () => {
    const both = names('The minister flew to the U.S. on 1 March and met officials of the United States in Washington.');
    expect(both).toContain('United States');
    expect(both).not.toContain('U.S.');
  });

  it('near miss: a text that writes only the initials keeps them', () => {
    const only = names('The minister flew to the U.S. on 1 March and met officials in Washington.');
    expect(only).toContain('U.S.');
    expect(only).not.toContain('United States');
  });
});

describe('a world region that is a minister\'s portfolio is part of the title, no place', () => {
  const names = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Canada' }).places.map((p) => p.name);

  it('"Minister for Europe X", "the Minister for the Middle East, X", "Minister for Development and Africa X" add no region', () => {
    expect(names('Minister for Europe Clara Bellweather met the trade envoy in Ottawa on 1 March.')).not.toContain('Europe');
    expect(names('The Minister for the Middle East, Tobias Renwick, visited Amman on 2 March.')).not.toContain('Middle East');
    expect(names('They were joined by Minister for Development and Africa Olive Marchbanks in Ottawa.')).not.toContain('Africa');
    expect(names('Commissioner for the Mediterranean Ines Varga opened the forum in Valletta.')).not.toContain('Mediterranean');
  });

  it('near miss: the same region named outside the title, an envoy\'s area and a governor\'s region stay places', () => {
    expect(names('Minister for Europe Clara Bellweather said trade with Europe grew in 2024.')).toContain('Europe');
    expect(names('The Special Representative for Central Asia Joris Lindqvist arrived in Astana.')).toContain('Central Asia');
    expect(names('The Governor of Tula Region Pavel Sorokin met the ambassador in Moscow.')).toContain('Tula Region');
    expect(names('The minister discussed investment in Africa with Olive Marchbanks in Ottawa.')).toContain('Africa');
  });
});

describe('a world region closing a hyphenated word is part of that word, no place', () => {
  const names = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Canada' }).places.map((p) => p.name);

  it('"the Trans-Pacific Partnership", "Euro-Atlantic integration", "the Brazil-Africa Summit" add no region', () => {
    expect(names('The ministers backed the Trans-Pacific Partnership at talks in Lima.')).not.toContain('Pacific');
    expect(names('The talks in Tbilisi focused on Euro-Atlantic integration.')).not.toContain('Atlantic');
    expect(names('Both delegations prepared the Brazil-Africa Summit in Brasilia.')).not.toContain('Africa');
  });

  it('the first half as well: "the Africa-Brazil Forum", "the Asia-Europe Meeting" add no region', () => {
    expect(names('Both delegations prepared the Africa-Brazil Forum in Brasilia.')).not.toContain('Africa');
    expect(names('The ministers met at the Asia-Europe Meeting in Brussels.')).not.toContain('Asia');
  });

  it('near miss: the region written as a word of its own, or a country after a hyphen, stays a place', () => {
    expect(names('The talks in Tbilisi focused on Euro-Atlantic integration and on shipping in the Atlantic.')).toContain('Atlantic');
    expect(names('Trade between Brazil and Africa grew, the minister said in Brasilia.')).toContain('Africa');
    expect(names('The minister opened Canada-Mexico talks in Ottawa.')).toContain('Mexico');
  });
});

describe('the Indo-Pacific is a region of its own', () => {
  const names = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Canada' }).places.map((p) => p.name);

  it('"a free and open Indo-Pacific" gives the place "Indo-Pacific", not "Pacific"', () => {
    const got = names('The two leaders backed a free and open Indo-Pacific at talks in Ottawa.');
    expect(got).toContain('Indo-Pacific');
    expect(got).not.toContain('Pacific');
  });

  it('near miss: the ocean written alone stays "Pacific"', () => {
    const got = names('The frigate crossed the Pacific on its way to Ottawa\'s allies.');
    expect(got).toContain('Pacific');
    expect(got).not.toContain('Indo-Pacific');
  });
});

describe('a region named with its compass or position word is that region, not the continent', () => {
  const names = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Canada' }).places.map((p) => p.name);

  it('"Central Europe", "the Western Balkans" are places of their own', () => {
    const central = names('Poland is a key partner in Central Europe, the minister said in Ottawa.');
    expect(central).toContain('Central Europe');
    expect(central).not.toContain('Europe');
    const balkans = names('The ministers discussed stability in the Western Balkans in Ottawa.');
    expect(balkans).toContain('Western Balkans');
  });

  it('near miss: the continent written alone stays "Europe"', () => {
    const got = names('Trade with Europe grew last year, the minister said in Ottawa.');
    expect(got).toContain('Europe');
    expect(got).not.toContain('Central Europe');
  });
});

describe('a world region opening a longer capitalised name is part of that name, no place', () => {
  const names = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Canada' }).places.map((p) => p.name);

  it('"the Atlantic Declaration", "the Africa Climate Summit" add no region', () => {
    expect(names('The two leaders signed the Atlantic Declaration in Ottawa last year.')).not.toContain('Atlantic');
    expect(names('Delegates prepared the Africa Climate Summit in Nairobi.')).not.toContain('Africa');
  });

  it('near miss: a region whose capitalised words run straight into a person\'s name stays a place', () => {
    expect(names('In Africa Mr Holt has many partners, he said in Ottawa.')).toContain('Africa');
    expect(names('Delegates discussed the climate in Africa on Monday in Nairobi.')).toContain('Africa');
  });
});

describe('two adjectives of states joined by a hyphen name a relation, not places', () => {
  it('"Russian-Congolese talks" add no Congo when no one of it takes part', () => {
    const found = places('Foreign Minister Sergey Lavrov opened Russian-Congolese talks in Moscow.');
    expect(found).not.toContain('Democratic Republic of the Congo');
    expect(found).toContain('Moscow');
  });

  it('near miss: a side that someone the text names serves stays a place', () => {
    expect(places('Foreign Minister Sergey Lavrov opened Russian-Nigerian talks with Foreign Minister of Nigeria Yusuf Tuggar.')).toContain('Nigeria');
    // An adjective standing alone names no place.
    expect(places('Foreign Minister Sergey Lavrov praised Nigerian support for the plan.')).not.toContain('Nigeria');
  });
});
