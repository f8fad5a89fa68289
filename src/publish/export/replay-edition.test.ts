/**
 * Replay: an edition built from the store is built again from its snapshotted inputs alone, into
 * files identical byte for byte; a changed input shows up as changed files.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassicalEngine } from '../../synthesize/classical/create-classical-engine.js';
import { larkBatteryRecords } from '../../synthesize/classical/__fixtures__/lark-battery-story.js';
import { InMemoryRecordStore } from '../../test-support/in-memory-record-store.js';
import { writeEditionFiles } from './write-edition-files.js';
import { compareEditionFolders } from './compare-edition-folders.js';
import { buildEdition, composeEdition } from '../../pipeline/build-edition.js';

describe('build --replay', () => {
  it('rebuilds a second edition (with a previous one) from its inputs, byte for byte, and notices a changed input', async () => {
    const store = new InMemoryRecordStore();
    const records = larkBatteryRecords();
    await store.upsertRecords(records.slice(0, -2));
    const engine = createClassicalEngine();
    await buildEdition({ store, engine, now: () => new Date('2026-11-20T00:00:00.000Z') });
    await store.upsertRecords(records.slice(-2));
    const built = await buildEdition({ store, engine, now: () => new Date('2026-11-21T00:00:00.000Z') });
    expect(built.inputs.previousEditionId).not.toBeNull();
    expect(built.stories.length).toBeGreaterThan(0);

    const root = mkdtempSync(join(tmpdir(), 'uc-replay-'));
    const original = await writeEditionFiles(join(root, 'a'), built);
    const inputs = JSON.parse(JSON.stringify(built.inputs));
    const replayed = await writeEditionFiles(
      join(root, 'b'),
      await composeEdition(inputs, createClassicalEngine({ thresholds: inputs.engine.thresholds })),
    );
    const same = await compareEditionFolders(original, replayed);
    expect(same.differing).toEqual([]);
    expect(same.identical).toBeGreaterThanOrEqual(5);

    const tampered = JSON.parse(JSON.stringify(built.inputs));
    tampered.records[0].text = `${tampered.records[0].text} The maker now says 12 hours.`;
    const changed = await compareEditionFolders(
      original,
      await writeEditionFiles(join(root, 'c'), await composeEdition(tampered, engine)),
    );
    expect(changed.differing).toContain('inputs.json');
    expect(changed.differing.length).toBeGreaterThan(1);
  });

  it('keeps the publisher-family table in the inputs, so a replay weighs with it and stays byte-identical', async () => {
    const store = new InMemoryRecordStore();
    await store.upsertRecords(larkBatteryRecords());
    const engine = createClassicalEngine();
    const publisherFamilies = [{ name: 'Ledger Media', venues: ['Circuit Wire', 'The Ledger'], hosts: [] }];
    const built = await buildEdition({
      store,
      engine,
      now: () => new Date('2026-11-21T00:00:00.000Z'),
      publisherFamilies,
    });
    expect(built.inputs.publisherFamilies).toEqual(publisherFamilies);
    expect(JSON.stringify(built.stories)).toContain("same publisher family 'Ledger Media'");

    const root = mkdtempSync(join(tmpdir(), 'uc-replay-families-'));
    const original = await writeEditionFiles(join(root, 'a'), built);
    const inputs = JSON.parse(JSON.stringify(built.inputs));
    const same = await compareEditionFolders(
      original,
      await writeEditionFiles(join(root, 'b'), await composeEdition(inputs, engine)),
    );
    expect(same.differing).toEqual([]);

    const withoutFamilies = JSON.parse(JSON.stringify(built.inputs));
    delete withoutFamilies.publisherFamilies;
    const changed = await compareEditionFolders(
      original,
      await writeEditionFiles(join(root, 'c'), await composeEdition(withoutFamilies, engine)),
    );
    expect(changed.differing.some((file) => file.startsWith('stories/'))).toBe(true);
  });
});
