/**
 * @module pipeline/build-edition
 * Builds one immutable edition from every stored record and saves it; or, from a snapshot of its
 * inputs, builds the same edition again.
 */
import type { EditionInputs, PublisherFamily, RecordEnrichment } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { enrichRecords } from '../enrich/enrich-records.js';
import { editionRecords } from '../cluster/edition-records.js';
import { groupEditionStories } from '../cluster/group-edition-stories.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { earlierStoriesOf } from '../edition/earlier-stories-of.js';
import { readEditionInputs } from '../edition/read-edition-inputs.js';
import { storyLogOf } from '../edition/story-log-of.js';
import type { BuildProgress } from '../edition/write-edition-stories.js';
import { writeEdition, type BuiltEdition } from './write-edition.js';

export interface BuildDependencies {
  store: RecordStore;
  engine: EditorialModel;
  now: () => Date;
  /** The configured publisher families (config/); none when not given. Snapshotted in the inputs. */
  publisherFamilies?: readonly PublisherFamily[];
}

/**
 * Builds from every stored record and saves the edition with its story-log entries. Steps:
 * (1) read the inputs: the records, the previous edition's stories and their log, the time, the
 * engine and the publisher families; (2) the edition window's records, thread links repaired;
 * (3) their stored enrichments (stale ones recomputed), which spare the clustering from re-reading
 * every text; (4) group them into stories; (5) add to the inputs the stories an earlier edition
 * published that come back, with their log; (6) write the edition (pipeline/write-edition); (7) save it.
 * The build reads only its {@link EditionInputs}, so {@link composeEdition} can replay it without the store.
 */
export async function buildEdition(
  dependencies: BuildDependencies,
  onProgress: BuildProgress = () => {},
): Promise<BuiltEdition> {
  const { store, engine, now } = dependencies;
  const inputs = await readEditionInputs(store, engine, now, dependencies.publisherFamilies);
  const records = editionRecords(inputs);
  const enrichments = await enrichRecords(store, records);
  const grouped = groupEditionStories(records, enrichments);
  inputs.earlierStories = await earlierStoriesOf(store, grouped.clusters, inputs.previousStories);
  inputs.storyLog.push(
    ...(await storyLogOf(
      store,
      inputs.earlierStories.map(({ story }) => story),
    )),
  );
  const built = await writeEdition(inputs, grouped, engine, onProgress);
  await store.saveEdition(built.edition, built.stories, built.events);
  return built;
}

/**
 * The build from `inputs` alone: (1) the edition window's records, thread links repaired; (2) group
 * them into stories; (3) write the edition (pipeline/write-edition). Reads nothing but `inputs`, the
 * engine and, when given, the records' enrichments. A replay passes none: enrichRecord is a pure
 * function of a record's words, so the clustering recomputes the same terms and names from the
 * records and the edition comes out the same.
 */
export async function composeEdition(
  inputs: EditionInputs,
  engine: EditorialModel,
  onProgress: BuildProgress = () => {},
  enrichments?: ReadonlyMap<string, RecordEnrichment>,
): Promise<BuiltEdition> {
  const records = editionRecords(inputs);
  return writeEdition(inputs, groupEditionStories(records, enrichments), engine, onProgress);
}
