/**
 * @module model/claim
 * Claims: atomic statements found in records, grouped across records, each group with a status and
 * the timing of who stated it first.
 */
import type { StoryTiming } from './timing.js';

export const CLAIM_STATUSES = ['corroborated', 'disputed', 'corrected', 'single-source'] as const;
/**
 * `corroborated`: two or more independent sources state it; `disputed`: the same figure slot is given
 * different values and some record contrasts them; `corrected`: a later record by a source that gave
 * one value gives the other, or a correction notice does; `single-source`: one independent source.
 */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * One value of a claim's figure slot and the records stating it, oldest first. For a dispute, a
 * record that gives both values counts for the later one (it is the one correcting).
 */
export interface ClaimValue {
  value: string;
  unit: string;
  /** As the first record wrote it: "256-bit", "$649". */
  surface: string;
  recordIds: string[];
}

/** A group of equivalent claims across a story's records. */
export interface ClaimGroup {
  id: string;
  /** The earliest statement of it, verbatim from its record. */
  text: string;
  /** Its first record, where `text` is found. */
  recordId: string;
  /** The name it is about, as the story writes it; null when no name was found. */
  subject: string | null;
  status: ClaimStatus;
  /** Distinct venues stating it, a syndicated copy counted with its original. */
  independentSources: number;
  /** Every record stating it, oldest first. */
  recordIds: string[];
  /** How each record states it, verbatim, oldest first (one per record). */
  mentions: Array<{ recordId: string; text: string }>;
  /** The figure slot's values when the claim carries figures; two or more when disputed or corrected. */
  values: ClaimValue[];
  /** For a corrected claim: the later statement that supersedes the earlier value. */
  correctedBy: { recordId: string; text: string } | null;
  /**
   * For a settled dispute: the value that stands, the one settled as wrong, and how (a correction
   * notice, the party conceding, or the weight of independent venues [standing, wrong]). Absent: open or no dispute.
   */
  settlement?: {
    value: string;
    wrong: string;
    how: 'correction' | 'concession' | 'weight';
    recordId: string;
    venues: [number, number];
  } | null;
  timing: StoryTiming;
}
