import { describe, expect, it } from 'vitest';
import { linkableUrl } from './safe-url.js';

describe('linkableUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(linkableUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(linkableUrl('http://example.org')).toBe('http://example.org/');
  });

  it('refuses javascript:, data: and other schemes however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>',
      'file:///etc/passwd',
      'ftp://example.org/',
    ]) {
      expect(linkableUrl(url), url).toBeNull();
    }
  });

  it('refuses relative, empty and absent URLs', () => {
    for (const url of ['/records/x', '//evil.example/', '', null, undefined]) expect(linkableUrl(url)).toBeNull();
  });
});
