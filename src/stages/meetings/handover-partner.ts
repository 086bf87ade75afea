import { peopleAfter } from './grammar.js';
import type { MeetingText, PersonRef } from './view.js';

/** Most tokens from "took over" to "from": "took over command of the Northern Fleet from". */
const PARTNER_REACH = 10;

/**
 * The other holder in a handover of an office or a command: the outgoing one after "took over
 * [X] from" ("took over from General A", "took over command of the navy from A"), the incoming one
 * after "handed over [X] to". At a ceremony both holders are there. `verb` starts the clause's
 * verb group, `to` bounds the clause. Empty for any other verb.
 */
export function handoverPartner(v: MeetingText, verb: number, to: number): PersonRef[] {
  while (verb < to && (v.tok(verb)?.pos === 'AUX' || v.tok(verb)?.pos === 'ADV') && v.lower(verb) !== 'over') verb++;
  const l = v.lower(verb);
  const prep = /^(?:took|take|takes|taking|taken)$/.test(l) ? 'from' : /^(?:handed|hand|hands|handing)$/.test(l) ? 'to' : null;
  if (prep === null || v.lower(verb + 1) !== 'over') return [];
  for (let k = verb + 2; k < to && k - verb <= PARTNER_REACH; k++) {
    const w = v.lower(k);
    if (w === ';' || (v.isVerb(k) && !w.endsWith('ing'))) return [];
    if (w === prep) return peopleAfter(v, k + 1, to).people;
  }
  return [];
}
