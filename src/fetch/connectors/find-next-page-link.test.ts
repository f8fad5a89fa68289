import { describe, expect, it } from 'vitest';
import { findNextPageLink, pageNumberOf } from './find-next-page-link.js';

const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const AT = 'https://board.example/threads/pump-noise.77/page-2';

describe('findNextPageLink', () => {
  it('prefers <link rel="next"> and resolves it against the page', () => {
    expect(findNextPageLink(page('<a href="page-9">9</a>', '<link rel="next" href="page-3">'), AT)).toBe(
      'https://board.example/threads/pump-noise.77/page-3',
    );
  });

  it('takes an anchor with rel="next" among others', () => {
    expect(
      findNextPageLink(
        page('<a href="page-1" rel="prev">Prev</a><a rel="nofollow next" href="/threads/pump-noise.77/page-3">›</a>'),
        AT,
      ),
    ).toBe('https://board.example/threads/pump-noise.77/page-3');
  });

  it('takes a page-shaped anchor that says "Next" or is an arrow, but not a "Next" anchor to something else', () => {
    expect(
      findNextPageLink(
        page('<a href="/threads/other.12/">Next thread</a><a class="pageNav-jump" href="page-3">Next &rsaquo;</a>'),
        AT,
      ),
    ).toBe('https://board.example/threads/pump-noise.77/page-3');
    expect(
      findNextPageLink(
        page('<a href="/showthread.php?t=5&amp;page=4">&raquo;</a>'),
        'https://board.example/showthread.php?t=5&page=3',
      ),
    ).toBe('https://board.example/showthread.php?t=5&page=4');
    expect(findNextPageLink(page('<a href="/help">Next</a>'), AT)).toBeNull();
  });

  it('falls back to the anchor for page N+1 of the same address', () => {
    const numbers =
      '<a href="?t=5&amp;page=1">1</a><a href="?t=5&amp;page=3">3</a><a href="?t=6&amp;page=2">2</a><a href="?t=5&amp;page=2">2</a>';
    expect(findNextPageLink(page(numbers), 'https://board.example/viewtopic.php?t=5')).toBe(
      'https://board.example/viewtopic.php?t=5&page=2',
    );
  });

  it('refuses links to another site, to another scheme, and to the page itself', () => {
    expect(
      findNextPageLink(page('', '<link rel="next" href="https://elsewhere.example/threads/pump-noise.77/page-3">'), AT),
    ).toBeNull();
    expect(findNextPageLink(page('<a rel="next" href="javascript:load(3)">Next</a>'), AT)).toBeNull();
    expect(findNextPageLink(page('<a rel="next" href="page-2#posts">Next</a>'), AT)).toBeNull();
  });

  it('answers null for the last page', () => {
    expect(findNextPageLink(page('<a href="page-1">1</a><a href="page-2">2</a>'), AT)).toBeNull();
  });
});

describe('pageNumberOf', () => {
  it.each([
    ['https://b.example/viewtopic.php?t=5&page=7', 7],
    ['https://b.example/threads/x.1/page-4', 4],
    ['https://b.example/showthread.php/123-title/page3', 3],
    ['https://paper.example/2026/12/story/comment-page-2/', 2],
    ['https://paper.example/2026/12/story/', null],
  ])('%s is page %s', (url, expected) => {
    expect(pageNumberOf(new URL(url))).toBe(expected);
  });
});
