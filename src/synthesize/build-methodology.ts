/**
 * @module synthesize/build-methodology
 * The Methodology block of a story: counts, per-venue weights with their factors, engine, thresholds, drops.
 */
import type { Methodology, SourceWeight } from '../model/index.js';
import type { DraftProvenance, EditorialInput } from './editorial-model.js';

/** What the verifier checks, in the order of its layers (src/verify/verify-sentence.ts). */
export const VERIFICATION_STATEMENT =
  'Before publication every sentence was checked against the full text of the records it cites: that each citation is a record of this story, each quotation is verbatim, each figure with its unit and each name is in a cited record, the cited records carry what the sentence says, whoever it names as saying it is behind a cited record, and no disputed figure is stated as settled.';

/** The closing statement every Methodology ends with. */
export const NO_HUMAN_JUDGMENT = 'No human editorial judgment was applied.';

/** What the Methodology needs to know about the engine that wrote the story. */
export interface EngineDescription {
  name: string;
  version: string;
  thresholds: Record<string, number>;
}

/**
 * States how the story was made, in plain statements a reader can check: the record counts, each
 * venue's weight and its factors, the engine and its thresholds, and how many sentences the verifier
 * dropped. The last statement is always {@link NO_HUMAN_JUDGMENT}.
 */
export function buildMethodology(
  input: EditorialInput,
  engine: EngineDescription,
  sentencesDropped: number,
  provenance?: DraftProvenance,
): Methodology {
  const pressCount = input.records.filter((record) => record.kind === 'press').length;
  const communityCount = input.records.length - pressCount;
  const venues = new Set(input.records.map((record) => record.venue ?? record.platform));
  const weights = input.weights.map((weight) => ({
    ...weight,
    factors: weight.factors.map((factor) => ({ ...factor })),
  }));
  const statements = [
    `Generated autonomously from ${input.records.length} source records (${pressCount} press, ${communityCount} community) from ${venues.size} venues.`,
    ...weights.map(describeWeight),
    `Written by the ${engine.name} engine, version ${engine.version}, with thresholds ${describeThresholds(engine.thresholds)}.`,
    ...(provenance?.fallbackReason
      ? [
          `The configured model could not write this story (${provenance.fallbackReason}), so the classical engine wrote it.`,
        ]
      : []),
    ...(provenance && provenance.repairRounds > 0
      ? [
          `The model was shown the verifier's objections and revised the draft ${provenance.repairRounds === 1 ? 'once' : `${provenance.repairRounds} times`}.`,
        ]
      : []),
    VERIFICATION_STATEMENT,
    sentencesDropped === 0
      ? 'Every sentence passed verification; none was dropped.'
      : `${sentencesDropped} ${sentencesDropped === 1 ? 'sentence' : 'sentences'} failed verification and ${sentencesDropped === 1 ? 'was' : 'were'} dropped.`,
    NO_HUMAN_JUDGMENT,
  ];
  return {
    recordCount: input.records.length,
    pressCount,
    communityCount,
    weights,
    engine: { name: engine.name, version: engine.version },
    thresholds: { ...engine.thresholds },
    sentencesDropped,
    fallbackReason: provenance?.fallbackReason ?? null,
    statements,
  };
}

/** "r/hardware (community, 3 records): weight 0.72 from kind 0.8 (community venue), engagement 0.9 (score 1840)." */
function describeWeight(weight: SourceWeight): string {
  const factors = weight.factors.map((factor) => `${factor.name} ${round(factor.value)} (${factor.note})`).join(', ');
  const records = `${weight.recordCount} ${weight.recordCount === 1 ? 'record' : 'records'}`;
  return `${weight.venue} (${weight.kind}, ${records}): weight ${round(weight.weight)}${factors ? ` from ${factors}` : ''}.`;
}

function describeThresholds(thresholds: Record<string, number>): string {
  const entries = Object.entries(thresholds);
  return entries.length === 0 ? 'none' : entries.map(([name, value]) => `${name} ${round(value)}`).join(', ');
}

/** Two decimals is what the page prints; more would be false precision. */
function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
