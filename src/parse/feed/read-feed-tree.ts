/**
 * @module parse/feed/read-feed-tree
 * Shared steps of the XML feed parsers: read the document, and read each item, skipping broken ones.
 */
import { createHash } from 'node:crypto';
import type { ParsedRecord } from '../../model/index.js';
import { ParseError, type DecodedPayload } from '../payload-parser.js';
import { buildFeedRecord, type FeedContext, type FeedItemFields } from './build-feed-record.js';
import { parseFeedXml } from './parse-feed-xml.js';
import type { XmlElement } from './xml-element.js';

/** How the warning naming an ill-formed document's problems starts. */
const ILL_FORMED_WARNING = 'ill-formed XML, read as far as possible: ';

/**
 * The document element (its children are the top-level elements). Ill-formed XML is read as far
 * as it can be, and one warning, pushed to `warnings` when given, names the problems ("ill-formed
 * XML, read as far as possible: …"). ParseError `malformed` naming the format when no element can
 * be read at all.
 */
export function readFeedTree(payload: DecodedPayload, format: string, warnings?: string[]): XmlElement {
  const { document, problems, problemCount } = parseFeedXml(payload.text);
  if (document.children.length === 0)
    throw new ParseError('malformed', `${format}: XML could not be parsed: ${problems.join('; ')}`);
  if (problemCount > 0 && warnings) {
    const more = problemCount > problems.length ? ` (and ${problemCount - problems.length} more)` : '';
    warnings.push(`${ILL_FORMED_WARNING}${problems.join('; ')}${more}`);
  }
  return document;
}

/**
 * An ill-formed document that yielded no item is a broken feed, not an empty one: ParseError
 * `malformed` naming the format and the problems. A well-formed feed with no items passes.
 */
export function refuseEmptyIllFormedFeed(format: string, records: ParsedRecord[], warnings: string[]): void {
  if (records.length > 0) return;
  const illFormed = warnings.find((warning) => warning.startsWith(ILL_FORMED_WARNING));
  if (illFormed)
    throw new ParseError(
      'malformed',
      `${format}: XML could not be parsed: ${illFormed.slice(ILL_FORMED_WARNING.length)}`,
    );
}

/** Records for `items`; an item whose fields cannot be read is skipped with a warning. */
export function readItems<Item>(
  items: Item[],
  readFields: (item: Item) => FeedItemFields,
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
 * apart: those items fall back to their canonical link, then to a hash of their title and text
 * (and, for items identical in every way, their position too).
 */
function withDistinctIds(records: ParsedRecord[], warnings: string[]): ParsedRecord[] {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.externalId, (counts.get(record.externalId) ?? 0) + 1);
  if (counts.size === records.length) return records;
  const repeated = [...counts].filter(([, count]) => count > 1).map(([id]) => id);
  warnings.push(
    `${repeated.length === 1 ? 'one guid is' : `${repeated.length} guids are`} shared by several items (the same guid "${repeated[0]}"); those items are told apart by their links`,
  );
  const taken = new Set(records.map((record) => record.externalId).filter((id) => counts.get(id) === 1));
  return records.map((record, index) => {
    if (counts.get(record.externalId) === 1) return record;
    const hashed = `${record.externalId}#${hashOf(record)}`;
    const fallback = [record.canonicalUrl, record.url, hashed, `${hashed}-${index + 1}`].find(
      (candidate): candidate is string => !!candidate && !taken.has(candidate),
    )!;
    taken.add(fallback);
    return { ...record, externalId: fallback };
  });
}

function hashOf(record: ParsedRecord): string {
  return createHash('sha256')
    .update(`${record.title ?? ''}\u0000${record.text}`)
    .digest('hex')
    .slice(0, 16);
}
