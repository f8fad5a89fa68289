/**
 * @module parse/feed/read-feed-tree
 * Shared steps of the XML feed parsers: parse the tree, and read each item, skipping broken ones.
 */
import { createHash } from 'node:crypto';
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
  return withDistinctIds(records, warnings);
}

/**
 * A guid repeated within one feed (a broken CMS gives every item the same one) cannot tell items
 * apart: those items fall back to their canonical link, then to their position-free content hash.
 */
function withDistinctIds(records: ParsedRecord[], warnings: string[]): ParsedRecord[] {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.externalId, (counts.get(record.externalId) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1).map(([id]) => id);
  if (repeated.length === 0) return records;
  warnings.push(`${repeated.length === 1 ? 'one guid is' : `${repeated.length} guids are`} shared by several items (the same guid "${repeated[0]}"); those items are told apart by their links`);
  const taken = new Set(records.map((record) => record.externalId).filter((id) => counts.get(id) === 1));
  return records.map((record) => {
    if (counts.get(record.externalId) === 1) return record;
    const fallback = [record.canonicalUrl, record.url, `${record.externalId}#${hashOf(record)}`].find((candidate): candidate is string => !!candidate && !taken.has(candidate))!;
    taken.add(fallback);
    return { ...record, externalId: fallback };
  });
}

function hashOf(record: ParsedRecord): string {
  return createHash('sha256').update(`${record.title ?? ''}\u0000${record.text}`).digest('hex').slice(0, 16);
}
