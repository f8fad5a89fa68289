import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../payload-parser.js';
import { CORPORA_DIR, payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { treeProblems } from '../shared/tree-problems.js';
import { hnItemParser } from './hn-item-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const HN_EXAMPLES = path.join(CORPORA_DIR, 'community-discussions/hackernews/official_api_examples.json');
const hasCorpus = existsSync(HN_EXAMPLES);
if (!hasCorpus && process.env.CI) throw new Error(`corpus missing at ${HN_EXAMPLES}`);
if (!hasCorpus) console.log(`skipping HN corpus tests: ${HN_EXAMPLES} is absent`);

interface Example {
  url: string;
  response: unknown;
  valid_json: boolean;
}
const examples: Example[] = hasCorpus ? (JSON.parse(readFileSync(HN_EXAMPLES, 'utf8')) as Example[]) : [];
const exampleFor = (id: number): unknown =>
  examples.find((example) => example.url.includes(`/item/${id}.json`))!.response;

describe('hnItemParser on an array of Firebase items', () => {
  const result = hnItemParser.parse(payloadFromFile(path.join(FIXTURES, 'firebase-items.json')));

  it('skips the deleted comment and keeps the rest as a whole tree', () => {
    expect(result.records.map((record) => record.externalId)).toEqual(['40100001', '40100002', '40100003']);
    expect(result.warnings).toContain('skipped deleted item 40100004');
    expect(treeProblems(result.records)).toEqual([]);
  });

  it('roots every reply at the story found through its parents', () => {
    expect(result.records[2]).toMatchObject({ threadExternalId: '40100001', parentExternalId: '40100002' });
  });

  it('reads the story’s score and descendants, title, author and time', () => {
    expect(result.records[0]).toMatchObject({
      platform: 'hackernews',
      title: 'Show HN: A tiny ledger that balances itself',
      author: 'ledgerlee',
      publishedAt: '2024-04-13T09:20:00.000Z',
      engagement: { score: 131, replies: 3 },
      venue: 'Hacker News',
      url: 'https://news.ycombinator.com/item?id=40100001',
    });
  });

  it('turns comment HTML into paragraphs with entities decoded', () => {
    expect(result.records[1]!.text).toBe(
      "Does it handle currency rounding?\n\nI've been bitten by half-cent errors before.",
    );
  });

  it('throws malformed when an item has no numeric id', () => {
    const payload = payloadFromValue({ by: 'someone', type: 'comment', time: 1, text: 'hi' });
    expect(hnItemParser.detect(payload)).toBe(true);
    expect(() => hnItemParser.parse(payload)).toThrow(ParseError);
    expect(() => hnItemParser.parse(payload)).toThrow(/hn-item: an item of type "comment" has no numeric "id"/);
  });
});

describe.skipIf(!hasCorpus)('hnItemParser on the official API examples', () => {
  it('claims the five item types and refuses the user, maxitem and updates responses', () => {
    const claimed = examples.filter((example) => hnItemParser.detect(payloadFromValue(example.response)));
    expect(claimed.map((example) => /item\/(\d+)/.exec(example.url)?.[1])).toEqual([
      '8863',
      '2921983',
      '121003',
      '192327',
      '126809',
      '160705',
    ]);
  });

  it('reads the Dropbox story as a root with its score and comment count', () => {
    const [record] = hnItemParser.parse(payloadFromValue(exampleFor(8863))).records;
    expect(record).toMatchObject({
      externalId: '8863',
      title: 'My YC app: Dropbox - Throw away your USB drive',
      author: 'dhouston',
      threadExternalId: null,
      engagement: { score: 111, replies: 71 },
      text: '',
    });
  });

  it('gives a lone comment its parent as parent and, lacking the story, as thread with a warning', () => {
    const result = hnItemParser.parse(payloadFromValue(exampleFor(2921983)));
    expect(result.records[0]).toMatchObject({
      externalId: '2921983',
      parentExternalId: '2921506',
      threadExternalId: '2921506',
      author: 'norvig',
    });
    expect(result.records[0]!.text.split('\n\n')).toHaveLength(2);
    expect(result.warnings.join(' ')).toMatch(/stories are not in the payload/);
  });

  it('hangs a poll option from its poll', () => {
    const [record] = hnItemParser.parse(payloadFromValue(exampleFor(160705))).records;
    expect(record).toMatchObject({
      parentExternalId: '160704',
      threadExternalId: '160704',
      engagement: { score: 335 },
    });
  });
});
