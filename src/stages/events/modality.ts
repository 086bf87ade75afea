import { MATERIAL_GOODS, PROMISABLE, retype, THREATENABLE, type Coding, type SentenceCoding, type Why } from './coding.js';
import { hasConditionalAfter } from './syntax.js';

/**
 * What the verb group and the complement make of the act: an order takes the type of the act
 * it orders; a promised act of force is a threat; "will not accept" is a refusal; a negated or
 * merely possible act did not happen (except force, which is then threatened); a future act of
 * cooperation is a promise.
 */
export function readModality(sc: SentenceCoding, c: Coding): Why | null {
  const { p, vg } = c;
  const governor = sc.governors.get(c.m);
  c.governor = governor;
  c.embedded = governor?.embedded.find((e) => e.pattern.type !== null);
  if (governor && c.embedded) {
    const embedded = c.embedded;
    if (c.explained) c.steps.push(`complement: "${embedded.tokens.map((t) => sc.tokens[t]!.text).join(' ')}" (${embedded.pattern.type})`);
    if (p.flags.pass) retype(c, embedded.pattern.type!, embedded.pattern.mode, 'takes the type of the act it orders');
    else if (p.flags.modal && THREATENABLE.has(embedded.pattern.type!)) retype(c, 'THREATEN', null, 'a promised act of force is a threat');
  }
  if (vg.negated) {
    if (p.flags.negType) retype(c, p.flags.negType, null, 'negated');
    // "will not accept", "would not withdraw": a refusal. ("will not attack" is a reassurance, not coded.)
    else if (vg.future && c.type !== 'REJECT' && c.type !== 'ASSAULT' && c.type !== 'THREATEN') retype(c, 'REJECT', null, 'refuses to do it ("will not", "would not")');
    else return () => 'negated: the act did not happen';
  } else if (c.reportedObligation) {
    retype(c, 'REQUEST', 'demand', 'what the speaker says the other must do is a demand');
  } else if (vg.obligation && !p.flags.reported) {
    return () => 'an obligation ("must", "should", "has to"), not an act';
  } else if (vg.speculative) {
    if (THREATENABLE.has(c.type)) retype(c, 'THREATEN', null, 'a possible act of force');
    else return () => 'speculation ("may", "could"), not an act';
  } else if (vg.future) {
    const conditional = hasConditionalAfter(sc.tokens, sc.s, c.m.last + 1, sc.cues);
    if (conditional && c.type !== 'AGREE' && c.type !== 'THREATEN') retype(c, 'THREATEN', null, 'a future act made conditional ("unless", "if")');
    else if (PROMISABLE.has(c.type)) retype(c, 'AGREE', MATERIAL_GOODS.has(c.type) ? 'offer' : 'promise', 'a future or intended act of cooperation');
    else if (THREATENABLE.has(c.type)) retype(c, 'THREATEN', null, 'a future or intended act of force');
  }
  return null;
}
