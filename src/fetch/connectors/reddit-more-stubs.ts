/**
 * @module fetch/connectors/reddit-more-stubs
 * Finds the comment ids behind a Reddit answer's `more` stubs: in a thread's nested Listings, or in
 * a morechildren answer's flat `things`.
 */
import { objectAt } from './connector.js';

/** Listings nest one level per reply; deeper than this is not a thread Reddit serves (it cuts at 10). */
const MAX_WALK_DEPTH = 200;

/** What an answer's `more` stubs stand for. */
export interface MoreStubs {
  /** Comment ids (ID36, no `t1_` prefix) to ask /api/morechildren for, in document order. */
  childIds: string[];
  /** Comments (ID36) whose replies sit behind a "continue this thread" stub, which has no children. */
  continueFrom: string[];
}

/** The stubs in a thread answer or a morechildren answer; an answer of another shape has none. */
export function moreStubsOf(json: unknown): MoreStubs {
  const stubs: MoreStubs = { childIds: [], continueFrom: [] };
  const things = objectAt(objectAt(objectAt(json)?.json)?.data)?.things;
  if (Array.isArray(things)) collect(things, stubs, 0);
  else if (Array.isArray(json)) for (const listing of json) collect(childrenOf(listing), stubs, 0);
  return stubs;
}

function childrenOf(listing: unknown): unknown[] {
  const children = objectAt(objectAt(listing)?.data)?.children;
  return Array.isArray(children) ? children : [];
}

function collect(things: unknown[], stubs: MoreStubs, depth: number): void {
  if (depth > MAX_WALK_DEPTH) return;
  for (const entry of things) {
    const thing = objectAt(entry);
    const data = objectAt(thing?.data);
    if (!thing || !data) continue;
    if (thing.kind === 'more') {
      const children = Array.isArray(data.children)
        ? data.children.filter((child): child is string => typeof child === 'string')
        : [];
      stubs.childIds.push(...children);
      const parent = typeof data.parent_id === 'string' ? data.parent_id : '';
      if (children.length === 0 && parent.startsWith('t1_')) stubs.continueFrom.push(parent.slice(3));
    } else if (objectAt(data.replies)) collect(childrenOf(data.replies), stubs, depth + 1);
  }
}
