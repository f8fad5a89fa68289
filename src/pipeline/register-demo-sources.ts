/**
 * @module pipeline/register-demo-sources
 * Registers the bundled demo site's URLs as sources. The demo site listens on a new loopback port
 * each run, so sources left from an earlier run (same path, older loopback port) are removed first.
 */
import type { Platform, RecordKind, Source } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';

export interface DemoSourceSpec {
  url: string;
  kind: RecordKind;
  platform: Platform;
  title: string;
  venue?: string | undefined;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Returns the registered sources, one per spec. Records of removed sources stay stored. */
export async function registerDemoSources(store: RecordStore, specs: DemoSourceSpec[]): Promise<Source[]> {
  const wanted = new Set(specs.map((spec) => pathOf(spec.url)));
  const current = new Set(specs.map((spec) => spec.url));
  for (const source of await store.listSources()) {
    const url = new URL(source.url);
    if (LOOPBACK_HOSTS.has(url.hostname) && wanted.has(pathOf(source.url)) && !current.has(source.url)) {
      await store.removeSource(source.id);
    }
  }
  const registered: Source[] = [];
  for (const spec of specs) {
    registered.push(
      await store.addSource({
        url: spec.url,
        kind: spec.kind,
        platform: spec.platform,
        title: spec.title,
        venue: spec.venue ?? null,
      }),
    );
  }
  return registered;
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
