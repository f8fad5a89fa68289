/**
 * @module test-support/payload-from-file
 * Test helper: a DecodedPayload from a fixture file, a corpus file or a value, decoded as the dispatcher does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodePayload } from '../parse/decode-payload.js';
import type { DecodedPayload } from '../parse/payload-parser.js';

/** The folder of shared real-world corpora, read-only, beside the checkout. */
export const CORPORA_DIR = resolve(process.cwd(), '../shared/corpora');

/** The decoded payload of the file at `path`, as if fetched from `url`. */
export function payloadFromFile(
  path: string,
  url: string | null = null,
  contentType: string | null = null,
): DecodedPayload {
  return decodePayload({ bytes: readFileSync(path), contentType, url });
}

/** The decoded payload of `value` (JSON-encoded unless it is already a string), as if fetched from `url`. */
export function payloadFromValue(value: unknown, url: string | null = null): DecodedPayload {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return decodePayload({ bytes: new TextEncoder().encode(text), contentType: null, url });
}
