/**
 * Press-release fixtures for the server and browser tests, with hand-built records, so the
 * tests check the API and the page whatever the pipeline currently finds.
 */
import type { ExtractRecord, Offsets } from '../../src/record/types.js';
import type { Store } from '../../src/store/store.js';

export function at(text: string, needle: string, nth = 0): Offsets {
  let from = 0;
  for (let i = 0; ; i++) {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: "${needle}" (#${nth}) not in text`);
    if (i === nth) return [start, start + needle.length];
    from = start + needle.length;
  }
}

function emptyRecord(id: string, text: string, date: string, source: string, title: string): ExtractRecord {
  return {
    id, date, source, title, url: null, people: [], organizations: [], places: [], quotes: [], quantities: [], dates: [],
    events: [], messages: [], stats: { chars: text.length, sentences: 0, tokens: 0 },
  };
}

export interface Fixture {
  id: string;
  text: string;
  record: ExtractRecord;
}

const MINSK_TEXT = `date 2020-09-25 Source: President of the Republic of Belarus
Aleksandr Lukashenko met with Governor of Irkutsk Oblast Igor Kobzev in Minsk on 25 September.

Trade between Belarus and Irkutsk Oblast exceeded $284 million last year. "We are ready to supply tractors and buses to Siberia," Aleksandr Lukashenko said.

Igor Kobzev replied: "Our region needs Belarusian machinery."`;

function minsk(): Fixture {
  const text = MINSK_TEXT;
  const r = emptyRecord('minsk-meeting', text, '2020-09-25', 'President of the Republic of Belarus', 'Lukashenko meets Irkutsk governor');
  const luk = { name: 'Aleksandr Lukashenko', country: 'BLR', sector: 'GOV', id: 'a1' };
  const kob = { name: 'Igor Kobzev', country: 'RUS', sector: 'GOV', id: 'a2' };
  r.people.push(
    { ...luk, title: 'President', mentions: [at(text, 'Aleksandr Lukashenko'), at(text, 'Aleksandr Lukashenko', 1)] },
    { ...kob, title: 'Governor of Irkutsk Oblast', mentions: [at(text, 'Igor Kobzev'), at(text, 'Igor Kobzev', 1)] },
  );
  r.places.push(
    { name: 'Irkutsk Oblast', kind: 'region', country: 'RUS', mentions: [at(text, 'Irkutsk Oblast'), at(text, 'Irkutsk Oblast', 1)], id: 'a3' },
    { name: 'Minsk', kind: 'city', country: 'BLR', mentions: [at(text, 'Minsk', 0)], id: 'a4' },
    { name: 'Belarus', kind: 'country', country: 'BLR', mentions: [at(text, 'Belarus', 1)], id: 'a5' },
  );
  const q1 = at(text, 'We are ready to supply tractors and buses to Siberia,');
  const q2 = at(text, 'Our region needs Belarusian machinery.');
  r.quotes.push(
    { speaker: luk.name, text: text.slice(...q1), start: q1[0], end: q1[1], speakerId: 'a1', cue: at(text, 'Aleksandr Lukashenko said'), rule: 'quote-then-said' },
    { speaker: kob.name, text: text.slice(...q2), start: q2[0], end: q2[1], speakerId: 'a2', cue: at(text, 'Igor Kobzev replied'), rule: 'name-colon-quote' },
  );
  const money = at(text, 'exceeded $284 million');
  r.quantities.push({ kind: 'money', text: text.slice(...money), value: 284_000_000, currency: 'USD', qualifier: 'exceeded', unit: null, start: money[0], end: money[1], rule: 'currency-symbol-amount' });
  const d = at(text, '25 September');
  r.dates.push({ text: '25 September', value: '2020-09-25', grain: 'day', start: d[0], end: d[1], rule: 'day-month' });
  const trig = at(text, 'met with');
  const sentence: Offsets = [at(text, 'Aleksandr Lukashenko met')[0], at(text, 'on 25 September.')[1]];
  r.events.push({
    type: 'CONSULT', mode: 'meet', source: [luk], target: [kob], date: '2020-09-25', trigger: 'met with', start: sentence[0], end: sentence[1],
    triggerSpan: trig, sentence, evidence: [trig], cameo: '04', rule: 'meet-with',
  });
  return { id: r.id, text, record: r };
}

const FOLLOWUP_TEXT = `date 2021-03-10 Source: BelTA
Belarus and Irkutsk Oblast agreed to expand cooperation in machine building. Trade reached $312 million in 2020, Igor Kobzev said.
The Ministry of Industry said the plan was "a sound basis for the next five years".`;

function followup(): Fixture {
  const text = FOLLOWUP_TEXT;
  const r = emptyRecord('irkutsk-followup', text, '2021-03-10', 'BelTA', 'Belarus and Irkutsk Oblast agree to expand cooperation');
  const blr = { name: 'Belarus', country: 'BLR', sector: 'GOV', id: 'a1' };
  const irk = { name: 'Irkutsk Oblast', country: 'RUS', sector: 'GOV', id: 'a2' };
  r.places.push(
    { name: 'Belarus', kind: 'country', country: 'BLR', mentions: [at(text, 'Belarus and')], id: 'a1' },
    { name: 'Irkutsk Oblast', kind: 'region', country: 'RUS', mentions: [at(text, 'Irkutsk Oblast')], id: 'a2' },
  );
  r.people.push({ name: 'Igor Kobzev', title: null, country: 'RUS', sector: 'GOV', mentions: [at(text, 'Igor Kobzev')], id: 'a3' });
  const money = at(text, '$312 million');
  r.quantities.push({ kind: 'money', text: '$312 million', value: 312_000_000, currency: 'USD', qualifier: null, unit: null, start: money[0], end: money[1], rule: 'currency-symbol-amount' });
  const trig = at(text, 'agreed');
  const sentence: Offsets = [at(text, 'Belarus and')[0], at(text, 'machine building.')[1]];
  r.events.push({
    type: 'AGREE', mode: null, source: [blr, irk], target: [], date: '2021-03-10', trigger: 'agreed', start: sentence[0], end: sentence[1],
    triggerSpan: trig, sentence, evidence: [trig], cameo: '03', rule: 'parties-agreed',
  });
  // Words given to a ministry, with no person named: kept apart from the quotes.
  const q = at(text, 'a sound basis for the next five years');
  r.unattributedQuotes = [
    { speaker: 'Ministry of Industry', text: text.slice(...q), start: q[0], end: q[1], speakerId: null, cue: at(text, 'The Ministry of Industry said'), rule: 'before/speaker-verb' },
  ];
  return { id: r.id, text, record: r };
}

export const HOSTILE_MARKUP = '<script>window.__pwned = 1</script>';
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned = 2">';

const HOSTILE_TEXT = `date 2022-05-02 Source: Unknown wire <b>service</b>
A statement posted by the ministry of Atlantis read ${HOSTILE_MARKUP} and then ${HOSTILE_IMG} in full.
Minister Jane Doe said: "Nothing here ${HOSTILE_IMG} should run."`;

function hostile(): Fixture {
  const text = HOSTILE_TEXT;
  const r = emptyRecord('hostile-markup', text, '2022-05-02', 'Unknown wire <b>service</b>', `Hostile ${HOSTILE_MARKUP} title`);
  r.people.push({ name: 'Jane Doe', title: 'Minister', country: 'FRA', sector: 'GOV', mentions: [at(text, 'Jane Doe')], id: 'a1' });
  const q = at(text, `Nothing here ${HOSTILE_IMG} should run.`);
  r.quotes.push({ speaker: 'Jane Doe', text: text.slice(...q), start: q[0], end: q[1], speakerId: 'a1', cue: null, rule: 'name-said-colon' });
  const s = at(text, HOSTILE_MARKUP);
  r.dates.push({ text: text.slice(...s), value: '2022-05-02', grain: 'day', start: s[0], end: s[1], rule: 'hostile-span' });
  return { id: r.id, text, record: r };
}

const ASTANA_TEXT = `date 2023-06-14 Source: Akorda Press Service
Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana. Kazakhstan and Uzbekistan signed an agreement worth $1.5 billion.`;

function astana(): Fixture {
  const text = ASTANA_TEXT;
  const r = emptyRecord('astana-talks', text, '2023-06-14', 'Akorda Press Service', 'Tokayev and Mirziyoyev hold talks in Astana');
  const tok = { name: 'Kassym-Jomart Tokayev', country: 'KAZ', sector: 'GOV', id: 'a1' };
  const mir = { name: 'Shavkat Mirziyoyev', country: 'UZB', sector: 'GOV', id: 'a2' };
  r.people.push({ ...tok, title: 'President', mentions: [at(text, tok.name)] }, { ...mir, title: 'President', mentions: [at(text, mir.name)] });
  const money = at(text, '$1.5 billion');
  r.quantities.push({ kind: 'money', text: '$1.5 billion', value: 1_500_000_000, currency: 'USD', qualifier: null, unit: null, start: money[0], end: money[1], rule: 'currency-symbol-amount' });
  const trig = at(text, 'held talks');
  const sentence: Offsets = [0, at(text, 'in Astana.')[1]].map((x, i) => (i === 0 ? at(text, tok.name)[0] : x)) as Offsets;
  r.events.push({
    type: 'CONSULT', mode: 'meet', source: [tok, mir], target: [], date: '2023-06-14', trigger: 'held talks', start: sentence[0], end: sentence[1],
    triggerSpan: trig, sentence, evidence: [trig], cameo: '04', rule: 'held-talks',
  });
  return { id: r.id, text, record: r };
}

export function fixtures(): Fixture[] {
  return [minsk(), followup(), hostile(), astana()];
}

export async function loadFixtures(store: Store): Promise<Fixture[]> {
  const all = fixtures();
  for (const f of all) {
    await store.putDocument({
      text: f.text, record: f.record, id: f.id, key: `test:${f.id}`, title: f.record.title, date: f.record.date,
      source: f.record.source, origin: 'test', pipelineVersion: 'test',
    });
  }
  return all;
}
