/**
 * @module publish/web/create-web-app
 * The read-only website of the latest edition: front page, story pages, record pages, stylesheet, health check.
 * It only reads the RecordStore port; it never fetches or builds.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DEFAULT_SITE_TITLE } from '../../config/config-schema.js';
import type { RecordStore } from '../../store/record-store.js';
import { loadRecordPage, loadStoryPage } from './load-pages.js';
import { addOperationsRoutes, type OperationsChecks } from './operations-routes.js';
import { renderErrorPage } from './render-error-page.js';
import { renderFrontPage } from './render-front-page.js';
import { renderRecordPage } from './render-record-page.js';
import { renderStoryPage } from './render-story-page.js';
import { securityHeaders } from './security-headers.js';
import { ICON_PATH, STYLESHEET_PATH } from './paths.js';
import { SITE_ICON_SVG } from './site-icon.js';
import { STYLE_SHEET } from './style-sheet.js';
import { PageNotFoundError, StoreUnavailableError, WebError } from './web-errors.js';

/** Ids longer than this are not looked up: real ids are platform + 16 hex digits, stories alike. */
const MAX_ID_LENGTH = 200;

/** Assets may be cached for an hour; they change only with a new release. */
const ASSET_CACHE_CONTROL = 'public, max-age=3600';

export interface WebAppOptions {
  store: RecordStore;
  siteTitle?: string;
  /** Receives errors that became a 5xx response; defaults to printing them on stderr. */
  reportError?: (error: unknown) => void;
  /** The running service's readiness and metrics: adds `/readyz` and `/metrics`. */
  operations?: OperationsChecks;
}

/** Runs a store read, turning its failure into StoreUnavailableError (503) with the cause kept. */
async function readStore<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new StoreUnavailableError(error);
  }
}

function checkedId(id: string, what: 'story' | 'record'): string {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) throw new PageNotFoundError(what);
  return id;
}

/**
 * Builds the Hono app. Routes: `/`, `/stories/:id`, `/records/:id`, `/assets/style.css`, `/assets/icon.svg`, `/healthz`;
 * with `operations`, `/readyz` and `/metrics`.
 * Unknown ids and paths get a 404 page; every error goes through one handler that maps it to a status and a safe message.
 */
export function createWebApp(options: WebAppOptions): Hono {
  const { store } = options;
  const siteTitle = options.siteTitle ?? DEFAULT_SITE_TITLE;
  const reportError = options.reportError ?? ((error: unknown) => console.error('web-request-failed', error));
  const app = new Hono();

  app.use('*', securityHeaders());

  app.get('/', async (context) => {
    const edition = await readStore(() => store.latestEdition());
    const stories = edition ? await readStore(() => store.storiesOfEdition(edition.id)) : [];
    return context.html(renderFrontPage(siteTitle, edition, stories));
  });

  app.get('/stories/:id', async (context) => {
    const id = checkedId(context.req.param('id'), 'story');
    const data = await readStore(() => loadStoryPage(store, id));
    if (!data) throw new PageNotFoundError('story');
    return context.html(renderStoryPage(siteTitle, data));
  });

  app.get('/records/:id', async (context) => {
    const id = checkedId(context.req.param('id'), 'record');
    const data = await readStore(() => loadRecordPage(store, id));
    if (!data) throw new PageNotFoundError('record');
    return context.html(renderRecordPage(siteTitle, data));
  });

  app.get(STYLESHEET_PATH, (context) =>
    context.body(STYLE_SHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': ASSET_CACHE_CONTROL }),
  );
  app.get(ICON_PATH, (context) =>
    context.body(SITE_ICON_SVG, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': ASSET_CACHE_CONTROL }),
  );

  app.get('/healthz', (context) => context.json({ status: 'ok' }));
  if (options.operations) addOperationsRoutes(app, options.operations);

  app.notFound((context) =>
    context.html(renderErrorPage(siteTitle, 404, new PageNotFoundError('page').safeMessage), 404),
  );

  app.onError((error, context) => {
    if (error instanceof WebError) {
      if (error.status >= 500) reportError(error);
      return context.html(renderErrorPage(siteTitle, error.status, error.safeMessage), error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return context.html(renderErrorPage(siteTitle, error.status, 'The request could not be served.'), error.status);
    }
    reportError(error);
    return context.html(
      renderErrorPage(siteTitle, 500, 'Something went wrong on our side. Please try again later.'),
      500,
    );
  });

  return app;
}
