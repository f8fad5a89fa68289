/**
 * @module extract/boilerplate-names
 * The class/id/role vocabulary the article extractor reads: names that mark page furniture, names
 * that mark article bodies, and the weights they carry. The lists follow the ones Readability
 * (`REGEXPS.unlikelyCandidates`, `positive`, `negative`) and trafilatura (`BODY_XPATH`,
 * `OVERALL_DISCARD_XPATH`) keep, regrouped as words; the share/newsletter/cookie/related/author-box
 * words are ours, from the furniture the pipeline met in pages.
 */
import type { PageElement } from './parse-page-tree.js';

/** Furniture removed wherever it sits, unless it holds much of the page's text (see prunePage). */
const FURNITURE = [
  'share',
  'sharing',
  'sharebar',
  'social',
  'sociallinks',
  'share-buttons',
  'addthis',
  'sharethis',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'sign-up',
  'paywall',
  'promo',
  'donate',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  'related',
  'recommended',
  'recommendations',
  'recirc',
  'more-stories',
  'read-next',
  'readnext',
  'read-more',
  'most-popular',
  'popular',
  'trending',
  'outbrain',
  'taboola',
  'author-bio',
  'author-box',
  'about-author',
  'author-info',
  'bio-box',
  'byline',
  'author',
  'comment',
  'comments',
  'disqus',
  'respond',
  'replies',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'tags',
  'tag-list',
  'taglist',
  'categories',
  'keywords',
  'topics',
  'sidebar',
  'widget',
  'menu',
  'navbar',
  'nav',
  'navigation',
  'footer',
  'masthead',
  'banner',
  'skip-link',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adsbygoogle',
  'sponsor',
  'sponsored',
  'dfp',
  'gpt-ad',
  'modal',
  'popup',
  'overlay',
  'toolbar',
  'print',
  'visually-hidden',
  'sr-only',
  'screen-reader-text',
  'caption',
  'credit',
  'copyright',
  'wp-caption-text',
  'figcaption',
  'photo-credit',
  'image-credit',
  'timestamp',
  'dateline',
  'date',
  'meta',
  'post-meta',
  'entry-meta',
  'article-meta',
];

/** Words that make an element more likely to be the article body (Readability's `positive`, plus body names). */
const POSITIVE = [
  'article',
  'body',
  'content',
  'entry',
  'hentry',
  'h-entry',
  'main',
  'page',
  'post',
  'text',
  'blog',
  'story',
  'articlebody',
  'article-body',
  'articletext',
  'article-text',
  'story-body',
  'storybody',
  'post-content',
  'postcontent',
  'post-body',
  'entry-content',
  'article-content',
  'articlecontent',
  'content-body',
  'body-text',
  'richtext',
  'prose',
];

/** Words that make an element less likely to be the article body (Readability's `negative`). */
const NEGATIVE = [
  'hidden',
  'banner',
  'combx',
  'comment',
  'com-',
  'contact',
  'footer',
  'gdpr',
  'masthead',
  'media',
  'meta',
  'outbrain',
  'promo',
  'related',
  'scroll',
  'share',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'sponsor',
  'shopping',
  'tags',
  'widget',
  'nav',
  'menu',
  'social',
  'newsletter',
  'subscribe',
  'ad',
  'ads',
  'popular',
];

/** Roles that are never article text (WAI-ARIA landmark and window roles). */
const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'search',
  'toolbar',
  'tablist',
]);

/** Tags that are furniture by definition (HTML's sectioning and interactive furniture). */
export const FURNITURE_TAGS = new Set([
  'nav',
  'aside',
  'footer',
  'menu',
  'dialog',
  'figcaption',
  'form',
  'label',
  'fieldset',
  'input',
  'header',
]);

/** Readability's class-weight step: a name match is worth this many score points (`_getClassWeight`). */
export const CLASS_WEIGHT = 25;

const words = (list: string[]) =>
  new RegExp(`(?:^|[\\s_-])(?:${list.map((word) => word.replace(/-/g, '[-_]')).join('|')})(?:$|[\\s_-])`, 'i');
const FURNITURE_PATTERN = words(FURNITURE);
const POSITIVE_PATTERN = words(POSITIVE);
const NEGATIVE_PATTERN = words(NEGATIVE);
/** Names that say "this is the article body", which overrule a furniture word in the same name. */
const BODY_PATTERN =
  /article[-_]?body|articlebody|article[-_]?content|story[-_]?body|post[-_]?(?:content|body)|entry[-_]?content|article[-_]?text|body[-_]?text|rich[-_]?text/i;

/** Class and id, with camelCase words split ("RelatedTags-wrapper" reads as "Related-Tags-wrapper"). */
function namesOf(element: PageElement): string {
  return splitCamelCase(`${element.attributes.class ?? ''} ${element.attributes.id ?? ''}`);
}

function splitCamelCase(names: string): string {
  return names.replace(/([a-z])([A-Z])/g, '$1-$2');
}

/**
 * Substrings that make a furniture-named element a possible wrapper of the article after all
 * (Readability's `okMaybeItsACandidate`): "and-w-sidebar", "main-with-ads", "content-share".
 */
const MAYBE_BODY_PATTERN = /and|article|body|column|content|main|shadow/i;

/** True when the element's class, id or role names it as page furniture. */
export function isFurnitureNamed(element: PageElement): boolean {
  const role = element.attributes.role;
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const names = namesOf(element);
  return (
    names.length > 1 &&
    FURNITURE_PATTERN.test(names) &&
    !MAYBE_BODY_PATTERN.test(names) &&
    element.attributes.itemprop !== 'articleBody'
  );
}

/** True when the element's class, id or itemprop names it as the article body. */
export function isBodyNamed(element: PageElement): boolean {
  return element.attributes.itemprop === 'articleBody' || BODY_PATTERN.test(namesOf(element));
}

/** Readability-style class weight: +CLASS_WEIGHT per positive match, -CLASS_WEIGHT per negative, for class and id each. */
export function classWeight(element: PageElement): number {
  let weight = 0;
  for (const attribute of [element.attributes.class, element.attributes.id]) {
    if (!attribute) continue;
    const name = splitCamelCase(attribute);
    if (NEGATIVE_PATTERN.test(name)) weight -= CLASS_WEIGHT;
    if (POSITIVE_PATTERN.test(name)) weight += CLASS_WEIGHT;
  }
  if (isBodyNamed(element)) weight += CLASS_WEIGHT;
  return weight;
}

/** True when markup hides the element from every reader (hidden, aria-hidden, display:none). */
export function isHidden(element: PageElement): boolean {
  const { attributes } = element;
  if (attributes.hidden !== undefined || attributes['aria-hidden'] === 'true') return true;
  const style = attributes.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
