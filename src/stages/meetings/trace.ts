import type { MeetingDraft } from './triggers.js';

/**
 * A development hook: when set, the meetings stage hands it every draft it read before the
 * drafts are merged, so a script can say which rule gave or left out each participant
 * (scripts/meeting-audit/run.ts). Unset, it costs one comparison per document.
 */
export const meetingTrace: { drafts: ((drafts: readonly MeetingDraft[]) => void) | null } = { drafts: null };
