/**
 * @module synthesize/classical/write-story-so-far
 * "The story so far": what the community concluded first, and what the press now says, each dated.
 */
import type { Sentence, SourceRecord } from '../../model/index.js';
import type { Candidate } from './collect-candidates.js';
import { framed, type StoryContext } from './story-context.js';

/**
 * Two sentences: the best-scored sentence of the earliest community records, then the best of the
 * latest press record. With one side missing, the earliest and the latest record of the other.
 */
export function writeStorySoFar(context: StoryContext): Sentence[] {
  const { community, press } = context;
  const first = community.length > 0 ? community : press;
  const last = press.length > 0 ? press : community;
  const opening = bestAmong(context, first.slice(0, 3));
  const closing = bestAmong(context, [...last].reverse().filter((record) => record !== opening?.record).slice(0, 1));
  const sentences: Sentence[] = [];
  if (opening) sentences.push(framed(context, opening, opening.record.kind === 'community' ? 'concluded' : 'reported', true));
  if (closing) sentences.push(framed(context, closing, closing.record.kind === 'press' ? 'reported' : 'wrote', true));
  return sentences;
}

/** The best candidate of these records that is not a question; a summary may repeat the sections' key sentence. */
function bestAmong(context: StoryContext, records: SourceRecord[]): Candidate | null {
  return (
    context.pool.candidates
      .filter((candidate) => records.includes(candidate.record) && !candidate.isQuestion)
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))[0] ?? null
  );
}
