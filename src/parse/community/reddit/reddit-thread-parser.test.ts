import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../payload-parser.js';
import { CORPORA_DIR, payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { treeProblems } from '../shared/tree-problems.js';
import { redditThreadParser } from './reddit-thread-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const REDDIT_CORPUS = path.join(CORPORA_DIR, 'community-discussions/reddit');
const hasCorpus = existsSync(REDDIT_CORPUS);
if (!hasCorpus && process.env.CI) throw new Error(`corpus missing at ${REDDIT_CORPUS}`);
if (!hasCorpus) console.log(`skipping Reddit corpus tests: ${REDDIT_CORPUS} is absent`);

describe('redditThreadParser on a hand-made thread', () => {
  const result = redditThreadParser.parse(payloadFromFile(path.join(FIXTURES, 'thread-small.json')));
  const byId = new Map(result.records.map((record) => [record.externalId, record]));

  it('makes the submission the root with its title, venue, permalink and counts', () => {
    const root = result.records[0]!;
    expect(root).toMatchObject({
      externalId: 't3_1abcde',
      platform: 'reddit',
      title: 'Board vendor pushes firmware fix for fan curve bug',
      author: 'quietfan',
      venue: 'r/hardware',
      threadExternalId: null,
      parentExternalId: null,
      url: 'https://www.reddit.com/r/hardware/comments/1abcde/board_vendor_pushes_firmware_fix/',
      publishedAt: '2023-11-14T22:13:20.000Z',
      engagement: { score: 412, replies: 5 },
    });
  });

  it('cleans markdown lightly: links keep their words, emphasis and list markers go', () => {
    expect(result.records[0]!.text).toBe(
      'The new firmware is out. See the notes for details.\n\nfan curve fixed\n\nidle power lower',
    );
  });

  it('skips a [deleted] comment and hangs its reply from the deleted comment’s parent', () => {
    expect(byId.has('t1_k002')).toBe(false);
    expect(byId.get('t1_k003')).toMatchObject({
      parentExternalId: 't1_k001',
      threadExternalId: 't3_1abcde',
      text: 'did it brick anything?\n\nNo, mine came back fine.',
    });
    expect(result.warnings.join('\n')).toMatch(/skipped 1 comments whose body was \[deleted\] or \[removed\]/);
  });

  it('skips more stubs and counts the comments they stand for', () => {
    expect(result.records.map((record) => record.externalId)).toEqual(['t3_1abcde', 't1_k001', 't1_k003', 't1_k004']);
    expect(result.warnings.join('\n')).toMatch(/skipped 1 "more" stubs standing for 2 comments/);
  });

  it('gives each comment its score and no title', () => {
    expect(byId.get('t1_k004')).toMatchObject({ title: null, engagement: { score: 7 }, author: 'skeptic' });
  });

  it('refuses a flat Listing, which is not a thread', () => {
    expect(redditThreadParser.detect(payloadFromFile(path.join(FIXTURES, 'listing-mixed.json')))).toBe(false);
  });

  it('throws malformed naming the missing data when the comment Listing has none', () => {
    const broken = JSON.parse(readFileSync(path.join(FIXTURES, 'thread-small.json'), 'utf8')) as unknown[];
    const payload = payloadFromValue([broken[0], { kind: 'Listing' }]);
    expect(redditThreadParser.detect(payload)).toBe(true);
    expect(() => redditThreadParser.parse(payload)).toThrow(ParseError);
    expect(() => redditThreadParser.parse(payload)).toThrow(/reddit-thread: the comment Listing has no "data" object/);
  });

  it('throws malformed when the first Listing holds no submission', () => {
    const payload = payloadFromValue([
      { kind: 'Listing', data: { children: [] } },
      { kind: 'Listing', data: { children: [] } },
    ]);
    expect(() => redditThreadParser.parse(payload)).toThrow(/holds no t3 submission/);
  });
});

describe.skipIf(!hasCorpus)('redditThreadParser on the real 485-comment r/announcements thread', () => {
  const file = path.join(REDDIT_CORPUS, 'r_announcements_n49rw_thread.json');
  const result = hasCorpus ? redditThreadParser.parse(payloadFromFile(file)) : null;
  const source = hasCorpus ? (JSON.parse(readFileSync(file, 'utf8')) as unknown[]) : [];

  /** Every t1 in the source tree with its body, counted independently of the parser. */
  function sourceComments(
    listing: unknown,
    into: { name: string; gone: boolean }[] = [],
  ): { name: string; gone: boolean }[] {
    const children = (listing as { data: { children: { kind: string; data: Record<string, unknown> }[] } }).data
      .children;
    for (const child of children) {
      if (child.kind !== 't1') continue;
      into.push({
        name: child.data.name as string,
        gone: ['[deleted]', '[removed]'].includes(child.data.body as string),
      });
      if (child.data.replies) sourceComments(child.data.replies, into);
    }
    return into;
  }

  it('accounts for all 485 comments: one record each, except the deleted ones the warning counts', () => {
    const comments = sourceComments(source[1]);
    expect(comments).toHaveLength(485);
    const gone = comments.filter((comment) => comment.gone).length;
    expect(result!.records).toHaveLength(1 + 485 - gone);
    expect(result!.warnings.join('\n')).toContain(`skipped ${gone} comments whose body was [deleted] or [removed]`);
    expect(result!.warnings.join('\n')).toContain('skipped 177 "more" stubs');
  });

  it('builds a whole tree: every parent is in the payload and every comment is in the submission’s thread', () => {
    expect(treeProblems(result!.records)).toEqual([]);
    expect(result!.records[0]).toMatchObject({
      externalId: 't3_n49rw',
      title: "We're back",
      venue: 'r/announcements',
      author: 'alienth',
    });
  });

  it('keeps parent_id for every comment whose parent was kept', () => {
    const kept = new Set(result!.records.map((record) => record.externalId));
    const parentIds = new Map<string, string>();
    (function collect(listing: unknown): void {
      for (const child of (listing as { data: { children: { kind: string; data: Record<string, unknown> }[] } }).data
        .children) {
        if (child.kind !== 't1') continue;
        parentIds.set(child.data.name as string, child.data.parent_id as string);
        if (child.data.replies) collect(child.data.replies);
      }
    })(source[1]);
    const mismatched = result!.records.slice(1).filter((record) => {
      const sourceParent = parentIds.get(record.externalId)!;
      return kept.has(sourceParent) && record.parentExternalId !== sourceParent;
    });
    expect(mismatched).toEqual([]);
  });
});
