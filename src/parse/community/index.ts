/**
 * @module parse/community
 * Readers for community platforms' payloads, tried before the feed and article readers.
 */
import type { PayloadParser } from '../payload-parser.js';

/** Every community parser, most specific first. */
export const communityParsers: PayloadParser[] = [];
