import { describe, expect, it } from 'vitest';
import {
  countryByName, countryName, demonymToCountry, groupSector, organizationByName, personByName, personBySurname,
  placeByName, roleOfTitle, titleByWords,
} from '../src/lexicon/index.js';
import { lookupKey, singleSpaced } from '../src/lexicon/normalize.js';

describe('country lexicon', () => {
  it('knows our own variants and the i18n-iso-countries names', () => {
    const cases: [string, string][] = [
      ['Russia', 'RUS'], ['the United States', 'USA'], ['US', 'USA'], ['UK', 'GBR'], ['Britain', 'GBR'],
      ['South Korea', 'KOR'], ['Ivory Coast', 'CIV'], ["Côte d’Ivoire", 'CIV'], ['Belarus', 'BLR'],
      ['Russian Federation', 'RUS'], ['Lao People\'s Democratic Republic', 'LAO'], ['Czechia', 'CZE'], ['Kosovo', 'XKX'],
    ];
    for (const [name, iso3] of cases) expect(countryByName(name)?.iso3, name).toBe(iso3);
  });

  it('knows the official long names press releases use', () => {
    const cases: [string, string][] = [
      ['Federative Republic of Brazil', 'BRA'], ['Arab Republic of Egypt', 'EGY'], ['Republic of Türkiye', 'TUR'],
      ['Socialist Republic of Viet Nam', 'VNM'], ['Federal Democratic Republic of Ethiopia', 'ETH'], ['Union of the Comoros', 'COM'],
      ['Islamic Republic of Mauritania', 'MRT'], ['Kingdom of Morocco', 'MAR'], ['Republic of Kenya', 'KEN'],
    ];
    for (const [name, iso3] of cases) expect(countryByName(name)?.iso3, name).toBe(iso3);
    // Near misses: a "Republic of" that names no state, and the Palestinian Authority, which is a body, not a country.
    expect(countryByName('Republic of Atlantis')).toBeNull();
    expect(countryByName('Palestinian Authority')).toBeNull();
  });

  it('gives short canonical names', () => {
    expect(countryName('RUS')).toBe('Russia');
    expect(countryName('USA')).toBe('United States');
    expect(countryName('BLR')).toBe('Belarus');
    expect(countryName('ZZZ')).toBeNull();
  });

  it('maps demonyms and people nouns to countries', () => {
    const cases: [string, string][] = [
      ['Belarusian', 'BLR'], ['Russian', 'RUS'], ['Chinese', 'CHN'], ['Russians', 'RUS'], ['Iraqis', 'IRQ'],
      ['Britons', 'GBR'], ['Kazakh', 'KAZ'], ['Ukrainian', 'UKR'], ['Emirati', 'ARE'],
    ];
    for (const [w, iso3] of cases) expect(demonymToCountry(w), w).toBe(iso3);
    expect(demonymToCountry('Siberian')).toBeNull();
    expect(demonymToCountry('table')).toBeNull();
  });
});

describe('place lexicon', () => {
  it('expands administrative suffixes to their usual English variants', () => {
    expect(placeByName('Irkutsk Region')).toMatchObject({ name: 'Irkutsk Oblast', kind: 'region', country: 'RUS' });
    expect(placeByName('Irkutsk oblast')?.name).toBe('Irkutsk Oblast');
    expect(placeByName('Krasnoyarsk Territory')?.name).toBe('Krasnoyarsk Krai');
    expect(placeByName('Tatarstan')?.name).toBe('Republic of Tatarstan');
    expect(placeByName('Mogilev Region')?.country).toBe('BLR');
    expect(placeByName('Almaty Oblast')?.country).toBe('KAZ');
    expect(placeByName('Siberia')).toMatchObject({ kind: 'other', country: 'RUS' });
    expect(placeByName('Bavaria')?.country).toBe('DEU');
    expect(placeByName('Sichuan')?.country).toBe('CHN');
    expect(placeByName('Kerala')?.country).toBe('IND');
    expect(placeByName('Ontario')?.country).toBe('CAN');
    expect(placeByName('Texas')?.country).toBe('USA');
    expect(placeByName('Lviv Oblast')?.country).toBe('UKR');
  });

  it('does not invent places', () => {
    expect(placeByName('Irkutsk Ministry')).toBeNull();
  });
});

describe('organisation lexicon', () => {
  it('codes international bodies', () => {
    expect(organizationByName('NATO')).toMatchObject({ code: 'IGO' });
    expect(organizationByName('Eurasian Economic Union')?.code).toBe('IGO');
    expect(organizationByName('EAEU')?.code).toBe('IGO');
    expect(organizationByName('European Commission')).toMatchObject({ code: 'EUR', sector: 'GOV' });
    expect(organizationByName('UNICEF')?.code).toBe('UNO');
    expect(organizationByName('Human Rights Watch')?.code).toBe('NGO');
  });

  it('lists news outlets as media, and the Palestinian Authority as a government', () => {
    for (const name of ['Vietnam News Agency', 'VNA', 'Nhan Dan', 'Tanjug', 'Reuters', 'BelTA']) {
      expect(organizationByName(name)?.sector, name).toBe('JRN');
    }
    expect(organizationByName('Palestinian Authority')).toMatchObject({ code: 'PSE', sector: 'GOV' });
    // Near miss: the acronym only in capitals.
    expect(organizationByName('Vna')).toBeNull();
  });

  it('matches acronyms only in capitals', () => {
    expect(organizationByName('WHO')?.code).toBe('UNO');
    expect(organizationByName('who')).toBeNull();
    expect(organizationByName('Who')).toBeNull();
  });
});

describe('titles, groups and people', () => {
  it('gives titles their sector and role', () => {
    expect(titleByWords('President')).toMatchObject({ title: 'President', sector: 'GOV', role: 'hos' });
    expect(titleByWords('prime minister')).toMatchObject({ sector: 'GOV', role: 'hog' });
    expect(titleByWords('Speaker')?.sector).toBe('LEG');
    expect(titleByWords('General')?.sector).toBe('MIL');
    expect(titleByWords('Patriarch')?.sector).toBe('REL');
    expect(titleByWords('Minister of Foreign Affairs')?.title).toBe('Foreign Minister');
    expect(roleOfTitle('President of Belarus')).toBe('hos');
    expect(roleOfTitle('Governor of Irkutsk Oblast')).toBeNull();
  });

  it('maps group nouns to sectors', () => {
    expect(groupSector('police')).toBe('COP');
    expect(groupSector('troops')).toBe('MIL');
    expect(groupSector('lawmakers')).toBe('LEG');
    expect(groupSector('rebels')).toBe('REB');
    expect(groupSector('teapots')).toBeNull();
  });

  it('finds listed figures by name and by unambiguous surname', () => {
    expect(personByName('Vladimir Putin')).toMatchObject({ country: 'RUS', sector: 'GOV' });
    expect(personBySurname('Lukashenko')?.country).toBe('BLR');
    expect(personBySurname('Bush', 'President')?.country).toBe('USA');
    expect(personBySurname('Nobodyknowsme')).toBeNull();
  });

  it('finds a listed figure whose name is hyphenated otherwise, and no one for other words', () => {
    expect(personByName('Abdel-Fattah El-Sisi')?.country).toBe('EGY');
    // Near miss: the same hyphen in a name of other words finds no one.
    expect(personByName('Abdel-Karim El-Sisi')).toBeNull();
  });

  it('folds accents and apostrophes in look-up keys', () => {
    expect(lookupKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(lookupKey('  Irkutsk\n Oblast ')).toBe('irkutsk oblast');
  });
  it('collapses white space in phrases as /\\s+/g does, and leaves single-spaced words alone', () => {
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const texts = ['Foreign Minister', ' Foreign  Minister ', 'Irkutsk\nOblast', '', ' ', 'Côte d’Ivoire', 'a\u200bb', 'x\u00a0 y'];
    for (const c of spaces) texts.push(`Prime${c}Minister`, `${c}${c}Prime Minister${c}`);
    for (const text of texts) expect(singleSpaced(text)).toBe(text.replace(/\s+/g, ' '));
    // Every UTF-16 code unit, alone and doubled between words: none that the expression collapses is missed.
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `a ${ch}b`, `a${ch}${ch}b`]) if (singleSpaced(text) !== text.replace(/\s+/g, ' ')) expect(text).toBe(`code unit ${c} read as the expression reads it`);
    }
    const plain = 'State Secretary of Foreign Affairs';
    expect(singleSpaced(plain)).toBe(plain);
  });
});

describe('styles of the peerage', () => {
  it('lists the styles that stand in a peer\'s name, and they are honorifics too', async () => {
    const { wordLists } = await import('../src/lexicon/words.js');
    const { peerageStyles, honorifics } = wordLists();
    for (const style of ['lord', 'baroness', 'viscount']) {
      expect(peerageStyles.has(style)).toBe(true);
      expect(honorifics.has(style)).toBe(true);
    }
    // Near miss: a knight's or a commoner's style is no peer's.
    expect(peerageStyles.has('sir')).toBe(false);
    expect(peerageStyles.has('mr')).toBe(false);
  });
});
