/**
 * @module pipeline/register-source
 * `sources add` as one call: what a URL is (a feed, a page's feed, a community URL), then the
 * source registered with the kind and platform found, unless the person said otherwise.
 */
import type { Fetcher } from '../fetch/fetched-page.js';
import type { Platform, RecordKind, Source } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { payloadFormatOf } from '../parse/payload-format-of.js';
import { detectSource, type DetectedSource } from '../sources/detect-source.js';

/** What the person said about the source; `null` leaves it to detection. */
export interface SourceChoices {
  kind: RecordKind | null;
  platform: Platform | null;
  /** The community or outlet name its records carry; null or blank for none. */
  venue: string | null;
}

/** The source as stored, how it was recognised, and whether it was registered already. */
export interface RegisteredSource {
  source: Source;
  detected: DetectedSource;
  existed: boolean;
}

/**
 * Steps: (1) detect what `url` is (sources/detect-source; never fails); (2) note whether the URL
 * detection settled on is a source already; (3) add it (a URL already stored is returned as it is).
 */
export async function registerSource(
  url: string,
  choices: SourceChoices,
  dependencies: { store: RecordStore; fetcher: Fetcher },
): Promise<RegisteredSource> {
  const detected = await detectSource(url, {
    fetcher: dependencies.fetcher,
    formatOf: payloadFormatOf,
    platform: choices.platform,
  });
  const existed = await dependencies.store.sourceUrlExists(detected.url);
  const source = await dependencies.store.addSource({
    url: detected.url,
    kind: choices.kind ?? detected.kind,
    platform: detected.platform,
    venue: choices.venue?.trim() || null,
  });
  return { source, detected, existed };
}
