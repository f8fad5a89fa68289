/**
 * @module parse/feed/read-markup-content
 * The feed XML reader's step for markup elements (title, description, content…): their content is
 * kept as raw text up to the matching end tag, not read as XML.
 */
import { isNameEnd, SLASH, tagEnd } from './xml-lexing.js';
import type { XmlElement } from './xml-element.js';

/**
 * Finds the end tag matching a markup element's start tag, counting nested elements of the same
 * name and skipping CDATA sections and comments (which may hold anything); returns where reading
 * goes on, or -1 when there is no such end tag. `name` is the name as written.
 */
export function readMarkupContent(text: string, element: XmlElement, name: string): number {
  let depth = 1;
  let position = element.innerStart;
  for (;;) {
    const open = text.indexOf('<', position);
    if (open < 0) break;
    if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open + 9);
      if (end < 0) break;
      position = end + 3;
    } else if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open + 4);
      if (end < 0) break;
      position = end + 3;
    } else if (
      text.charCodeAt(open + 1) === SLASH &&
      text.startsWith(name, open + 2) &&
      isNameEnd(text.charCodeAt(open + 2 + name.length))
    ) {
      depth -= 1;
      const close = text.indexOf('>', open + 2 + name.length);
      if (depth === 0) {
        element.innerEnd = open;
        element.outerEnd = close < 0 ? text.length : close + 1;
        return element.outerEnd;
      }
      position = close < 0 ? text.length : close + 1;
    } else if (text.startsWith(name, open + 1) && isNameEnd(text.charCodeAt(open + 1 + name.length))) {
      const close = tagEnd(text, open + 1 + name.length);
      if (close < 0) break;
      if (text.charCodeAt(close - 1) !== SLASH) depth += 1;
      position = close + 1;
    } else {
      position = open + 1;
    }
  }
  return -1;
}
