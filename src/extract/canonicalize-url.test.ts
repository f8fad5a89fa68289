import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, isTrackingParam } from './canonicalize-url.js';

describe('canonicalizeUrl', () => {
  it('lower-cases the host, drops the fragment and the default port', () => {
    expect(canonicalizeUrl('HTTPS://News.Example.COM:443/Story#comments')).toBe('https://news.example.com/Story');
    expect(canonicalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(canonicalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('drops tracking parameters and sorts the rest', () => {
    expect(canonicalizeUrl('https://example.com/a?utm_source=x&b=2&fbclid=y&a=1&gclid=z&mc_cid=q&ref=hn')).toBe(
      'https://example.com/a?a=1&b=2',
    );
  });

  it('drops the query entirely when only tracking parameters were present', () => {
    expect(canonicalizeUrl('https://example.com/a?utm_medium=email')).toBe('https://example.com/a');
  });

  it('removes a trailing slash except on the root path', () => {
    expect(canonicalizeUrl('https://example.com/news/story/')).toBe('https://example.com/news/story');
    expect(canonicalizeUrl('https://example.com')).toBe('https://example.com/');
  });

  it('returns null for invalid and non-http URLs', () => {
    expect(canonicalizeUrl('not a url')).toBeNull();
    expect(canonicalizeUrl('mailto:someone@example.com')).toBeNull();
  });

  it('recognises tracking parameters by name and prefix, case-insensitively', () => {
    expect(isTrackingParam('UTM_Campaign')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
  });
});
