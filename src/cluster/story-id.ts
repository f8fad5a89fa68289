/**
 * @module cluster/story-id
 * Stable story ids: the same earliest root record gives the same id in every build.
 */
import { createHash } from 'node:crypto';

/** Hex characters of the digest kept: 12 hex = 48 bits, ample for the stories of one installation. */
const STORY_ID_DIGEST_LENGTH = 12;

/** `story-` + the first 12 hex of SHA-256 of the cluster's earliest root record id. */
export function storyIdFor(earliestRootRecordId: string): string {
  return `story-${createHash('sha256').update(earliestRootRecordId).digest('hex').slice(0, STORY_ID_DIGEST_LENGTH)}`;
}
