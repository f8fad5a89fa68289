/**
 * @module model/record-id
 * Deterministic record ids, so that fetching the same item twice updates one record.
 */
import { createHash } from 'node:crypto';
import type { Platform } from './platform.js';

/** Length of the hex digest kept in an id: 16 hex chars = 64 bits, ample for one installation. */
const ID_DIGEST_LENGTH = 16;

/** The record id for a platform's external id, e.g. `reddit-1f3a…`. Stable across runs and machines. */
export function recordIdFor(platform: Platform, externalId: string): string {
  const digest = createHash('sha256').update(`${platform}\u0000${externalId}`).digest('hex');
  return `${platform}-${digest.slice(0, ID_DIGEST_LENGTH)}`;
}
