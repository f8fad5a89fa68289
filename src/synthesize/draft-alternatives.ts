/**
 * @module synthesize/draft-alternatives
 * A draft may carry ranked stand-ins for its headline and dek, so the verifier can replace a failing one.
 */
import type { Sentence } from '../model/index.js';
import type { StoryDraft } from './editorial-model.js';

/** Next-best headlines and deks, best first, each a complete cited Sentence. */
export interface DraftAlternatives {
  headline: Sentence[];
  dek: Sentence[];
}

/**
 * A StoryDraft plus optional alternatives. It is still a StoryDraft, so it passes through the
 * EditorialModel port unchanged; `verifyStory` reads the alternatives and returns a draft without them.
 */
export interface StoryDraftWithAlternatives extends StoryDraft {
  alternatives?: DraftAlternatives;
}
