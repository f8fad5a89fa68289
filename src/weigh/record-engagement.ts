/**
 * @module weigh/record-engagement
 * One number for a record's engagement, comparable within its own community.
 */
import type { Engagement } from '../model/index.js';

/**
 * Points or likes (whichever the platform gives; they measure the same approval), plus reposts and
 * replies; null when the platform reports none of them.
 */
export function recordEngagement(engagement: Engagement): number | null {
  if (!Object.values(engagement).some((value) => typeof value === 'number')) return null;
  return (
    Math.max(engagement.score ?? 0, engagement.likes ?? 0, 0) + (engagement.reposts ?? 0) + (engagement.replies ?? 0)
  );
}
