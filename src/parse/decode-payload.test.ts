import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodePayload, MAX_PAYLOAD_BYTES } from './decode-payload.js';
import { detectCharset } from './detect-charset.js';
import { ParseError } from './payload-parser.js';

const bytesOf = (text: string, charset = 'utf-8') => new Uint8Array(iconv.encode(text, charset));
const decode = (bytes: Uint8Array, contentType: string | null = null) =>
  decodePayload({ bytes, contentType, url: null });

describe('decodePayload', () => {
  it('strips a UTF-8 BOM and trusts it over a conflicting header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('<rss>caf\u00e9</rss>')]);
    const payload = decode(bytes, 'text/xml; charset=iso-8859-1');
    expect(payload.text).toBe('<rss>caf\u00e9</rss>');
  });

  it('decodes UTF-16LE announced by its BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...bytesOf('<feed>\u00fc</feed>', 'utf-16le')]);
    expect(decode(bytes).text).toBe('<feed>\u00fc</feed>');
  });

  it('uses the Content-Type charset before the XML prolog', () => {
    const bytes = bytesOf('<?xml version="1.0" encoding="utf-8"?><rss>\u00e9</rss>', 'windows-1252');
    expect(detectCharset(bytes, 'application/rss+xml; charset="windows-1252"')).toEqual({
      charset: 'windows-1252',
      source: 'content-type',
    });
    expect(decode(bytes, 'application/rss+xml; charset="windows-1252"').text).toContain('\u00e9');
  });

  it('reads the XML prolog encoding', () => {
    const bytes = bytesOf(
      '<?xml version="1.0" encoding="KOI8-R"?><rss>\u043f\u0440\u0438\u0432\u0435\u0442</rss>',
      'koi8-r',
    );
    expect(detectCharset(bytes, null).source).toBe('xml-prolog');
    expect(decode(bytes).text).toContain('\u043f\u0440\u0438\u0432\u0435\u0442');
  });

  it('reads <meta charset> and http-equiv in HTML', () => {
    const meta = bytesOf('<html><head><meta charset="shift_jis"></head><body>\u65e5\u672c</body></html>', 'shift_jis');
    expect(decode(meta).text).toContain('\u65e5\u672c');
    const httpEquiv = bytesOf(
      '<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>\u4e2d\u6587</p>',
      'big5',
    );
    expect(decode(httpEquiv).text).toContain('\u4e2d\u6587');
  });

  it('falls back to windows-1252 when unlabelled bytes are not valid UTF-8', () => {
    const bytes = new Uint8Array([...bytesOf('<rss>don'), 0x92, ...bytesOf('t</rss>')]);
    expect(detectCharset(bytes, null)).toEqual({ charset: 'windows-1252', source: 'fallback' });
    expect(decode(bytes).text).toBe('<rss>don\u2019t</rss>');
  });

  it('ignores a charset label iconv-lite does not know', () => {
    expect(detectCharset(bytesOf('<rss/>'), 'text/xml; charset=x-bogus').charset).toBe('utf-8');
  });

  it('parses JSON only when the text starts like JSON', () => {
    expect(decode(bytesOf('  \n{"version": 1}')).json).toEqual({ version: 1 });
    expect(decode(bytesOf('[1, 2]')).json).toEqual([1, 2]);
    expect(decode(bytesOf('{not json')).json).toBeUndefined();
    expect(decode(bytesOf('42')).json).toBeUndefined();
  });

  it('rejects empty and whitespace-only input with code empty', () => {
    expect(() => decode(new Uint8Array())).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => decode(bytesOf(' \n\t'))).toThrow(ParseError);
  });

  it('rejects input over the size cap with code too-large', () => {
    const bytes = new Uint8Array(MAX_PAYLOAD_BYTES + 1);
    expect(() => decode(bytes)).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
});
