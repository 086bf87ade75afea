import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { validateRecord } from '../eval/contract.js';

const held = (text: string, title: string | null) => {
  const rec = extract({ text, title, date: '2024-03-12', source: 'U.S. Department of State' });
  expect(validateRecord(rec, text)).toEqual([]);
  return (rec.meetings ?? []).filter((m) => m.status === 'held').map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
};

describe('the meeting a headline names', () => {
  it('a readout whose body gives the guest only as "his counterpart" takes the guest the headline names, as the body spells the name', () => {
    const text = 'Secretary Daniel Harper met today in Washington with his Kenyan counterpart.\n\nThey discussed Haiti and Sudan. Joseph Kamau has served as Cabinet Secretary for Foreign Affairs since 2022.';
    expect(held(text, null)).toEqual(['Daniel Harper']);
    expect(held(text, "Readout of Secretary Harper's Meeting with Kenyan Cabinet Secretary Kamau")).toEqual(['Daniel Harper + Joseph Kamau']);
  });

  it('a headline meeting the body tells no meeting of is anchored to its participants in the body', () => {
    const text = 'The two leaders discussed energy and transit.\n\nPresident Ivo Kral thanked Prime Minister Ana Sola for the invitation to Ljubljana.';
    expect(held(text, null)).toEqual([]);
    expect(held(text, 'Telephone conversation between President Ivo Kral and Prime Minister Ana Sola')).toEqual(['Ana Sola + Ivo Kral']);
  });

  it('near miss: a person only the headline names is no participant, and a body that tells only of a plan makes the headline\'s meeting none', () => {
    expect(held('The Governor briefed the President on the heating season.', 'Meeting with Governor of Tomsk Region Pavel Orlov')).toEqual([]);
    expect(held('Secretary Daniel Harper will meet Cabinet Secretary Joseph Kamau in Washington tomorrow.', "Secretary Harper's Meeting with Cabinet Secretary Kamau")).toEqual([]);
  });

  it('near miss: a meeting the body already gives its participants is not told twice', () => {
    const text = 'Secretary Daniel Harper met Cabinet Secretary Joseph Kamau in Washington today.';
    expect(held(text, "Readout of Secretary Harper's Meeting with Cabinet Secretary Kamau")).toEqual(['Daniel Harper + Joseph Kamau']);
    expect(extract({ text, title: "Readout of Secretary Harper's Meeting with Cabinet Secretary Kamau" }).meetings).toHaveLength(1);
  });
});

/** The held meetings of a release with a headline, each as its participants' names. */
const heldFrom = (source: string, text: string, title: string) =>
  (extract({ text, title, date: '2024-03-12', source }).meetings ?? []).filter((m) => m.status === 'held')
    .map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();

describe('a headline that opens with its meeting noun, in a president\'s own release', () => {
  const title = 'Telephone conversation with Prime Minister of Latvia Karl Berg';
  const text = 'A telephone conversation took place with Prime Minister of Latvia Karl Berg.\n\nKarl Berg thanked President of Estonia Ivo Tamm for the help of Estonian rescuers during the floods.';

  it('"Telephone conversation with X" names no one who holds it: the issuing president, named in the body, is the other party', () => {
    expect(heldFrom('Office of the President of Estonia', text, title)).toEqual(['Ivo Tamm + Karl Berg']);
  });

  it('near miss: a ministry\'s release, a president the body never names, or one who heads a body and not the state adds no one', () => {
    expect(heldFrom('Ministry of Foreign Affairs of Estonia', text, title)).toEqual(['Karl Berg']);
    expect(heldFrom('Office of the President of Estonia', 'A telephone conversation took place with Prime Minister of Latvia Karl Berg.\n\nThe President thanked him for the help of Latvian rescuers.', title)).toEqual(['Karl Berg']);
    expect(heldFrom('Office of the President of Estonia', 'A telephone conversation took place with Prime Minister of Latvia Karl Berg.\n\nKarl Berg thanked President of the Estonian Academy of Sciences Ivo Tamm for the report.', title)).toEqual(['Karl Berg']);
  });
});

describe('a headline that opens with its meeting noun, in a head of government\'s own release', () => {
  const title = 'Meeting with Mayor of Tartu Jaan Lepp';
  const text = 'A meeting took place with Mayor of Tartu Jaan Lepp.\n\nJaan Lepp thanked Prime Minister of Estonia Kaja Ilves for the support given to the city.';

  it('"Meeting with X" in the government\'s or the prime minister\'s release: the prime minister the body names is the other party', () => {
    expect(heldFrom('Government of the Republic of Estonia', text, title)).toEqual(['Jaan Lepp + Kaja Ilves']);
    expect(heldFrom('government.ee', text, title)).toEqual(['Jaan Lepp + Kaja Ilves']);
    expect(heldFrom('Office of the Prime Minister of Estonia', text, title)).toEqual(['Jaan Lepp + Kaja Ilves']);
  });

  it('near miss: a deputy prime minister\'s office, or a body naming only a deputy prime minister, adds no one', () => {
    expect(heldFrom('Office of the Deputy Prime Minister of Estonia', text, title)).toEqual(['Jaan Lepp']);
    expect(heldFrom('Government of the Republic of Estonia', 'A meeting took place with Mayor of Tartu Jaan Lepp.\n\nJaan Lepp thanked Deputy Prime Minister of Estonia Kaja Ilves for the support given to the city.', title)).toEqual(['Jaan Lepp']);
  });
});
