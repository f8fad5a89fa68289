import { describe, expect, it } from 'vitest';
import { MAX_STORED_MESSAGE_LENGTH, storableMessage, stripControlCharacters } from './strip-control-characters.js';

describe('stripControlCharacters', () => {
  it.each([
    ['NUL bytes', 'PNG\u0000\u0000\u0000\rIHDR', 'PNG IHDR'],
    ['a colour escape', 'bad \u001b[31mred\u001b[0m text', 'bad red text'],
    ['a cursor and clear-screen sequence', '\u001b[2J\u001b[1;1Hhome', 'home'],
    ['an OSC window title ended by BEL', '\u001b]0;pwned\u0007after', 'after'],
    ['an OSC hyperlink ended by ST', '\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['an 8-bit CSI', 'x\u009b31my', 'xy'],
    ['a lone ESC and DEL', 'a\u001b\u007fb', 'ab'],
    ['bidi overrides', 'abc\u202edef\u2066', 'abcdef'],
    ['line breaks and tabs', 'one\r\ntwo\tthree\n', 'one two three '],
  ])('removes %s', (_what, text, expected) => {
    expect(stripControlCharacters(text)).toBe(expected);
  });

  it('keeps line feeds when asked, turning carriage returns into them', () => {
    expect(stripControlCharacters('url\r\n  error \u001b[1mbold\u001b[0m\rnext', { keepNewlines: true })).toBe(
      'url\n  error bold\nnext',
    );
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    expect(stripControlCharacters('Café — “quoted” 🙂 日本')).toBe('Café — “quoted” 🙂 日本');
  });
});

describe('storableMessage', () => {
  it('makes one trimmed line with single spaces', () => {
    expect(storableMessage('  parse: not a feed:\n\n  \u0000\u0000 body  ')).toBe('parse: not a feed: body');
  });

  it('caps the length with an ellipsis, never splitting a surrogate pair', () => {
    const long = storableMessage('x'.repeat(5_000));
    expect(long).toHaveLength(MAX_STORED_MESSAGE_LENGTH);
    expect(long.endsWith('…')).toBe(true);
    const emoji = storableMessage(`${'x'.repeat(MAX_STORED_MESSAGE_LENGTH - 2)}🙂🙂🙂`);
    expect(emoji.length).toBeLessThanOrEqual(MAX_STORED_MESSAGE_LENGTH);
    expect(emoji).toBe(`${'x'.repeat(MAX_STORED_MESSAGE_LENGTH - 2)}…`);
  });
});
