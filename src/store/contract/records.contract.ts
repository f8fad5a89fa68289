/**
 * @module store/contract/records.contract
 * The RecordStore contract for raw payloads and records: content-addressed bytes, upserts, revisions and deletions.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeRecord } from '../../model/__fixtures__/make-record.js';
import { RECEIVED_AT, storeRecords } from '../__fixtures__/store-records.js';
import type { RecordStore } from '../record-store.js';

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Registers the raw-payload and record tests in the enclosing describe. `open` gives a fresh, migrated, empty store for each test. */
export function describeRecordsContract(open: () => Promise<RecordStore>): void {
  let store: RecordStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('migrates again without error or change', async () => {
    await store.migrate();
    expect(await store.listRecords()).toEqual([]);
  });

  it('stores raw bytes under their SHA-256 and returns them byte for byte', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13, 0xef, 0xbb, 0xbf, 60]);
    const hash = await store.putRawPayload({
      bytes,
      contentType: 'text/xml; charset=utf-8',
      url: 'https://example.com/feed',
      receivedAt: RECEIVED_AT,
    });
    expect(hash).toBe(sha256(bytes));
    const again = await store.putRawPayload({
      bytes,
      contentType: 'other',
      url: null,
      receivedAt: '2026-12-01T00:00:00.000Z',
    });
    expect(again).toBe(hash);
    const stored = await store.rawPayloadByHash(hash);
    expect(stored).not.toBeNull();
    expect([...stored!.bytes]).toEqual([...bytes]);
    expect(stored).toMatchObject({
      hash,
      contentType: 'text/xml; charset=utf-8',
      url: 'https://example.com/feed',
      receivedAt: RECEIVED_AT,
    });
    expect(await store.rawPayloadByHash('0'.repeat(64))).toBeNull();
  });

  it('counts inserted and updated records, and an update replaces every field', async () => {
    const original = makeRecord({ externalId: 'a', title: 'First', text: 'one', engagement: { score: 3 } });
    const [first] = await storeRecords(store, original);
    const changed = { ...first!, title: 'Changed', text: 'two', engagement: { score: 9, replies: 2 }, author: 'Ann' };
    expect(await store.upsertRecords([changed, { ...changed, id: 'feed-other', externalId: 'b' }])).toEqual({
      inserted: 1,
      updated: 1,
    });
    expect(await store.recordById(first!.id)).toEqual(changed);
    expect(await store.recordById('missing')).toBeNull();
  });

  it('keeps a change log with the old words, marks deletions once and keeps them through later upserts', async () => {
    const [stored] = await storeRecords(
      store,
      makeRecord({ externalId: 'edited', sourceId: 'src-9', title: 'Old title', text: 'old words' }),
    );
    await store.saveRecordRevisions([
      {
        recordId: stored!.id,
        change: 'edited',
        at: '2026-11-30T13:00:00.000Z',
        previousTitle: 'Old title',
        previousText: 'old words',
        rawHash: stored!.rawHash,
      },
    ]);
    await store.upsertRecords([{ ...stored!, text: 'new words' }]);
    expect(await store.markRecordsDeleted([stored!.id, 'unknown-id'], '2026-11-30T14:00:00.000Z', null)).toBe(1);
    expect(await store.markRecordsDeleted([stored!.id], '2026-11-30T15:00:00.000Z', null)).toBe(0);
    await store.upsertRecords([{ ...stored!, text: 'new words' }]);
    expect(await store.recordById(stored!.id)).toMatchObject({
      text: 'new words',
      deletedAt: '2026-11-30T14:00:00.000Z',
    });
    expect(await store.recordRevisions(stored!.id)).toEqual([
      {
        recordId: stored!.id,
        change: 'edited',
        at: '2026-11-30T13:00:00.000Z',
        previousTitle: 'Old title',
        previousText: 'old words',
        rawHash: stored!.rawHash,
      },
      {
        recordId: stored!.id,
        change: 'deleted',
        at: '2026-11-30T14:00:00.000Z',
        previousTitle: 'Old title',
        previousText: 'new words',
        rawHash: null,
      },
    ]);
    expect(await store.recordRevisions('unknown-id')).toEqual([]);
    await storeRecords(
      store,
      makeRecord({ externalId: 'second', sourceId: 'src-9' }),
      makeRecord({ externalId: 'from-a-file' }),
    );
    expect(await store.countRecordsBySource()).toEqual(new Map([['src-9', 2]]));
  });

  it('keeps the last copy when one batch names a record twice', async () => {
    const record = makeRecord({ externalId: 'dup', text: 'first' });
    const [stored] = await storeRecords(store, record);
    expect(
      await store.upsertRecords([
        { ...stored!, text: 'second' },
        { ...stored!, text: 'third' },
      ]),
    ).toEqual({ inserted: 0, updated: 1 });
    expect((await store.recordById(stored!.id))?.text).toBe('third');
  });

  it('round-trips every field of a comment, its tree links and its times', async () => {
    const root = makeRecord({
      platform: 'reddit',
      externalId: 't3_x',
      title: 'Root',
      publishedAt: '2026-11-01T10:00:00.000Z',
      url: 'https://www.reddit.com/r/x/comments/x/',
    });
    const reply = makeRecord({
      platform: 'reddit',
      externalId: 't1_y',
      author: 'u/y',
      publishedAt: '2026-11-01T11:30:15.250Z',
      threadId: root.id,
      parentId: root.id,
      text: 'Multi-line\n\nwith “quotes” and ünïcode',
      engagement: { score: -2, likes: 0 },
      language: null,
      venue: 'r/x',
      canonicalUrl: 'https://www.reddit.com/r/x/comments/x/_/y/',
      sourceId: 'src-1',
    });
    const [, storedReply] = await storeRecords(store, root, reply);
    expect(await store.recordById(reply.id)).toEqual(storedReply);
  });
}
