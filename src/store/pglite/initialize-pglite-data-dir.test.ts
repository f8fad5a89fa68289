import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initializePgliteDataDir } from './initialize-pglite-data-dir.js';
import { openPgliteClient } from './open-pglite-client.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('initializePgliteDataDir', () => {
  it('creates a database folder that PGlite then opens in this process', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'uc-initdb-'));
    folders.push(folder);
    await initializePgliteDataDir(join(folder, 'pgdata'));
    expect(existsSync(join(folder, 'pgdata', 'PG_VERSION'))).toBe(true);
    const client = await openPgliteClient(folder);
    expect(await client.query<{ answer: number }>('select 41 + 1 as answer')).toEqual([{ answer: 42 }]);
    await client.close();
  }, 60_000);
});
