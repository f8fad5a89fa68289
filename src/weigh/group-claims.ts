/**
 * @module weigh/group-claims
 * Groups a story's claims across records and gives each group a status: corroborated (by how many
 * independent sources), disputed, corrected or single-source, with who stated it first.
 */
import { createHash } from 'node:crypto';
import type { ClaimGroup, ClaimStatus, ClaimValue, PublisherFamily, SourceRecord } from '../model/index.js';
import { extractClaims, type RecordClaim } from '../enrich/extract-claims.js';
import { sameValue, type Quantity } from '../enrich/extract-quantities.js';
import { findProperNouns } from '../enrich/find-proper-nouns.js';
import { byRecordTime } from '../cluster/group-threads.js';
import { findDisputedFigures, type DisputedFigure } from './find-disputed-figures.js';
import { findSyndicatedCopies } from './find-syndicated-copies.js';
import { measureTiming } from './measure-timing.js';
import { indexPublisherFamilies, NO_PUBLISHER_FAMILIES } from './index-publisher-families.js';
import { joinClaims } from './join-claims.js';

/** Claims compared per story, earliest records first: bounds a 50,000-comment thread to ~1 s. */
export const MAX_CLAIM_CANDIDATES = 1_500;
/** Claim groups kept per story: every disputed, corrected and corroborated one first, then figures. */
export const MAX_STORY_CLAIMS = 24;
const STATUS_ORDER: Readonly<Record<ClaimStatus, number>> = {
  corrected: 0,
  disputed: 1,
  corroborated: 2,
  'single-source': 3,
};

/**
 * Steps: (1) extract each record's claims (names from the whole story); (2) every disputed figure
 * becomes one group holding the claims that state either value, `corrected` when a source that gave
 * the earlier value later gives the other or a correction notice does; (3) the other claims join the group
 * whose first claim they restate (content overlap or shared figures; candidates through an inverted
 * index, never all pairs), never across two different values of one unit; (4) independent sources are distinct venues with syndicated copies
 * folded into their originals and the outlets of one publisher family counted as one (so two sister
 * outlets agreeing are not "corroborated"); (5) groups are ranked by status, sources and time, and capped.
 *
 * `copies` (copy id to original id) defaults to findSyndicatedCopies of the records; pass it when
 * already known. `families` is the configured publisher-family table (none by default).
 */
export function groupClaims(
  records: readonly SourceRecord[],
  copies: ReadonlyMap<string, string> = findSyndicatedCopies(records),
  families: readonly PublisherFamily[] = NO_PUBLISHER_FAMILIES,
): ClaimGroup[] {
  const ordered = [...records].sort(byRecordTime);
  const byId = new Map(ordered.map((record) => [record.id, record]));
  const properNouns = findProperNouns(ordered.flatMap((record) => [record.title ?? '', record.text]));
  const claims = ordered.flatMap((record) => extractClaims(record, properNouns)).slice(0, MAX_CLAIM_CANDIDATES);
  const familyIndex = indexPublisherFamilies(families);
  const venueKey = (recordId: string): string => {
    const original = byId.get(copies.get(recordId) ?? recordId)!;
    return original.venue ?? original.sourceId ?? original.platform;
  };
  const independenceKey = (recordId: string): string => {
    const family = familyIndex.familyOf(byId.get(copies.get(recordId) ?? recordId)!);
    return family ? `family:${family.name}` : venueKey(recordId);
  };
  const context: GroupContext = { byId, venueKey, independenceKey };

  const groups: ClaimGroup[] = [];
  const taken = new Set<RecordClaim>();
  for (const dispute of findDisputedFigures(ordered)) {
    // A claim may side in two disputes of one unit ("$1 trillion" against two other totals).
    const members = claims.filter((claim) => statesEither(claim, dispute));
    if (members.length === 0) continue;
    for (const member of members) taken.add(member);
    groups.push(disputeGroup(dispute, members, context));
  }
  for (const members of joinClaims(claims.filter((claim) => !taken.has(claim)))) {
    groups.push(agreementGroup(members, context));
  }
  return rank(groups);
}

interface GroupContext {
  byId: ReadonlyMap<string, SourceRecord>;
  /** The outlet a record speaks for: its original's venue (else source, else platform). */
  venueKey: (recordId: string) => string;
  /** One independent voice: the outlet's publisher family when it has one, else {@link venueKey}. */
  independenceKey: (recordId: string) => string;
}

function statesEither(claim: RecordClaim, dispute: DisputedFigure): boolean {
  return claim.figures.some(
    (figure) => figure.unit === dispute.unit && dispute.values.some((side) => side.value === figure.value),
  );
}

/**
 * A disputed figure's group: each value with the records asserting it (a record naming a value only
 * to refute or relay it is on neither side); `corrected` when the dispute is settled (see
 * weigh/settle-dispute.ts), the value settled as wrong first and the standing one second.
 */
function disputeGroup(dispute: DisputedFigure, members: RecordClaim[], context: GroupContext): ClaimGroup {
  const settlement = dispute.settlement ?? null;
  const [first, second] = dispute.values;
  const [wrongFirst, standing] = settlement && settlement.value === first.value ? [second, first] : [first, second];
  const values: ClaimValue[] = [wrongFirst, standing].map((side) => ({
    value: side.value,
    unit: dispute.unit,
    surface: side.surface,
    recordIds: side.records.map((record) => record.id),
  }));
  const settledBy = settlement
    ? (members.find(
        (claim) =>
          claim.recordId === settlement.recordId &&
          claim.figures.some((figure) => figure.unit === dispute.unit && figure.value === settlement.value),
      ) ?? null)
    : null;
  const settlingText =
    settledBy?.sentence ?? (settlement ? (context.byId.get(settlement.recordId)?.title ?? null) : null);
  return {
    ...baseGroup(members, context),
    status: settlement ? 'corrected' : 'disputed',
    values,
    correctedBy: settlement && settlingText ? { recordId: settlement.recordId, text: settlingText } : null,
    settlement,
  };
}

function agreementGroup(members: RecordClaim[], context: GroupContext): ClaimGroup {
  const base = baseGroup(members, context);
  return {
    ...base,
    status: base.independentSources >= 2 ? 'corroborated' : 'single-source',
    values: valuesOf(members),
    correctedBy: null,
  };
}

function baseGroup(
  members: RecordClaim[],
  context: GroupContext,
): Omit<ClaimGroup, 'status' | 'values' | 'correctedBy'> {
  const recordIds = [...new Set(members.map((claim) => claim.recordId))];
  const first = members[0]!;
  return {
    id: `claim-${createHash('sha256').update(`${first.recordId}\n${first.sentence}`).digest('hex').slice(0, 12)}`,
    text: first.sentence,
    recordId: first.recordId,
    subject: members.find((claim) => claim.subject !== null)?.subject ?? null,
    independentSources: new Set(recordIds.map(context.independenceKey)).size,
    recordIds,
    mentions: recordIds.map((recordId) => ({
      recordId,
      text: members.find((claim) => claim.recordId === recordId)!.sentence,
    })),
    timing: measureTiming(recordIds.map((id) => context.byId.get(id)!)),
  };
}

/** The figures in a known unit that the group's claims state, each value with its records, in order of first mention. */
function valuesOf(members: RecordClaim[]): ClaimValue[] {
  const values: Array<ClaimValue & { quantity: Quantity }> = [];
  for (const claim of members) {
    for (const quantity of claim.quantities) {
      const entry =
        values.find(
          (value) => value.quantity.unit === quantity.unit && sameValue(value.quantity.value, quantity.value),
        ) ??
        values[
          values.push({
            value: String(quantity.value),
            unit: quantity.unit!,
            surface: quantity.raw,
            recordIds: [],
            quantity,
          }) - 1
        ]!;
      if (!entry.recordIds.includes(claim.recordId)) entry.recordIds.push(claim.recordId);
    }
  }
  return values.map(({ quantity: _quantity, ...value }) => value);
}

/**
 * Disputes and corrections first, then corroborated groups by independent sources, then
 * single-source claims that state a figure or were copied; ties by first mention. At most {@link MAX_STORY_CLAIMS}.
 */
function rank(groups: ClaimGroup[]): ClaimGroup[] {
  const earliest = (group: ClaimGroup) =>
    [group.timing.communityFirst?.at, group.timing.pressFirst?.at]
      .filter((at): at is string => at !== undefined)
      .sort()[0] ?? '';
  return groups
    .filter((group) => group.status !== 'single-source' || group.values.length > 0 || group.recordIds.length > 1)
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        b.independentSources - a.independentSources ||
        b.recordIds.length - a.recordIds.length ||
        earliest(a).localeCompare(earliest(b)) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, MAX_STORY_CLAIMS);
}
