/**
 * @module parse/feed/xml-lexing
 * Character-level helpers of the feed XML reader: tag-name boundaries and the end of a tag.
 */

const LT = 0x3c;
const GT = 0x3e;
/** `/`, which starts an end tag and ends a self-closing one. */
export const SLASH = 0x2f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** The `>` that ends a tag whose attributes start at `from`, stepping over quoted values; -1 when the text ends first. */
export function tagEnd(text: string, from: number): number {
  let position = from;
  for (;;) {
    const close = text.indexOf('>', position);
    if (close < 0) return -1;
    let quote = -1;
    for (let index = position; index < close; index += 1) {
      const code = text.charCodeAt(index);
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        quote = index;
        break;
      }
    }
    if (quote < 0) return close;
    const quoteEnd = text.indexOf(text[quote]!, quote + 1);
    if (quoteEnd < 0) return -1;
    position = quoteEnd + 1;
  }
}

/** XML NameStartChar, loosely: a letter, `_`, `:` or any non-ASCII character. */
export function isNameStart(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a || code > 0x7f
  );
}

/** Whitespace, `/`, `>` (or the end of the text, NaN) end a tag name. */
export function isNameEnd(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x09 ||
    code === 0x0d ||
    code === SLASH ||
    code === GT ||
    Number.isNaN(code) ||
    code === LT
  );
}
