/**
 * @module weigh/join-claims
 * Which claims of a story's records state the same thing: an inverted index over their content
 * words finds candidates, and leader clustering joins each claim to the first claim it restates.
 */
import type { RecordClaim } from '../enrich/extract-claims.js';
import { sameValue } from '../enrich/extract-quantities.js';

/**
 * Two claims state the same thing when their content words overlap this much (shared over the
 * smaller set). 0.6 on the demo corpus joins "Kestrel priced the card at $649" with "the card costs
 * $649, Kestrel said" and keeps apart two sentences that merely share the product's name.
 */
export const CLAIM_OVERLAP = 0.6;
/** ...and share at least this many content words, so two short sentences never join on a name and a verb. */
export const MIN_SHARED_CLAIM_TERMS = 3;
/**
 * Two claims that state one figure in one unit ("$2.41 billion" and "$2.41bn") need only this many
 * other content words in common: outlets word the same number differently, but not about nothing shared.
 */
export const MIN_SHARED_TERMS_WITH_FIGURE = 2;
/** A sentence listing more figures than this is a summary; it joins others by wording, not by one shared figure. */
const MAX_FIGURES_TO_JOIN_BY = 3;
/** Terms that are part of a figure rather than words about it. */
const NUMBER_TERM = /^(?:\p{N}.*|thousand|million|billion|trillion)$/u;
/** A term in more claims than this says nothing about which claims match (the story's own name). */
const MAX_TERM_POSTINGS = 200;

/**
 * Groups of claims from different records that state the same thing, each in claim order (oldest
 * record first). Candidate pairs come from an inverted index over content words.
 */
export function joinClaims(claims: RecordClaim[]): RecordClaim[][] {
  const postings = new Map<string, number[]>();
  claims.forEach((claim, index) => {
    for (const term of claim.terms) {
      const list = postings.get(term) ?? [];
      list.push(index);
      postings.set(term, list);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_TERM_POSTINGS) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = list[i]! * claims.length + list[j]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  // Leader clustering, oldest claim first: a claim joins the group whose first claim it states
  // again (the best such match), else it leads a group of its own; no chains of half-matches.
  const matches = new Map<number, Array<{ other: number; strength: number }>>();
  for (const [key, count] of shared) {
    const earlier = Math.floor(key / claims.length);
    const later = key % claims.length;
    if (!sameClaim(claims[earlier]!, claims[later]!, count)) continue;
    const found = matches.get(later);
    if (found) found.push({ other: earlier, strength: count });
    else matches.set(later, [{ other: earlier, strength: count }]);
  }
  const leaderOf = new Map<number, number>();
  const groups = new Map<number, RecordClaim[]>();
  claims.forEach((claim, index) => {
    const best = (matches.get(index) ?? [])
      .filter(
        (match) =>
          leaderOf.get(match.other) === match.other &&
          !groups.get(match.other)!.some((member) => member.recordId === claim.recordId),
      )
      .sort((a, b) => b.strength - a.strength || a.other - b.other)[0];
    const leader = best?.other ?? index;
    leaderOf.set(index, leader);
    const members = groups.get(leader);
    if (members) members.push(claim);
    else groups.set(leader, [claim]);
  });
  return [...groups.values()];
}

/** Whether two claims of different records state the same thing, given `count` shared content words. */
function sameClaim(a: RecordClaim, b: RecordClaim, count: number): boolean {
  if (a.recordId === b.recordId || figuresConflict(a, b) || a.negated !== b.negated) return false;
  if (count >= MIN_SHARED_CLAIM_TERMS && count / Math.min(a.terms.size, b.terms.size) >= CLAIM_OVERLAP) return true;
  const figures = sharedFigures(a, b);
  // Two shared figures are one fact stated twice; one shared figure needs a few shared words besides.
  return figures >= 2 || (figures === 1 && sharedWords(a, b) >= MIN_SHARED_TERMS_WITH_FIGURE);
}

/** Two claims that give some unit only different values are not the same claim (that is a dispute, or two quantities). */
function figuresConflict(a: RecordClaim, b: RecordClaim): boolean {
  for (const x of a.quantities) {
    const sameUnit = b.quantities.filter((y) => y.unit === x.unit);
    if (sameUnit.length === 0) continue;
    const aValues = a.quantities.filter((y) => y.unit === x.unit);
    if (!aValues.some((left) => sameUnit.some((right) => sameValue(left.value, right.value)))) return true;
  }
  // Figures in any unit word ("12 people", "3 seats"): one slot given only different values is no agreement.
  for (const x of a.figures) {
    const right = new Set(b.figures.filter((y) => y.unit === x.unit).map((y) => y.value));
    if (right.size === 0) continue;
    if (!a.figures.some((y) => y.unit === x.unit && right.has(y.value))) return true;
  }
  return false;
}

/** Figures both claims state in one unit, when neither lists so many that one shared figure means little. */
function sharedFigures(a: RecordClaim, b: RecordClaim): number {
  if (a.quantities.length > MAX_FIGURES_TO_JOIN_BY || b.quantities.length > MAX_FIGURES_TO_JOIN_BY) return 0;
  return a.quantities.filter((x) => b.quantities.some((y) => y.unit === x.unit && sameValue(x.value, y.value))).length;
}

/** Content words both claims use, numbers and magnitude words left out. */
function sharedWords(a: RecordClaim, b: RecordClaim): number {
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term) && !NUMBER_TERM.test(term)) shared += 1;
  return shared;
}
