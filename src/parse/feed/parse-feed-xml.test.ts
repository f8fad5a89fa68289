import { describe, expect, it } from 'vitest';
import { parsePayload } from '../parse-payload.js';
import { MAX_FEED_ELEMENTS, parseFeedXml } from './parse-feed-xml.js';
import { attributeOf, child, children, markupOf, optionalText } from './xml-node.js';

const parse = (xml: string) => parsePayload({ bytes: new TextEncoder().encode(xml), contentType: null, url: null });
const rss = (items: string, head = '<?xml version="1.0"?>\n') =>
  `${head}<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
const item = (n: number, extra = '') => `<item><guid>g${n}</guid><title>Item ${n}</title>${extra}</item>`;

describe('parseFeedXml', () => {
  it('reads elements, attributes with either quote, and self-closing tags', () => {
    const { document, problems } = parseFeedXml(
      `<feed a="1" b='two &amp; three'><link href="x"/><entry><id>e</id></entry></feed>`,
    );
    const feed = child(document, 'feed');
    expect(problems).toEqual([]);
    expect(attributeOf(feed, 'a')).toBe('1');
    expect(attributeOf(feed, 'b')).toBe('two & three');
    expect(attributeOf(child(feed, 'link'), 'href')).toBe('x');
    expect(optionalText(child(child(feed, 'entry'), 'id'))).toBe('e');
  });

  it('keeps a markup element raw, past an end tag inside CDATA and a nested element of the same name', () => {
    const { document } = parseFeedXml(
      '<rss><item><description><![CDATA[a </description> b]]></description><content type="xhtml"><div><content>inner</content></div></content></item></rss>',
    );
    const entry = child(child(document, 'rss'), 'item');
    expect(markupOf(child(entry, 'description'))).toBe('a </description> b');
    expect(markupOf(child(entry, 'content'))).toBe('<div><content>inner</content></div>');
  });

  it('skips a DOCTYPE whose internal subset holds ">" and "]" without reading its entities', () => {
    const { document, problems } = parseFeedXml(
      '<!DOCTYPE rss [<!ENTITY x "a>b]c"> <!ENTITY y "&x;&x;">]><rss><channel><title>&y;</title></channel></rss>',
    );
    expect(problems).toEqual([]);
    expect(optionalText(child(child(child(document, 'rss'), 'channel'), 'title'))).toBe('&y;');
  });

  it('names each repair of ill-formed XML: a stray end tag, an unclosed element, a cut-off document', () => {
    const { document, problems } = parseFeedXml(
      '<rss><channel><item><guid>a</guid></bogus><p>unclosed</item><item><guid>b',
    );
    const items = children(child(child(document, 'rss'), 'channel'), 'item');
    expect(items.map((element) => optionalText(child(element, 'guid')))).toEqual(['a', 'b']);
    expect(problems).toEqual([
      'a stray </bogus>',
      '<p> is not closed before </item>',
      'the document ends inside <guid>',
      'the document ends inside <item>',
      'the document ends inside <channel>',
    ]);
  });

  it('renames prefixes bound to the RSS, Dublin Core and content namespaces to the conventional ones, and no others', () => {
    const { document, problems } = parseFeedXml(
      '<r:rss xmlns:r="http://backend.userland.com/rss2" xmlns:creator="http://purl.org/dc/elements/1.1/" xmlns:a="http://www.w3.org/2005/Atom">' +
        '<r:channel><a:link href="self"/><r:item><r:title>T</r:title><creator:creator>C</creator:creator></r:item></r:channel></r:rss>',
    );
    const channel = child(child(document, 'rss'), 'channel');
    expect(problems).toEqual([]);
    expect(child(channel, 'a:link')).not.toBeNull();
    expect(child(channel, 'link')).toBeNull();
    expect(optionalText(child(child(channel, 'item'), 'title'))).toBe('T');
    expect(optionalText(child(child(channel, 'item'), 'dc:creator'))).toBe('C');
  });

  it('reads on after a markup element that has no end tag, so later items survive', () => {
    const { document, problems } = parseFeedXml(
      '<rss><channel><item><title>broken</item><item><title>fine</title></item></channel></rss>',
    );
    const items = children(child(child(document, 'rss'), 'channel'), 'item');
    expect(items).toHaveLength(2);
    expect(optionalText(child(items[1]!, 'title'))).toBe('fine');
    expect(problems[0]).toBe('<title> has no end tag');
  });
});

describe('parseFeedXml on hostile input (each would take minutes if it were quadratic)', () => {
  const count = 200_000;

  it('finds stray end tags at once under a deep stack of open elements', () => {
    const { document, problemCount } = parseFeedXml(`<rss>${'<a>'.repeat(count)}${'</b>'.repeat(count)}</rss>`);
    expect(child(document, 'rss')!.children).toHaveLength(1);
    expect(problemCount).toBe(2 * count);
  });

  it('reads a start tag with a megabyte of attribute text in one pass', () => {
    const { document } = parseFeedXml(`<rss ${'a'.repeat(1_000_000)} b="1" c=${'x'.repeat(1_000_000)}></rss>`);
    expect(attributeOf(child(document, 'rss'), 'b')).toBe('1');
    expect(attributeOf(child(document, 'rss'), 'c')).toHaveLength(1_000_000);
  });

  it('reads content full of unclosed CDATA openings in linear time', () => {
    const { document } = parseFeedXml(`<rss><item><description>x${'<![CDATA['.repeat(count)}`);
    expect(markupOf(child(child(child(document, 'rss'), 'item'), 'description')).startsWith('x')).toBe(true);
  });

  it('stops creating elements past MAX_FEED_ELEMENTS and says so', () => {
    const { document, problems } = parseFeedXml(`<rss>${'<a/>'.repeat(MAX_FEED_ELEMENTS + 10)}</rss>`);
    expect(child(document, 'rss')!.children.length).toBe(MAX_FEED_ELEMENTS - 2);
    expect(problems[0]).toBe(`more than ${MAX_FEED_ELEMENTS} elements; the rest is not read`);
  });
});

describe('feed XML pitfalls, end to end', () => {
  it('reads a feed with ten thousand entities of escaped HTML (no entity-count cap)', () => {
    const body = '&lt;p&gt;x &amp;amp; y&lt;/p&gt;'.repeat(2500);
    const result = parse(rss(item(1, `<description>${body}</description>`)));
    expect(result.records).toHaveLength(1);
    expect(result.records[0]!.text.split('\n\n')).toHaveLength(2500);
    expect(result.records[0]!.text.startsWith('x & y')).toBe(true);
  });

  it('decodes decimal and hexadecimal character references, and HTML named entities', () => {
    const result = parse(rss(item(1, '<description>caf&#233; &#x2014; na&iuml;ve &#128512;</description>')));
    expect(result.records[0]!.text).toBe('caf\u00e9 \u2014 na\u00efve \u{1F600}');
  });

  it('accepts blank lines before the XML declaration and <rss> without a version', () => {
    const result = parse(`\n\n  <?xml version="1.0"?><rss><channel>${item(1)}</channel></rss>`);
    expect(result.format).toBe('rss');
    expect(result.records).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the items of ill-formed XML and says it was ill-formed, with the reason', () => {
    const result = parse(rss(`${item(1)}<item><guid>g2</guid><title>Two</titel></item>${item(3)}`));
    expect(result.records.map((record) => record.externalId)).toEqual(['g1', 'g2', 'g3']);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^ill-formed XML, read as far as possible: .*<title> has no end tag/),
    ]);
  });

  it('refuses ill-formed XML that yields no item, naming the problem', () => {
    expect(() => parse('<rss><channel><title>x</rss>')).toThrow(
      expect.objectContaining({ code: 'malformed', message: expect.stringContaining('<title> has no end tag') }),
    );
  });

  it('takes a Media RSS title when an item has no title of its own', () => {
    const result = parse(
      rss(
        '<item xmlns:media="http://search.yahoo.com/mrss/"><guid>m</guid><media:title>From media</media:title></item>',
      ),
    );
    expect(result.records[0]!.title).toBe('From media');
  });

  it('keeps an RSS item holding only an author, with an id hashed from the item as written', () => {
    const result = parse(rss('<item><author>editor@example.com (Ed)</author></item>'));
    expect(result.records).toHaveLength(1);
    expect(result.records[0]!.author).toBe('editor@example.com (Ed)');
    expect(result.records[0]!.externalId).toMatch(/^sha256:[0-9a-f]{32}$/);
  });
});
