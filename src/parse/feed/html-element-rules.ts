/**
 * @module parse/feed/html-element-rules
 * The element rules `feedHtmlToText`'s scanner follows: htmlparser2's void elements and implied end
 * tags, `htmlToText`'s block elements, and the elements it leaves to `htmlToText`.
 */
import { BLOCK_ELEMENTS, DROPPED_ELEMENTS } from '../../extract/html-to-text.js';

/**
 * Elements the scanner leaves to `htmlToText`: the dropped ones, htmlparser2's raw-text elements
 * (script, style, title, textarea, xmp: their content is not markup), foreign content (svg, math,
 * whose self-closing rules differ) and document structure (html, head, body, which move content
 * out of the body).
 */
export const UNMODELLED_ELEMENTS = new Set([
  ...[...DROPPED_ELEMENTS].map((name) => name.toLowerCase()),
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'svg',
  'math',
  'html',
  'head',
  'body',
]);

/** The block elements of `htmlToText`, lower-cased: each starts and ends a paragraph. */
export const BLOCK = new Set([...BLOCK_ELEMENTS].map((name) => name.toLowerCase()));

/** htmlparser2's void elements (Parser.ts `voidElements`): opened and closed at once. */
export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const P_ONLY = new Set(['p']);
const FORM_ELEMENTS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** htmlparser2's `openImpliesClose`: opening the key closes an open element of these names on top of the stack. */
export const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['select', FORM_ELEMENTS],
  ['input', FORM_ELEMENTS],
  ['output', FORM_ELEMENTS],
  ['button', FORM_ELEMENTS],
  ['datalist', FORM_ELEMENTS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((name): [string, Set<string>] => [name, P_ONLY]),
]);
