/**
 * @module parse/feed/xml-element
 * One element of a feed document as `parseFeedXml` reads it: a name, its raw attributes, its child
 * elements and where its content sits in the source text (nothing is copied until asked for).
 */

/** `name="value"` or `name='value'` (or, in ill-formed XML, `name=value`) inside a start tag. */
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

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
      this.attributeMap = new Map();
      for (const match of this.attributeText.matchAll(ATTRIBUTE)) {
        if (!this.attributeMap.has(match[1]!)) this.attributeMap.set(match[1]!, match[2] ?? match[3] ?? match[4] ?? '');
      }
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
