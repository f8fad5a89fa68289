/**
 * @module demo/start-demo-site
 * A small loopback HTTP server that serves the bundled demo corpus (`/demo/site` at the repository
 * root) as the real sites would: per-format Content-Type, strong ETag, Last-Modified and 304s.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Platform, RecordKind } from '../model/index.js';
import { contentTypeOf } from './content-type-of.js';
import { corpusPathFor, DIRECTORY_INDEX } from './corpus-path-for.js';
import { readDemoSources } from './read-demo-sources.js';

/** Loopback only: the demo corpus is never offered to the network. */
const DEFAULT_HOST = '127.0.0.1';
/** Port 0 asks the OS for any free port, so two demos (or tests) never collide. */
const DEFAULT_PORT = 0;
/** The corpus folder relative to this module: `src/demo/` under tsx and vitest, `dist/demo/` when built. */
const DEFAULT_CORPUS_DIR = new URL('../../demo/', import.meta.url);

export interface DemoSiteOptions {
  host?: string;
  port?: number;
  /** Folder holding `sources.json` and `site/`; defaults to the bundled `demo/`. */
  corpusDir?: string | URL;
}

/** One corpus URL to register as a source. */
export interface DemoSiteSource {
  url: string;
  kind: RecordKind;
  platform: Platform;
  title: string;
}

export interface DemoSite {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  sources: DemoSiteSource[];
  close(): Promise<void>;
}

/**
 * Starts the demo site and resolves once it listens. `sources` are the absolute URLs of every entry
 * in `sources.json`. Throws DemoCorpusError when `sources.json` is unreadable.
 */
export async function startDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  const corpusDir = toDirectoryUrl(options.corpusDir ?? DEFAULT_CORPUS_DIR);
  const entries = await readDemoSources(new URL('sources.json', corpusDir));
  const siteDir = new URL('site/', corpusDir);
  const server = createServer((request, response) => {
    serveCorpusFile(siteDir, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('internal error\n');
    });
  });
  await listen(server, options.port ?? DEFAULT_PORT, options.host ?? DEFAULT_HOST);
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url,
    sources: entries.map((entry) => ({
      url: `${url}${entry.path}`,
      kind: entry.kind,
      platform: entry.platform,
      title: entry.title,
      venue: entry.venue,
    })),
    close: () => closeServer(server),
  };
}

/** GET and HEAD of one corpus file, honouring If-None-Match (first) and If-Modified-Since. */
async function serveCorpusFile(siteDir: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response
      .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
      .end('method not allowed\n');
    return;
  }
  const relative = corpusPathFor(request.url ?? '/');
  const file = relative === null ? null : await readCorpusFile(new URL(encodePath(relative), siteDir));
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  const etag = `"${createHash('sha256').update(file.bytes).digest('hex').slice(0, 32)}"`;
  const lastModified = new Date(Math.floor(file.modifiedAt.getTime() / 1000) * 1000);
  const headers = {
    'content-type': contentTypeOf(file.bytes),
    etag,
    'last-modified': lastModified.toUTCString(),
    'cache-control': 'no-cache',
  };
  if (isNotModified(request, etag, lastModified)) {
    response
      .writeHead(304, { etag, 'last-modified': headers['last-modified'], 'cache-control': headers['cache-control'] })
      .end();
    return;
  }
  response.writeHead(200, { ...headers, 'content-length': String(file.bytes.byteLength) });
  response.end(request.method === 'HEAD' ? undefined : file.bytes);
}

function isNotModified(request: IncomingMessage, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag);
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}

/** The file's bytes and modification time (a folder answers with its index file); null when absent. */
async function readCorpusFile(fileUrl: URL): Promise<{ bytes: Uint8Array; modifiedAt: Date } | null> {
  try {
    let info = await stat(fileUrl);
    if (info.isDirectory()) {
      fileUrl = new URL(`${fileUrl.href}/${DIRECTORY_INDEX}`);
      info = await stat(fileUrl);
    }
    if (!info.isFile()) return null;
    return { bytes: await readFile(fileUrl), modifiedAt: info.mtime };
  } catch {
    return null;
  }
}

/** Corpus file names may hold `%` and `=` (encoded queries); escape them so the URL names the file literally. */
function encodePath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function toDirectoryUrl(dir: string | URL): URL {
  if (dir instanceof URL) return dir.href.endsWith('/') ? dir : new URL(`${dir.href}/`);
  const absolute = pathToFileURL(resolvePath(dir));
  return new URL(`${absolute.href}/`);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
