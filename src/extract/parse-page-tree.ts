/**
 * @module extract/parse-page-tree
 * Parses an HTML page once, with htmlparser2's tokenizer, into a light element tree for the article
 * extractor, and gathers the page's metadata sources (meta tags, links, JSON-LD, <time>) on the way.
 * A full DOM (linkedom, jsdom) costs several times more and the extractor needs none of its API.
 */
import { Parser } from 'htmlparser2';

/** An element of the light tree. Text children are plain strings, entities already decoded. */
export interface PageElement {
  tag: string;
  attributes: Record<string, string>;
  children: PageNode[];
  parent: PageElement | null;
}

export type PageNode = PageElement | string;

/** What the page says about itself in markup the extractor does not read as text. */
export interface PageFacts {
  /** `<meta>` attributes in document order. */
  metas: Array<Record<string, string>>;
  /** `<link>` attributes in document order. */
  links: Array<Record<string, string>>;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** The `<title>` text, or '' when there is none. */
  title: string;
  /** `<html lang>`, or null. */
  language: string | null;
  /** `datetime` of each `<time>` element in document order. */
  times: string[];
}

export interface PageTree {
  root: PageElement;
  facts: PageFacts;
}

/**
 * Elements dropped with their content at parse time: never text a reader of the article sees.
 * SCRIPT/STYLE/TEMPLATE hold code; NOSCRIPT holds fallbacks for a script-less reader, which the
 * benchmark pages were (Splash with JS off) but whose text is nearly always "enable JavaScript";
 * the embeds and form controls hold widgets.
 */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
  'head',
]);

/** Void elements: they never have children, so they are never pushed as the open element. */
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/**
 * Elements nested deeper than this are not opened; their text joins the element at the cap. Blink's
 * HTML parser caps DOM depth at 512 (`kMaximumHTMLParserDOMTreeDepth`) for the same reason: every
 * later walk over the tree stays bounded, and a hostile page cannot exhaust the stack.
 */
export const MAX_TREE_DEPTH = 512;

/** Parses `html` into a light tree rooted at a synthetic element, plus the page's metadata sources. */
export function parsePageTree(html: string): PageTree {
  const root: PageElement = { tag: '#root', attributes: {}, children: [], parent: null };
  const facts: PageFacts = { metas: [], links: [], jsonLd: [], title: '', language: null, times: [] };
  let current = root;
  let depth = 0;
  // Elements opened beyond MAX_TREE_DEPTH: counted so their closing tags are matched, never built.
  let overflow = 0;
  // Depth inside a skipped element; its whole subtree is ignored except the text we collect.
  let skipDepth = 0;
  let capture: 'title' | 'json-ld' | null = null;
  let captured = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') facts.metas.push(attributes);
        else if (name === 'link') facts.links.push(attributes);
        else if (name === 'html' && attributes.lang && facts.language === null) facts.language = attributes.lang;
        else if (name === 'time' && attributes.datetime) facts.times.push(attributes.datetime);
        if (name === 'title' && !facts.title) {
          capture = 'title';
          captured = '';
        } else if (name === 'script' && /ld\+json/i.test(attributes.type ?? '')) {
          capture = 'json-ld';
          captured = '';
        }
        if (skipDepth > 0 || SKIPPED_TAGS.has(name)) {
          if (!VOID_TAGS.has(name)) skipDepth += 1;
          return;
        }
        if (name === 'title' || name === 'html' || name === 'body') return;
        if (depth >= MAX_TREE_DEPTH) {
          if (!VOID_TAGS.has(name)) overflow += 1;
          return;
        }
        const element: PageElement = { tag: name, attributes, children: [], parent: current };
        current.children.push(element);
        if (!VOID_TAGS.has(name)) {
          current = element;
          depth += 1;
        }
      },
      ontext(text) {
        if (capture) captured += text;
        else if (skipDepth === 0) current.children.push(text);
      },
      onclosetag(name) {
        if (capture && (name === 'title' || name === 'script')) {
          if (capture === 'title') facts.title = captured;
          else facts.jsonLd.push(captured);
          capture = null;
        }
        if (VOID_TAGS.has(name)) return;
        if (skipDepth > 0) {
          skipDepth -= 1;
          return;
        }
        if (name === 'title' || name === 'html' || name === 'body') return;
        if (overflow > 0) {
          overflow -= 1;
          return;
        }
        // htmlparser2 closes its open elements in stack order, implied ones included, so ours mirror it.
        if (current.parent) {
          current = current.parent;
          depth -= 1;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, facts };
}
