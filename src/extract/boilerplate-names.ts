/**
 * @module extract/boilerplate-names
 * The class/id/role vocabulary the article extractor reads: names that mark page furniture, names
 * that mark article bodies, and the weights they carry. The word lists are in `boilerplate-words`.
 */
import { FURNITURE_ROLES, FURNITURE_WORDS, NEGATIVE_WORDS, POSITIVE_WORDS } from './boilerplate-words.js';
import type { PageElement } from './parse-page-tree.js';

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

const words = (list: readonly string[]) =>
  new RegExp(`(?:^|[\\s_-])(?:${list.map((word) => word.replace(/-/g, '[-_]')).join('|')})(?:$|[\\s_-])`, 'i');
const FURNITURE_PATTERN = words(FURNITURE_WORDS);
const POSITIVE_PATTERN = words(POSITIVE_WORDS);
const NEGATIVE_PATTERN = words(NEGATIVE_WORDS);
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
