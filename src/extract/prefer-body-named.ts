/**
 * @module extract/prefer-body-named
 * The publisher's own name for the article body (itemprop=articleBody, "article-body") beats the
 * scored guess when it holds most of the same text.
 */
import { isBodyNamed } from './boilerplate-names.js';
import { SIBLING_MAX_LINK_DENSITY } from './join-siblings.js';
import { BLOCK_TAGS, childElements, linkDensity, type StatsMap } from './measure-elements.js';
import type { PageElement } from './parse-page-tree.js';

/**
 * A body-named element (itemprop=articleBody, "article-body", ...) wins when it holds at least this
 * share of the best candidate's unlinked text and at most BODY_NAMED_MAX_GROWTH times its text: more
 * than that and it is a page wrapper, not the body. Ours, set by hand: half the text, half again in size.
 */
const BODY_NAMED_TEXT_SHARE = 0.5;
const BODY_NAMED_MAX_GROWTH = 1.5;

/**
 * When the page names its body (itemprop=articleBody, class "article-body", ...) and that element holds
 * most of the best candidate's text, it wins: the publisher's own markup beats our guess. Of nested
 * body-named elements the outermost that still qualifies is taken.
 */
export function preferBodyNamed(root: PageElement, best: PageElement, stats: StatsMap): PageElement {
  const bestStats = stats.get(best)!;
  const bestText = bestStats.text - bestStats.linkText;
  const stack = childElements(root);
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (isBodyNamed(element) && BLOCK_TAGS.has(element.tag)) {
      const own = stats.get(element)!;
      const unlinked = own.text - own.linkText;
      if (
        unlinked >= bestText * BODY_NAMED_TEXT_SHARE &&
        own.text <= bestStats.text * BODY_NAMED_MAX_GROWTH &&
        linkDensity(own) < SIBLING_MAX_LINK_DENSITY
      )
        return element;
    }
    for (let index = element.children.length - 1; index >= 0; index -= 1) {
      const child = element.children[index]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return best;
}
