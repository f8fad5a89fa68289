/**
 * @module weigh/find-syndicated-copies
 * Finds records that republish another venue's earlier record, so a copy never counts as a second voice.
 */
import type { SourceRecord } from '../model/index.js';
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
  const copies = new Map<string, string>();
  for (let later = 1; later < ordered.length; later += 1) {
    const copy = ordered[later]!;
    const attributedTo = attributionsOf(copy.text);
    for (let earlier = 0; earlier < later; earlier += 1) {
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

function isCopy(copy: SourceRecord, original: SourceRecord, attributedTo: string[], shingles: Map<string, Set<string>>): boolean {
  if (copy.canonicalUrl && copy.canonicalUrl !== copy.url && (copy.canonicalUrl === original.url || copy.canonicalUrl === original.canonicalUrl)) {
    return true;
  }
  const a = shingles.get(copy.id)!;
  const b = shingles.get(original.id)!;
  if (a.size === 0 || b.size === 0) return false;
  const venue = original.venue?.toLocaleLowerCase('en-US');
  const attributed = venue !== undefined && attributedTo.some((phrase) => phrase.includes(venue));
  const bar = attributed ? ATTRIBUTED_COPY_JACCARD : SYNDICATION_JACCARD;
  // Jaccard can reach `bar` only if the smaller set is at least `bar` times the larger.
  if (Math.min(a.size, b.size) < bar * Math.max(a.size, b.size)) return false;
  return jaccard(a, b) >= bar;
}

function attributionsOf(text: string): string[] {
  return [...text.matchAll(ATTRIBUTION)].map((match) => match[1]!.toLocaleLowerCase('en-US'));
}
