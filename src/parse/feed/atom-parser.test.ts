import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomParser } from './atom-parser.js';
import { payloadFromFile } from '../../test-support/payload-from-file.js';

const fixture = (name: string) => resolve(import.meta.dirname, '__fixtures__', name);

describe('atomParser', () => {
  const payload = payloadFromFile(fixture('relative-links.atom'));
  const result = atomParser.parse(payload);
  const [first, second] = result.records;

  it('claims a document whose root is <feed>', () => {
    expect(atomParser.detect(payload)).toBe(true);
  });

  it('reads an HTML-typed feed title as text', () => {
    expect(result.title).toBe('Werk statt Wort');
  });

  it('picks the alternate link and resolves it against xml:base', () => {
    expect(first!.url).toBe('https://blog.example.net/entries/1');
    expect(second!.url).toBe('https://other.example.com/x');
  });

  it('prefers published over updated and converts the offset to UTC', () => {
    expect(first!.publishedAt).toBe('2024-03-05T01:15:00.000Z');
    expect(second!.publishedAt).toBe('2024-03-06T10:00:00.000Z');
  });

  it('reads inline XHTML content as paragraphs', () => {
    expect(first!.text).toBe('Absatz eins.\n\nAbsatz & zwei.');
  });

  it('decodes escaped HTML content once', () => {
    expect(second!.text).toBe('Hello world');
  });

  it('keeps brackets in a text-typed title', () => {
    expect(second!.title).toBe('Second <entry>');
  });

  it('falls back to the feed author and takes xml:lang per entry', () => {
    expect(first!.author).toBe('Grete Schmidt');
    expect(second!.author).toBe('Guest Writer');
    expect(first!.language).toBe('de');
    expect(second!.language).toBe('en');
  });

  it('uses the Atom id as externalId', () => {
    expect(result.records.map((record) => record.externalId)).toEqual([
      'tag:blog.example.net,2024:1',
      'tag:blog.example.net,2024:2',
    ]);
  });
});
