import { describe, expect, it } from 'vitest';
import { findFeedLinks } from './find-feed-links.js';

describe('findFeedLinks', () => {
  it('finds RSS, Atom and JSON Feed alternates in order, resolved against <base>, each once, http(s) only', () => {
    const html = `<html><head><base href="https://cdn.example/news/">
      <link rel="stylesheet" href="style.css">
      <link rel="alternate" type="application/rss+xml" title="All" href="feed.xml">
      <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="/atom.xml">
      <link rel="alternate" type="application/rss+xml" href="feed.xml">
      <link rel="alternate" type="application/feed+json" href="javascript:alert(1)">
      <link rel="alternate" hreflang="fr" type="text/html" href="/fr/"></head></html>`;
    expect(findFeedLinks(html, 'https://news.example/')).toEqual([
      { url: 'https://cdn.example/news/feed.xml', type: 'application/rss+xml', title: 'All' },
      { url: 'https://cdn.example/atom.xml', type: 'application/atom+xml', title: null },
    ]);
  });
  it('returns nothing for a page without feeds', () => {
    expect(findFeedLinks('<p>no head at all</p>', 'https://news.example/')).toEqual([]);
  });
});
