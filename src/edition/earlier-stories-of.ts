/**
 * @module edition/earlier-stories-of
 * Stories that come back: published by an edition before the previous one, then out of the window.
 */
import type { EarlierStory, Story } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import type { StoryCluster } from '../cluster/story-cluster.js';

/**
 * The stories of `clusters` that `previousStories` lacks but an earlier edition published (they
 * left the edition window and came back), as last published, with that edition's time.
 */
export async function earlierStoriesOf(
  store: RecordStore,
  clusters: readonly StoryCluster[],
  previousStories: readonly Story[],
): Promise<EarlierStory[]> {
  const previousIds = new Set(previousStories.map((story) => story.id));
  const found = await Promise.all(
    clusters.filter((cluster) => !previousIds.has(cluster.id)).map((cluster) => store.storyById(cluster.id)),
  );
  const earlier: EarlierStory[] = [];
  for (const story of found) {
    const edition = story ? await store.editionById(story.editionId) : null;
    if (story && edition) earlier.push({ story, publishedAt: edition.createdAt });
  }
  return earlier;
}
