import { describe, expect, it } from 'vitest';
import { corpusPathFor } from './corpus-path-for.js';

describe('corpusPathFor', () => {
  it('maps a plain path to the same path inside the corpus', () => {
    expect(corpusPathFor('/press/daily-circuit/feed.xml')).toBe('press/daily-circuit/feed.xml');
  });

  it('maps a query to one extra segment with sorted, percent-encoded parameters', () => {
    expect(corpusPathFor('/bsky/search?sort=latest&q=northline+timetable')).toBe(
      'bsky/search/q=northline%20timetable&sort=latest',
    );
    expect(corpusPathFor('/bsky/search?q=northline%20timetable&sort=latest')).toBe(
      'bsky/search/q=northline%20timetable&sort=latest',
    );
  });

  it('keeps an at:// URI in a query as one encoded segment', () => {
    expect(corpusPathFor('/x/getPostThread?uri=at://did:plc:abc/app.bsky.feed.post/3k')).toBe(
      'x/getPostThread/uri=at%3A%2F%2Fdid%3Aplc%3Aabc%2Fapp.bsky.feed.post%2F3k',
    );
  });

  it('names the index file for a folder URL', () => {
    expect(corpusPathFor('/press/harbor-ledger/2026/11/18/vote/feed/')).toBe(
      'press/harbor-ledger/2026/11/18/vote/feed/index',
    );
  });

  it('clamps dot segments at the corpus root, as URL parsing does', () => {
    expect(corpusPathFor('/%2e%2e/sources.json')).toBe('sources.json');
    expect(corpusPathFor('/press/%2e%2e/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd');
  });

  it('clamps dot segments hidden behind encoded slashes too', () => {
    expect(corpusPathFor('/press%2F..%2F..%2Fpackage.json')).toBe('package.json');
    expect(corpusPathFor('/a%2F..%2F..%2F..%2Fetc%2Fpasswd')).toBe('etc/passwd');
  });

  it('refuses paths that cannot be decoded or hold a NUL byte', () => {
    expect(corpusPathFor('/press/%E0%A4%A')).toBeNull();
    expect(corpusPathFor('/press/feed.xml%00.html')).toBeNull();
  });
});
