/**
 * @module extract/strip-furniture
 * Removes page furniture Readability tends to keep (share bars, newsletter boxes, cookie banners,
 * "related" lists, author boxes) before extraction, by class/id pattern.
 */

/** Class or id words that mark furniture, matched as whole hyphen/underscore-separated words. */
export const FURNITURE_WORDS = [
  // share bars
  'share', 'sharing', 'sharebar', 'social', 'social-share', 'share-buttons',
  // newsletter and subscription boxes
  'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up',
  // cookie and consent banners
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp',
  // related and recommended lists
  'related', 'recommended', 'recirc', 'more-stories', 'read-next', 'most-popular', 'trending',
  // author boxes
  'author-bio', 'author-box', 'about-author', 'author-info', 'bio-box',
];

/** ARIA roles and elements that are never article text. */
const FURNITURE_SELECTORS = ['[role="complementary"]', '[role="dialog"]', '[aria-modal="true"]', 'dialog'];

/**
 * An element whose furniture-matching class/id also holds more than this share of the page's text
 * is kept: a body or wrapper called "social-content" is not a share bar.
 */
const MAX_FURNITURE_TEXT_SHARE = 0.3;

/** Elements never removed even when their class matches: they are the page or the article itself. */
const PROTECTED_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

const FURNITURE_PATTERN = new RegExp(`(^|[\\s_-])(${FURNITURE_WORDS.join('|')})([\\s_-]|$)`, 'i');

interface FurnitureElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
}

interface FurnitureDocument {
  body: FurnitureElement | null;
  querySelectorAll(selector: string): ArrayLike<FurnitureElement>;
}

/** Removes furniture elements in place; returns how many were removed. */
export function stripFurniture(document: FurnitureDocument): number {
  const pageTextLength = document.body?.textContent?.length ?? 0;
  const candidates = [
    ...Array.from(document.querySelectorAll('[class], [id]')).filter(isFurniture),
    ...Array.from(document.querySelectorAll(FURNITURE_SELECTORS.join(','))),
  ];
  let removed = 0;
  for (const element of candidates) {
    if (PROTECTED_TAGS.has(element.tagName.toUpperCase())) continue;
    if ((element.textContent?.length ?? 0) > pageTextLength * MAX_FURNITURE_TEXT_SHARE) continue;
    element.remove();
    removed += 1;
  }
  return removed;
}

/** True when the element's class or id names it as furniture. */
export function isFurniture(element: FurnitureElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return FURNITURE_PATTERN.test(names);
}
