import { describe, expect, it } from 'vitest';
import type { Source } from '../model/index.js';
import { kindOfUrl } from './kind-of-url.js';
import { OpmlError, readOpml } from './read-opml.js';
import { writeOpml } from './write-opml.js';

const READER_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE opml [<!ENTITY boom "boom">]>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="Hardware" title="Hardware">
      <outline text="The Daily Circuit" type="rss" xmlUrl="https://dailycircuit.example/feed.xml" htmlUrl="https://dailycircuit.example/"/>
      <outline text="GPUs">
        <outline text="r/hardware" type="rss" xmlUrl="https://www.reddit.com/r/hardware/.rss"/>
      </outline>
    </outline>
    <outline text="Tom &amp; Jerry &#233;dition &boom;" xmlUrl="https://tom.example/atom?x=1&amp;y=2"/>
    <outline text="duplicate" xmlUrl="https://dailycircuit.example/feed.xml"/>
    <outline text="A folder with no feeds"/>
  </body>
</opml>`;

describe('OPML', () => {
  it('reads subscriptions with their folders as tags, each URL once, decoding entities but never expanding declared ones', () => {
    expect(readOpml(READER_EXPORT)).toEqual([
      { url: 'https://dailycircuit.example/feed.xml', title: 'The Daily Circuit', tags: ['Hardware'], kind: null },
      { url: 'https://www.reddit.com/r/hardware/.rss', title: 'r/hardware', tags: ['Hardware', 'GPUs'], kind: null },
      { url: 'https://tom.example/atom?x=1&y=2', title: 'Tom & Jerry édition &boom;', tags: [], kind: null },
    ]);
  });

  it('names what is wrong with a file that is not OPML', () => {
    expect(() => readOpml('<rss version="2.0"><channel/></rss>')).toThrow(OpmlError);
    expect(() => readOpml('<rss version="2.0"><channel/></rss>')).toThrow(/no <opml> root/);
    expect(() => readOpml('<opml version="2.0"><head/></opml>')).toThrow(/no <body>/);
  });

  it('writes OPML 2.0 that reads back to the same sources, folders and kinds', () => {
    const source = (url: string, title: string, tags: string[], kind: Source['kind']): Source => ({
      id: url,
      url,
      kind,
      platform: kind === 'press' ? 'feed' : 'reddit',
      title,
      venue: null,
      tags,
      status: 'ok',
      lastError: null,
      consecutiveFailures: 0,
      lastFetchedAt: null,
      etag: null,
      lastModified: null,
      nextDueAt: null,
      everySeconds: null,
      intervalSeconds: null,
      createdAt: '2026-12-01T00:00:00.000Z',
    });
    const sources = [
      source('https://dailycircuit.example/feed.xml', 'The Daily Circuit', ['Hardware'], 'press'),
      source(
        'https://www.reddit.com/r/hardware/comments/abc.json',
        'r/hardware <thread> "quoted"',
        ['Hardware', 'GPUs'],
        'community',
      ),
      source('https://loose.example/feed', 'Loose & free', [], 'press'),
    ];
    const written = writeOpml(sources, new Date('2026-12-01T00:00:00.000Z'));
    expect(written).toContain('<opml version="2.0">');
    expect(readOpml(written)).toEqual([
      { url: sources[0]!.url, title: 'The Daily Circuit', tags: ['Hardware'], kind: 'press' },
      { url: sources[1]!.url, title: 'r/hardware <thread> "quoted"', tags: ['Hardware', 'GPUs'], kind: 'community' },
      { url: sources[2]!.url, title: 'Loose & free', tags: [], kind: 'press' },
    ]);
  });

  it('tells community URLs from press URLs by their shape', () => {
    expect(kindOfUrl('https://www.reddit.com/r/hardware/.rss')).toBe('community');
    expect(kindOfUrl('https://hn.algolia.com/api/v1/items/1')).toBe('community');
    expect(kindOfUrl('https://mastodon.social/api/v1/timelines/tag/x')).toBe('community');
    expect(kindOfUrl('https://forum.example/t/slug/42.json')).toBe('community');
    expect(kindOfUrl('https://dailycircuit.example/feed.xml')).toBe('press');
  });
});
