/**
 * @module parse/community/reddit/reddit-listing-shape
 * Recognises Reddit's `Listing` envelope and reads its children, naming what is missing when broken.
 */
import { arrayOf, isJsonObject, objectOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';

/** One child of a Listing: its kind (`t1`, `t3`, `more`, …) and its data object. */
export interface RedditThing {
  kind: string;
  data: JsonObject;
}

/** True for a JSON object whose `kind` is `Listing`, Reddit's paged-collection envelope. */
export function isRedditListing(value: unknown): boolean {
  return isJsonObject(value) && value.kind === 'Listing';
}

/**
 * The children of a Listing. Throws ParseError `malformed` (prefixed with `format`, naming `where`)
 * when the Listing has no `data` object or `data.children` is not an array. A child that is not
 * `{kind, data}` is dropped and counted in `warnings`.
 */
export function listingChildren(listing: unknown, format: string, where: string, warnings: string[]): RedditThing[] {
  const data = objectOf(objectOf(listing)?.data);
  if (!data) throw malformed(format, `${where} has no "data" object`);
  if (!Array.isArray(data.children)) throw malformed(format, `${where} has no "data.children" array`);
  const things: RedditThing[] = [];
  let unreadable = 0;
  for (const child of arrayOf(data.children)) {
    const kind = stringOf(objectOf(child)?.kind);
    const childData = objectOf(objectOf(child)?.data);
    if (kind && childData) things.push({ kind, data: childData });
    else unreadable += 1;
  }
  if (unreadable > 0) warnings.push(`skipped ${unreadable} children of ${where} that were not {kind, data} things`);
  return things;
}
