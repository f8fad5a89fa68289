/**
 * @module parse/community/reddit/reddit-more-children-parser
 * Reads `/api/morechildren?api_type=json`: the comments a thread's `more` stubs stood for, as a flat list.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParsedTombstone, ParseResult, PayloadParser } from '../../payload-parser.js';
import { arrayOf, objectOf, stringOf } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { isGoneText, redditThingRecord } from './reddit-thing-record.js';

const FORMAT = 'reddit-more-children';

/** `{ json: { errors, data: { things } } }`, the envelope Reddit's `api_type=json` answers use. */
function thingsOf(json: unknown): unknown[] | null {
  const things = objectOf(objectOf(objectOf(json)?.json)?.data)?.things;
  return Array.isArray(things) ? things : null;
}

/**
 * The morechildren reader (format `reddit-more-children`): one record per `t1` thing, its thread and
 * parent taken from its own `link_id` and `parent_id` (the list is flat). Nested `more` stubs are
 * counted in a warning (the connector asks for them in turn); `[deleted]`/`[removed]` bodies give no
 * record and are listed in `deleted`. Errors Reddit reports in `json.errors` are warnings.
 */
export const redditMoreChildrenParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    return thingsOf(payload.json) !== null;
  },
  parse(payload: DecodedPayload): ParseResult {
    const things = thingsOf(payload.json)!;
    const warnings = arrayOf(objectOf(objectOf(payload.json)?.json)?.errors).map(
      (error) => `Reddit reported: ${JSON.stringify(error)}`,
    );
    const records: ParsedRecord[] = [];
    const deleted: ParsedTombstone[] = [];
    let stubs = 0;
    for (const [index, entry] of things.entries()) {
      const thing = objectOf(entry);
      const data = objectOf(thing?.data);
      if (!thing || !data) throw malformed(FORMAT, `things[${index}] is not a {kind, data} object`);
      if (thing.kind === 'more') stubs += 1;
      if (thing.kind !== 't1') continue;
      if (isGoneText(data.body)) {
        const id = stringOf(data.name) ?? (stringOf(data.id) ? `t1_${stringOf(data.id)}` : null);
        if (id) deleted.push({ platform: 'reddit', externalId: id });
        continue;
      }
      const record = redditThingRecord('t1', data);
      if (record) records.push(record);
      else warnings.push(`skipped things[${index}], a t1 comment with neither "name" nor "id"`);
    }
    if (stubs > 0) warnings.push(`${stubs} further "more" stubs in this answer`);
    return { format: FORMAT, title: records[0]?.venue ?? null, records, warnings, deleted };
  },
};
