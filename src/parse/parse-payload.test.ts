import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultParsers, parsePayload } from './parse-payload.js';
import { ParseError, type PayloadParser } from './payload-parser.js';

const encode = (text: string) => new TextEncoder().encode(text);
const input = (text: string, contentType: string | null = null) => ({
  bytes: encode(text),
  contentType,
  url: 'https://example.org/x',
});
const feedFixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'feed', '__fixtures__', name));

describe('parsePayload', () => {
  it('sends RSS, Atom and JSON Feed to their readers', () => {
    expect(parsePayload({ bytes: feedFixture('escaped-html.rss'), contentType: null, url: null }).format).toBe('rss');
    expect(parsePayload({ bytes: feedFixture('relative-links.atom'), contentType: null, url: null }).format).toBe(
      'atom',
    );
    expect(parsePayload({ bytes: feedFixture('feed-1-1.json'), contentType: null, url: null }).format).toBe(
      'json-feed',
    );
  });

  it('tries the article reader last, for HTML pages', () => {
    expect(defaultParsers.at(-1)!.format).toBe('article-html');
    const result = parsePayload(
      input('<!doctype html><html><body><article><p>Words here.</p></article></body></html>'),
    );
    expect(result.format).toBe('article-html');
  });

  it('names what the bytes looked like when nothing claims them', () => {
    const attempt = () => parsePayload(input('{"greeting": "hello", "items": []}'));
    expect(attempt).toThrow(ParseError);
    expect(attempt).toThrow(/JSON object/);
    expect(() => parsePayload(input('just some words'))).toThrow(
      expect.objectContaining({ code: 'unrecognised-format' }),
    );
    expect(() => parsePayload(input('{"kind": "Listing", "data": {}}'))).toThrow(/reddit-listing: the Listing has no/);
    expect(() => parsePayload(input('<opml version="2.0"><body/></opml>'))).toThrow(/unknown root/);
  });

  it('wraps an unexpected exception from a parser as malformed, keeping the cause', () => {
    const failure = new TypeError('boom');
    const broken: PayloadParser = {
      format: 'broken',
      detect: () => true,
      parse: () => {
        throw failure;
      },
    };
    try {
      parsePayload(input('anything'), [broken]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).code).toBe('malformed');
      expect((error as ParseError).message).toContain('broken');
      expect((error as ParseError).cause).toBe(failure);
    }
  });

  it('passes a ParseError from a parser through unchanged', () => {
    expect(() => parsePayload(input('<rss><channel><title>x</rss>'))).toThrow(
      expect.objectContaining({ code: 'malformed' }),
    );
  });

  it('uses the first parser that claims the payload', () => {
    const seen: string[] = [];
    const parser = (format: string, claims: boolean): PayloadParser => ({
      format,
      detect: () => {
        seen.push(format);
        return claims;
      },
      parse: () => ({ format, title: null, records: [], warnings: [] }),
    });
    expect(parsePayload(input('x'), [parser('a', false), parser('b', true), parser('c', true)]).format).toBe('b');
    expect(seen).toEqual(['a', 'b']);
  });
});
