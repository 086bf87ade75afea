/**
 * Verbs by which a body is called together or a time is fixed for something, in every form. Both
 * take the time they set after "for": "convened the council for 14 June", "set the vote for
 * Monday". What is called or set for a time comes after the calling, whatever its tense; the
 * meetings stage reads such a meeting as planned, the dates stage places its date after the act.
 */
const forms = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Calling a body together: "convened a meeting", "summoned the council", "called talks". */
export const CONVENING_VERBS = forms('convene convenes convened convening summon summons summoned summoning call calls called calling');

/** Fixing a time: "set the vote for", "fixed the hearing for", "scheduled the talks for", "arranged a visit for". */
export const SETTING_VERBS = forms(`
  set sets setting fix fixes fixed fixing schedule schedules scheduled scheduling
  reschedule reschedules rescheduled rescheduling arrange arranges arranged arranging`);
