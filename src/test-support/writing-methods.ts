/**
 * @module test-support/writing-methods
 * The RecordStore methods that write: what a read-only caller (the web layer) must never call.
 */
import type { RecordStore } from '../store/record-store.js';

/** Methods that change what is stored; a read-only caller must never make these. */
export const WRITING_METHODS: ReadonlySet<keyof RecordStore> = new Set<keyof RecordStore>([
  'migrate',
  'putRawPayload',
  'upsertRecords',
  'saveRecordRevisions',
  'saveRecordAliases',
  'putEnrichments',
  'markRecordsDeleted',
  'addSource',
  'removeSource',
  'updateSourceFetchState',
  'updateSourceSchedule',
  'saveEdition',
  'publishEdition',
  'removeRecords',
  'removeRecordsOfSource',
  'removeRecordsBefore',
  'countTermDocuments',
  'saveStoryStates',
  'clearStoryStates',
]);
