import type { EventAnnotation, MeetingKind } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { meetingLexicon } from '../../lexicon/meetings.js';
import { ofCommonNoun } from './grammar.js';
import { nounReading, verbReading } from './status.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

const MODE_KIND: Record<string, MeetingKind> = { meet: 'meeting', call: 'call', visit: 'visit', host: 'meeting' };

/**
 * CONSULT events of the event coder as reports of meetings: their people take part. The
 * coder's reading of who met whom complements the meeting words of this stage; whether the
 * meeting was held is read here, from the words around the event's trigger.
 */
export function eventDrafts(v: MeetingText, events: readonly EventAnnotation[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (const e of events) {
    if (e.type !== 'CONSULT' || !e.mode || !(e.mode in MODE_KIND)) continue;
    const people: PersonRef[] = [];
    for (const id of [...e.source, ...e.target]) {
      const actor = v.actors.get(id);
      if (!actor || actor.type !== 'person') continue;
      const own = v.mentionsOf(id);
      const sentence = v.sentences[e.sentence]!;
      const mention = own.find((m) => m.start >= sentence.start && m.end <= sentence.end) ?? own[0];
      // "met the family of X": the coder's target is the noun's, not X's.
      // "met X's successor, Y": a possessor names whose the office is, not someone met.
      if (mention && !ofCommonNoun(v, mention) && !v.isPossessive(v.tokenRange(mention)[1])) people.push({ mention, actor });
    }
    if (people.length === 0) continue;
    const s = v.sentences[e.sentence]!;
    const k = lowerBound(v.tokens, e.trigger.start);
    // "will meet with investors, host a roundtable": after a modal or "to", or tagged so, the trigger is a verb.
    let b = k - 1;
    while (b >= s.tokenStart && v.tok(b)?.pos === 'ADV') b--;
    // A word the meetings lexicon knows only as a verb ("host", "receive") is one, whatever the tagger says.
    const cues = meetingLexicon().byFirstWord.get(v.lower(k)) ?? [];
    const verbOnly = cues.length > 0 && cues.every((c) => c.cueClass !== 'noun' && c.cueClass !== 'present');
    const verb = verbOnly || v.isVerb(k) || /^(?:will|would|shall|to|'ll|’ll)$/.test(v.lower(b)) || /^(?:VERB|AUX)$/.test(v.tok(k)?.pos ?? '');
    const reading = verb ? verbReading(v, k, s.tokenStart) : nounReading(v, k, -1, s.tokenStart, s.tokenEnd);
    if (reading === 'negated') continue;
    out.push({
      kind: MODE_KIND[e.mode ?? ''] ?? 'meeting',
      status: reading === 'planned' ? 'planned' : 'held',
      trigger: { start: e.trigger.start, end: e.trigger.end, text: v.text.slice(e.trigger.start, e.trigger.end) },
      people,
      parties: [],
      date: e.date && /^\d{4}-\d\d-\d\d$/.test(e.date) ? e.date : null,
      place: null,
      sentence: e.sentence,
      rule: `event:${e.rule}`,
      joinOnly: false,
      distinct: false,
    });
  }
  return out;
}
