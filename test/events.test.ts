import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventLexicon, eventLexicon } from '../src/stages/events/lexicon.js';
import { inflections } from '../src/stages/events/inflect.js';
import { codeEvents } from '../src/stages/events/code.js';
import { buildDoc, code, type PartySpec } from './fixtures/events/build.js';

// Parties for the hand-written sentences below (facts only: names and country codes).
const P: PartySpec[] = [
  { text: 'Norway', country: 'NOR' }, { text: 'Norwegian', country: 'NOR', actor: 'Norway', form: 'demonym' },
  { text: 'Chile', country: 'CHL' }, { text: 'Chilean', country: 'CHL', actor: 'Chile', form: 'demonym' },
  { text: 'Kenya', country: 'KEN' }, { text: 'Kenyan', country: 'KEN', actor: 'Kenya', form: 'demonym' },
  { text: 'Peru', country: 'PER' }, { text: 'Ghana', country: 'GHA' }, { text: 'Vietnam', country: 'VNM' },
  { text: 'Nepal', country: 'NPL' }, { text: 'Mongolia', country: 'MNG' }, { text: 'Tunisia', country: 'TUN' },
  { text: 'Ecuador', country: 'ECU' }, { text: 'Bolivia', country: 'BOL' },
  { text: 'World Bank', country: 'IGO' }, { text: 'United Nations', country: 'UNO' },
  { text: 'Maria Lund', country: 'NOR', type: 'person', sector: 'GOV' },
  { text: 'Tomas Vidal', country: 'CHL', type: 'person', sector: 'GOV' },
  { text: 'Lima', country: 'PER', type: 'place' }, { text: 'Nairobi', country: 'KEN', type: 'place' },
  { text: 'Chilean police', country: 'CHL', sector: 'COP' }, { text: 'Kenyan farmers', country: 'KEN', sector: 'AGR' },
  { text: 'Chilean hackers', country: 'CHL', sector: 'CRM' },
];

const one = (text: string, options: { date?: string } = {}) => code(text, P, options).summary;

describe('events: each PLOVER type codes from general news wording', () => {
  const cases: [string, string][] = [
    ['Norway and Chile agreed to expand trade in copper.', 'AGREE Norway+Chile>'],
    ['Norway offered to send engineers to Kenya.', 'AGREE Norway>Kenya'],
    ['Maria Lund met with Tomas Vidal in Lima on 3 March.', 'CONSULT Maria Lund>Tomas Vidal'],
    ['Tomas Vidal visited Nairobi last week.', 'CONSULT Tomas Vidal>Nairobi'],
    ['Maria Lund held talks with Tomas Vidal.', 'CONSULT Maria Lund>Tomas Vidal'],
    ['Maria Lund praised Kenya for its reforms.', 'SUPPORT Maria Lund>Kenya'],
    ['Norway and Peru signed an agreement on fisheries.', 'SUPPORT Norway+Peru>'],
    ['Chile lifted the curfew in Lima.', 'CONCEDE Chile>Lima'],
    ['Peru extradited two suspects to Chile.', 'COOPERATE Peru>Chile'],
    ['The World Bank gave Nepal a loan of 40 million dollars.', 'AID World Bank>Nepal'],
    ['Kenya released 12 prisoners from Ghana.', 'RETREAT Kenya>Ghana'],
    ['Vietnam withdrew its troops from Mongolia.', 'RETREAT Vietnam>Mongolia'],
    ['The United Nations urged Ecuador to free the journalists.', 'REQUEST United Nations>Ecuador'],
    ['Tunisia demanded that Bolivia pay its debts.', 'REQUEST Tunisia>Bolivia'],
    ['Norway condemned Kenya over the arrests.', 'ACCUSE Norway>Kenya'],
    ['Peru accused Chile of spying.', 'ACCUSE Peru>Chile'],
    ['Ghana rejected a proposal from Tunisia.', 'REJECT Ghana>Tunisia'],
    ['Bolivia threatened to cut off gas supplies to Chile.', 'THREATEN Bolivia>Chile'],
    ['Kenyan farmers demonstrated in Nairobi on Friday.', 'PROTEST Kenyan farmers>Nairobi'],
    ['Norway expelled two Chilean diplomats.', 'SANCTION Norway>Chile'],
    ['Norway imposed sanctions on Peru.', 'SANCTION Norway>Peru'],
    ['Mongolia deployed troops to the border with Vietnam.', 'MOBILIZE Mongolia>Vietnam'],
    ['Chilean police arrested 30 Kenyan farmers.', 'COERCE Chilean police>Kenyan farmers'],
    ['Vietnam attacked Mongolia on Sunday.', 'ASSAULT Vietnam>Mongolia'],
    ['Peru shelled positions held by Ecuador.', 'ASSAULT Peru>Ecuador'],
    ['Kenyan farmers staged a sit-in outside the parliament in Nairobi.', 'PROTEST Kenyan farmers>Nairobi'],
    ['Chile declared a cease-fire in the north.', 'CONCEDE Chile>'],
    ['Ghana returned 14 prisoners to Tunisia.', 'RETREAT Ghana>Tunisia'],
    ['Tunisia demanded that Bolivia release two Chilean citizens.', 'REQUEST Tunisia>Bolivia'],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(one(text)).toEqual([expected]);
    });
  }
});

describe('events: negation, modality, passive, reported speech, compound actors', () => {
  it('a negated act codes nothing', () => {
    expect(one('Vietnam did not attack Mongolia.')).toEqual([]);
    expect(one('Norway and Chile did not agree on the terms.')).toEqual([]);
    expect(one('Norway never praised Kenya.')).toEqual([]);
  });
  it('"refused to meet" is REJECT, not CONSULT', () => {
    expect(one('Maria Lund refused to meet Tomas Vidal.')).toEqual(['REJECT Maria Lund>Tomas Vidal']);
  });
  it('"will not" do something is a refusal; "did not" is nothing', () => {
    expect(one('Norway will not impose sanctions on Peru.')).toEqual(['REJECT Norway>Peru']);
    expect(one('Norway did not impose sanctions on Peru.')).toEqual([]);
    expect(one('Vietnam will not attack Mongolia.')).toEqual([]);
  });
  it('a speech act in a participle clause after a comma belongs to the subject of the sentence', () => {
    expect(one('Norway said on Monday that talks had stalled, criticising Chile for the delay.')).toEqual(['ACCUSE Norway>Chile']);
    expect(one('Kenyan farmers demonstrated in Nairobi, blocking roads near Lima.')).toEqual(['PROTEST Kenyan farmers>Nairobi']);
  });
  it('a negated acceptance is a rejection', () => {
    expect(one('Ghana said it would not accept the plan from Tunisia.')).toEqual(['REJECT Ghana>Tunisia']);
  });
  it('promises and offers of material help are AGREE, not AID', () => {
    expect(one('Norway will give Kenya a grant of 5 million dollars.')).toEqual(['AGREE Norway>Kenya']);
    expect(one('Norway is ready to provide aid to Kenya.')).toEqual(['AGREE Norway>Kenya']);
    expect(one('Norway promised to provide aid to Kenya.')).toEqual(['AGREE Norway>Kenya']);
    const e = code('Norway will give Kenya a grant of 5 million dollars.', P).events[0]!;
    expect(e.mode).toBe('offer');
  });
  it('a future visit is AGREE; a future attack is THREATEN', () => {
    expect(one('Maria Lund will visit Lima in June.')).toEqual(['AGREE Maria Lund>Lima']);
    expect(one('Vietnam will attack Mongolia unless it withdraws.')).toEqual(['THREATEN Vietnam>Mongolia']);
    expect(one('Bolivia vowed to attack Chile.')).toEqual(['THREATEN Bolivia>Chile']);
  });
  it('an infinitive of purpose is not a second event', () => {
    expect(one('Chile opened fire to disperse the crowd.')).toEqual(['ASSAULT Chile>']);
  });
  it('speculation about cooperation codes nothing', () => {
    expect(one('Norway may send aid to Kenya.')).toEqual([]);
  });
  it('passive voice swaps source and target', () => {
    expect(one('Mongolia was attacked by Vietnam.')).toEqual(['ASSAULT Vietnam>Mongolia']);
    expect(one('Two Kenyan farmers were arrested by Chilean police.')).toEqual(['COERCE Chilean police>Kenyan farmers']);
    expect(one('Tomas Vidal was received by Maria Lund.')).toEqual(['CONSULT Maria Lund>Tomas Vidal']);
  });
  it('a passive without an agent has a target only', () => {
    expect(one('Three Kenyan farmers were killed on Monday.')).toEqual(['ASSAULT >Kenyan farmers']);
  });
  it('reported speech: the speaker is not the source', () => {
    expect(one('Norway said Vietnam attacked Mongolia.')).toEqual(['ASSAULT Vietnam>Mongolia']);
    expect(one('Vietnam attacked Mongolia, Norway said on Tuesday.')).toEqual(['ASSAULT Vietnam>Mongolia']);
  });
  it('"X said Y must ..." is a demand by X on Y', () => {
    expect(one('Norway said on Tuesday that Kenya must release the journalists.')).toEqual(['REQUEST Norway>Kenya']);
  });
  it('a pronoun subject takes the party of the reporting clause', () => {
    expect(one('Ghana said it had expelled two Chilean diplomats.')).toEqual(['SANCTION Ghana>Chile']);
  });
  it('compound actors: all parties are sources, no target', () => {
    expect(one('Norway and Peru held talks on Tuesday.')).toEqual(['CONSULT Norway+Peru>']);
    expect(one('Senior Norwegian and Chilean officials agreed to cooperate.')).toEqual(['AGREE Norway+Chile>']);
  });
  it('a party after a verb or preposition, then a comma, is no subject of the next clause', () => {
    expect(one('Norway met Peru in Lima, and Chile held talks with Ghana.')).toEqual(['CONSULT Norway>Peru', 'CONSULT Chile>Ghana']);
    expect(one('In talks with Peru, Norway praised Ghana.')).toEqual(['SUPPORT Norway>Ghana']);
    // Near miss: items of a list after a preposition stay together.
    expect(one('Farmers from Kenya, Chile and Peru held talks with Ghana.')).toEqual(['CONSULT Kenya+Chile+Peru>Ghana']);
  });
  it('several targets are all kept', () => {
    expect(one('Norway imposed sanctions on Peru, Bolivia and Ecuador.')).toEqual(['SANCTION Norway>Peru+Bolivia+Ecuador']);
  });
  it('an elided subject after "but" is the first subject of the sentence', () => {
    expect(one('Kenya released 12 prisoners from Ghana but refused to free Peru\'s envoy.')).toEqual([
      'RETREAT Kenya>Ghana', 'REJECT Kenya>Peru',
    ]);
  });
  it('an appositive between subject and verb is skipped', () => {
    expect(one('Ghana, a close ally of Norway, rejected the plan from Tunisia.')).toEqual(['REJECT Ghana>Tunisia']);
  });
  it('first-person pronouns in a quote are the speaker', () => {
    const text = 'Maria Lund spoke to reporters. "We will provide aid to Kenya," she said.';
    const r = code(text, P, { quotes: [{ text: 'We will provide aid to Kenya,', speaker: 'Maria Lund' }] });
    expect(r.summary).toEqual(['AGREE Maria Lund>Kenya']);
  });
  it('an act reported in the present tense takes the document date; a past one without a date has none', () => {
    expect(code('Maria Lund meets Tomas Vidal in Lima.', P, { date: '2021-04-01' }).events[0]!.date).toBe('2021-04-01');
    expect(code('Maria Lund is visiting Lima.', P, { date: '2021-04-01' }).events[0]!.date).toBe('2021-04-01');
    expect(code('Maria Lund met Tomas Vidal in Lima.', P, { date: '2021-04-01' }).events[0]!.date).toBeNull();
    expect(code('Maria Lund will meet Tomas Vidal in Lima.', P, { date: '2021-04-01' }).events[0]!.date).toBeNull();
  });
  it('the date comes from the dates layer of the same sentence', () => {
    const r = code('Maria Lund met with Tomas Vidal on 25 September.', P, { date: '2020-09-30' });
    expect(r.events[0]!.date).toBe('2020-09-25');
    expect(r.events[0]!.mode).toBe('meet');
    expect(r.events[0]!.cameo).toBe('04');
  });
});

describe('events: diplomatic wording', () => {
  it('"called on" a person is a courtesy call; "called on" someone to act is a request', () => {
    expect(one('Maria Lund called on Tomas Vidal in Lima on Monday.')).toEqual(['CONSULT Maria Lund>Tomas Vidal']);
    expect(one('Maria Lund called on Tomas Vidal to release the prisoners.')).toEqual(['REQUEST Maria Lund>Tomas Vidal']);
  });
  it('a visit "for talks with" someone targets the person met, not the place', () => {
    expect(one('Maria Lund travelled to Lima for talks with Tomas Vidal.')).toEqual(['CONSULT Maria Lund>Tomas Vidal']);
  });
  it('talks reported in a prepositional phrase are a meeting', () => {
    expect(one('Maria Lund spoke to the press in Oslo after talks with Tomas Vidal.')).toEqual(['CONSULT Maria Lund>Tomas Vidal']);
  });
  it('welcoming a person is hosting; welcoming a decision or a person\'s statement is support', () => {
    expect(code('Maria Lund welcomed Tomas Vidal at the airport.', P).events.map((e) => `${e.type}/${e.mode}`)).toEqual(['CONSULT/host']);
    expect(code('Norway welcomed the decision of Chile.', P).events.map((e) => `${e.type}/${e.mode}`)).toEqual(['SUPPORT/praise']);
    expect(code("Norway welcomed Tomas Vidal's statement.", P).events.map((e) => `${e.type}/${e.mode}`)).toEqual(['SUPPORT/praise']);
  });
  it('"said on Sunday that" reports; it does not open a background clause', () => {
    expect(one('Maria Lund said on Sunday that she had agreed with Tomas Vidal on a new accord.')).toEqual(['AGREE Maria Lund>Tomas Vidal']);
  });
  it('an event in a clause after "after" is background, a noun after "after" is not', () => {
    expect(one('Norway recalled its ambassador from Chile after Chile expelled two Norwegian diplomats.')).toEqual(['SANCTION Norway>Chile']);
  });
  it('a title phrase that goes on to name a person targets the person', () => {
    const parties: PartySpec[] = [...P, { text: 'Lars Berg', country: 'NOR', type: 'person', sector: 'GOV' }];
    expect(code('Chile met the Ambassador of Norway to Peru, Mr Lars Berg, on Friday.', parties).summary).toEqual(['CONSULT Chile>Lars Berg']);
  });
});

describe('events: near misses code nothing', () => {
  const quiet = [
    'Kenya released a statement on the talks.',
    'Norway declined to comment on Chile.',
    'The visit of Maria Lund to Lima was discussed.',
    'Peru held elections in March.',
    'Tomas Vidal gave a speech in Lima.',
    'Norway demonstrated its commitment to Kenya.',
    'Trade between Norway and Chile was discussed.',
    'Kenya will hold a press conference.',
    'The first minister to visit Lima was Maria Lund.',
    'Kenya backed away from the stage in Nairobi.',
    'Norway is a free trade partner of Chile.',
    'Chile suffered a heart attack of prices.',
    'Ecuador, where Peru attacked a village in 1995, is calm.',
  ];
  for (const text of quiet) {
    it(text, () => {
      expect(one(text)).toEqual([]);
    });
  }
  it('no actor, no event', () => {
    expect(one('Officials agreed to expand cooperation.')).toEqual([]);
  });
  it('an unknown actor acting on a known one codes nothing (the source would be a guess)', () => {
    expect(one('Gunmen attacked Kenya on Monday.')).toEqual([]);
    // With no meeting reported before it, "the two" names no one.
    expect(one('The two agreed to boost trade with Chile.')).toEqual([]);
    expect(one('Officials from the two countries agreed to boost trade with Chile.')).toEqual([]);
  });
});

describe('events: calls claimed by the next sentence', () => {
  it('"It is necessary to ... . X made the statement" is X\'s AGREE', () => {
    expect(one('It is necessary to expand cooperation in energy. Maria Lund made the statement in Lima.')).toEqual(['AGREE Maria Lund>']);
  });
  it('near misses: no claimant, or a claimant of something else', () => {
    expect(one('It is necessary to expand cooperation in energy. Maria Lund arrived in Lima.')).toEqual(['CONSULT Maria Lund>Lima']);
    expect(one('Norway wants Kenya to expand cooperation. Maria Lund made the statement in Lima.')).not.toContain('AGREE Maria Lund>');
  });
});

describe('events: trade reported without its parties in the sentence', () => {
  it('takes the two sides of the meeting, or the two countries the sentence before names', () => {
    expect(one('Maria Lund held talks with Tomas Vidal. Bilateral trade grew by 12 percent.')).toEqual(['CONSULT Maria Lund>Tomas Vidal', 'COOPERATE Maria Lund+Tomas Vidal>']);
    expect(one('Kenya is a key market for Norway. Trade rose sharply last year.')).toEqual(['COOPERATE Kenya+Norway>']);
  });
  it('"trade between the two countries" after a meeting is between its parties', () => {
    expect(one('Peru met Vietnam on Monday. Trade between the two countries grew.')).toEqual(['CONSULT Peru>Vietnam', 'COOPERATE Peru+Vietnam>']);
  });
  it('"trade between X and Y amounted to ..." has both as sources, even with a verb right after Y', () => {
    expect(one('Maria Lund recalled that last year trade between Norway and Kenya amounted to 5 million dollars.')).toEqual(['COOPERATE Norway+Kenya>']);
    expect(one('Trade between Norway and Chile fell by 4 percent.')).toEqual(['COOPERATE Norway+Chile>']);
  });
  it('"Our trade grew," said at a meeting, is the trade of both sides', () => {
    expect(one('Maria Lund held talks with Tomas Vidal. “Our trade grew by 12 percent last year,” Maria Lund said.')).toEqual([
      'CONSULT Maria Lund>Tomas Vidal',
      'COOPERATE Maria Lund+Tomas Vidal>',
    ]);
  });
  it('near misses: one country, or three', () => {
    expect(one('Kenya is a key market. Trade rose sharply last year.')).toEqual([]);
    expect(one('Kenya, Peru and Norway are key markets. Trade rose sharply last year.')).toEqual([]);
  });
});

describe('events: more wordings', () => {
  it('working with a party is COOPERATE, and AGREE when only offered', () => {
    expect(one('Norway worked with Kenya to build a port.')).toEqual(['COOPERATE Norway>Kenya']);
    expect(one('Norway is ready to work with Kenya on the port.')).toEqual(['AGREE Norway>Kenya']);
    expect(one('Many engineers work with Norway.')).toEqual([]);
  });
  it('signing a joint statement is SUPPORT (sign); "a signed statement" is not', () => {
    expect(one('Norway and Kenya signed a joint statement.')).toEqual(['SUPPORT Norway+Kenya>']);
    expect(one('In a signed statement, Norway said it was concerned.')).toEqual([]);
  });
  it('"after the telephone conversation" is with the one the speaker last dealt with', () => {
    expect(one('Maria Lund said she had agreed with Tomas Vidal on a contract. Maria Lund spoke to reporters after the telephone conversation.')).toEqual([
      'AGREE Maria Lund>Tomas Vidal',
      'CONSULT Maria Lund>Tomas Vidal',
    ]);
  });
});

describe('events: dates that bound a period are not when the act happened', () => {
  it('"a road map for 2019-2021", "by the end of 2025" give no date; "on 3 May" does', () => {
    const dates = (text: string) => code(text, P, { date: '2021-05-05' }).events.map((e) => e.date);
    expect(dates('Norway and Kenya signed a road map for 2019-2021.')).toEqual([null]);
    expect(dates('Norway and Kenya agreed to double trade by the end of 2025.')).toEqual([null]);
    expect(dates('Norway and Kenya signed a road map for 2019-2021 on 3 May.')).toEqual(['2021-05-03']);
  });
});

describe('events: dates from the lead', () => {
  it('the parties\' later acts take the date of the dated lead event; others do not', () => {
    const r = code('Maria Lund and Tomas Vidal agreed on 3 March to expand trade. Maria Lund met Tomas Vidal in Lima. Norway criticised Kenya.', P, { date: '2021-03-04' });
    expect(r.events.map((e) => `${e.type} ${e.date}`)).toEqual(['AGREE 2021-03-03', 'CONSULT 2021-03-03', 'ACCUSE null']);
  });
});

describe('events: condemning an attack', () => {
  it('the victim of the condemned act is not the one accused; the attacker after "by" is', () => {
    expect(one('Norway condemned the attack on the Kenyan embassy.')).toEqual(['ACCUSE Norway>']);
    expect(one('Norway condemned the attack on the Kenyan embassy by Chilean police.')).toEqual(['ACCUSE Norway>Chilean police']);
  });
  it('near miss: the one condemned for the attack stays the target', () => {
    expect(one('Norway condemned Kenya for the attack on the embassy.')).toEqual(['ACCUSE Norway>Kenya']);
  });
});

describe('events: meeting wordings of official releases', () => {
  it('courtesy calls, videoconferences and co-chaired sessions are CONSULT', () => {
    expect(one('Maria Lund paid a courtesy call on Tomas Vidal.')).toEqual(['CONSULT Maria Lund>Tomas Vidal']);
    expect(one('Maria Lund and Tomas Vidal held a videoconference.')).toEqual(['CONSULT Maria Lund+Tomas Vidal>']);
    expect(one('The ministers of Norway and Chile co-chaired a session of the joint commission.')).toEqual(['CONSULT Norway+Chile>']);
  });
  it('near misses: one side chairing its own meeting, a bill paid', () => {
    expect(one('Maria Lund chaired a meeting of the cabinet.')).toEqual([]);
    expect(one('The embassy of Norway paid all the costs.')).toEqual([]);
  });
});

describe('events: force with no one named is aimed at where it happens', () => {
  it('takes the place after "in"/"near" as the target', () => {
    expect(one('Chilean police opened fire on Monday in Lima.')).toEqual(['ASSAULT Chilean police>Lima']);
  });
  it('near misses: a named target wins; an agreement "in Lima" has no such target', () => {
    expect(one('Chilean police attacked Kenyan farmers in Lima.')).toEqual(['ASSAULT Chilean police>Kenyan farmers']);
    expect(one('Norway and Chile agreed to expand trade in Lima.')).toEqual(['AGREE Norway+Chile>']);
  });
});

describe('events: a state of emergency, defaced websites', () => {
  it('declaring a state of emergency or siege is coercion; the phrase only mentioned is not', () => {
    expect(one('Peru declared a state of emergency in Lima.')).toEqual(['COERCE Peru>Lima']);
    expect(one('Chile declared a state of siege in Nairobi.')).toEqual(['COERCE Chile>Nairobi']);
    expect(one('The state of emergency in Lima was discussed by Peru.')).toEqual([]);
  });
  it('defacing or hacking a ministry\'s websites is coercion; cutting a path through a site is not', () => {
    expect(one('Chilean hackers defaced the websites of Peru.')).toEqual(['COERCE Chilean hackers>Peru']);
    expect(one('Kenyan farmers hacked a path through the site in Nairobi.')).toEqual([]);
  });
});

describe('events: notes of protest', () => {
  it('handing a note of protest is ACCUSE (disapprove); a plain note is not', () => {
    expect(one('Norway handed a note of protest to the Ambassador of Kenya.')).toEqual(['ACCUSE Norway>Kenya']);
    expect(one('Norway sent a note to Kenya about the visit.')).toEqual([]);
  });
});

describe('events: aid announced', () => {
  it('announcing or approving a grant, loan or aid package is AID', () => {
    expect(one('Norway announced a grant of 2 million dollars for Kenya.')).toEqual(['AID Norway>Kenya']);
    expect(one('Norway approved a new aid package for Kenya.')).toEqual(['AID Norway>Kenya']);
  });
  it('near misses: announcing plans, or a grant only mentioned', () => {
    // Announcing plans may be a stated will to cooperate (AGREE); it gives no aid.
    expect(one('Norway announced plans to build a port in Kenya.').filter((e) => e.startsWith('AID'))).toEqual([]);
    expect(one('The grant announcement by Norway was delayed.')).toEqual([]);
  });
});

describe('events: the parties of a meeting', () => {
  it('"the two", "the sides", "the ministers" after a meeting are its parties, acting together', () => {
    expect(one('Vietnam met Peru, and the two agreed to boost trade with Chile.')).toEqual(['CONSULT Vietnam>Peru', 'AGREE Vietnam+Peru>Chile']);
    expect(one('Peru met Vietnam on Monday. The ministers signed a trade agreement.')).toEqual(['CONSULT Peru>Vietnam', 'SUPPORT Peru+Vietnam>']);
    expect(one('Maria Lund held talks with Tomas Vidal of Chile. The economy was discussed. Both sides agreed to expand cooperation.')).toEqual([
      'CONSULT Maria Lund>Tomas Vidal',
      'AGREE Maria Lund+Tomas Vidal>',
    ]);
  });
  it('"X said the leaders had agreed": the leaders are the ones who just acted together, not X', () => {
    expect(one('Norway and Chile signed a joint statement. Maria Lund said the leaders had agreed on the rules.')).toEqual([
      'SUPPORT Norway+Chile>',
      'AGREE Norway+Chile>',
    ]);
    expect(one('Maria Lund said the leaders had agreed on the rules.')).toEqual([]);
  });
  it('"They" opening the sentence right after a meeting are its parties', () => {
    expect(one('Maria Lund held talks with Tomas Vidal. They agreed to expand cooperation.')).toEqual(['CONSULT Maria Lund>Tomas Vidal', 'AGREE Maria Lund+Tomas Vidal>']);
    // Two sentences on, "they" may be anyone.
    expect(one('Maria Lund held talks with Tomas Vidal. The weather was warm. They agreed to expand cooperation.')).toEqual(['CONSULT Maria Lund>Tomas Vidal']);
  });
  it('near misses: a phrase after a preposition, or no meeting before it', () => {
    expect(one('Peru met Vietnam on Monday. Officials of the two countries signed a trade agreement.')).toEqual(['CONSULT Peru>Vietnam']);
    expect(one('The sides signed a trade agreement.')).toEqual([]);
  });
});

describe('events: arguments around participles and reporting clauses', () => {
  it('"met with visiting X": the participle describes the one met', () => {
    expect(one('Maria Lund met with visiting Chilean minister Tomas Vidal in Lima.')).toEqual(['CONSULT Maria Lund>Tomas Vidal']);
  });
  it('", pledging to ...": the participle clause takes the main clause subject, not a dateline', () => {
    expect(one('LIMA -- Maria Lund met with Tomas Vidal, pledging to deepen cooperation.')).toEqual(['CONSULT Maria Lund>Tomas Vidal', 'AGREE Maria Lund>']);
  });
  it('", Minister X announced": the reporting clause is not the target', () => {
    expect(one('Norway pledged 10 million dollars in aid to Kenya, Minister Maria Lund announced.')).toEqual(['AGREE Norway>Kenya']);
  });
});

describe('events: record shape', () => {
  it('evidence covers the trigger and argument mentions and lies inside the sentence', () => {
    const r = code('Maria Lund met with Tomas Vidal on 25 September.', P);
    const e = r.events[0]!;
    const s = r.doc.layer('sentences')[e.sentence]!;
    expect(r.doc.slice(e.trigger)).toBe('met with');
    expect(e.trigger.text).toBe('met with');
    for (const sp of e.evidence) {
      expect(sp.start).toBeGreaterThanOrEqual(s.start);
      expect(sp.end).toBeLessThanOrEqual(s.end);
    }
    expect(e.evidence.map((sp) => r.doc.slice(sp))).toEqual(['Maria Lund', 'met', 'with', 'Tomas Vidal', '25 September']);
    expect(e.rule).toMatch(/^patterns\.tsv:\d+/);
  });
});

describe('events: lexicon', () => {
  it('loads, and every pattern has a type or is a blocker', () => {
    const lex = eventLexicon();
    expect(lex.patterns.length).toBeGreaterThan(150);
    for (const p of lex.patterns) expect(p.elements.length).toBeGreaterThan(0);
  });
  it('rejects a bad line with its line number', () => {
    expect(() => buildEventLexicon('attack\tATTACK\t\t18\t\n', '', '{}')).toThrow(/patterns\.tsv:1/);
    expect(() => buildEventLexicon('attack\tASSAULT\t\t18\tweird\n', '', '{}')).toThrow(/unknown flag/);
  });
  it('inflects regular and irregular verbs', () => {
    const irr = new Map([['meet', ['met']]]);
    expect(inflections('agree', irr)).toEqual(expect.arrayContaining(['agree', 'agrees', 'agreed', 'agreeing']));
    expect(inflections('ban', irr)).toEqual(expect.arrayContaining(['bans', 'banned', 'banning']));
    expect(inflections('meet', irr)).toEqual(expect.arrayContaining(['met', 'meeting', 'meets']));
    expect(inflections('rally', irr)).toEqual(expect.arrayContaining(['rallies', 'rallied', 'rallying']));
  });
  it('property: every form a word inflects to keeps the word less its last two letters', () => {
    // Only the ending changes ("die" -> "dying", "stop" -> "stopped"), never the stem before it.
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{3,10}$/), (w) => {
      const stem = w.slice(0, w.length - 2);
      for (const f of inflections(w, new Map())) expect(f.startsWith(stem)).toBe(true);
    }));
  });
});

describe('events: the one stood in for is no party', () => {
  it('"Instead of A, B met C", "In place of A, B met C": A is not the actor of the clause', () => {
    expect(one('Instead of Maria Lund, Tomas Vidal met the World Bank in Lima.')).toEqual(['CONSULT Tomas Vidal>World Bank']);
    expect(one('In place of Maria Lund, Tomas Vidal and Chile met the World Bank in Lima.')).toEqual(['CONSULT Tomas Vidal+Chile>World Bank']);
  });
  it('near-miss: a list set off by commas before the verb is still coordinated subjects', () => {
    expect(one('Maria Lund, Tomas Vidal and Chile met the World Bank in Lima.')).toEqual(['CONSULT Maria Lund+Tomas Vidal+Chile>World Bank']);
    expect(one('The office of Maria Lund, Tomas Vidal and Chile met the World Bank in Lima.')).toEqual(['CONSULT Maria Lund+Tomas Vidal+Chile>World Bank']);
  });
});

describe('events: linear cost', () => {
  it('a run-on text without full stops is coded in time linear in its length', () => {
    const unit = 'Norway attacked Chile and Peru held talks with Kenya , ';
    const time = (n: number) => {
      const doc = buildDoc(unit.repeat(n), P);
      const t0 = performance.now();
      codeEvents(doc);
      return performance.now() - t0;
    };
    time(200);
    const small = Math.max(time(500), 5);
    const large = time(4000);
    // 8x the text; a quadratic scan would take ~64x.
    expect(large / small).toBeLessThan(30);
  });
});

describe('events: properties', () => {
  const words = ['Norway', 'Chile', 'met', 'attacked', 'agreed', 'not', 'will', 'and', 'the', 'said', 'by', 'was', 'to', 'with', 'aid', 'gave', ',', 'refused', 'Kenya', 'talks', 'held'];
  it('any sentence: events lie in the text, point at known actors, and have a PLOVER type', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), (ws) => {
      const text = `${ws.join(' ')}.`;
      const doc = buildDoc(text, P);
      const actorIds = new Set(doc.layer('actors').map((a) => a.id));
      for (const e of codeEvents(doc)) {
        expect(e.trigger.start).toBeGreaterThanOrEqual(0);
        expect(e.trigger.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(e.trigger.start, e.trigger.end).length).toBeGreaterThan(0);
        for (const id of [...e.source, ...e.target]) expect(actorIds.has(id)).toBe(true);
        expect(e.source.length + e.target.length).toBeGreaterThan(0);
      }
    }), { numRuns: 150 });
  });
  it('a text with no lexicon expression has no events', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('Norway', 'Chile', 'the', 'minister', 'spoke', 'about', 'weather', 'in', 'Lima', 'today'), { minLength: 1, maxLength: 12 }), (ws) => {
      expect(codeEvents(buildDoc(`${ws.join(' ')}.`, P))).toEqual([]);
    }), { numRuns: 100 });
  });
});
