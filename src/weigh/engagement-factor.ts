/**
 * @module weigh/engagement-factor
 * The engagement factor of a venue's weight: its summed engagement on a log scale against the story's median.
 */
import type { WeightFactor } from '../model/index.js';
import type { Venue } from './group-by-venue.js';
import { recordEngagement } from './record-engagement.js';
import { median, roundWeight } from './weight-math.js';

/** Engagement factor bounds: a venue's log engagement over the story median, clamped so no crowd doubles a voice. */
export const ENGAGEMENT_FACTOR_RANGE = { min: 0.5, max: 1.5 } as const;

/** The median log1p engagement of the venues that report any; 0 when none does. */
export function storyEngagementMedian(venues: readonly Venue[]): number {
  return median(venues.filter(reportsEngagement).map((venue) => Math.log1p(totalEngagement(venue))));
}

/** The venue's engagement against `storyMedian`, clamped to {@link ENGAGEMENT_FACTOR_RANGE}; 1 when not reported. */
export function engagementFactor(venue: Venue, storyMedian: number): WeightFactor {
  if (!reportsEngagement(venue) || storyMedian === 0)
    return { name: 'engagement', value: 1, note: 'no engagement reported' };
  const total = totalEngagement(venue);
  const ratio = Math.log1p(total) / storyMedian;
  const value = roundWeight(Math.min(ENGAGEMENT_FACTOR_RANGE.max, Math.max(ENGAGEMENT_FACTOR_RANGE.min, ratio)));
  return {
    name: 'engagement',
    value,
    note: `${total} points, likes, reposts and replies; log scale against the story median`,
  };
}

function reportsEngagement(venue: Venue): boolean {
  return venue.records.some((record) => Object.values(record.engagement).some((value) => typeof value === 'number'));
}

/** The venue's records' engagement summed ({@link recordEngagement}). */
function totalEngagement(venue: Venue): number {
  return venue.records.reduce((sum, record) => sum + (recordEngagement(record.engagement) ?? 0), 0);
}
