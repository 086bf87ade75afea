import { personByName, personBySurname } from '../../lexicon/people.js';
import { Claim, type SentenceScan } from './context.js';
import { countryWordBefore } from './country-words.js';
import { afterOfficeWords, dropCommonStart, hasNonNameWord, isFirstNameHit, isHeadlineCase, nameRunAt, startAtGivenName } from './names.js';

/**
 * Capitalised runs left over after lexicons, organisations and titles: two or more name words
 * ("Igor Kobzev", "Abu Musab al-Zarqawi"), or one after an honorific ("Mr Kobzev").
 */
export function personNames(s: SentenceScan): void {
  if (isHeadlineCase(s)) return;
  for (let i = s.first; i < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free || !s.isCap(i)) continue;
    const raw = nameRunAt(s, i);
    if (!raw) continue;
    const dropped = raw.honorific ? raw : dropCommonStart(s, raw);
    i = raw.end - 1;
    let run = dropped ? startAtGivenName(s, dropped) : null;
    // "National Economy Nina Petrova": words of an office, then a name of two or more words.
    if (run && hasNonNameWord(s, run)) run = afterOfficeWords(s, run);
    if (!run || hasNonNameWord(s, run)) continue;
    // "a ‘Golden Era’ of relations": a capitalised phrase in quotation marks is a name of a thing.
    if (/^[‘'“"«]$/.test(s.tok(run.start - 1)?.text ?? '') && /^[’'”"»]$/.test(s.tok(run.end)?.text ?? '')) continue;
    if (run.words < 2 && !run.honorific) continue;
    // A run followed by a possessive and a head word, or any lexicon name inside, is not a person.
    let lexiconInside = false;
    for (let k = run.start; k < run.end; k++) if (s.nameHit(k) && !isFirstNameHit(s, k)) lexiconInside = true;
    if (lexiconInside) continue;
    const name = s.span(run.start, run.end).replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
    const known = personByName(name) ?? (run.words === 1 ? personBySurname(name) : null);
    const before = countryWordBefore(s, raw.honorific ? raw.start - 1 : run.start);
    s.push({
      start: s.tokens[run.start]!.start, end: s.tokens[run.end - 1]!.end, tokenStart: run.start, tokenEnd: run.end,
      type: 'person', form: 'name', canonical: name,
      country: (before?.hit.hit.entry.kind === 'demonym' ? before.country : null) ?? known?.country ?? null,
      countrySource: before?.hit.hit.entry.kind === 'demonym' ? 'title' : 'lexicon',
      sector: known?.sector ?? null, title: known?.title ?? null, rule: raw.honorific ? 'honorific-name' : 'name-run',
    });
  }
}
