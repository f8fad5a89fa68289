/**
 * A small plate-reader story for build tests: a Reddit thread, one reply and a press report, on one
 * day (the thread at 01:00, the reply at 02:00, the report at 09:00 UTC).
 */
import type { SourceRecord } from '../../model/index.js';
import { makeRecord } from '../../model/__fixtures__/make-record.js';

export function plateReaderStory(day: string): { thread: SourceRecord; reply: SourceRecord; report: SourceRecord } {
  const thread = makeRecord({
    platform: 'reddit', externalId: 't3_plates', venue: 'r/harborcity', author: 'u/watcher', title: 'Council votes 7-2 to keep plate-reader data',
    text: 'The council voted 7-2 to keep licence-plate reader data. Retention goes from 30 days to 365 days under the new policy.',
    publishedAt: `${day}T01:00:00.000Z`,
  });
  const reply = makeRecord({
    platform: 'reddit', externalId: 't1_plates', venue: 'r/harborcity', author: 'u/driver', threadId: thread.id, parentId: thread.id,
    text: 'A year of plate-reader data on every car in the city is a lot. The council should have kept the 30 days.',
    publishedAt: `${day}T02:00:00.000Z`,
  });
  const report = makeRecord({
    platform: 'feed', externalId: 'https://ledger.example/plates', venue: 'The Harbor Ledger', author: 'Ana Ruiz',
    title: 'Council keeps plate-reader data for a year',
    text: 'The council voted 7-2 on Tuesday to keep licence-plate reader data for 365 days, up from 30 days. The police asked for the longer retention.',
    publishedAt: `${day}T09:00:00.000Z`,
  });
  return { thread, reply, report };
}
