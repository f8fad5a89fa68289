import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPORA_DIR, payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { redditListingParser } from './reddit-listing-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const REDDIT_CORPUS = path.join(CORPORA_DIR, 'community-discussions/reddit');
const hasCorpus = existsSync(REDDIT_CORPUS);
if (!hasCorpus && process.env.CI) throw new Error(`corpus missing at ${REDDIT_CORPUS}`);
if (!hasCorpus) console.log(`skipping Reddit corpus tests: ${REDDIT_CORPUS} is absent`);

describe('redditListingParser on a hand-made mixed Listing', () => {
  const result = redditListingParser.parse(payloadFromFile(path.join(FIXTURES, 'listing-mixed.json')));

  it('reads submissions as roots and comments as replies in their link’s thread', () => {
    expect(
      result.records.map((record) => [record.externalId, record.threadExternalId, record.parentExternalId]),
    ).toEqual([
      ['t3_2fghij', null, null],
      ['t1_m001', 't3_2fghij', 't1_m000'],
    ]);
  });

  it('builds a comment permalink from subreddit, link and comment ids when the API gives none', () => {
    expect(result.records[1]!.url).toBe('https://www.reddit.com/r/networking/comments/2fghij/_/m001/');
  });

  it('leaves out a score Reddit marks as hidden', () => {
    expect(result.records[1]!.engagement).toEqual({});
    expect(result.records[0]!.engagement).toEqual({ score: 55, replies: 14 });
  });

  it('skips a removed comment with a warning and names the shared subreddit as title', () => {
    expect(result.warnings).toContain('skipped 1 comments whose body was [deleted] or [removed]');
    expect(result.title).toBe('r/networking');
  });

  it('throws malformed naming "data" when a Listing lacks it', () => {
    const payload = payloadFromValue({ kind: 'Listing' });
    expect(redditListingParser.detect(payload)).toBe(true);
    expect(() => redditListingParser.parse(payload)).toThrow(/reddit-listing: the Listing has no "data" object/);
  });
});

describe.skipIf(!hasCorpus)('redditListingParser on real Listings', () => {
  it('reads all 100 comments of /r/all/comments with their subreddits as venues', () => {
    const result = redditListingParser.parse(
      payloadFromFile(path.join(REDDIT_CORPUS, 'r_all_comments_2016-12-22.json')),
    );
    const gone = result.warnings.find((warning) => warning.includes('[deleted]'));
    const goneCount = gone ? Number(/skipped (\d+)/.exec(gone)![1]) : 0;
    expect(result.records.length + goneCount).toBe(100);
    expect(
      result.records.every((record) => record.externalId.startsWith('t1_') && record.venue?.startsWith('r/')),
    ).toBe(true);
    expect(
      result.records.every((record) => record.threadExternalId?.startsWith('t3_') && record.parentExternalId !== null),
    ).toBe(true);
    expect(new Set(result.records.map((record) => record.venue)).size).toBeGreaterThan(5);
    expect(result.title).toBeNull();
  });

  it('reads u/spez’s page as 93 comments and 7 submissions, the submissions as roots with titles', () => {
    const result = redditListingParser.parse(
      payloadFromFile(path.join(REDDIT_CORPUS, 'user_spez_top_page1_2016-03-02.json')),
    );
    const submissions = result.records.filter((record) => record.threadExternalId === null);
    expect(submissions).toHaveLength(7);
    expect(submissions.every((record) => record.title && record.url?.startsWith('https://www.reddit.com/r/'))).toBe(
      true,
    );
    expect(result.records.filter((record) => record.externalId.startsWith('t1_')).length).toBeLessThanOrEqual(93);
    expect(result.records.every((record) => record.author === 'spez')).toBe(true);
  });
});
