/**
 * @module sources/read-opml
 * Reads an OPML subscription list (what feed readers export): every outline with an `xmlUrl` is a
 * source, and the folders above it become its tags. Hardened like the feed reader: no DTD entity
 * is ever expanded.
 */
import { XMLParser } from 'fast-xml-parser';
import { decodeXML } from 'entities';
import { RECORD_KINDS, type RecordKind } from '../model/index.js';

/** One subscription found in the file. */
export interface OpmlEntry {
  url: string;
  title: string | null;
  /** Folder names from the outermost in. */
  tags: string[];
  /** The `kind` attribute undercurrent writes on export; null when the file does not say. */
  kind: RecordKind | null;
}

/** Raised when the file is not OPML; the message names what was wrong. */
export class OpmlError extends Error {
  readonly code = 'invalid-opml';
}

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => name === 'outline',
});

type Outline = Record<string, unknown> & { outline?: Outline[] };

/** Every subscription in `text`, in document order, each URL once. Throws OpmlError when it is not OPML. */
export function readOpml(text: string): OpmlEntry[] {
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(text.trimStart()) as Record<string, unknown>;
  } catch (error) {
    throw new OpmlError(`not readable XML: ${(error as Error).message}`, { cause: error });
  }
  const opml = tree.opml as { body?: { outline?: Outline[] } } | undefined;
  if (!opml || typeof opml !== 'object') throw new OpmlError('the file has no <opml> root element');
  if (!opml.body) throw new OpmlError('the OPML file has no <body>');
  const entries: OpmlEntry[] = [];
  const seen = new Set<string>();
  const walk = (outlines: Outline[], folders: string[]): void => {
    for (const outline of outlines) {
      const name = attribute(outline, 'title') ?? attribute(outline, 'text');
      const url = attribute(outline, 'xmlUrl') ?? attribute(outline, 'xmlurl');
      if (url && !seen.has(url)) {
        seen.add(url);
        const kind = attribute(outline, 'kind');
        const categories = (attribute(outline, 'category') ?? '')
          .split(',')
          .map((tag) => tag.replace(/^\/+|\/+$/g, '').trim())
          .filter(Boolean);
        entries.push({
          url,
          title: name,
          tags: [...new Set([...folders, ...categories])],
          kind: kind && (RECORD_KINDS as readonly string[]).includes(kind) ? (kind as RecordKind) : null,
        });
      }
      if (outline.outline) walk(outline.outline, url ? folders : name ? [...folders, name] : folders);
    }
  };
  walk(opml.body.outline ?? [], []);
  return entries;
}

function attribute(outline: Outline, name: string): string | null {
  const value = outline[name];
  return typeof value === 'string' && value.trim() !== '' ? decodeXML(value.trim()) : null;
}
