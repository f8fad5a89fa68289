/**
 * @module service/jobs/update-stories-job
 * The one place the service updates the stories and publishes them. For now the full build (every
 * record, one new edition); TODO(issue 15 §5): call the incremental `updateStories` once h-stories
 * lands it, which rewrites only the stories a batch touched.
 */
import type { App } from '../../main.js';
import { runBuild } from '../../pipeline/run-build.js';

/** What one update did, for the metrics and the log. */
export interface StoriesUpdate {
  /** The edition saved; null when the store holds no records yet. */
  editionId: string | null;
  stories: number;
  /** Sentences the verifier dropped, by the layer that failed them. */
  droppedByLayer: Record<string, number>;
}

/** Updates the stories from the stored records and publishes them (the site reads the saved edition). */
export async function updateStoriesJob(app: App): Promise<StoriesUpdate> {
  const store = await app.store();
  const run = await runBuild(
    { store, engine: app.engine, now: app.now, publisherFamilies: app.config.publisherFamilies },
    { outRoot: null },
  );
  if (run.status === 'no-records') return { editionId: null, stories: 0, droppedByLayer: {} };
  const { edition, stories } = run.built;
  return { editionId: edition.id, stories: stories.length, droppedByLayer: edition.audit?.droppedByLayer ?? {} };
}
