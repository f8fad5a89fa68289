/**
 * @module store/record-store.contract
 * The RecordStore contract: one suite every implementation passes (PGlite, PostgreSQL and the
 * in-memory fake used by other layers' tests), so that they cannot drift apart.
 */
import { describe } from 'vitest';
import { describeEditionsContract } from './contract/editions.contract.js';
import { describeEnrichmentsContract } from './contract/enrichments.contract.js';
import { describeRecordLookupContract } from './contract/record-lookup.contract.js';
import { describeRecordsContract } from './contract/records.contract.js';
import { describeSourcesContract } from './contract/sources.contract.js';
import type { RecordStore } from './record-store.js';
import { describeStoryStateContract } from './story-state.contract.js';

/**
 * Registers the suite under `name`, one group of tests per concern. `open` gives a fresh, migrated,
 * empty store for each test; each test closes it afterwards.
 */
export function describeRecordStoreContract(name: string, open: () => Promise<RecordStore>): void {
  describe(`RecordStore contract: ${name}`, () => {
    describeRecordsContract(open);
    describeRecordLookupContract(open);
    describeEnrichmentsContract(open);
    describeSourcesContract(open);
    describeEditionsContract(open);
  });
  describeStoryStateContract(name, open);
}
