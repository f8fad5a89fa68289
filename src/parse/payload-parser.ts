/**
 * @module parse/payload-parser
 * The contract every format reader meets: recognise a payload, then turn it into records.
 */
import type { ParsedRecord, Platform } from '../model/index.js';

/** A record a payload shows as deleted or removed: the platform's tombstone, without the words. */
export interface ParsedTombstone {
  platform: Platform;
  externalId: string;
}

/** A payload decoded once for all parsers. `json` is set when the text parsed as JSON. */
export interface DecodedPayload {
  bytes: Uint8Array;
  text: string;
  contentType: string | null;
  url: string | null;
  json: unknown | undefined;
}

export interface ParseResult {
  /** The format id that read it, e.g. `rss`, `atom`, `json-feed`, `reddit-listing`, `article-html`. */
  format: string;
  /** A display name for the source when the payload states one (feed title, subreddit, forum name). */
  title: string | null;
  records: ParsedRecord[];
  /** Problems that did not stop the parse (an item skipped, an ill-formed date). */
  warnings: string[];
  /**
   * Records the payload shows as deleted or removed (a "[deleted]" body, a tombstone, a
   * not-found post): a stored record with one of these is marked deleted and keeps its words.
   * Absent when the format has no tombstones.
   */
  deleted?: ParsedTombstone[];
}

export interface PayloadParser {
  format: string;
  /** True when this parser recognises the payload. Cheap: looks at shape, not full content. */
  detect(payload: DecodedPayload): boolean;
  /** Reads the payload. Throws ParseError when it is recognised but broken. */
  parse(payload: DecodedPayload): ParseResult;
}

/** Raised when a payload is unreadable: `code` is stable, `message` says what is wrong. */
export class ParseError extends Error {
  readonly code: 'unrecognised-format' | 'malformed' | 'too-large' | 'empty' | 'not-an-article';
  constructor(code: ParseError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ParseError';
    this.code = code;
  }
}
