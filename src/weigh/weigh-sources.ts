/**
 * @module weigh/weigh-sources
 * How much each venue of a story counts: kind, engagement, originality and corroboration, as checkable factors.
 */
import type { PublisherFamily, RecordKind, SourceRecord, SourceWeight, WeightFactor } from '../model/index.js';
import type { FeaturesOf } from '../cluster/vectorize-units.js';
import { corroborationFactor, MIN_SHARED_KEY_TERMS, UNCORROBORATED_FACTOR } from './corroboration-factor.js';
import { ENGAGEMENT_FACTOR_RANGE, engagementFactor, storyEngagementMedian } from './engagement-factor.js';
import { findDisputedFigures } from './find-disputed-figures.js';
import { findSyndicatedCopies } from './find-syndicated-copies.js';
import { groupByVenue, majorityKind, majorityPlatform } from './group-by-venue.js';
import { indexPublisherFamilies, NO_PUBLISHER_FAMILIES } from './index-publisher-families.js';
import { COPY_ORIGINALITY, originalityFactor } from './originality-factor.js';
import { TRACK_RECORD, trackRecordFactor } from './track-record-factor.js';
import { keyTermsOf } from './venue-key-terms.js';
import { roundWeight } from './weight-math.js';

/**
 * Baseline by kind. Press is edited and accountable (1.0); community posts are first-hand but
 * unedited (0.8), close enough that engagement and corroboration can lift them past a press venue.
 * A project choice stated in every Methodology, not a measured figure.
 */
export const KIND_BASELINE: Readonly<Record<RecordKind, number>> = { press: 1, community: 0.8 };

/**
 * One SourceWeight per venue (venue, else platform) of the story's records, heaviest first. Factors:
 * `kind` ({@link KIND_BASELINE}), `engagement` (log1p of the venue's summed engagement over the median
 * of venues that report any, clamped to {@link ENGAGEMENT_FACTOR_RANGE}; 1 when not reported),
 * `originality` (share of original records, copies at {@link COPY_ORIGINALITY}), `corroboration`
 * (share of other independent venues sharing {@link MIN_SHARED_KEY_TERMS} key terms, mapped onto
 * [{@link UNCORROBORATED_FACTOR}, 1]), `track record` (its figures in the story's disputes, {@link TRACK_RECORD}).
 * `weight` is the product of the factors over the largest product. Venues of one publisher family
 * (`families`, the configured table) are one independent voice: a sister outlet never corroborates,
 * and sisters agreeing count once, as a copy counts once with its original; the notes name the family.
 * `featuresOf` gives a record's stored term counts (its enrichment), so its text is not tokenised
 * again for the key terms; a record without is tokenised as usual. The weights are the same either way.
 */
export function weighSources(
  records: readonly SourceRecord[],
  copies: ReadonlyMap<string, string> = findSyndicatedCopies(records),
  families: readonly PublisherFamily[] = NO_PUBLISHER_FAMILIES,
  featuresOf?: FeaturesOf,
): SourceWeight[] {
  if (records.length === 0) return [];
  const venues = groupByVenue(records, indexPublisherFamilies(families));
  const venueOf = new Map(records.map((record) => [record.id, record.venue ?? record.platform]));
  const engagementMedian = storyEngagementMedian(venues);
  const keyTerms = keyTermsOf(venues, copies, featuresOf);
  const disputes = findDisputedFigures(records);
  const drafts = venues.map((venue) => {
    const kind = majorityKind(venue.records);
    const factors: WeightFactor[] = [
      { name: 'kind', value: KIND_BASELINE[kind], note: kind === 'press' ? 'press outlet' : 'community venue' },
      engagementFactor(venue, engagementMedian),
      originalityFactor(venue, copies, venueOf),
      corroborationFactor(venue, venues, keyTerms, copies, venueOf),
      trackRecordFactor(venue, disputes, venues),
    ];
    const product = factors.reduce((value, factor) => value * factor.value, 1);
    return {
      venue: venue.name,
      platform: majorityPlatform(venue.records),
      kind,
      recordCount: venue.records.length,
      product,
      factors,
    };
  });
  const largest = Math.max(...drafts.map((draft) => draft.product));
  return drafts
    .map(({ product, ...weight }) => ({ ...weight, weight: largest > 0 ? roundWeight(product / largest) : 0 }))
    .sort((a, b) => b.weight - a.weight || a.venue.localeCompare(b.venue));
}
