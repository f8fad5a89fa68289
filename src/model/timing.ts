/**
 * @module model/timing
 * Who said it first: the first community and first press record of a story or of a claim.
 */
import type { Platform } from './platform.js';

/** The first record of one side, for "who said it first". */
export interface FirstMention {
  recordId: string;
  platform: Platform;
  venue: string | null;
  at: string;
}

export interface StoryTiming {
  communityFirst: FirstMention | null;
  pressFirst: FirstMention | null;
  /** Hours by which the community preceded the press; negative when the press was first; null if one side is absent. */
  communityLeadHours: number | null;
}
