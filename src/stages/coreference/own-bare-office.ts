import type { Actor, Mention } from '../../document/layers.js';

/**
 * "The Prime Minister spoke to Nordic leaders ... the summit hosted by Prime Minister Mette Sorensen in
 * Oslo": in an official release of a state, an office written bare (no state word) before anyone holding
 * it is named is the issuer's own holder. A holder named only after it, whom the text goes on to place in
 * another state, is not the one the bare office meant, so those earlier bare offices are let go of: they
 * stay the issuer's unnamed holder, and so are the pronouns before the name that came by way of them. A
 * bare office after the name may well be that holder's, and stays. Each actor's own mentions are read
 * twice: linear in the mentions.
 */
export function releaseForeignCataphora(actors: readonly Actor[], byId: ReadonlyMap<string, Mention>, home: string): void {
  for (const a of actors) {
    if (a.type !== 'person' || !a.country || a.country === home || a.nominal) continue;
    let firstName = Infinity;
    for (const id of a.mentions) {
      const m = byId.get(id);
      if (m && m.form === 'name' && m.start < firstName) firstName = m.start;
    }
    if (firstName === Infinity) continue;
    let bare = false;
    for (const id of a.mentions) {
      const m = byId.get(id);
      if (m && m.type === 'person' && m.form === 'title' && !m.country && m.start < firstName) bare = true;
    }
    if (!bare) continue;
    // "He said he looked forward to the summit hosted by Prime Minister X": the pronouns before the name
    // came by way of the bare office and go with it.
    const kept: string[] = [];
    for (const id of a.mentions) {
      const m = byId.get(id);
      if (m && m.type === 'person' && m.start < firstName && ((m.form === 'title' && !m.country) || m.form === 'pronoun')) m.actor = null;
      else kept.push(id);
    }
    a.mentions = kept;
  }
}

/**
 * ' was represented by', ' was unable to attend', ' could not attend', ' sent apologies' right after a
 * name: the one named did not come.
 */
const ABSENT_AFTER_NAME = /^[ \t\u00a0]*(?:(?:was|had[ \t\u00a0]+been)[ \t\u00a0]+(?:represented[ \t\u00a0]+by|absent|unable[ \t\u00a0]+to[ \t\u00a0]+(?:attend|come|join|travel|take[ \t\u00a0]+part))|(?:could|did)[ \t\u00a0]+not[ \t\u00a0]+(?:attend|come|join|travel|take[ \t\u00a0]+part)|sent[ \t\u00a0]+(?:(?:his|her|their)[ \t\u00a0]+)?apologies)\b/;

/**
 * "The Prime Minister hosted a call with Nordic leaders. ... Prime Minister Lars Holm was represented by
 * Foreign Minister X": one the text first names as not coming is not the holder of the issuer's bare
 * office, used before the name for one who acts. Reads a few words after the person's first name.
 */
export function firstNamedAbsent(text: string, person: Actor, byId: ReadonlyMap<string, Mention>): boolean {
  const first = firstName(person, byId);
  return first !== null && ABSENT_AFTER_NAME.test(text.slice(first.end, first.end + 48));
}

/** The person's first mention by name, or null. */
function firstName(person: Actor, byId: ReadonlyMap<string, Mention>): Mention | null {
  let first: Mention | null = null;
  for (const id of person.mentions) {
    const m = byId.get(id);
    if (m && m.form === 'name' && (first === null || m.start < first.start)) first = m;
  }
  return first;
}

/**
 * "my predecessor ", "his late wife, ", "the President's successor ", "My predecessor, Prime Minister ":
 * a relation of someone right before a name, perhaps with the name's own office between. Only the
 * possessive word may be capitalised at a sentence's start; the relation nouns are read in lower case.
 */
const RELATION_BEFORE_NAME = /(?:\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts)|['’]s)[ \t\u00a0]+(?:(?:immediate|late|former)[ \t\u00a0]+)?(?:predecessor|successor|wife|husband|spouse)[ \t\u00a0]*,?[ \t\u00a0]*(?:\p{Lu}[\p{L}'’.-]*[ \t\u00a0]+(?:(?:of|for|the)[ \t\u00a0]+)*){0,5}$/u;

/**
 * "The Prime Minister said: 'As my predecessor Theresa May said ...'": one the text first names as
 * another's predecessor, successor or spouse is not that other, so not the holder of a bare office
 * the text uses for someone else. Reads a few words before the person's first name.
 */
export function firstNamedAsRelation(text: string, person: Actor, byId: ReadonlyMap<string, Mention>): boolean {
  const first = firstName(person, byId);
  return first !== null && relationBefore(text, first.start);
}

/** Whether the name starting at `start` is written as someone's predecessor, successor or spouse (RELATION_BEFORE_NAME). */
export function relationBefore(text: string, start: number): boolean {
  return RELATION_BEFORE_NAME.test(text.slice(Math.max(0, start - 90), start));
}
