/**
 * @module publish/web/security-headers
 * Hono middleware setting the security headers on every response: a strict CSP (no scripts at all), nosniff, referrer policy.
 */
import type { MiddlewareHandler } from 'hono';

/** Pages load one same-origin stylesheet and nothing else; no script, no framing, no forms. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Outbound links to sources carry no trace of the page the reader came from. */
export const REFERRER_POLICY = 'no-referrer';

/** Sets the headers after the handler ran, so error and 404 responses carry them too. */
export function securityHeaders(): MiddlewareHandler {
  return async (context, next) => {
    await next();
    context.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    context.res.headers.set('X-Content-Type-Options', 'nosniff');
    context.res.headers.set('Referrer-Policy', REFERRER_POLICY);
  };
}
