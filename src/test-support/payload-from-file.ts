/**
 * @module test-support/payload-from-file
 * Test helper: a DecodedPayload from a fixture file, decoded the way the dispatcher does.
 */
import { readFileSync } from 'node:fs';
import { decodePayload } from '../parse/decode-payload.js';
import type { DecodedPayload } from '../parse/payload-parser.js';

/** The decoded payload of `path`, as if fetched from `url`. */
export function payloadFromFile(
  path: string,
  url: string | null = null,
  contentType: string | null = null,
): DecodedPayload {
  return decodePayload({ bytes: readFileSync(path), contentType, url });
}
