/** Verbs of sending others: "sent a delegation", "dispatched an envoy". */
const SENDS = /^(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching)\b/i;

/**
 * "Minister X sent a delegation led by her deputy": one who sends a party to a meeting stays behind;
 * the event coder's visit names the sender as its source, who is no participant. True when the
 * words the visit was coded from open with a verb of sending.
 */
export function sentOthers(trigger: string): boolean {
  return SENDS.test(trigger);
}
