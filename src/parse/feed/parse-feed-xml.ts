/**
 * @module parse/feed/parse-feed-xml
 * A purpose-built, forgiving XML reader for feeds: one pass over the text with `indexOf`, building
 * only elements (text stays in the source until asked for). Hardened by what it never does: no DTD
 * is read, so no declared entity is ever expanded and no external entity is ever fetched; entities
 * are decoded later, once, by `xml-node`'s helpers.
 */
import { conventionalName, prefixRenamings } from './feed-namespaces.js';
import { OpenElements } from './open-elements.js';
import { readMarkupContent } from './read-markup-content.js';
import { skipDeclaration, skipPast } from './skip-declaration.js';
import { readAttributes, XmlElement } from './xml-element.js';
import { isNameEnd, isNameStart, SLASH, tagEnd } from './xml-lexing.js';

/**
 * Elements whose content is kept as raw markup, not read as XML, so escaped HTML, CDATA and inline
 * XHTML reach `markupOf` untouched and are decoded exactly once there. Only below the root.
 */
const MARKUP_ELEMENTS = new Set([
  'title',
  'dc:title',
  'description',
  'dc:description',
  'content:encoded',
  'content',
  'summary',
  'subtitle',
  'tagline',
  'xhtml:body',
  'body',
  'fullitem',
]);

/** Problems listed by name in the result; past this many only the count grows (a broken feed can have thousands). */
const MAX_LISTED_PROBLEMS = 5;

/**
 * Elements read before the rest of a document is left unread: 45 times the ~11,000 of the biggest
 * real feed in our corpora (giantbomb-podcast.rss, 1.6 MB, 730 items), so 20 MiB of `<a/>` cannot
 * make millions of objects.
 */
export const MAX_FEED_ELEMENTS = 500_000;

/** What `parseFeedXml` read: the document element (its children are the top-level elements) and what was wrong. */
export interface FeedXml {
  document: XmlElement;
  /** Well-formedness problems worked around, first few by name; empty for well-formed XML. */
  problems: string[];
  /** How many problems there were in all. */
  problemCount: number;
}

const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * Reads feed XML into elements. Never throws: ill-formed XML is read as far as it can be (a stray
 * end tag is ignored, an end tag closes the unclosed elements inside it, a cut-off document closes
 * what is open) and each such repair is named in `problems`. Leading whitespace and a BOM before
 * `<?xml` are fine.
 */
export function parseFeedXml(text: string): FeedXml {
  const document = new XmlElement('#document', text, 0, '', 0);
  const problems: string[] = [];
  let problemCount = 0;
  const problem = (message: string) => {
    problemCount += 1;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(message);
  };
  const stack = new OpenElements(document);
  let position = 0;
  for (;;) {
    const open = text.indexOf('<', position);
    if (open < 0) break;
    if (stack.created >= MAX_FEED_ELEMENTS) {
      problem(`more than ${MAX_FEED_ELEMENTS} elements; the rest is not read`);
      break;
    }
    const next = text.charCodeAt(open + 1);
    if (next === SLASH) {
      position = readEndTag(text, open, stack, problem);
    } else if (next === BANG) {
      position = skipDeclaration(text, open, problem);
    } else if (next === QUESTION) {
      position = skipPast(text, '?>', open + 2, problem, 'a processing instruction');
    } else if (isNameStart(next)) {
      position = readStartTag(text, open, stack, problem);
    } else {
      problem(`a "<" that starts no tag at offset ${open}`);
      position = open + 1;
    }
  }
  document.innerEnd = document.outerEnd = text.length;
  while (stack.depth > 0) {
    const element = stack.pop();
    element.innerEnd = element.outerEnd = text.length;
    problem(`the document ends inside <${element.name}>`);
  }
  if (document.children.length === 0) problem('no element found');
  return { document, problems, problemCount };
}

/** Reads `<name attributes>` at `open`; returns where reading goes on. */
function readStartTag(text: string, open: number, stack: OpenElements, problem: (message: string) => void): number {
  let nameEnd = open + 1;
  while (nameEnd < text.length && !isNameEnd(text.charCodeAt(nameEnd))) nameEnd += 1;
  const close = tagEnd(text, nameEnd);
  if (close < 0) {
    problem('the document ends inside a start tag');
    return text.length;
  }
  const written = text.slice(open + 1, nameEnd);
  const selfClosing = text.charCodeAt(close - 1) === SLASH && close - 1 >= nameEnd;
  const attributeText = text.slice(nameEnd, selfClosing ? close - 1 : close);
  // Namespaces are declared on the root in practice; only the root's declarations are read.
  if (stack.depth === 0 && attributeText.includes('xmlns:'))
    stack.renamings = prefixRenamings(readAttributes(attributeText));
  const name = conventionalName(written, stack.renamings);
  const element = new XmlElement(name, text, open, attributeText, close + 1);
  stack.innermost.children.push(element);
  stack.created += 1;
  if (selfClosing) return close + 1;
  if (stack.depth > 0 && MARKUP_ELEMENTS.has(name)) {
    const after = readMarkupContent(text, element, written);
    if (after >= 0) return after;
    // No end tag: read what follows as XML, so the ancestors' end tags still close it.
    problem(`<${name}> has no end tag`);
  }
  stack.push(element);
  return close + 1;
}

/** Reads `</name>` at `open`: closes the innermost open element of that name, and any left open inside it. */
function readEndTag(text: string, open: number, stack: OpenElements, problem: (message: string) => void): number {
  let close = text.indexOf('>', open + 2);
  // A document cut off inside its last end tag (`</rss`) still names what it closes.
  if (close < 0) close = text.length;
  const name = conventionalName(text.slice(open + 2, close).trim(), stack.renamings);
  if (!stack.isOpen(name)) {
    problem(`a stray </${name}>`);
    return close + 1;
  }
  while (stack.innermost.name !== name) {
    const unclosed = stack.pop();
    unclosed.innerEnd = unclosed.outerEnd = open;
    problem(`<${unclosed.name}> is not closed before </${name}>`);
  }
  const element = stack.pop();
  element.innerEnd = open;
  element.outerEnd = Math.min(close + 1, text.length);
  return close + 1;
}
