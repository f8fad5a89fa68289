import { describeRecordStoreContract } from '../store/record-store.contract.js';
import { InMemoryRecordStore } from './in-memory-record-store.js';

// The fake other layers' tests rely on is held to the same contract as the real stores.
describeRecordStoreContract('in-memory fake', async () => new InMemoryRecordStore());
