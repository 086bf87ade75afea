import type { Mention } from '../../document/layers.js';
import type { MeetingText } from './view.js';

/**
 * "In place of Minister B, his deputy C attended", "instead of B, C took part": the one named
 * after "in place of" or "instead of" is the one stood in for, who was not there. Whether the
 * mention stands right after such a phrase, past a determiner or a lower-case office ("in place
 * of the Minister, B").
 */
export function stoodInFor(v: MeetingText, mention: Mention): boolean {
  let k = v.tokenRange(mention)[0] - 1;
  for (let n = 0; n < 3 && k >= 1 && v.lower(k) !== 'of'; n++) k--;
  if (v.lower(k) !== 'of') return false;
  return v.lower(k - 1) === 'instead' || (v.lower(k - 1) === 'place' && v.lower(k - 2) === 'in');
}
