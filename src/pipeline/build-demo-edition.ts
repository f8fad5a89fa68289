/**
 * @module pipeline/build-demo-edition
 * `demo` as one call: the bundled corpus served on loopback as the real sites would serve it, its
 * URLs registered as sources, fetched through the real fetcher, and an edition built from them.
 */
import { startDemoSite, type DemoSite } from '../demo/start-demo-site.js';
import type { Edition, Platform, PublisherFamily } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { buildEdition } from './build-edition.js';
import { refreshAllSources } from './refresh-all-sources.js';
import type { RefreshDependencies, RefreshOutcome } from './refresh-source.js';
import { registerDemoSources } from './register-demo-sources.js';

/** What the demo needs: a fetcher allowed to reach loopback (main.ts composeDemoApp), and the rest as for a build. */
export interface DemoDependencies extends RefreshDependencies {
  store: RecordStore;
  engine: EditorialModel;
  publisherFamilies?: readonly PublisherFamily[];
}

/** Told as the demo goes, so a person sees each step as it happens. */
export interface DemoListener {
  siteStarted?(site: Pick<DemoSite, 'url' | 'sources'>): void;
  fetchProgress?(done: number, total: number): void;
  /** Every source's outcome, once all are fetched and before the build starts. */
  fetched?(outcomes: readonly RefreshOutcome[]): void;
  buildProgress?(done: number, total: number): void;
}

/** The demo edition, and the stored records counted by platform. */
export interface DemoEdition {
  edition: Edition;
  byPlatform: Partial<Record<Platform, number>>;
}

/**
 * Steps: (1) start the demo site; (2) register its URLs as sources (pipeline/register-demo-sources);
 * (3) refresh every source; (4) build the edition; (5) count the records by platform. The site is
 * closed whatever happens.
 */
export async function buildDemoEdition(
  dependencies: DemoDependencies,
  listener: DemoListener = {},
): Promise<DemoEdition> {
  const { store } = dependencies;
  const site = await startDemoSite();
  try {
    listener.siteStarted?.(site);
    await registerDemoSources(store, site.sources);
    const outcomes = await refreshAllSources(dependencies, (done, total) => listener.fetchProgress?.(done, total));
    listener.fetched?.(outcomes);
    const { edition } = await buildEdition(dependencies, (done, total) => listener.buildProgress?.(done, total));
    return { edition, byPlatform: await store.countRecordsByPlatform() };
  } finally {
    await site.close();
  }
}
