/**
 * @module synthesize/classical/write-quotes
 * Pull quotes: verbatim community sentences, the most central and most engaged, named by community.
 */
import type { CommunityQuote, SourceRecord } from '../../model/index.js';
import { attributionOf, capitalise } from './attribution.js';
import type { Candidate } from './collect-candidates.js';
import { cite, dateOf, type StoryContext } from './story-context.js';

/** The reference page carries one or two community quotes. */
export const MAX_QUOTES = 2;
/** Pull quotes longer than this stop being quotes. */
export const MAX_QUOTE_WORDS = 40;

/** Engagement as one number: score, likes, reposts and replies added; 0 when the platform gives none. */
export function engagementOf(record: SourceRecord): number {
  const { score = 0, likes = 0, reposts = 0, replies = 0 } = record.engagement;
  return Math.max(0, score + likes + reposts + replies);
}

/**
 * Up to two quotes from different community records, ranked by score plus a log-engagement bonus.
 * Each quote's sentence says who and when, and how that stands against the first press report.
 */
export function writeQuotes(context: StoryContext): CommunityQuote[] {
  const ranked = context.pool.candidates
    .filter(
      (candidate) =>
        candidate.record.kind === 'community' && !candidate.isQuestion && candidate.wordCount <= MAX_QUOTE_WORDS,
    )
    .filter((candidate) => !context.used.has(candidate.key))
    .sort((a, b) => rank(b) - rank(a) || a.key.localeCompare(b.key));
  const quotes: CommunityQuote[] = [];
  const quotedRecords = new Set<SourceRecord>();
  for (const candidate of ranked) {
    if (quotes.length === MAX_QUOTES) break;
    if (quotedRecords.has(candidate.record)) continue;
    quotedRecords.add(candidate.record);
    context.used.set(candidate.key, candidate);
    quotes.push({
      sentence: contextSentence(context, candidate),
      quote: candidate.text,
      attribution: attributionOf(candidate.record),
      platform: candidate.record.platform,
    });
  }
  return quotes;
}

function rank(candidate: Candidate): number {
  // log10 so that a 10× more engaged post gains as much as a modest rise in centrality (0.1).
  return candidate.score + 0.1 * Math.log10(1 + engagementOf(candidate.record));
}

function contextSentence(context: StoryContext, candidate: Candidate) {
  const who = capitalise(attributionOf(candidate.record));
  const date = dateOf(candidate.record);
  const press = context.firstPress;
  const when = date ? ` on ${date}` : '';
  if (press?.publishedAt && candidate.record.publishedAt && candidate.record.publishedAt < press.publishedAt) {
    return cite(
      `${who} put it this way${when}, before the first press report on ${dateOf(press)}.`,
      candidate.record,
      press,
    );
  }
  const after = context.pressAfterCommunity;
  if (after?.publishedAt && candidate.record.publishedAt && candidate.record.publishedAt < after.publishedAt) {
    return cite(
      `${who} put it this way${when}, before ${after.venue ?? 'the press'} reported on ${dateOf(after)}.`,
      candidate.record,
      after,
    );
  }
  return cite(`${who} put it this way${when}.`, candidate.record);
}
