/**
 * @module parse/feed
 * The feed readers, in the order the dispatcher tries them.
 */
import type { PayloadParser } from '../payload-parser.js';
import { atomParser } from './atom-parser.js';
import { jsonFeedParser } from './json-feed-parser.js';
import { rssParser } from './rss-parser.js';

/** RSS, Atom and JSON Feed readers. */
export const feedParsers: PayloadParser[] = [rssParser, atomParser, jsonFeedParser];
export { rssParser, atomParser, jsonFeedParser };
