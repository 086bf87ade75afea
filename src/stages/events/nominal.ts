import type { Sentence, Token } from '../../document/layers.js';
import type { CameoVerbDictionary, CameoVerbForm } from '../../lexicon/cameo-verbs.js';
import { nounPhraseEnd, objectEnd } from './clause.js';
import type { EventCues } from './lexicon.js';

/**
 * Events named by a noun after a verb that starts, stages, carries on or speeds up an activity:
 * "mounted its invasion of South Lebanon", "resumed the evacuation", "carried out the
 * deportation of 40 people". The noun is the nominalisation of a dictionary verb (invade,
 * evacuate, deport), and the act is that verb's, with the noun's "of" phrase as its object.
 * English forms such nouns by a handful of suffixes; they are derived here from the
 * dictionary's own verbs, so a noun is read only when its verb is there.
 */

/** Verb blocks whose verbs mean the activity their object names (start, continue, resume, wage ...). */
export const LIGHT_BLOCKS = new Set(['start', 'continue', 'restart', 'mount', 'undertake', 'perpetuate', 'pursue', 'wage', 'accelerate']);

/** The nouns English derives from a verb by suffix: deploy-ment, withdraw-al, evacuat-ion, invas-ion, suspens-ion, deport-ation. */
export function nominalisations(verb: string): string[] {
  if (!/^[a-z]{4,}$/.test(verb)) return [];
  const out = [`${verb}ment`, `${verb}al`, `${verb}ation`];
  if (verb.endsWith('e')) {
    const stem = verb.slice(0, -1);
    out.push(`${stem}al`, `${stem}ation`, `${stem}ion`);
    if (verb.endsWith('de')) out.push(`${verb.slice(0, -2)}sion`);
  } else {
    out.push(`${verb}ion`);
    if (verb.endsWith('nd')) out.push(`${verb.slice(0, -1)}sion`);
    if (verb.endsWith('mit')) out.push(`${verb.slice(0, -1)}ssion`);
    if (verb.endsWith('el')) out.push(`${verb.slice(0, -2)}ulsion`);
  }
  return out;
}

const indexes = new WeakMap<CameoVerbDictionary, ReadonlyMap<string, readonly CameoVerbForm[]>>();

/** Noun (singular, lower case) -> the forms of the verbs it nominalises, for every single-word verb of the dictionary. */
function nounIndex(dict: CameoVerbDictionary): ReadonlyMap<string, readonly CameoVerbForm[]> {
  let index = indexes.get(dict);
  if (index) return index;
  const map = new Map<string, CameoVerbForm[]>();
  for (const [form, list] of dict.byForm) {
    for (const f of list) {
      // The base form only, once per verb; phrasal verbs have no such nouns.
      if (f.before.length || f.after.length || f.verb.verb !== form) continue;
      for (const noun of nominalisations(form)) {
        // A noun that is itself a verb form ("station") is read as that verb where it is one.
        if (dict.byForm.has(noun)) continue;
        const entry = map.get(noun);
        if (!entry) map.set(noun, [f]);
        else if (!entry.includes(f)) entry.push(f);
      }
    }
  }
  indexes.set(dict, map);
  return map;
}

export interface NominalEvent {
  /** The noun's token. */
  readonly noun: number;
  readonly forms: readonly CameoVerbForm[];
}

/**
 * The nominalised event a light verb's object names: the head noun of the noun phrase right
 * after `last` (the verb and its particle), when it nominalises a dictionary verb.
 */
export function nominalObject(dict: CameoVerbDictionary, tokens: readonly Token[], s: Sentence, last: number, cues: EventCues): NominalEvent | null {
  const from = last + 1;
  const end = nounPhraseEnd(tokens, from, objectEnd(tokens, s, from, cues));
  let head = -1;
  for (let t = from; t < end; t++) if (tokens[t]!.pos === 'NOUN') head = t;
  if (head < 0 || head !== end - 1) return null;
  const word = tokens[head]!.lower;
  const index = nounIndex(dict);
  const forms = index.get(word) ?? (word.endsWith('s') ? index.get(word.slice(0, -1)) : undefined);
  return forms ? { noun: head, forms } : null;
}
