import { describe, expect, it } from 'vitest';
import { formatTable, terminalText } from './format-table.js';

describe('formatTable', () => {
  it('aligns columns and indents a cell second line', () => {
    expect(formatTable(['id', 'url'], [['a1', 'https://x.example/feed\nfailing: HTTP 503']])).toBe(
      'id  url\na1  https://x.example/feed\n    failing: HTTP 503\n',
    );
  });

  it('prints remote text without escape sequences or control characters, and aligns on what is left', () => {
    const table = formatTable(
      ['id', 'title', 'last error'],
      [
        ['a1', '\u001b[31mRed\u001b[0m title', 'parse: body starts \u0089PNG\u001a\u0000\u0000 \u001b]0;owned\u0007'],
        ['b22', 'Plain', ''],
      ],
    );
    expect(table).toBe('id   title      last error\na1   Red title  parse: body starts PNG\nb22  Plain\n');
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('terminalText', () => {
  it('keeps line feeds and drops a clear-screen sequence', () => {
    expect(terminalText('line one\n\u001b[2J\u001b[Hline two')).toBe('line one\nline two');
  });
});
