/**
 * @module parse/community/discourse/discourse-post-parts
 * What the Discourse readers take from one post: its own words (without quotes and previews) and its likes.
 */
import { parseHTML } from 'linkedom';
import { htmlToText } from '../../../extract/html-to-text.js';
import { arrayOf, numberOf, objectOf, type JsonObject } from '../shared/json-value.js';

/** Discourse's post action type for a like (PostActionType.types[:like] in Discourse's source). */
const LIKE_ACTION_ID = 2;

/** Parts of cooked HTML that are not the poster's words: quotes of other posts and link previews. */
const BORROWED_SELECTOR = 'aside.quote, aside.onebox, .onebox';

/** Likes from `actions_summary` (id 2), else `like_count`; undefined when the post says neither. */
export function likesOf(post: JsonObject): number | undefined {
  const like = arrayOf(post.actions_summary)
    .map(objectOf)
    .find((action) => action?.id === LIKE_ACTION_ID);
  return numberOf(like?.count) ?? numberOf(post.like_count) ?? (like ? 0 : undefined);
}

/** The cooked HTML as text, without quoted posts or link previews. */
export function ownWords(cooked: string): string {
  if (!/<aside|onebox/.test(cooked)) return htmlToText(cooked);
  const { document } = parseHTML(`<!doctype html><html><body>${cooked}</body></html>`);
  for (const borrowed of document.querySelectorAll(BORROWED_SELECTOR)) borrowed.remove();
  return htmlToText(document.body.innerHTML);
}
