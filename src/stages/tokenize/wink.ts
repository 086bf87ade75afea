import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

/** wink-nlp loads its model once per process; every caller shares it. */
export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
