/**
 * @module fetch/connectors/reddit-more-stubs
 * Finds the comment ids behind a Reddit answer's `more` stubs: in a thread's nested Listings, or in
 * a morechildren answer's flat `things`.
 */
import { objectAt } from './connector.js';

/** Listings nest one level per reply; deeper than this is not a thread Reddit serves (it cuts at 10). */
const MAX_WALK_DEPTH = 200;

/**
 * The ids (ID36, no `t1_` prefix) every `more` stub in `json` stands for, in document order. A stub
 * with no children ("continue this thread") names none. An answer of another shape yields none.
 */
export function moreStubsOf(json: unknown): string[] {
  const ids: string[] = [];
  const things = objectAt(objectAt(objectAt(json)?.json)?.data)?.things;
  if (Array.isArray(things)) collect(things, ids, 0);
  else if (Array.isArray(json)) for (const listing of json) collect(childrenOf(listing), ids, 0);
  return ids;
}

function childrenOf(listing: unknown): unknown[] {
  const children = objectAt(objectAt(listing)?.data)?.children;
  return Array.isArray(children) ? children : [];
}

function collect(things: unknown[], ids: string[], depth: number): void {
  if (depth > MAX_WALK_DEPTH) return;
  for (const entry of things) {
    const thing = objectAt(entry);
    const data = objectAt(thing?.data);
    if (!thing || !data) continue;
    if (thing.kind === 'more') {
      for (const child of Array.isArray(data.children) ? data.children : []) if (typeof child === 'string') ids.push(child);
    } else if (objectAt(data.replies)) collect(childrenOf(data.replies), ids, depth + 1);
  }
}
