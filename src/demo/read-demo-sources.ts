/**
 * @module demo/read-demo-sources
 * Reads and checks `sources.json`, the list of corpus URLs the demo registers as sources.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { PLATFORMS, RECORD_KINDS } from '../model/index.js';

const demoSourceEntrySchema = z.object({
  path: z.string().startsWith('/'),
  kind: z.enum(RECORD_KINDS),
  platform: z.enum(PLATFORMS),
  title: z.string().min(1),
  /** The venue its records carry (see Source.venue), for payloads that name only a host. */
  venue: z.string().min(1).optional(),
});

/** One line of `sources.json`: a site-relative path with its query, and how to register it. */
export type DemoSourceEntry = z.infer<typeof demoSourceEntrySchema>;

/** Raised when `sources.json` is missing or malformed; `code` is stable. */
export class DemoCorpusError extends Error {
  readonly code = 'demo-corpus-invalid';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DemoCorpusError';
  }
}

/** The entries of the `sources.json` at `fileUrl`. Throws DemoCorpusError naming the file when it is unreadable. */
export async function readDemoSources(fileUrl: URL): Promise<DemoSourceEntry[]> {
  let text: string;
  try {
    text = await readFile(fileUrl, 'utf8');
  } catch (error) {
    throw new DemoCorpusError(`demo: cannot read ${fileUrl.pathname}`, { cause: error });
  }
  const parsed = z.array(demoSourceEntrySchema).safeParse(safeJson(text));
  if (!parsed.success) {
    throw new DemoCorpusError(
      `demo: ${fileUrl.pathname} is not a list of { path, kind, platform, title }: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
