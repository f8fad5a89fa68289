import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRecord } from '../../model/__fixtures__/make-record.js';
import { openRecordStore } from '../open-record-store.js';
import { describeRecordStoreContract } from '../record-store.contract.js';
import { LOCK_FILE_NAME } from './acquire-data-dir-lock.js';

describeRecordStoreContract('PGlite', () => openRecordStore({ dataDir: null }));

describe('PGlite in a data folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'uc-pglite-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps what was stored after closing and reopening the folder', async () => {
    const first = await openRecordStore({ dataDir: folder });
    const rawHash = await first.putRawPayload({
      bytes: new Uint8Array([1, 2, 3]),
      contentType: null,
      url: null,
      receivedAt: '2026-11-30T00:00:00.000Z',
    });
    await first.upsertRecords([makeRecord({ externalId: 'kept', text: 'still here', rawHash })]);
    await first.close();
    expect(existsSync(join(folder, LOCK_FILE_NAME))).toBe(false);

    const second = await openRecordStore({ dataDir: folder });
    expect((await second.listRecords()).map((record) => record.text)).toEqual(['still here']);
    await second.close();
  });

  it('refuses a second open of a folder in use, naming the holder, and opens once it is free', async () => {
    const holder = await openRecordStore({ dataDir: folder });
    await expect(openRecordStore({ dataDir: folder })).rejects.toThrow(
      `in use by another undercurrent process (pid ${process.pid}; lock file ${join(folder, LOCK_FILE_NAME)})`,
    );
    await holder.close();
    const next = await openRecordStore({ dataDir: folder });
    await next.close();
  });
});
