import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../payload-parser.js';
import { payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { treeProblems } from '../shared/tree-problems.js';
import { forumThreadParser } from './forum-thread-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const read = (name: string, url: string | null = null) =>
  forumThreadParser.parse(payloadFromFile(path.join(FIXTURES, name), url));

describe('forumThreadParser on a phpBB topic', () => {
  const result = read('phpbb-topic.html', 'https://kilns.example/forum/viewtopic.php?t=318&sid=abc123');
  const thread = 'https://kilns.example/forum/viewtopic.php?t=318';

  it('makes the first post the root, named by the thread URL and titled', () => {
    expect(result.records).toHaveLength(3);
    expect(result.records[0]).toMatchObject({
      externalId: thread,
      title: 'Kiln controller drifts after firmware 2.4',
      author: 'glazewright',
      platform: 'forum',
      publishedAt: '2024-02-10T18:04:00.000Z',
      venue: 'Ceramics Workshop Forum',
      threadExternalId: null,
      parentExternalId: null,
      url: 'https://kilns.example/forum/viewtopic.php?t=318#p5101',
    });
  });

  it('keeps signatures and quotes of earlier posts out of a post’s words', () => {
    expect(result.records[0]!.text).toBe(
      'Since 2.4 my cone 6 firing ends about 15 degrees hot.\n\nThermocouple is new.',
    );
    expect(result.records[2]!.text).toBe('It did. Setting it back to -8 fixed the overshoot.');
  });

  it('hangs a quoting post from the quoted post and the others from the root', () => {
    expect(result.records[1]).toMatchObject({
      externalId: `${thread}#post-5102`,
      parentExternalId: thread,
      author: 'conecounter',
    });
    expect(result.records[2]).toMatchObject({ parentExternalId: `${thread}#post-5102`, threadExternalId: thread });
    expect(treeProblems(result.records)).toEqual([]);
  });
});

describe('forumThreadParser on a XenForo thread', () => {
  const result = read(
    'xenforo-thread.html',
    'https://pedal.example/threads/e-bike-battery-swelling-after-winter-storage.7731/',
  );
  const thread = 'https://pedal.example/threads/e-bike-battery-swelling-after-winter-storage.7731';

  it('reads authors from data-author, times with their offset into UTC, and the forum name', () => {
    expect(result.records.map((record) => [record.author, record.publishedAt])).toEqual([
      ['coldgarage', '2024-03-02T08:12:44.000Z'],
      ['cellsafe', '2024-03-02T09:01:00.000Z'],
      ['voltnerd', '2024-03-02T11:40:00.000Z'],
    ]);
    expect(result.records[0]).toMatchObject({
      externalId: thread,
      title: 'E-bike battery swelling after winter storage',
      venue: 'Pedal Assist Forums',
    });
  });

  it('drops the quote and the signature, and follows data-source to the quoted post', () => {
    expect(result.records[0]!.text).toBe(
      'Left the pack in an unheated garage all winter. The case now bulges on one side.\n\nIs it safe to charge?',
    );
    expect(result.records[1]).toMatchObject({
      text: 'No. A swollen pack should not be charged; take it to a recycler.',
      parentExternalId: thread,
    });
    expect(result.records[2]!.parentExternalId).toBe(thread);
    expect(treeProblems(result.records)).toEqual([]);
  });

  it('roots no post on a later page and points every post at the thread URL', () => {
    const later = read(
      'xenforo-thread.html',
      'https://pedal.example/threads/e-bike-battery-swelling-after-winter-storage.7731/page-2',
    );
    expect(
      later.records.every((record) => record.threadExternalId === thread && record.parentExternalId !== null),
    ).toBe(true);
  });
});

describe('forumThreadParser on a vBulletin 4 thread', () => {
  const result = read('vbulletin-thread.html', 'https://reef.example/showthread.php?t=2207');
  const thread = 'https://reef.example/showthread.php?t=2207';

  it('reads both posts with authors, zone-less dates as UTC, and the title suffix as forum name', () => {
    expect(result.records.map((record) => [record.author, record.publishedAt])).toEqual([
      ['saltcreek', '2024-03-14T19:45:00.000Z'],
      ['tidepoolpat', '2024-03-14T20:02:00.000Z'],
    ]);
    expect(result.records[0]).toMatchObject({
      venue: 'Reef Keepers Board',
      title: 'Aquarium pump hums but no flow after power cut',
      externalId: thread,
    });
    expect(result.warnings).toContain('vBulletin dates carry no time zone; 2 were read as UTC');
  });

  it('removes the "Originally Posted by" box and the signature, and replies to the quoted post', () => {
    expect(result.records[0]!.text).toBe(
      "After last night's outage the return pump hums but moves no water.\n\nImpeller spins freely by hand.",
    );
    expect(result.records[1]).toMatchObject({
      text: 'Check for an air lock in the return line; burp it at the highest point.',
      parentExternalId: thread,
      externalId: `${thread}#post-66004`,
    });
  });
});

describe('forumThreadParser detection and errors', () => {
  it('refuses an ordinary article page', () => {
    const article =
      '<!doctype html><html><head><title>News</title></head><body><article><p>A post about posts.</p></article></body></html>';
    expect(forumThreadParser.detect(payloadFromValue(article))).toBe(false);
  });

  it('throws malformed when phpBB markup holds no readable post', () => {
    const broken =
      '<!doctype html><html><body><div id="p1" class="post"><div class="postbody"></div></div></body></html>';
    const payload = payloadFromValue(broken);
    expect(forumThreadParser.detect(payload)).toBe(true);
    expect(() => forumThreadParser.parse(payload)).toThrow(ParseError);
    expect(() => forumThreadParser.parse(payload)).toThrow(
      /forum-thread: the page looks like phpbb but no post has an id and a body/,
    );
  });
});
