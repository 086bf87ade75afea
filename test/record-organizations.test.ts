import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const organizations = (text: string) =>
  extract({ text, date: '2025-03-02', source: 'Government of Sweden' }).organizations.map((o) => o.name);

describe('an organisation is named as the text writes it', () => {
  it('a text that writes only the initials ("NATO", "ASEAN") gives the initials, not the long name', () => {
    const names = organizations('The ministers discussed NATO and ASEAN in Stockholm on 1 March.');
    expect(names).toContain('NATO');
    expect(names).toContain('ASEAN');
    expect(names).not.toContain('North Atlantic Treaty Organization');
  });

  it('near miss: a written-out name comes before the initials, wherever the initials stand', () => {
    const names = organizations('The ministers discussed NATO in Stockholm. Later the North Atlantic Treaty Organization issued a statement.');
    expect(names).toContain('North Atlantic Treaty Organization');
    expect(names).not.toContain('NATO');
  });

  it('the text\'s own spelling stays: "Organisation" is not rewritten as the lexicon\'s "Organization"', () => {
    expect(organizations('Sweden will attend the summit of the Shanghai Cooperation Organisation as a guest.'))
      .toContain('Shanghai Cooperation Organisation');
  });
});

describe('an organisation written only as one half of a hyphenated word is no organisation of the record', () => {
  it('"the EU-Mongolia partnership", "the AU–EU ministerial meeting" add no "EU" or "AU"', () => {
    const names = organizations('The presidents discussed the EU-Mongolia partnership and the AU–EU ministerial meeting in Ulaanbaatar.');
    expect(names).not.toContain('EU');
    expect(names).not.toContain('AU');
  });

  it('near miss: the same body named on its own elsewhere in the text stays', () => {
    const names = organizations('The presidents discussed the EU-Mongolia partnership. The EU will open an office in Ulaanbaatar.');
    expect(names).toContain('EU');
  });
});

describe('the bare word for a kind of body names no organisation', () => {
  it('"the Government would ...", "the Organization", "the Board of Directors of X" add no organisation of that word', () => {
    const names = organizations('The Minister said that the Government would prepare new measures. Sweden supports the initiatives of the Organization. He met the Chairman of the Board of Directors of Volvo Cars.');
    expect(names).not.toContain('Government');
    expect(names).not.toContain('Organization');
    expect(names).not.toContain('Directors');
  });

  it('the bare body stays a party to events, among the unnamed groups', () => {
    const rec = extract({ text: 'The Minister said that the Government would prepare new measures.', date: '2025-03-02', source: 'Government of Sweden' });
    expect(rec.groups?.map((g) => g.name)).toContain('Government');
  });

  it('near miss: the same word with its state or its own name stays', () => {
    const names = organizations('The Government of Spain and the Senate of the Italian Republic signed the declaration.');
    expect(names).toContain('Government of Spain');
    expect(names).toContain('Senate of the Italian Republic');
  });
});

describe('a body of a listed organisation, named after it, is one name', () => {
  it('"the Political Bureau of the CPC Central Committee" is one body, not "... of the CPC" and "Central Committee"', () => {
    const names = organizations('On 9 October, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks in Beijing.');
    expect(names).toEqual(['Political Bureau of the CPC Central Committee']);
  });

  it('near miss: a person\'s name after the listed organisation is its holder, no word of the body', () => {
    const rec = extract({ text: 'Minister Ann Linde met the Secretary General of the OSCE Helga Schmid in Vienna.', date: '2025-03-02', source: null });
    expect(rec.organizations.map((o) => o.name)).toEqual(['OSCE']);
    expect(rec.people.map((p) => p.name)).toContain('Helga Schmid');
  });
});

describe('a seat of government after a preposition of place names the building', () => {
  it('"at the Akorda", "at Malacañang Palace" add no organisation', () => {
    expect(organizations('President Tokayev received the Minister of Foreign Affairs of Norway at the Akorda. President Marcos met Anwar Ibrahim at Malacañang Palace on Wednesday.')).toEqual([]);
  });

  it('near miss: the seat that speaks or announces stands for the office in it', () => {
    const names = organizations('The Akorda said the President would visit Oslo. Malacañang announced the visit.');
    expect(names).toContain('Akorda');
    expect(names).toContain('Malacañang');
  });
});

describe('APEC written without its hyphen', () => {
  it('"the Asia Pacific Economic Cooperation (APEC)" is the forum under the name the text writes', () => {
    expect(organizations('Secretary Locke met Minister Akihiro Ohata at the Asia Pacific Economic Cooperation (APEC) Ministerial. The United States will host APEC in 2011.'))
      .toEqual(['Asia Pacific Economic Cooperation']);
  });

  it('near miss: the region and economic cooperation in lower case name no forum', () => {
    expect(organizations('The leaders discussed security in the Asia Pacific region and economic cooperation with Japan.')).toEqual([]);
  });
});

describe('words joined by "and" after "the" open one body with the head noun after them', () => {
  it('"the Lagos Power and Lighting Company" is one name, not "Lighting Company"', () => {
    const names = organizations('The minister visited the Lagos Power and Lighting Company on Monday.');
    expect(names).toContain('Lagos Power and Lighting Company');
    expect(names).not.toContain('Lighting Company');
  });

  it('near miss: without "the", or after a listed body, the words before "and" stay apart', () => {
    expect(organizations('The minister praised the work of Sweden and Energy Agency staff on Monday.')).toEqual(['Energy Agency']);
    const names = organizations('The minister met the heads of the NATO and Energy Agency teams.');
    expect(names).toContain('NATO');
    expect(names).toContain('Energy Agency');
    // A state right before "and" is a party of its own, not a word of the body's name.
    expect(organizations('The minister met the head of the Peru and Oceania Division.')).not.toContain('Peru and Oceania Division');
  });
});

describe('a room a head of state works in, named by "Office", is no organisation', () => {
  it('"in the Oval Office", "at the Dolmabahçe Working Office" add no organisation', () => {
    expect(organizations('President Joe Biden received the Chancellor in the Oval Office on Friday.')).toEqual([]);
    expect(organizations('President Erdoğan received the Prime Minister of Iraq at the Dolmabahçe Working Office in Istanbul.')).toEqual([]);
  });

  it('near miss: an office named by its field of work is a body', () => {
    const names = organizations('The minister met officials of the Foreign Office and the Cabinet Office in London.');
    expect(names).toContain('Foreign Office');
    expect(names).toContain('Cabinet Office');
  });
});

describe('a chamber of one state\'s business people in another state takes that state into its name', () => {
  it('"the American Chamber of Commerce in Algeria" is one name, and Algeria still a place', () => {
    const rec = extract({ text: 'Officials of the American Chamber of Commerce in Algeria attended the forum.', date: '2025-03-02', source: 'state.gov' });
    expect(rec.organizations.map((o) => o.name)).toEqual(['American Chamber of Commerce in Algeria']);
    expect(rec.places.map((p) => p.name)).toContain('Algeria');
  });

  it('near miss: a chamber of the state it stands in, or one named after a city, ends before "in"', () => {
    expect(organizations('The minister addressed the Canadian Chamber of Commerce in Canada on Monday.')).toEqual(['Canadian Chamber of Commerce']);
    expect(organizations('The minister addressed the Toronto Chamber of Commerce in Canada on Monday.')).toEqual(['Toronto Chamber of Commerce']);
  });
});

describe('a union of states joined by a dash to a state opens a body of both', () => {
  it('"the EU-Uzbekistan Cooperation Council" keeps "EU-" in its name and is intergovernmental', () => {
    const rec = extract({ text: 'The 19th EU-Uzbekistan Cooperation Council took place in Brussels on 18 July.', date: '2025-03-02', source: 'Government of Sweden' });
    expect(rec.organizations.map((o) => [o.name, o.country])).toEqual([['EU-Uzbekistan Cooperation Council', 'IGO']]);
  });

  it('near miss: a union before a dash and no head noun names no body', () => {
    expect(organizations('The ministers reviewed the EU-Uzbekistan partnership in Brussels.')).toEqual([]);
  });
});

describe('a company named by its kind and then by its own listed name is one company', () => {
  it('"the State Atomic Energy Corporation Rosatom" is one name, not two', () => {
    expect(organizations('The State Atomic Energy Corporation Rosatom signed the agreement in Moscow.')).toEqual(['State Atomic Energy Corporation Rosatom']);
  });

  it('near miss: initials after a company\'s name are a body of their own', () => {
    const names = organizations('Officials of the National Oil Company NATO and the ministry met in Oslo.');
    expect(names).toContain('NATO');
    expect(names).not.toContain('National Oil Company NATO');
  });
});

describe('capitalised words before a pair of states joined by a dash belong to the body', () => {
  it('"the Permanent Russian-Iranian Commission on Trade" keeps "Permanent" and is no one state\'s', () => {
    const rec = extract({ text: 'He met the co-chair of the Permanent Russian-Iranian Commission on Trade and Economic Cooperation in Tehran.', date: '2025-03-02', source: 'kremlin.ru' });
    expect(rec.organizations.map((o) => [o.name, o.country])).toEqual([['Permanent Russian-Iranian Commission on Trade and Economic Cooperation', null]]);
  });

  it('near miss: a word that opens the sentence and names nothing stays out', () => {
    expect(organizations('Yesterday Russia-Belarus Business Council members met in Minsk.')).toEqual(['Russia-Belarus Business Council']);
  });
});

describe('a body’s name at the head of a sentence', () => {
  it('an adjective of its reach ("National", "Federal") opens the name there too', () => {
    expect(organizations('National Assembly deputies met the delegation from Hanoi.')).toContain('National Assembly');
    const rec = extract({ text: 'Federal Assembly Chairman Anna Berg received the delegation.', date: '2025-03-02' });
    expect(rec.people.map((p) => [p.name, p.title])).toEqual([['Anna Berg', 'Federal Assembly Chairman']]);
  });

  it('near miss: a holder’s rank or a sentence adverb stays out of the body’s name', () => {
    expect(organizations('Senior Ministry officials met the delegation from Hanoi.')).not.toContain('Senior Ministry');
    const rec = extract({ text: 'Former Parliament Speaker Anna Berg received the delegation.', date: '2025-03-02' });
    expect(rec.people.map((p) => p.title)).toEqual(['Parliament Speaker']);
  });
});

describe('"Concern" heads a company\'s name as "Corporation" does', () => {
  it('"the Kalashnikov Concern" is a company', () => {
    expect(organizations('The Kalashnikov Concern showed its new rifles in Abu Dhabi on 20 February.')).toContain('Kalashnikov Concern');
  });
  it('near miss: the common noun at the head of a sentence names nothing', () => {
    expect(organizations('Concern was expressed about rising prices in Stockholm on 1 March.')).toEqual([]);
  });
});

describe('the Gulf states\' news agencies are organisations', () => {
  it('"(WAM)" and "SPA" in a dateline, "told QNA", "the Kuwait News Agency" name the agency', () => {
    expect(organizations('ABU DHABI, 4 May 2025 (WAM) -- President Mohamed bin Zayed Al Nahyan received Prime Minister Narendra Modi.')).toContain('WAM');
    expect(organizations('Riyadh, 3 March 2026, SPA -- Prince Faisal bin Farhan received Foreign Minister Samuel Ablakwa.')).toContain('SPA');
    expect(organizations('Sheikh Tamim bin Hamad Al-Thani told QNA that talks would go on.')).toContain('QNA');
    expect(organizations('The minister spoke to the Kuwait News Agency after the meeting.')).toContain('Kuwait News Agency');
  });

  it('near miss: a lower-case "spa" or "wam" is no agency', () => {
    expect(organizations('The minister visited a spa in Doha with Sheikh Tamim bin Hamad Al-Thani.')).toEqual([]);
    expect(organizations('The delegation heard the wam drums of the coast in Doha.')).toEqual([]);
  });
});

describe('a name in square brackets is an editor\'s gloss, not the text\'s naming', () => {
  it('"the ASEAN [Association of Southeast Asian Nations] context" gives the initials the text wrote', () => {
    const names = organizations('Josep Borrell met Vivian Balakrishnan in Brussels. In the ASEAN [Association of Southeast Asian Nations] context, we met in Bangkok.');
    expect(names).toContain('ASEAN');
    expect(names).not.toContain('Association of Southeast Asian Nations');
  });

  it('near miss: a name the text writes out before its initials in brackets stays the written-out one', () => {
    const names = organizations('Josep Borrell met Vivian Balakrishnan in Brussels. The Association of Southeast Asian Nations [ASEAN] met in Bangkok.');
    expect(names).toContain('Association of Southeast Asian Nations');
    expect(names).not.toContain('ASEAN');
  });
});
