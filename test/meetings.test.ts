import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { MEETING_CASES } from './fixtures/meetings/cases.js';

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

describe('meetings', () => {
  for (const c of MEETING_CASES) {
    it(c.name, () => {
      const rec = extract({ text: c.text, date: c.date ?? '2024-05-20', source: c.source ?? null });
      const meetings = rec.meetings ?? [];
      const held = new Set(meetings.filter((m) => m.status === 'held').flatMap((m) => m.participants.map((p) => p.name)).map(norm));
      expect([...held].sort()).toEqual([...new Set(c.held.map(norm))].sort());
      if (c.planned) {
        const planned = new Set(meetings.filter((m) => m.status === 'planned').flatMap((m) => m.participants.map((p) => p.name)).map(norm));
        for (const p of c.planned) expect(planned).toContain(norm(p));
      }
      if (c.kinds) for (const k of c.kinds) expect(meetings.filter((m) => m.status === 'held').map((m) => m.kind)).toContain(k);
    });
  }
});

describe('meeting records', () => {
  const held = (text: string) => (extract({ text, date: '2024-05-20', source: null }).meetings ?? []).filter((m) => m.status === 'held');

  it('"X, accompanied by Y, received Z" is one meeting of all three, apart from the meeting told before', () => {
    const groups = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).sort().join('+'));
    expect(groups('King Karl Berg, accompanied by his wife Queen Anna Berg, received President Ivan Petrov at the palace.'))
      .toEqual(['Anna Berg+Ivan Petrov+Karl Berg']);
    expect(groups('President Ana Costa met Chancellor Olaf Brandt in Lisbon. King Karl Berg, accompanied by Queen Anna Berg, received President Ivan Petrov.'))
      .toEqual(['Ana Costa+Olaf Brandt', 'Anna Berg+Ivan Petrov+Karl Berg']);
    // Near miss: with no meeting verb after the aside, the two who came together are all there is.
    expect(groups('King Karl Berg, accompanied by Queen Anna Berg, arrived in Sofia on Monday.')).toEqual(['Anna Berg+Karl Berg']);
  });

  it('a held meeting the lead reports with no date of its own takes the day of the dateline above or before it', () => {
    const days = (text: string) => (extract({ text, date: '2024-06-03', source: null }).meetings ?? [])
      .map((m) => `${m.status} ${m.date}`);
    expect(days('June 3, 2024, Vilnius\n\nPresident Rasa Kovas held talks with Prime Minister Jonas Berg on energy.')).toEqual(['held 2024-06-03']);
    expect(days('June 3, 2024, Vilnius\n\nPresident Rasa Kovas had a working meeting with Prime Minister Jonas Berg in Riga.')).toEqual(['held 2024-06-03']);
    expect(days('Caracas, 2 June. Minister Ana Lind held a working meeting with Ambassador Karl Berg.')).toEqual(['held 2024-06-02']);
    expect(days('Quito, June 2, 2024 (MFA). Minister Ana Lind met Ambassador Karl Berg at the ministry.')).toEqual(['held 2024-06-02']);
    expect(days('TALLINN, 5 March 2024 – Foreign Minister Liis Saar met Minister Ivo Tamm to discuss trade.')).toEqual(['held 2024-03-05']);
    // "today" in the lead under a dateline is the dateline's day, not the day the page went up.
    expect(days('Riyadh, June 02, 2024, SPA -- Minister Faisal Al-Harbi received today Ambassador Karl Berg.')).toEqual(['held 2024-06-02']);
    // Near miss: "today" with no dateline above stays the page's day; a lead with a day of its own keeps it.
    expect(days('Minister Faisal Al-Harbi received today Ambassador Karl Berg.')).toEqual(['held 2024-06-03']);
    expect(days('Riyadh, June 02, 2024, SPA -- Minister Faisal Al-Harbi received Ambassador Karl Berg on 28 May.')).toEqual(['held 2024-05-28']);
    // Near miss: a date of the lead's own, a meeting told as earlier, a later sentence, a plan, a dateline
    // without a day and a page date alone leave the dateline's day out.
    expect(days('June 3, 2024, Vilnius\n\nPresident Rasa Kovas and Prime Minister Jonas Berg met in May to discuss energy.')).toEqual(['held 2024-05']);
    expect(days('June 3, 2024, Vilnius\n\nPresident Rasa Kovas met Prime Minister Jonas Berg last year.')).toEqual(['held null']);
    expect(days('June 3, 2024, Vilnius\n\nPresident Rasa Kovas and Prime Minister Jonas Berg last met in Riga.')).toEqual(['held null']);
    expect(days('June 3, 2024, Vilnius\n\nPresident Rasa Kovas had held talks with Prime Minister Jonas Berg in Riga.')).toEqual(['held null']);
    expect(days('June 3, 2024, Vilnius\n\nMinister Ivo Tamm returned from Riga, where he had gone at the invitation of Minister Liis Saar.')
      .every((x) => x.endsWith('null'))).toBe(true);
    expect(days('June 3, 2024, Vilnius\n\nPresident Rasa Kovas opened the new port terminal.\n\nShe met Prime Minister Jonas Berg on the project.')).toEqual(['held null']);
    expect(days('June 3, 2024, Vilnius\n\nPresident Rasa Kovas will meet Prime Minister Jonas Berg to discuss energy.')).toEqual(['planned null']);
    expect(days('June 2024, Vilnius\n\nPresident Rasa Kovas held talks with Prime Minister Jonas Berg on energy.')).toEqual(['held null']);
    expect(days('President Rasa Kovas held talks with Prime Minister Jonas Berg on energy.')).toEqual(['held null']);
  });

  it('a plan told in one sentence and said to have taken place in the next ("The meeting took place on 14 May") is held on the day of the sentence that says so', () => {
    const days = (text: string) => (extract({ text, date: '2024-06-20', source: null }).meetings ?? []).map((m) => `${m.status} ${m.date}`);
    expect(days('President Ana Lind will meet Prime Minister Karl Berg on 12 May in Riga. The meeting took place on 14 May.')).toEqual(['held 2024-05-14']);
    expect(days('Minister Ana Lind is due to meet Minister Karl Berg on 3 June. The talks were held on 5 June in Tallinn.')).toEqual(['held 2024-06-05']);
    expect(days('President Ana Lind was scheduled to meet Prime Minister Karl Berg on 12 May. The meeting eventually took place on 16 May in Riga.')).toEqual(['held 2024-05-16']);
    expect(days('President Ana Lind met Prime Minister Karl Berg in Riga. The meeting took place on 14 May.')).toEqual(['held 2024-05-14']);
    // Near miss: another event taking place, or an outcome two sentences on, leaves the plan as it was;
    // a meeting held in between keeps its own day.
    expect(days('President Ana Lind will meet Prime Minister Karl Berg on 12 July in Riga. The forum took place on 14 May.')).toEqual(['planned 2024-07-12']);
    expect(days('President Ana Lind will meet Prime Minister Karl Berg on 12 July in Riga. Trade has grown. The meeting took place on 14 May.')).toEqual(['planned 2024-07-12']);
    expect(days('President Ana Lind met Prime Minister Karl Berg on 2 May in Riga. Trade has grown. The meeting took place in the castle.')).toEqual(['held 2024-05-02']);
  });

  it('a plan in the past perfect ("had been due to meet", "had planned to visit") and a perfect after a modal ("would have met") record no meeting, held or planned', () => {
    const statuses = (text: string) => (extract({ text, date: '2024-05-20', source: null }).meetings ?? []).map((m) => m.status);
    expect(statuses('Minister Ana Costa had been due to meet President Lena Hoxha in Lima.')).toEqual([]);
    expect(statuses('Governor Tomas Berg had planned to visit Mayor Rui Campos in Quito.')).toEqual([]);
    expect(statuses('Minister Ana Costa would have met President Lena Hoxha in Lima, but the flight was cancelled.')).toEqual([]);
    expect(statuses('Governor Tomas Berg could have visited Mayor Rui Campos in Quito.')).toEqual([]);
    // Near miss: a plan told in the present, or in the simple past, and a future perfect, are still to come.
    expect(statuses('Minister Ana Costa is due to meet President Lena Hoxha in Lima.')).toEqual(['planned']);
    expect(statuses('Governor Tomas Berg planned to visit Mayor Rui Campos in Quito next week.')).toEqual(['planned']);
    expect(statuses('By June, Minister Ana Costa will have met President Lena Hoxha.')).toEqual(['planned']);
  });

  it('a meeting verb with a named subject of its own in a turn or quotation is not the speaker\'s, though "we" stands elsewhere in the sentence', () => {
    const records = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
    expect(records('Vladimir Kostin: Mr President, welcome to Moscow. As we know, President Tran Van Minh visited Beijing last week.\n\nLe Quang Hai: Thank you, Mr Kostin.'))
      .toEqual(['Le Quang Hai + Vladimir Kostin', 'Tran Van Minh']);
    expect(records('“As we know, President Tran Van Minh met Chancellor Anna Weber in Berlin,” Minister Hana Sato said.')).toEqual(['Anna Weber + Tran Van Minh']);
    // Near miss: "me" or "us" after the verb puts the speaker there; so does "X and I".
    expect(records('“As we know, President Tran Van Minh received us in Hanoi,” Minister Hana Sato said.')).toEqual(['Hana Sato + Tran Van Minh']);
    expect(records('“President Tran Van Minh and I met in Hanoi,” Minister Hana Sato said.')).toEqual(['Hana Sato + Tran Van Minh']);
  });

  it('a meeting noun with a named possessor, or taken by a verb with a named subject, in a turn is not the speaker\'s', () => {
    const records = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
    const turn = (words: string) => `Vladimir Kostin: Mr President, welcome to Moscow. ${words}\n\nLe Quang Hai: Thank you, Mr Kostin.`;
    expect(records(turn('We discussed the results of President Tran Van Minh\'s visit to Beijing.'))).toEqual(['Le Quang Hai + Vladimir Kostin', 'Tran Van Minh']);
    expect(records(turn('Our ministers, Anna Weber and Tran Van Minh, held talks yesterday.'))).toEqual(['Anna Weber + Tran Van Minh', 'Le Quang Hai + Vladimir Kostin']);
    // Near miss: "my meeting", "X and I held talks" are the speaker's.
    expect(records(turn('I remember my meeting with President Tran Van Minh in 2015.'))).toEqual(['Le Quang Hai + Vladimir Kostin', 'Tran Van Minh + Vladimir Kostin']);
    expect(records(turn('President Tran Van Minh and I held talks yesterday.'))).toContain('Tran Van Minh + Vladimir Kostin');
  });

  it('"my" and "our" make the speaker a party only before the meeting noun itself, not before someone else or a place', () => {
    const records = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
    expect(records('“Our leaders met in Hanoi last year,” Minister Hana Sato said.')).toEqual([]);
    expect(records('“My predecessor, Anna Weber, met President Tran Van Minh three times,” Minister Hana Sato said.')).toEqual(['Anna Weber + Tran Van Minh']);
    expect(records('“I was glad that President Tran Van Minh visited our country,” Minister Hana Sato said.')).toEqual(['Tran Van Minh']);
    // Near miss: "our" before the meeting noun is the speaker's.
    expect(records('“Our first meeting with President Tran Van Minh was in Hanoi,” Minister Hana Sato said.')).toEqual(['Hana Sato + Tran Van Minh']);
  });

  it('a visit told inside a turn of a transcript stays apart from the talks, and "who" is its subject, not the speaker\'s "we"', () => {
    const records = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
    expect(records('Vladimir Kostin: Mr President, friends, welcome to Moscow. We remember the great Tran Van Minh, who visited Moscow in 1955.\n\nLe Quang Hai: Thank you, Mr Kostin.'))
      .toEqual(['Le Quang Hai + Vladimir Kostin', 'Tran Van Minh']);
    // Near miss: "whom we met" is the speaker's own meeting.
    expect(records('Vladimir Kostin: Mr President, welcome to Moscow. I recall Tran Van Minh, whom we met in Hanoi.\n\nLe Quang Hai: Thank you, Mr Kostin.'))
      .toEqual(['Le Quang Hai + Vladimir Kostin', 'Tran Van Minh + Vladimir Kostin']);
  });

  it('a courtesy call names its caller after "by" and its host after "on"', () => {
    const names = (text: string) => held(text).flatMap((m) => m.participants.map((p) => p.name));
    expect(names('A courtesy call by Ambassador Lars Berg on Governor Rosa Tan took place in Cebu.')).toEqual(['Lars Berg', 'Rosa Tan']);
    expect(names('Minister Aiko Mori received a courtesy call by Minister Karim Haddad on 3 May.')).toEqual(['Aiko Mori', 'Karim Haddad']);
    // Near miss: a call by someone for something is an appeal, not a meeting.
    expect(names('Minister Aiko Mori noted the call by Minister Karim Haddad for restraint.')).not.toContain('Karim Haddad');
  });

  it('"the new President" after a handover is the incoming holder; a bare "the President" is still the outgoing one', () => {
    const withNunes = (text: string) => held(text).filter((m) => m.participants.some((p) => p.name === 'Tiago Nunes')).map((m) => m.participants.map((p) => p.name));
    const handover = 'Outgoing President Ana Costa handed over to President-elect Rui Campos at a ceremony in Lima.';
    expect(withNunes(`${handover} The new President met Minister Tiago Nunes the next day.`)).toEqual([['Rui Campos', 'Tiago Nunes']]);
    // Near miss: without "new", the office is still the outgoing holder's until the handover is done.
    expect(withNunes(`${handover} Earlier that day, the President met Minister Tiago Nunes.`)).toEqual([['Ana Costa', 'Tiago Nunes']]);
    // The successor named without an office where the outgoing holder hands over is the new one.
    expect(withNunes('Outgoing President Ana Costa handed over to Rui Campos at a ceremony in Lima. The new President met Minister Tiago Nunes the next day.'))
      .toEqual([['Rui Campos', 'Tiago Nunes']]);
    // Near miss: one the outgoing holder only thanks is no successor.
    expect(withNunes('Outgoing President Ana Costa thanked Rui Campos at a ceremony in Lima. The new President met Minister Tiago Nunes the next day.'))
      .toEqual([['Tiago Nunes']]);
  });

  it('a holder named in a time under an office ("under Taoiseach X") is not the one a later bare title means', () => {
    const withNunes = (text: string) => held(text).filter((m) => m.participants.some((p) => p.name === 'Tiago Nunes')).map((m) => m.participants.map((p) => p.name));
    expect(withNunes('Taoiseach Simon Harris met President Ana Costa in Dublin. The partnership began under Taoiseach Enda Kenny in 2014. The Taoiseach later received Minister Tiago Nunes.'))
      .toEqual([['Simon Harris', 'Tiago Nunes']]);
    // Near miss: "Under Secretary" is an office of its own, whose holder the bare title still means.
    expect(withNunes('Under Secretary Rui Campos met Governor Hana Sato. The Under Secretary then received Minister Tiago Nunes.')).toEqual([['Rui Campos', 'Tiago Nunes']]);
  });

  it('a date in a relative clause dates that clause, not a meeting outside it', () => {
    const dates = (text: string) => held(text).map((m) => [m.participants.map((p) => p.name).join(' + '), m.date]);
    expect(dates('President Ana Costa met Minister Rui Campos, who had arrived in Lima on 3 May, at the palace.')).toEqual([['Ana Costa + Rui Campos', null]]);
    expect(dates('On 12 May, President Ana Costa received Minister Rui Campos, who had arrived in Lima on 3 May.')).toEqual([['Ana Costa + Rui Campos', '2024-05-12']]);
    // Near miss: the meeting word inside the relative clause takes the clause's date.
    expect(dates('The plan was drafted by Minister Rui Campos, who met President Ana Costa on 3 May.')).toEqual([['Rui Campos + Ana Costa', '2024-05-03']]);
  });

  it('a relative clause set off by commas in a list of those met keeps its own meeting to itself', () => {
    const found = held('President Marta Rivas met Minister Tiago Nunes, who had received Minister Elif Aydin in May, and Minister Pablo Ortega.');
    expect(found.map((m) => m.participants.map((p) => p.name))).toEqual([['Marta Rivas', 'Tiago Nunes', 'Pablo Ortega'], ['Tiago Nunes', 'Elif Aydin']]);
  });

  it('a visit takes the place its arrival names, and the talks held there join it', () => {
    const found = held('Vladimir Putin arrived in Omsk on a working trip. He held talks with Governor of the Omsk Region Andrei Sokolov.');
    expect(found.map((m) => [m.place, m.participants.map((p) => p.name)])).toEqual([['Omsk', ['Vladimir Putin', 'Andrei Sokolov']]]);
  });

  it('those attending "the talks" join the talks just reported, in one record with its place', () => {
    const found = held('Prime Minister Yegor Tarasov held talks with Chairman Nurlan Abdyldaev in Moscow. The talks were attended by Deputy Prime Minister Viktor Gromov.');
    expect(found.map((m) => [m.place, m.participants.length])).toEqual([['Moscow', 3]]);
    const unnamed = held('The Joint Commission met in Tallinn on 4 March. The talks were attended by Deputy Prime Minister Rein Tamm and Minister of Finance Kadri Lepp.');
    expect(unnamed.map((m) => [m.place, m.participants.length])).toEqual([['Tallinn', 2]]);
  });

  it('a meeting on the margins of an event takes the city the event is held in', () => {
    const after = held('Prime Minister Sven Aaltonen met President Kemal Arslan on the margins of the OSCE Ministerial Council meeting in Vienna.');
    expect(after.map((m) => m.place)).toEqual(['Vienna']);
    const fronted = held('On the sidelines of the Eastern Economic Forum in Vladivostok, President Kemal Arslan met Prime Minister Sven Aaltonen.');
    expect(fronted.map((m) => m.place)).toEqual(['Vladivostok']);
  });

  it('near miss: an opening phrase on the sidelines of an event with no city gives no place', () => {
    const found = held('On the sidelines of the forum organised by Vienna University, President Kemal Arslan met Prime Minister Sven Aaltonen.');
    expect(found.map((m) => m.place)).toEqual([null]);
  });

  it('two subjects, the second named by relation and renamed after a comma, hold one meeting', () => {
    const found = held('Foreign Minister Sara Holm and her Kenyan counterpart, Peter Otieno, held talks in Nairobi on 3 May.');
    expect(found.map((m) => m.participants.map((p) => p.name))).toEqual([['Sara Holm', 'Peter Otieno']]);
  });

  it('near miss: a guest named right after the noun is that person, not one met before', () => {
    const found = held('President Ana Costa spoke with Chancellor Olaf Brandt on Monday. On Tuesday, President Ana Costa hosted her guest, Prime Minister Luis Vega, at the palace.');
    expect(found.map((m) => m.participants.map((p) => p.name))).toEqual([['Ana Costa', 'Olaf Brandt'], ['Ana Costa', 'Luis Vega']]);
  });

  it('near miss: guests described by where they come from are others than the visitor told of before', () => {
    const found = held('The visit of President Daniel Chapo to Pretoria ended on Friday. On Monday, President Cyril Ramaphosa hosted his guests from the Netherlands at the Union Buildings.');
    expect(found.map((m) => m.participants.map((p) => p.name))).toEqual([['Daniel Chapo'], ['Cyril Ramaphosa']]);
  });

  it('near miss: a journey to a place no one is met at gives a visit with the visitor alone', () => {
    const found = held('Vladimir Putin arrived in Omsk on a working trip.');
    expect(found.map((m) => [m.place, m.participants.map((p) => p.name)])).toEqual([['Omsk', ['Vladimir Putin']]]);
  });

  it('a visit for talks with someone, told in one sentence, is one meeting of both', () => {
    const groups = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).join(' + '));
    expect(groups('Prime Minister Ravi Menon paid a state visit to Hanoi on 4 June for the annual summit with President Lan Tran.')).toEqual(['Ravi Menon + Lan Tran']);
    // Near misses: two visits to two places stay two; a meeting of two people takes no third from a clause beside it.
    expect(groups('President Ana Costa visited Lima on 4 June, while Chancellor Karl Weiss visited Quito.')).toEqual(['Ana Costa', 'Karl Weiss']);
    expect(groups('President Ana Costa met Minister Rui Campos in Lima, and Chancellor Karl Weiss held talks with Minister Ida Berg.')).toEqual(['Ana Costa + Rui Campos', 'Karl Weiss + Ida Berg']);
    expect(groups('President Ana Costa received Minister Rui Campos, and Chancellor Karl Weiss hosted Minister Ida Berg.')).toEqual(['Ana Costa + Rui Campos', 'Karl Weiss + Ida Berg']);
    // Near miss: ", and" inside one list of subjects or objects keeps the list whole.
    expect(groups('Minister Rui Campos, Minister Tom Ek, and Chancellor Karl Weiss held talks with Minister Ida Berg.')).toEqual(['Rui Campos + Tom Ek + Karl Weiss + Ida Berg']);
    expect(groups('President Ana Costa met Minister Rui Campos, Minister Tom Ek, and Chancellor Karl Weiss.')).toEqual(['Ana Costa + Rui Campos + Tom Ek + Karl Weiss']);
  });

  it('"it was X\'s first visit" names the meeting just reported; "their first meeting" another', () => {
    const all = (text: string) => held(text).map((m) => `${m.kind}: ${m.participants.map((p) => p.name).join(' + ')}`);
    expect(all('Prime Minister Ravi Menon held talks with President Lan Tran in Hanoi on 4 June. It was Mr Menon\'s first visit to Viet Nam since he took office.'))
      .toEqual(['visit: Ravi Menon + Lan Tran']);
    // Near miss: an ordinal with no "it was" counts an earlier meeting, which adds nothing to this one.
    const other = held('Prime Minister Ravi Menon held talks with President Lan Tran in Hanoi on 4 June. Their first meeting took place in Delhi in 2019.');
    expect(other.map((m) => m.kind)).toEqual(['talks']);
    expect(other[0]!.place).not.toBe('Delhi');
  });

  it('"the summit" again refers to the summit told of before, whoever the second report names', () => {
    const groups = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).join(' + '));
    expect(groups('President Ana Costa took part in the summit by video link. Minister Rui Campos represented Peru in person. Its president Ida Berg told the summit that trade had grown.'))
      .toEqual(['Ana Costa + Rui Campos + Ida Berg']);
    // Near miss: "a summit" is another one.
    expect(groups('President Ana Costa took part in the summit by video link. In May, Chancellor Karl Weiss held a summit with Minister Ida Berg.'))
      .toEqual(['Ana Costa', 'Karl Weiss + Ida Berg']);
  });

  it('a visit and talks a day later are one visit; a meeting weeks later is another', () => {
    const groups = (text: string) => held(text).map((m) => `${m.kind}: ${m.participants.map((p) => p.name).join(' + ')}`);
    expect(groups('President Ana Costa arrived in Tashkent on 26 May on a state visit. On 27 May, President Ana Costa held talks with President Rui Campos.'))
      .toEqual(['visit: Ana Costa + Rui Campos']);
    // Near miss: three weeks apart.
    expect(groups('President Ana Costa arrived in Tashkent on 6 May on a state visit. On 27 May, President Ana Costa held talks with President Rui Campos in Lima.'))
      .toEqual(['visit: Ana Costa', 'talks: Ana Costa + Rui Campos']);
  });

  it('"on his first visit" and "the first meeting of the Council" name the meeting being reported', () => {
    const all = (text: string) => held(text).map((m) => `${m.kind}: ${m.participants.map((p) => p.name).join(' + ')}`);
    expect(all('President Ana Costa arrived in Lima on Wednesday on her first official visit to Peru, where she was received by President Rui Campos. The two presidents co-chaired the first meeting of the Strategic Council.'))
      .toEqual(['visit: Ana Costa + Rui Campos']);
    expect(all('President Ana Costa paid her first visit to Peru on Wednesday and held talks with President Rui Campos at the palace.'))
      .toEqual(['visit: Ana Costa + Rui Campos']);
    expect(all('President Ana Costa arrived in Lima on Tuesday on a state visit, her second visit to Peru since 2019. On Wednesday she held talks with President Rui Campos.'))
      .toEqual(['visit: Ana Costa + Rui Campos']);
    // Near miss: an ordinal heading its own clause still counts an earlier meeting.
    const other = held('President Ana Costa held talks with President Rui Campos in Lima on 4 June. Their first meeting took place in Quito in 2019.');
    expect(other.map((m) => m.place)).toEqual(['Lima']);
  });

  it('one who hosts the event another took part in, named inside that report, is at the same meeting', () => {
    const groups = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).join(' + '));
    expect(groups('President Ana Costa took part in the Recovery Conference in Rome, hosted by Prime Minister Rui Campos, alongside President Karl Weiss.'))
      .toEqual(['Ana Costa + Rui Campos + Karl Weiss']);
    // Near miss: a report after the last person of the meeting is another meeting.
    expect(groups('President Ana Costa took part in the forum, organised by the Ministry of Trade, and Minister Rui Campos later met with President Karl Weiss.'))
      .toEqual(['Ana Costa', 'Rui Campos + Karl Weiss']);
  });

  it('a transcript label keeps its speaker through the turns, though another of that title is named between', () => {
    const text = 'Remarks by President Harlan Whitford and Prime Minister Ana Costa Before Their Meeting\n\nTHE PRESIDENT: Madam Prime Minister, welcome. It is good to have you here.\n\nPRIME MINISTER COSTA: I bring greetings from our President, Rui Campos, who sends his best wishes.\n\nTHE PRESIDENT: Thank you. Thank you, everybody.';
    const rec = extract({ text, date: '2024-05-20', source: null });
    const surname = (name: string | null) => name?.split(' ').pop()?.toLowerCase();
    expect(rec.quotes.map((q) => surname(q.speaker))).toEqual(['whitford', 'costa', 'whitford']);
    expect(held(text).flatMap((m) => m.participants.map((p) => surname(p.name)))).toEqual(['whitford', 'costa']);
    // Near miss: two different labels are two speakers, though both hold the title.
    const two = 'Remarks by President Harlan Whitford and President Rui Campos\n\nPRESIDENT WHITFORD: Mr. President, welcome.\n\nPRESIDENT CAMPOS: Thank you, Mr. President.\n\nPRESIDENT WHITFORD: Thank you all.';
    expect(extract({ text: two, date: '2024-05-20', source: null }).quotes.map((q) => surname(q.speaker))).toEqual(['whitford', 'campos', 'whitford']);
  });

  it('a verb after "and" that follows a phrase of the first verb ("toured the port with Mayor X, and held talks") shares the subject', () => {
    const groups = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).join(' + '));
    expect(groups('Minister Ana Costa visited Porto on 3 May, where she toured the harbour together with Mayor Rui Campos, and held talks with Governor Karl Weiss.'))
      .toEqual(['Ana Costa + Rui Campos', 'Ana Costa + Karl Weiss']);
    expect(groups('Minister Ana Costa toured the harbour with Mayor Rui Campos and held talks with Governor Karl Weiss.'))
      .toEqual(['Ana Costa + Rui Campos', 'Ana Costa + Karl Weiss']);
    // Near miss: a person after a preposition inside a list of subjects still holds the talks.
    expect(groups('Ambassador Rui Campos from Portugal and Mayor Ana Costa held talks with Governor Karl Weiss.'))
      .toEqual(['Rui Campos + Ana Costa + Karl Weiss']);
  });

  it('a list of names that runs back to any verb is that verb\'s objects up to ", and", which opens a clause of its own', () => {
    const groups = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).join(' + '));
    expect(groups('Minister Ana Costa thanked Mayor Rui Campos, and Minister Tiago Nunes held talks with Governor Karl Weiss.'))
      .toEqual(['Tiago Nunes + Karl Weiss']);
    // Near miss: with no verb before the list, the names before ", and" are subjects too.
    expect(groups('Minister Ana Costa, Mayor Rui Campos, and Minister Tiago Nunes held talks with Governor Karl Weiss.'))
      .toEqual(['Ana Costa + Rui Campos + Tiago Nunes + Karl Weiss']);
  });

  it('a participle in "-ed" after an article describes the noun after it, and is no verb of the clause', () => {
    const groups = (text: string) => held(text).map((m) => m.participants.map((p) => p.name).join(' + '));
    expect(groups('Minister Ana Costa raised the detained sailors with President Rui Campos when they met in Lisbon.')).toEqual(['Ana Costa + Rui Campos']);
    // Near miss: after a demonstrative the same form is the verb of a clause of its own.
    expect(groups('Minister Ana Costa met President Rui Campos in Lisbon. This helped farmers in the south.')).toEqual(['Ana Costa + Rui Campos']);
  });
});

describe('joining the call just reported', () => {
  const records = (text: string) => (extract({ text, date: '2024-05-20', source: null }).meetings ?? [])
    .filter((m) => m.status === 'held').map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();

  it('"joined the call", "joined the videoconference" after a call is reported: the one who joins is at that call', () => {
    expect(records('Prime Minister Ana Sola held a videoconference with Prime Minister Ivo Kral. Minister Marko Novak joined the call from Brussels.'))
      .toEqual(['Ana Sola + Ivo Kral + Marko Novak']);
    expect(records('Prime Minister Ana Sola held a videoconference with Prime Minister Ivo Kral. Minister Marko Novak joined the videoconference from Brussels.'))
      .toEqual(['Ana Sola + Ivo Kral + Marko Novak']);
  });

  it('near miss: one who joins a call for something joins an appeal, no meeting', () => {
    expect(records('Minister Marko Novak joined the call for a ceasefire in Gaza.')).toEqual([]);
    expect(records('Prime Minister Ana Sola met Prime Minister Ivo Kral in Ljubljana. Minister Marko Novak joined the call for a ceasefire in Gaza.'))
      .toEqual(['Ana Sola + Ivo Kral']);
  });
});

describe('meetings of one\'s own in a relative clause', () => {
  const records = (text: string) => (extract({ text, date: '2024-05-20', source: null }).meetings ?? []).filter((m) => m.status === 'held').map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
  it('"who was attending a meeting" is a meeting apart; near miss: "who was attending the talks" joins those reported', () => {
    expect(records('President Ana Ruiz met Prime Minister Ola Berg in Oslo. Foreign Minister Jan Kovac, who was attending a NATO meeting in Brussels, said the talks would resume.'))
      .toEqual(['Ana Ruiz + Ola Berg', 'Jan Kovac']);
    expect(records('President Ana Ruiz met Prime Minister Ola Berg in Oslo. Foreign Minister Jan Kovac, who was attending the talks, said they were useful.'))
      .toEqual(['Ana Ruiz + Jan Kovac + Ola Berg']);
  });
});

describe('styles of address in capitals', () => {
  it('"HE" and "HH" in capitals before a title, a name or "the" and an office are styles of address, not a "he" that joins two meetings', () => {
    const records = (text: string) => (extract({ text, date: '2024-05-20', source: null }).meetings ?? []).filter((m) => m.status === 'held').map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
    expect(records('HH the Amir Sheikh Hamad bin Nasser Al Mansour received HE Ambassador Karl Berg of Latvia. HE the Deputy Prime Minister of Kuwait Sheikh Fahad Salem Al Rashid met HE Minister Ivo Tamm.'))
      .toEqual(['Fahad Salem Al Rashid + Ivo Tamm', 'Hamad bin Nasser Al Mansour + Karl Berg']);
    // Near miss: "He" opening a sentence still stands for the person named before.
    expect(records('Minister Ivo Tamm arrived in Doha on Monday. He met Ambassador Karl Berg of Latvia.')).toEqual(['Ivo Tamm + Karl Berg']);
  });
});
