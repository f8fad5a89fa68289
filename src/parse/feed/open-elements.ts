/**
 * @module parse/feed/open-elements
 * The stack of elements `parseFeedXml` has opened and not yet closed, and what it has learnt so far.
 */
import type { XmlElement } from './xml-element.js';

/**
 * The open elements, innermost last, with a count per name so an end tag that matches none of them
 * is found stray at once (a stack searched per stray tag would make `<a>`×n `</b>`×n quadratic).
 */
export class OpenElements {
  private readonly elements: XmlElement[];
  private readonly openByName = new Map<string, number>();
  /** Elements created so far, the document included. */
  created = 1;
  /** Prefix renamings the root element declared (see feed-namespaces), or null. */
  renamings: Map<string, string> | null = null;

  constructor(document: XmlElement) {
    this.elements = [document];
  }

  /** Open elements below the document. */
  get depth(): number {
    return this.elements.length - 1;
  }

  /** The element new children go into: the innermost open one, or the document. */
  get innermost(): XmlElement {
    return this.elements[this.elements.length - 1]!;
  }

  /** True when an element called `name` is open at any depth. */
  isOpen(name: string): boolean {
    return (this.openByName.get(name) ?? 0) > 0;
  }

  /** Opens `element` inside the innermost one. */
  push(element: XmlElement): void {
    this.elements.push(element);
    this.openByName.set(element.name, (this.openByName.get(element.name) ?? 0) + 1);
  }

  /** Closes and returns the innermost element; never the document (callers check `depth`). */
  pop(): XmlElement {
    const element = this.elements.pop()!;
    this.openByName.set(element.name, this.openByName.get(element.name)! - 1);
    return element;
  }
}
