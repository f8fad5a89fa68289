/**
 * @module cluster/edition-records
 * The records an edition clusters, the first step of every build and replay.
 */
import type { EditionInputs, SourceRecord } from '../model/index.js';
import { recordsInEditionWindow } from './edition-window.js';
import { linkThreadReferences } from './link-thread-references.js';

/** The records of `inputs` with their thread links repaired, then the edition window's threads. */
export function editionRecords(inputs: EditionInputs): SourceRecord[] {
  return recordsInEditionWindow(linkThreadReferences(inputs.records));
}
