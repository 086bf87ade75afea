import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { explainCommand } from '../src/cli/commands/explain.js';
import { processDocument } from '../src/extract.js';
import { ploverOf } from '../src/lexicon/cameo-plover.js';
import { codeEvents } from '../src/stages/events/code.js';
import { dictionaryOnlyLexicon, eventLexicon } from '../src/stages/events/lexicon.js';
import { buildDoc, summarize, type PartySpec } from './fixtures/events/build.js';

/**
 * The CAMEO verb dictionary inside the event coder (data/cameo/verbs.txt, compiled by
 * src/lexicon/cameo-verbs.ts, read by src/stages/events/dictionary.ts). Sentences written for
 * the project; each rule has a sentence that needs it and a near miss that must not code.
 */

const P: PartySpec[] = [
  { text: 'Serbian forces', country: 'SRB', sector: 'MIL' }, { text: 'Sarajevo', country: 'BIH', type: 'place' },
  { text: 'Bosnia', country: 'BIH' }, { text: 'NATO', country: 'IGO' }, { text: 'Turkey', country: 'TUR' },
  { text: 'Iraq', country: 'IRQ' }, { text: 'Sudan', country: 'SDN' }, { text: 'British journalists', country: 'GBR', sector: 'JRN' },
  { text: 'Norway', country: 'NOR' }, { text: 'Chile', country: 'CHL' }, { text: 'Ghana', country: 'GHA' }, { text: 'Nigeria', country: 'NGA' },
  { text: 'Kenya', country: 'KEN' }, { text: 'Peru', country: 'PER' }, { text: 'Chinese hackers', country: 'CHN', sector: 'CRM' },
  { text: 'Taiwan', country: 'TWN' }, { text: 'Lagos', country: 'NGA', type: 'place' }, { text: 'police', country: 'NGA', sector: 'COP' },
  { text: 'protesters', country: 'NGA', sector: 'CVL' }, { text: 'Nigerians', country: 'NGA' },
];

const dictionaryOnly = (text: string) => summarize(codeEvents(buildDoc(text, P), undefined, dictionaryOnlyLexicon()));
const full = (text: string) => codeEvents(buildDoc(text, P), undefined, eventLexicon());

describe('the dictionary: a verb and the pattern of its block that fits the clause', () => {
  it('codes a verb no hand-written pattern knows, with the CAMEO code kept whole', () => {
    const events = codeEvents(buildDoc('Sudan deported two British journalists.', P), undefined, dictionaryOnlyLexicon());
    expect(summarize(events)).toEqual(['COERCE Sudan>British journalists']);
    expect(events[0]!.cameo).toBe('174');
    expect(events[0]!.rule).toMatch(/^CAMEO dictionary verbs\.txt:\d+ block DEPORT, verb "deport", the verb alone, CAMEO 174/);
  });
  it('reads the object through a synonym set ("airlifted food": the &FOOD set)', () => {
    const events = codeEvents(buildDoc('Turkey airlifted food to Iraq.', P), undefined, dictionaryOnlyLexicon());
    expect(summarize(events)).toEqual(['AID Turkey>Iraq']);
    expect(events[0]!.rule).toMatch(/pattern "\* &food", CAMEO 073/);
  });
  it('reads a prepositional phrase ("bombarded Taiwan with rockets": heavy weapons)', () => {
    const events = codeEvents(buildDoc('Chinese hackers bombarded Taiwan with rockets.', P), undefined, dictionaryOnlyLexicon());
    expect(events.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ASSAULT 194']);
  });
  it('a particle right after the verb leaves the object to it ("beat up X")', () => {
    expect(dictionaryOnly('Sudan beat up British journalists.')).toEqual(['ASSAULT Sudan>British journalists']);
  });
  it('takes the "by" agent of a passive as the source', () => {
    expect(dictionaryOnly('Sarajevo was besieged by Serbian forces.')).toEqual(['COERCE Serbian forces>Sarajevo']);
  });
  it('finds the "by" agent of a passive after a phrase set off by commas', () => {
    expect(dictionaryOnly('British journalists were deported, most of them after a night in custody, by Sudan.')).toEqual(['COERCE Sudan>British journalists']);
    // Near miss: a party after the comma that is no agent.
    expect(dictionaryOnly('British journalists were deported, officials in Norway said on Monday.')).toEqual([]);
  });
  it('codes a bare verb only as a dyad: someone does it to someone named as its target', () => {
    expect(dictionaryOnly('Sudan deported dozens of people.')).toEqual([]);
    expect(dictionaryOnly('Kenya annexed part of the region.')).toEqual([]);
    // Force or coercion with no one named is aimed at where it happens (the PLOVER convention).
    expect(dictionaryOnly('Sudan deported dozens of people in Lagos.')).toEqual(['COERCE Sudan>Lagos']);
  });
  it('a verbal act with a "to" clause is about that clause; a bare verb of yielding needs no target', () => {
    expect(dictionaryOnly('Bosnia threatened to ban imports.')).toEqual(['THREATEN Bosnia>']);
    expect(dictionaryOnly('Bosnia threatened.')).toEqual([]);
    expect(dictionaryOnly('Sudan surrendered.')).toEqual(['CONCEDE Sudan>']);
    expect(dictionaryOnly('Kenya backed away from the stage in Lagos.')).toEqual([]);
  });
  it('a verb of agreement, refusal or vowing with a clause states a stance toward the act the clause names', () => {
    expect(dictionaryOnly('Norway and Chile agreed to open a joint fisheries office.')).toEqual(['AGREE Norway+Chile>']);
    expect(dictionaryOnly('Ghana and Nigeria agreed upon a new border treaty.')).toEqual(['AGREE Ghana+Nigeria>']);
    expect(dictionaryOnly('Kenya refused to hand the suspects over to Peru.')).toEqual(['REJECT Kenya>Peru']);
    // Near misses: a clause that is only a statement, and agreement with nothing named.
    expect(dictionaryOnly('Kenya declined to comment on the report.')).toEqual([]);
    expect(dictionaryOnly('Ghana agreed.')).toEqual([]);
  });
  it('reads a clause after a prepositional phrase ("agreed in principle on Saturday to ...")', () => {
    expect(dictionaryOnly('Norway agreed in principle on Saturday to send food to Ghana.')).toEqual(['AGREE Norway>Ghana']);
  });
  it('an object may open with a participle that describes its noun ("rejected proposed changes")', () => {
    expect(dictionaryOnly('Kenya rejected proposed changes to the treaty with Nigeria.')).toEqual(['REJECT Kenya>Nigeria']);
    // Near miss: after a comma the participle belongs to another clause.
    expect(dictionaryOnly('Kenya rejected the idea, and proposed changes to the treaty were dropped.')).toEqual([]);
  });
  it('a verb listed twice in its block, once with a code of its own, keeps that code', () => {
    const events = codeEvents(buildDoc('Serbian forces beat up British journalists in Sarajevo with sticks.', P), undefined, dictionaryOnlyLexicon());
    expect(events.map((e) => `${e.type} ${e.cameo}`)).toEqual(['ASSAULT 182']);
  });
  it('what one party says another must do is its demand on that party', () => {
    expect(dictionaryOnly('Norway said on Monday that Kenya must release the British journalists.')).toEqual(['REQUEST Norway>Kenya']);
    expect(dictionaryOnly('Norway declared Kenya should release the British journalists.')).toEqual(['REQUEST Norway>Kenya']);
    // Near misses: an obligation nobody is reported to state, and a reported act that is no obligation.
    expect(dictionaryOnly('Kenya must release the British journalists.')).toEqual([]);
    expect(dictionaryOnly('Norway said that Kenya released the British journalists.').filter((e) => e.startsWith('REQUEST'))).toEqual([]);
  });
  it('of patterns of equal weight, one naming what the act is about beats one naming only its frame', () => {
    // ACCELERATE: "* aid" (070) over "* (to)" (042:043), which is listed first.
    expect(dictionaryOnly('Turkey sped aid to Iraq.')).toEqual(['AID Turkey>Iraq']);
    // Near miss: with no word of the object named, the frame pattern holds.
    expect(dictionaryOnly('Turkey sped a delegation to Iraq.')).toEqual(['CONSULT Turkey>Iraq']);
  });
  it("a pattern's object word is the head of its phrase, not a word describing the head", () => {
    // "* government" (111, criticise) fits "attacked the government", not "a government convoy".
    expect(codeEvents(buildDoc('Serbian forces attacked the government in Sarajevo.', P), undefined, dictionaryOnlyLexicon()).map((e) => e.cameo)).toEqual(['111']);
    expect(codeEvents(buildDoc('Serbian forces attacked a government convoy in Sarajevo.', P), undefined, dictionaryOnlyLexicon()).map((e) => e.cameo)).toEqual(['190']);
    // A time word after the head is no noun of its phrase.
    expect(codeEvents(buildDoc('Serbian forces attacked the government today in Sarajevo.', P), undefined, dictionaryOnlyLexicon()).map((e) => e.cameo)).toEqual(['111']);
  });
  it('a verbal act governs a "to" clause after a long object ("offered X to Y to help ...")', () => {
    expect(dictionaryOnly('Norway offered two of its coast guard vessels to the new government of Ghana to help patrol the coast.')).toEqual(['AGREE Norway>Ghana']);
    // Near miss: "that" after the object opens a relative clause, not the act offered.
    expect(dictionaryOnly('Norway offered Ghana the vessels that Kenya wanted.')).toEqual(['AGREE Norway>Ghana']);
  });
  it('a participle after a name, when the clause has its verb already, describes the name ("Nigerians expelled by Kenya")', () => {
    expect(dictionaryOnly('Sudan opened its border to Nigerians expelled by Kenya.').filter((e) => e.startsWith('COERCE'))).toEqual([]);
    // Near miss: after "and" the name is the subject of a clause of its own.
    expect(dictionaryOnly('Kenya closed its border and Nigeria retaliated against Ghana.')).toContain('ASSAULT Nigeria>Ghana');
  });
  it('a light verb\'s object that nominalises a dictionary verb is that verb\'s act ("carried out the deportation of X")', () => {
    expect(dictionaryOnly('Sudan carried out the deportation of British journalists.')).toEqual(['COERCE Sudan>British journalists']);
    expect(dictionaryOnly('Sudan began the expulsion of British journalists.')).toEqual(['COERCE Sudan>British journalists']);
    // Near misses: a noun of no dictionary verb, and a nominalisation no light verb governs.
    expect(dictionaryOnly('Sudan carried out a review of British journalists.')).toEqual([]);
    expect(dictionaryOnly('Norway criticised the deportation of British journalists.').filter((e) => e.startsWith('COERCE'))).toEqual([]);
  });
  it('a place after "in" placing the subject is neither the subject nor anything but the scene', () => {
    expect(dictionaryOnly('Serbian forces in Sarajevo besieged the town of Bosnia.').map((e) => e.split('>')[0])).toEqual(['COERCE Serbian forces']);
    expect(dictionaryOnly('Angry protesters in Lagos protested against the new tax.')).toEqual(['PROTEST protesters>Lagos']);
    // Near miss: a place named in an earlier clause is not where the later act happened.
    expect(dictionaryOnly('Police fired on protesters in Lagos and protesters protested against the tax.')).not.toContain('PROTEST protesters>Lagos');
  });
  it('an act only vowed or threatened is its source\'s statement and needs no target', () => {
    expect(dictionaryOnly('Sudan vowed to fight on.')).toEqual(['THREATEN Sudan>']);
    // Near miss: the act itself, done to no one named, is no dyad.
    expect(dictionaryOnly('Sudan fought on.')).toEqual([]);
  });
  it('leaves participles that describe a noun and verbs that only lead to another', () => {
    expect(dictionaryOnly('The besieged town held out.')).toEqual([]);
    expect(dictionaryOnly('Norway decided to sign nothing.')).toEqual([]);
  });
  it('reads CAMEO appeals (02) as REQUEST, public statements (01) as nothing', () => {
    expect(dictionaryOnly('Bosnia appealed to NATO for air strikes.')).toEqual(['REQUEST Bosnia>NATO']);
    expect(dictionaryOnly('Norway announced the results.')).toEqual([]);
    expect(ploverOf('0233')).toMatchObject({ type: 'REQUEST', row: '1033' });
    expect(ploverOf('010')).toBeNull();
    expect(ploverOf('1712')).toMatchObject({ type: 'ASSAULT' });
  });
  it('a verb with a code of its own keeps it over a block pattern that names no object', () => {
    // "airlift" (073) sits in the FLY block, whose "* (to)" pattern codes intent to meet.
    expect(codeEvents(buildDoc('Turkey airlifted medicine to Iraq.', P), undefined, dictionaryOnlyLexicon()).map((e) => e.cameo)).not.toContain('036');
  });
});

describe('hand-written patterns and the dictionary together', () => {
  it('a hand-written pattern wins its verb (the dictionary codes a bare "agree" as 050, support)', () => {
    const events = full('Norway and Chile agreed to expand trade.');
    expect(summarize(events)).toEqual(['AGREE Norway+Chile>']);
    expect(events[0]!.rule).toMatch(/^patterns\.tsv:/);
  });
  it('a word inside the noun phrase a dictionary pattern read is no act of its own ("resisted proposed changes")', () => {
    expect(summarize(full('Kenya resisted proposed changes to the treaty with Nigeria.'))).toEqual(['REJECT Kenya>Nigeria']);
    // Near miss: the same verb after "and" is an act of the subject's own.
    expect(summarize(full('Kenya resisted the changes and proposed new talks with Nigeria.'))).toContain('AGREE Kenya>Nigeria');
  });
  it('a sentence about sport or show business codes nothing (discards.tsv)', () => {
    expect(summarize(full('Ghana accused Nigeria of bribing referees at the World Cup.'))).toEqual([]);
    expect(summarize(full('Ghana accused Nigeria of bribing officials at the border.'))).toEqual(['ACCUSE Ghana>Nigeria']);
  });
  it('a participle clause codes a further act of another kind, not one more of the same', () => {
    expect(summarize(full('The police opened fire on protesters in Lagos, killing two and arresting 40.'))).toEqual(['ASSAULT police>protesters', 'COERCE police>']);
    expect(summarize(full('The police opened fire on protesters in Lagos, killing two.'))).toEqual(['ASSAULT police>protesters']);
  });
  it('a bare "discussed" after a meeting of the same parties is that meeting told again', () => {
    const P2: PartySpec[] = [...P, { text: 'Maria Lund', country: 'NOR', type: 'person' }, { text: 'Tomas Vidal', country: 'CHL', type: 'person' }];
    const told = codeEvents(buildDoc('Maria Lund met Tomas Vidal in Oslo on Monday. Maria Lund and Tomas Vidal discussed fishing quotas.', P2));
    expect(summarize(told)).toEqual(['CONSULT Maria Lund>Tomas Vidal']);
    expect(summarize(codeEvents(buildDoc('Maria Lund and Tomas Vidal discussed fishing quotas.', P2)))).toEqual(['CONSULT Maria Lund+Tomas Vidal>']);
  });
});

describe('unnamed actors and the CAMEO actor dictionaries, end to end', () => {
  const actorsOf = (text: string, date?: string) => {
    const doc = processDocument({ text, date: date ?? null });
    return doc.layer('actors').map((a) => `${a.name}|${a.country ?? '-'}|${a.sector ?? '-'}`);
  };
  it('an agent phrase takes its sector from the agents dictionary and its country from the sentence', () => {
    expect(actorsOf('The military government declared martial law in Rangoon.')).toContain('military government|MMR|GOV');
    expect(actorsOf('A human rights group accused Egyptian police of torture.')).toContain('human rights group|NGO|SOC');
  });
  it('a people noun before a group noun gives the group its country ("Serb forces")', () => {
    expect(actorsOf('Serb forces shelled Sarajevo.')).toContain('Serb forces|SRB|MIL');
  });
  it('an ethnic group is coded by the country the sentence places it in; a people noun alone keeps its own', () => {
    expect(actorsOf('Ethnic Albanians in southern Serbia demanded autonomy.')).toContain('Albanians|SRB|CVL');
    expect(actorsOf('Albanian guerrillas attacked a police post in Serbia.').filter((a) => a.startsWith('Albanian'))).toEqual(['Albanian guerrillas|ALB|REB']);
  });
  it('an everyday word the agents dictionary lists is no actor without a country of its own', () => {
    expect(actorsOf('Settlements in Chinese yuan grew.').filter((a) => a.startsWith('settlements'))).toEqual([]);
  });
  it('a person the text does not place takes the office the dictionary gives for the document date', () => {
    expect(actorsOf('Burhanuddin Rabbani met the governor.', '1994-06-01')).toContain('Burhanuddin Rabbani|AFG|GOV');
    expect(actorsOf('Burhanuddin Rabbani met the governor.', '2005-06-01')).toContain('Burhanuddin Rabbani|AFG|ELI');
    expect(actorsOf('Laurent Kabila met the governor.')).toContain('Laurent Kabila|COD|GOV');
  });
  it('a lone common first name is not looked up', () => {
    expect(actorsOf('Farah said the talks went well.').filter((a) => a.includes('AFG'))).toEqual([]);
    expect(actorsOf('Rebels attacked a police post in Farah.').filter((a) => a.startsWith('Farah'))).toEqual(['Farah|AFG|-']);
  });
  it('an office without its holder is a title, not a body; a body the dictionary names is one', () => {
    expect(actorsOf('Remarks\n\nSecretary of State\n\nThank you all for coming.').filter((a) => a.includes('Secretary'))).toEqual([]);
    expect(actorsOf('The Arab Maghreb Union met in Rabat.').filter((a) => a.startsWith('Arab Maghreb'))).toEqual(['Arab Maghreb Union|IGO|-']);
  });
});

describe('readout explain names the dictionary entry that fired', () => {
  it('file, verb block, verb, pattern and CAMEO code', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += d));
    await explainCommand.run(['-'], { stdout, stderr: new PassThrough(), stdin: Readable.from(['Kenya annexed part of Ghana.\n']) });
    expect(out).toMatch(/COERCE.*CAMEO 171/);
    expect(out).toMatch(/rule: +CAMEO dictionary verbs\.txt:\d+ block TAKE_PROPERTY, verb "annex", the verb alone, CAMEO 171/);
    expect(out).toMatch(/dictionary: verbs\.txt:\d+, block TAKE_PROPERTY, verb "annex", the verb alone; CAMEO 171 "Seize or damage property" -> COERCE \(table row 171\)/);
  });
});
