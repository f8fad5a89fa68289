/**
 * @module edition/read-edition-inputs
 * What a build reads from the store, snapshotted so `build --replay` can make the edition again.
 */
import { EDITION_INPUTS_FORMAT, type EditionInputs, type PublisherFamily } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { editionIdFor } from './edition-id-for.js';
import { storyLogOf } from './story-log-of.js';

/**
 * The inputs of a build at `now()`: every stored record, the previous edition's stories and their
 * log, the engine's name, version and thresholds, and a copy of `publisherFamilies`. The earlier
 * stories are added once the stories are known (edition/earlier-stories-of).
 */
export async function readEditionInputs(
  store: RecordStore,
  engine: EditorialModel,
  now: () => Date,
  publisherFamilies: readonly PublisherFamily[] = [],
): Promise<EditionInputs> {
  const records = await store.listRecords();
  const createdAt = now().toISOString();
  const previousEdition = await store.latestEdition();
  const previousStories = previousEdition ? await store.storiesOfEdition(previousEdition.id) : [];
  return {
    format: EDITION_INPUTS_FORMAT,
    editionId: editionIdFor(createdAt, records),
    createdAt,
    engine: { name: engine.name, version: engine.version, thresholds: engine.thresholds },
    previousEditionId: previousEdition?.id ?? null,
    records,
    previousStories,
    storyLog: await storyLogOf(store, previousStories),
    publisherFamilies: publisherFamilies.map((family) => ({
      name: family.name,
      venues: [...family.venues],
      hosts: [...family.hosts],
    })),
  };
}
