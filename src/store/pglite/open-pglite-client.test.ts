import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPgliteClient, SHARED_BUFFERS } from './open-pglite-client.js';

describe('openPgliteClient', () => {
  it('runs PostgreSQL with the small buffer pool, in memory and in a data folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'uc-pglite-'));
    try {
      for (const dataDir of [null, folder]) {
        const client = await openPgliteClient(dataDir);
        try {
          expect(await client.query<{ shared_buffers: string }>('SHOW shared_buffers')).toEqual([
            { shared_buffers: SHARED_BUFFERS },
          ]);
        } finally {
          await client.close();
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
