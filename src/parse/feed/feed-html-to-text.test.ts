import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, normaliseParagraphs } from '../../extract/html-to-text.js';
import { decodePayload } from '../decode-payload.js';
import { feedHtmlToText } from './feed-html-to-text.js';
import { paragraphsOf } from './paragraphs-of.js';
import { parseFeedXml } from './parse-feed-xml.js';
import type { XmlElement } from './xml-element.js';
import { markupOf } from './xml-node.js';

describe('feedHtmlToText', () => {
  it.each([
    ['plain text', 'Hello   world'],
    ['escaped text only', 'Fish &amp; chips &lt;b&gt; &#8217; &copy &nbsp;x'],
    ['lines of plain text', 'one\n\n two\r\n\r\nthree'],
    ['paragraphs and inline markup', '<p>One <b>bold</b> move.</p><p>Two &amp; three</p>'],
    ['an unclosed paragraph closed by the next', '<p>first<p>second<div>third</div>fourth'],
    ['list items closing each other', '<ul><li>one<li>two</ul>after'],
    ['table cells', '<table><tr><td>a<td>b<tr><th>c</th><td>d</table>e'],
    ['a stray </p> and </br>', 'a</p>b</br>c</p>'],
    ['void elements and self-closing tags', 'x<br>y<br/>z<hr/>w<img src="a.png" alt="no">v<div/>inside'],
    ['a > inside a quoted attribute', '<a href="x?a>b" title=\'c>d\'>link</a> <span data-x=e>f</span>'],
    ['uppercase tags and unknown elements', '<P>Up<BR>case</P><custom-el>made up</custom-el><o:p>office</o:p>'],
    ['comments, including WordPress block markers', '<!-- wp:paragraph --><p>kept</p><!-- /wp:paragraph -->tail'],
    ['a mis-nested close', '<b><i>both</b> after</i> end'],
    ['headings and block quotes', '<h2>Title</h2><blockquote>quoted<p>para</p></blockquote>'],
    ['fallback: a script', 'before<script>var x = "<p>";</script>after'],
    ['fallback: svg with self-closing children', '<svg><rect/><text>t</text></svg>after'],
    ['fallback: a stray <', 'a < b and c<d'],
    ['fallback: CDATA and a doctype in HTML', '<![CDATA[x]]>y<!DOCTYPE html>z'],
    ['fallback: a short comment', 'a<!-->b<!--->c'],
    ['fallback: body and html tags', '<html><body><p>x</p></body></html>after'],
    ['a tag cut off at the end', 'text <a href="x'],
  ])('gives the same text as htmlToText for %s', (_name, html) => {
    expect(feedHtmlToText(html)).toBe(htmlToText(html));
  });
});

describe('paragraphsOf', () => {
  it.each([
    [
      '',
      '   ',
      'one',
      '  one  two  ',
      'a\nb',
      'a\n\nb',
      'a\n \t\nb',
      'a\r\nb',
      'a\r\n\r\nb',
      'a\r\rb',
      'a\n\rb',
      'a\rb',
    ],
    [
      '\n\nlead and trail\n\n',
      'nbsp\u00a0\u00a0run',
      'line\u2028sep\u2029para',
      'ideographic\u3000space\ufeffbom',
      'x\n\u00a0\ny',
      'tab\there\vvt\fff',
    ],
  ])('collapses whitespace exactly as normaliseParagraphs does: %j', (...texts) => {
    for (const text of texts)
      expect(JSON.stringify(paragraphsOf(text))).toBe(JSON.stringify(normaliseParagraphs(text)));
  });
});

const corpora = resolve(process.cwd(), '../shared/corpora');
const hasCorpora = existsSync(corpora);
if (!hasCorpora && !process.env.CI)
  console.log('feed-html-to-text corpus comparison skipped: ../shared/corpora is absent');

/** Every markup element's content in a feed file, as the feed parsers hand it to the text cleaner. */
function markupIn(path: string): string[] {
  let text: string;
  try {
    text = decodePayload({ bytes: readFileSync(path), contentType: null, url: null }).text;
  } catch {
    return [];
  }
  const found: string[] = [];
  const stack: XmlElement[] = [parseFeedXml(text).document];
  while (stack.length > 0) {
    const element = stack.pop()!;
    stack.push(...element.children);
    const markup = markupOf(element).trim();
    if (markup) found.push(markup);
  }
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(xml|rss|atom)$/.test(name) ? [path] : [];
  });
}

describe.runIf(hasCorpora || process.env.CI)('feedHtmlToText on real feed content', () => {
  it('gives the same text as htmlToText for every element of the rss-parser and feedparser corpora', () => {
    const files = [
      ...filesUnder(join(corpora, 'rss-parser-fixtures', 'input')),
      ...filesUnder(join(corpora, 'feedparser-tests')),
    ];
    const differences: Array<{ file: string; markup: string }> = [];
    let compared = 0;
    for (const file of files) {
      for (const markup of markupIn(file)) {
        compared += 1;
        if (feedHtmlToText(markup) !== htmlToText(markup)) differences.push({ file, markup: markup.slice(0, 200) });
      }
    }
    expect(compared).toBeGreaterThan(5000);
    expect(differences).toEqual([]);
  }, 120_000);
});
