/**
 * @module weigh/measure-timing
 * Who said it first: the earliest community record against the earliest press record of a story.
 */
import { recordTime as timeOfRecord, type FirstMention, type SourceRecord, type StoryTiming } from '../model/index.js';
import { byRecordTime, recordTime } from '../cluster/group-threads.js';

const MS_PER_HOUR = 3_600_000;

/**
 * The earliest community and press records (by publishedAt, else fetchedAt; ties by id) and
 * `communityLeadHours` = press first minus community first, in hours rounded to 0.1: positive when
 * the community was first, negative when the press was, null when either side has no record.
 */
export function measureTiming(records: readonly SourceRecord[]): StoryTiming {
  const ordered = [...records].sort(byRecordTime);
  const communityFirst = ordered.find((record) => record.kind === 'community') ?? null;
  const pressFirst = ordered.find((record) => record.kind === 'press') ?? null;
  const lead =
    communityFirst && pressFirst
      ? Math.round(((recordTime(pressFirst) - recordTime(communityFirst)) / MS_PER_HOUR) * 10) / 10
      : null;
  return {
    communityFirst: communityFirst ? mentionOf(communityFirst) : null,
    pressFirst: pressFirst ? mentionOf(pressFirst) : null,
    // Math.round can give -0; a reader should never see "-0 hours".
    communityLeadHours: lead === null ? null : lead + 0,
  };
}

function mentionOf(record: SourceRecord): FirstMention {
  return {
    recordId: record.id,
    platform: record.platform,
    venue: record.venue,
    at: timeOfRecord(record),
  };
}
