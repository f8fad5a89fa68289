/**
 * @module parse/feed/read-feed-tree
 * Shared steps of the XML feed parsers: parse the tree, and read each item, skipping broken ones.
 */
import type { ParsedRecord } from '../../model/index.js';
import { ParseError, type DecodedPayload } from '../payload-parser.js';
import { buildFeedRecord, type FeedContext, type FeedItemFields } from './build-feed-record.js';
import { parseFeedXml } from './parse-feed-xml.js';

const UNCLOSED_FINAL_TAG = /<\/([\w:.-]+)\s*$/;

/** The parsed tree, or ParseError `malformed` naming the format when the XML cannot be read. */
export function readFeedTree(payload: DecodedPayload, format: string): Record<string, unknown> {
  try {
    return parseFeedXml(payload.text);
  } catch (error) {
    // A document cut off inside its last closing tag (`</rss`) is the one truncation we repair.
    const repaired = payload.text.replace(UNCLOSED_FINAL_TAG, '</$1>');
    if (repaired !== payload.text) {
      try {
        return parseFeedXml(repaired);
      } catch {
        // fall through to the original error
      }
    }
    throw new ParseError('malformed', `${format}: XML could not be parsed: ${(error as Error).message}`, { cause: error });
  }
}

/** Records for `items`; an item whose fields cannot be read is skipped with a warning. */
export function readItems(
  items: unknown[],
  readFields: (item: unknown) => FeedItemFields,
  context: FeedContext,
  warnings: string[],
): ParsedRecord[] {
  const records: ParsedRecord[] = [];
  items.forEach((item, index) => {
    try {
      const record = buildFeedRecord(readFields(item), context, warnings);
      if (record) records.push(record);
    } catch (error) {
      warnings.push(`skipped item ${index + 1}: ${(error as Error).message}`);
    }
  });
  return records;
}
