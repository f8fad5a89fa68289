import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('turns block elements into paragraphs separated by a blank line', () => {
    expect(htmlToText('<p>First  line.</p><p>Second<br>line.</p>')).toBe('First line.\n\nSecond\n\nline.');
  });

  it('drops scripts and styles and decodes entities', () => {
    expect(htmlToText('<p>A &amp; B &#8217;s</p><script>alert(1)</script><style>p{}</style>')).toBe('A & B \u2019s');
  });

  it('returns plain text unchanged apart from whitespace', () => {
    expect(htmlToText('  no   markup here ')).toBe('no markup here');
  });
});
