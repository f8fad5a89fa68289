/**
 * The three article extractors the extraction eval and bench compare, each as "HTML in, body text
 * out" including its own parse: ours, @mozilla/readability on linkedom (the DOM our pipeline used
 * before), and @mozilla/readability on jsdom (the DOM Readability is written against).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/extract/extract-article.js';

/** Body text of the page; throws when the extractor fails on the markup (the caller counts that). */
export type Extractor = (html: string, url: string) => string;

export const extractors: Record<'ours' | 'readabilityLinkedom' | 'readabilityJsdom', Extractor> = {
  ours: (html, url) => extractArticle(html, url)?.text ?? '',
  readabilityLinkedom: (html, url) => {
    const { document } = parseHTML(html);
    // Readability resolves links against document.baseURI, which linkedom leaves unset.
    Object.defineProperty(document, 'baseURI', { value: url, configurable: true });
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  },
  readabilityJsdom: (html, url) => {
    // A silent console: jsdom reports every stylesheet it cannot parse, which is noise here.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  },
};

export type PeerName = keyof typeof extractors;
