/**
 * @module publish/web/web-errors
 * Errors the web layer raises on purpose; the app's one error handler turns each into a status and a safe page.
 */

/** A failure with an HTTP status and a message safe to show a reader. */
export class WebError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 404 | 500 | 503,
    /** Shown to the reader as is: never include stored data or internals. */
    readonly safeMessage: string,
    options?: { cause?: unknown },
  ) {
    super(safeMessage, options);
    this.name = 'WebError';
  }
}

/** A story, record or page that does not exist. */
export class PageNotFoundError extends WebError {
  constructor(readonly what: 'page' | 'story' | 'record') {
    super(
      'not-found',
      404,
      what === 'page' ? 'There is no page at this address.' : `There is no ${what} with this id.`,
    );
    this.name = 'PageNotFoundError';
  }
}

/** The record store failed while serving a page; the reader is asked to retry. */
export class StoreUnavailableError extends WebError {
  constructor(cause: unknown) {
    super('store-unavailable', 503, 'The archive could not be read just now. Please try again shortly.', { cause });
    this.name = 'StoreUnavailableError';
  }
}
