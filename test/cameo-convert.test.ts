import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertActors, projectCode } from '../scripts/cameo/actors.js';
import { convertAgents } from '../scripts/cameo/agents.js';
import { convertAll, DEFAULT_SOURCES, OUTPUT_DIR } from '../scripts/cameo/convert.js';
import { convertDiscards } from '../scripts/cameo/discards.js';
import { convertPloverTable } from '../scripts/cameo/plover.js';
import { convertVerbs } from '../scripts/cameo/verbs.js';

/**
 * The converter of the CAMEO dictionaries (scripts/cameo): small inputs written here in the
 * sources' formats, and, when ../shared/data is there, a check that the committed data/cameo
 * files are exactly what the converter makes from the sources.
 */

const sourcesPresent = existsSync(path.join(DEFAULT_SOURCES, 'petrarch2')) && existsSync(path.join(DEFAULT_SOURCES, 'plover'));
if (!sourcesPresent) console.log(`CAMEO conversion check skipped: ${DEFAULT_SOURCES}/petrarch2 and /plover are not there (a clone without ../shared)`);

describe.skipIf(!sourcesPresent)('data/cameo is what the converter makes from ../shared/data', () => {
  it('reproduces every committed file byte for byte', () => {
    const files = convertAll(DEFAULT_SOURCES);
    expect([...files.keys()].sort()).toEqual(['LICENSE-PETRARCH2.txt', 'actors-countries.tsv', 'actors-international.tsv', 'actors-nonstate.tsv', 'agents.tsv', 'cameo-plover.tsv', 'discards.tsv', 'verbs.txt']);
    for (const [name, content] of files) {
      const committed = readFileSync(path.join(OUTPUT_DIR, name), 'utf8');
      expect(committed === content, `data/cameo/${name} differs from the converter's output; run npm run lexicon:cameo`).toBe(true);
    }
  });
});

describe('converting the verb dictionary', () => {
  const source = [
    '# TEST VERBS',
    '# The MIT License (MIT)',
    '&CEASEFIRE',
    '+TRUCE',
    '+CEASE_FIRE',
    '+TRUCE',
    '',
    '---  STRIKE_OUT   [190]  ---',
    'BOMBARD  # jw 11/2/91',
    'SHELL {SHELLS SHELLED SHELLING }',
    '+CALL_OFF [160]',
    '- * &CEASEFIRE                 [0356]   # BOMBARD',
    '- * &CEASEFIRE                 [0356]   # SHELL',
    '- * (TO   {NEAR BORDER})       [042:043]',
    '- * &UNDEFINED                 [190]',
    '- * ODD                        [080!]',
    '~ a (_ b STRIKE_OUT) WANT = a b 138',
  ].join('\n');
  const out = convertVerbs(source).split('\n').filter((l) => l && !l.startsWith('#'));

  it('keeps sets, blocks, verbs with their forms and codes, patterns with codes; drops comments and repeats', () => {
    expect(out).toEqual([
      '&ceasefire\ttruce|cease fire',
      '=strike_out\t190',
      'bombard',
      'shell\tshells|shelled|shelling',
      '+call_off\t\t160',
      '-\t* &ceasefire\t0356',
      '-\t* (to {near border})\t042:043',
    ]);
  });

  it('quotes the source header, with its licence, in the converted file', () => {
    expect(convertVerbs(source)).toContain('#   The MIT License (MIT)');
  });
});

describe('converting agents, actors, discards and the PLOVER table', () => {
  it('spells out plurals and substitutions of agents, keeping codes as written', () => {
    const out = convertAgents(['!PERSON! = MAN, WOMAN', 'REBEL [~REB]', 'POLICE {} [~COP]', 'CONGRESS!PERSON! [~LEG]', 'HUMAN_RIGHTS_GROUP [~HRI] # x', 'GOVERNMENT_TROOPS [~MIL]'].join('\n'))
      .split('\n').filter((l) => l && !l.startsWith('#'));
    expect(out).toEqual(['rebel|rebels\t~REB', 'police\t~COP', 'congressman|congresswoman\t~LEG', 'human rights group|human rights groups\t~HRI', 'government troops\t~MIL']);
  });

  it('reads actor names, synonyms and dated codes in the project\'s codes', () => {
    const text = ['KENYA_  [KEN]', '+NAIROBI_', 'DANIEL_ARAP_MOI_  # note', '+MOI_', '\t[KENELI 440101-781014]', '\t[KENGOV 781014-021230]', '\t[KENELI]', 'UN_ [IGOUNO]', 'OLD_YUGOSLAV_ARMY [YUGMIL]'].join('\n');
    const out = convertActors(text, 'x.txt', 'Test').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(out).toEqual(['kenya|nairobi\tKEN', 'daniel arap moi|moi\tKEN/GOV@19781014-20021230;KEN/ELI', 'un\tUNO', 'old yugoslav army\tSRB/MIL']);
    expect(projectCode('USRARM')).toBe('ARM');
    expect(projectCode('IGOEURCOM')).toBe('EUR');
    expect(projectCode('KENMED')).toBe('KEN/JRN');
  });

  it('keeps discard phrases but not bare years or "years ago"', () => {
    const out = convertDiscards(['WORLD CUP', '+BOX OFFICE  # x', '1961', 'YEARS AGO'].join('\n')).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(out).toEqual(['world cup', 'box office\tstory']);
  });

  it('writes the CAMEO to PLOVER table as columns', () => {
    const out = convertPloverTable(['# header', '04: CONSULT', '042: CONSULT, visit,   # Make a visit', '~~~~~', '99: IGNORED'].join('\n')).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(out).toEqual(['04\tCONSULT\t-\t-\t-', '042\tCONSULT\tvisit\t-\tMake a visit']);
  });
});
