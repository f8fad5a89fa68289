/**
 * @module parse/feed/xml-element
 * One element of a feed document as `parseFeedXml` reads it: a name, its raw attributes, its child
 * elements and where its content sits in the source text (nothing is copied until asked for).
 */

/** An element of the parsed document. The document itself is an element named `#document`. */
export class XmlElement {
  /** Child elements in document order; empty for markup elements, whose content is kept raw. */
  readonly children: XmlElement[] = [];
  /** Where the content starts and ends in `source` (between the start and end tags). */
  innerStart: number;
  innerEnd: number;
  /** Where the element ends in `source`, after its end tag. */
  outerEnd: number;
  private attributeMap: Map<string, string> | null = null;

  constructor(
    /** The qualified name as written (`item`, `dc:creator`, `atom:feed`). */
    readonly name: string,
    /** The whole document text. */
    readonly source: string,
    /** Where the start tag begins in `source`. */
    readonly outerStart: number,
    /** The attribute text of the start tag, undecoded. */
    private readonly attributeText: string,
    contentStart: number,
  ) {
    this.innerStart = contentStart;
    this.innerEnd = contentStart;
    this.outerEnd = contentStart;
  }

  /** An attribute's raw (still entity-encoded) value, or undefined; the first of repeated names wins. */
  attribute(name: string): string | undefined {
    if (this.attributeMap === null) {
      if (!this.attributeText.includes('=')) return undefined;
      this.attributeMap = readAttributes(this.attributeText);
    }
    return this.attributeMap.get(name);
  }

  /**
   * The element's own content, undecoded: everything between its tags when it has no child
   * elements (text, CDATA sections, or the raw markup of a markup element), else only the text
   * between its children.
   */
  raw(): string {
    if (this.children.length === 0) return this.source.slice(this.innerStart, this.innerEnd);
    let text = '';
    let from = this.innerStart;
    for (const element of this.children) {
      text += this.source.slice(from, element.outerStart);
      from = element.outerEnd;
    }
    return text + this.source.slice(from, this.innerEnd);
  }
}

/**
 * `name="value"`, `name='value'` and (in ill-formed XML) `name=value` pairs of a start tag, in one
 * linear pass (a regular expression here could backtrack quadratically on a hostile tag). A name
 * without a value is skipped.
 */
export function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    while (index < text.length && isAttributeSpace(text.charCodeAt(index))) index += 1;
    const nameStart = index;
    while (index < text.length && text.charCodeAt(index) !== EQUALS && !isAttributeSpace(text.charCodeAt(index)))
      index += 1;
    const name = text.slice(nameStart, index);
    while (index < text.length && isAttributeSpace(text.charCodeAt(index))) index += 1;
    if (text.charCodeAt(index) !== EQUALS) continue;
    index += 1;
    while (index < text.length && isAttributeSpace(text.charCodeAt(index))) index += 1;
    const quote = text[index];
    let value: string;
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, index + 1);
      value = text.slice(index + 1, end < 0 ? text.length : end);
      index = end < 0 ? text.length : end + 1;
    } else {
      const start = index;
      while (index < text.length && !isXmlSpace(text.charCodeAt(index))) index += 1;
      value = text.slice(start, index);
    }
    if (name && !attributes.has(name)) attributes.set(name, value);
  }
  return attributes;
}

const EQUALS = 0x3d;

/** XML whitespace, and `/` (which only the self-closing mark puts between attributes). */
function isAttributeSpace(code: number): boolean {
  return isXmlSpace(code) || code === 0x2f;
}

function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}
