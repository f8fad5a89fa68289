/**
 * @module parse/feed/parse-feed-xml
 * Reads feed XML into a plain object tree with fast-xml-parser, hardened against entity attacks.
 */
import { XMLParser } from 'fast-xml-parser';

/**
 * Elements whose content is kept as raw markup (fast-xml-parser stop nodes), so escaped HTML,
 * CDATA and inline XHTML reach `markupOf` untouched and are decoded exactly once there.
 */
const MARKUP_ELEMENTS = [
  'title', 'dc:title', 'description', 'dc:description', 'content:encoded', 'content', 'summary', 'subtitle', 'tagline', 'xhtml:body', 'body', 'fullitem',
];

/** Element names that always become arrays, so one item and many items read alike. */
const REPEATED_ELEMENTS = new Set(['item', 'entry', 'link', 'author', 'contributor', 'category', 'dc:creator']);

/**
 * Entity expansion is off (`processEntities: false`): no DTD-declared entity is ever expanded, so
 * "billion laughs" payloads cost nothing, and fast-xml-parser's entity-count cap (which counts
 * `&amp;` too and rejects real feeds full of escaped HTML) never applies. Standard and numeric
 * entities are decoded afterwards by `xml-node`'s helpers with the `entities` package.
 */
const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: MARKUP_ELEMENTS.map((name) => `*.${name}`),
  isArray: (name) => REPEATED_ELEMENTS.has(name),
});

/** Parses feed XML; leading whitespace before `<?xml` is tolerated. Throws on XML it cannot read. */
export function parseFeedXml(text: string): Record<string, unknown> {
  return parser.parse(text.trimStart()) as Record<string, unknown>;
}
