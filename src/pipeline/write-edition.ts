/**
 * @module pipeline/write-edition
 * From an edition's grouped stories to the edition: the build's and the replay's common second half.
 */
import type { Edition, EditionInputs, Story, StoryEvent } from '../model/index.js';
import { findStorylines } from '../cluster/find-storylines.js';
import { storedFeaturesOf, type EditionStories } from '../cluster/group-edition-stories.js';
import { relateEditionStories } from '../cluster/relate-edition-stories.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { assembleEdition } from '../edition/assemble-edition.js';
import { attachStorylines } from '../edition/attach-storylines.js';
import { fillRelatedHeadlines } from '../edition/fill-related-headlines.js';
import { keepStoryIds } from '../edition/keep-story-ids.js';
import { logStoryChanges } from '../edition/log-story-changes.js';
import { newlyKeptIds } from '../edition/newly-kept-ids.js';
import { startTimes } from '../edition/start-times.js';
import { writeEditionStories, type BuildProgress } from '../edition/write-edition-stories.js';

/** What one build produced: the edition, its stories, and its story-log entries. */
export interface BuiltEdition {
  edition: Edition;
  stories: Story[];
  events: StoryEvent[];
  /** Everything the build read, so `build --replay` can make it again byte for byte. */
  inputs: EditionInputs;
}

/**
 * Steps: (1) each story keeps its previous id when an older record joined it (keep-story-ids);
 * (2) relate the stories; (3) write and verify each, noting in its changelog any cited record
 * corrected since the previous edition; (4) fill related headlines; (5) attach storylines, ordered
 * by each story's start; (6) assemble the edition with its stats and audit (drops per layer,
 * citations, injection attempts in the sources); (7) log each story's changes since the previous
 * edition (created, returned, records added, merged, split, headline changed). Saves nothing.
 */
export async function writeEdition(
  inputs: EditionInputs,
  grouped: EditionStories,
  engine: EditorialModel,
  onProgress: BuildProgress = () => {},
): Promise<BuiltEdition> {
  const { records } = grouped;
  const { clusters, kept } = keepStoryIds(grouped.clusters, inputs.previousStories);
  const relations = relateEditionStories(clusters, grouped);
  const featuresOf = storedFeaturesOf(grouped.enrichments);
  const written = await writeEditionStories(inputs, { clusters, records, relations, featuresOf }, engine, onProgress);
  const related = fillRelatedHeadlines(written.stories);
  const stories = attachStorylines(related, findStorylines(clusters, relations, startTimes(clusters, records)));
  const edition = assembleEdition(inputs, engine, records, stories, written.drops);
  const events = logStoryChanges(inputs.previousStories, stories, edition, {
    earlier: inputs.earlierStories ?? [],
    keptIds: newlyKeptIds(kept, inputs.storyLog),
  });
  return { edition, stories, events, inputs };
}
