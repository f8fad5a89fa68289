/**
 * @module main
 * Composition root: turns validated settings into the store, the fetcher and the editorial engine.
 * The only place that picks among swappable parts.
 */
import type { Config } from './config/config-schema.js';
import { createFetcher } from './fetch/create-fetcher.js';
import type { Fetcher } from './fetch/fetched-page.js';
import { openRecordStore } from './store/open-record-store.js';
import type { RecordStore } from './store/record-store.js';
import { createClassicalEngine } from './synthesize/classical/create-classical-engine.js';
import type { EditorialModel } from './synthesize/editorial-model.js';

/** Opens the store the settings name: PostgreSQL when databaseUrl is set, else PGlite in dataDir. */
export function openStore(config: Config): Promise<RecordStore> {
  return openRecordStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
}

/** The editorial engine the settings name. */
export function createEngine(config: Config): EditorialModel {
  switch (config.engine) {
    case 'classical':
      return createClassicalEngine();
  }
}

/**
 * The fetcher with the settings' limits. `allowLoopback` is for the bundled demo and tests only:
 * nothing a user configures can turn it on.
 */
export function createConfiguredFetcher(config: Config, options: { allowLoopback?: boolean } = {}): Fetcher {
  return createFetcher({ ...config.fetch, allowLoopback: options.allowLoopback ?? false });
}
