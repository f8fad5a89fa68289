/**
 * @module weigh/find-syndicated-copies
 * Finds records that republish another venue's earlier record, so a copy never counts as a second voice.
 */
import { pushTo, type SourceRecord } from '../model/index.js';
import { jaccard, wordShingles } from '../enrich/word-shingles.js';
import { byRecordTime } from '../cluster/group-threads.js';

/** Shingle width in words: 5 is long enough that two independent reports rarely share many. */
export const SHINGLE_WORDS = 5;
/** Jaccard of 5-word shingles at or above which a later record is a verbatim or lightly edited copy. */
export const SYNDICATION_JACCARD = 0.8;
/**
 * A lower bar when the later record itself says where it came from ("originally appeared on X")
 * and X is the earlier record's venue: republishers often add a standfirst or trim the end.
 */
export const ATTRIBUTED_COPY_JACCARD = 0.5;

/** Share of the shorter press text's shingles an edited copy keeps. */
export const COPY_CONTAINMENT = 0.85;
/** The longer text at most this many times the shorter (with 0.85 containment, Jaccard stays above 0.5). */
export const MAX_CONTAINMENT_SIZE_RATIO = 1.3;
/** Shorter than this many shingles, containment says too little (a headline-length item). */
export const MIN_CONTAINMENT_SHINGLES = 20;

/** "Originally appeared on Regional Wire", "first published in …", "originally ran at …". */
const ATTRIBUTION = /(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:on|in|at|by)\s+([^\n.]+)/giu;

/**
 * Map from each copy's id to its original's id. A record copies an earlier record of another venue
 * when (1) its canonical URL is the other record's URL or canonical URL, or (2) it names the other's
 * venue in an "originally appeared on" line and their shingle Jaccard is at least
 * {@link ATTRIBUTED_COPY_JACCARD}, or (3) their shingle Jaccard is at least {@link SYNDICATION_JACCARD}.
 * Earlier means publishedAt (else fetchedAt), then id. A copy of a copy maps to the first original.
 */
export function findSyndicatedCopies(records: readonly SourceRecord[]): Map<string, string> {
  const ordered = [...records].sort(byRecordTime);
  const shingles = new Map(ordered.map((record) => [record.id, wordShingles(record.text, SHINGLE_WORDS)]));
  const candidatesOf = candidateIndex(ordered, shingles);
  const copies = new Map<string, string>();
  for (let later = 1; later < ordered.length; later += 1) {
    const copy = ordered[later]!;
    const attributedTo = attributionsOf(copy.text);
    for (const earlier of candidatesOf(later)) {
      const original = ordered[earlier]!;
      if ((original.venue ?? original.platform) === (copy.venue ?? copy.platform)) continue;
      if (isCopy(copy, original, attributedTo, shingles)) {
        copies.set(copy.id, copies.get(original.id) ?? original.id);
        break;
      }
    }
  }
  return copies;
}

/**
 * The earlier records (indexes, oldest first) that could be copied by record `later`: those with its
 * canonical URL, and those sharing a shingle of its prefix. Prefix filtering (Chaudhuri et al. 2006;
 * Bayardo et al. 2007, "AllPairs"): order each set's shingles rarest first; two sets with Jaccard at
 * least t share one of the first |x| - ceil(t·|x|) + 1 shingles of each. With t the lower
 * ({@link ATTRIBUTED_COPY_JACCARD}) bar no copy is missed, and 5,000 comments are not 12.5 million pairs.
 */
function candidateIndex(ordered: SourceRecord[], shingles: Map<string, Set<string>>): (later: number) => number[] {
  const frequency = new Map<string, number>();
  for (const set of shingles.values())
    for (const shingle of set) frequency.set(shingle, (frequency.get(shingle) ?? 0) + 1);
  const prefixes = ordered.map((record) => {
    const sorted = [...shingles.get(record.id)!].sort(
      (a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
    );
    return sorted.slice(0, sorted.length - Math.ceil(ATTRIBUTED_COPY_JACCARD * sorted.length) + 1);
  });
  // Postings per shingle are kept per venue: a venue never copies itself, so a 50,000-comment thread
  // in one venue is never walked for its own comments. Each list is in time order.
  const venueOf = (record: SourceRecord) => record.venue ?? record.platform;
  const byShingle = new Map<string, Map<string, number[]>>();
  const byUrl = new Map<string, number[]>();
  ordered.forEach((record, index) => {
    for (const shingle of prefixes[index]!) {
      const venues = byShingle.get(shingle) ?? new Map<string, number[]>();
      byShingle.set(shingle, venues);
      pushTo(venues, venueOf(record), index);
    }
    for (const url of [record.url, record.canonicalUrl]) if (url) pushTo(byUrl, url, index);
  });
  return (later) => {
    const found = new Set<number>();
    const record = ordered[later]!;
    const own = venueOf(record);
    if (record.canonicalUrl)
      for (const index of byUrl.get(record.canonicalUrl) ?? []) if (index < later) found.add(index);
    for (const shingle of prefixes[later]!) {
      for (const [venue, list] of byShingle.get(shingle) ?? []) {
        if (venue === own) continue;
        for (const index of list) {
          if (index >= later) break;
          found.add(index);
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  };
}

function isCopy(
  copy: SourceRecord,
  original: SourceRecord,
  attributedTo: string[],
  shingles: Map<string, Set<string>>,
): boolean {
  if (
    copy.canonicalUrl &&
    copy.canonicalUrl !== copy.url &&
    (copy.canonicalUrl === original.url || copy.canonicalUrl === original.canonicalUrl)
  ) {
    return true;
  }
  const a = shingles.get(copy.id)!;
  const b = shingles.get(original.id)!;
  if (a.size === 0 || b.size === 0) return false;
  const venue = original.venue?.toLocaleLowerCase('en-US');
  const attributed = venue !== undefined && attributedTo.some((phrase) => phrase.includes(venue));
  const bar = attributed ? ATTRIBUTED_COPY_JACCARD : SYNDICATION_JACCARD;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  // Jaccard can reach `bar` only if the smaller set is at least `bar` times the larger.
  if (small.size >= bar * large.size && jaccard(a, b) >= bar) return true;
  return copy.kind === 'press' && original.kind === 'press' && isEditedCopy(small, large);
}

/**
 * A wire story re-run with small edits (a changed word, a dropped paragraph, a staff line added)
 * falls below {@link SYNDICATION_JACCARD} yet keeps {@link COPY_CONTAINMENT} of the shorter text's
 * shingles. Sizes within {@link MAX_CONTAINMENT_SIZE_RATIO} keep it a copy, not an article quoting
 * another, and keep Jaccard above {@link ATTRIBUTED_COPY_JACCARD} so the prefix filter still finds it.
 */
function isEditedCopy(small: Set<string>, large: Set<string>): boolean {
  if (small.size < MIN_CONTAINMENT_SHINGLES || large.size > MAX_CONTAINMENT_SIZE_RATIO * small.size) return false;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared >= COPY_CONTAINMENT * small.size;
}

function attributionsOf(text: string): string[] {
  return [...text.matchAll(ATTRIBUTION)].map((match) => match[1]!.toLocaleLowerCase('en-US'));
}
