import { describe, expect, it } from 'vitest';
import { inputFor, larkBatteryRecords } from './classical/__fixtures__/lark-battery-story.js';
import { createClassicalEngine } from './classical/create-classical-engine.js';
import { buildMethodology, NO_HUMAN_JUDGMENT } from './build-methodology.js';

describe('buildMethodology', () => {
  const input = inputFor('story-lark', larkBatteryRecords());
  const engine = createClassicalEngine();

  it('counts records by kind and venue in its first statement', () => {
    const methodology = buildMethodology(input, engine, 0);
    expect(methodology.statements[0]).toBe(
      'Generated autonomously from 10 source records (3 press, 7 community) from 7 venues.',
    );
    expect([methodology.recordCount, methodology.pressCount, methodology.communityCount]).toEqual([10, 3, 7]);
  });

  it('lists every venue weight with its factors, in the statements and in weights', () => {
    const methodology = buildMethodology(input, engine, 0);
    expect(methodology.weights).toEqual(input.weights);
    expect(methodology.statements).toContain(
      'r/headphones (community, 3 records): weight 0.8 from kind 0.8 (community venue).',
    );
    expect(methodology.statements).toContain('Circuit Wire (press, 1 record): weight 1 from kind 1 (press outlet).');
  });

  it('names the engine with its thresholds and states how many sentences were dropped', () => {
    const methodology = buildMethodology(input, engine, 2);
    expect(methodology.engine).toEqual({ name: 'classical', version: engine.version });
    expect(methodology.thresholds).toEqual(engine.thresholds);
    expect(methodology.sentencesDropped).toBe(2);
    expect(methodology.statements).toContain('2 sentences failed verification and were dropped.');
    expect(methodology.statements.some((statement) => statement.includes('faqAnswerSimilarity 0.2'))).toBe(true);
  });

  it('ends with the statement that no human editorial judgment was applied', () => {
    expect(buildMethodology(input, engine, 1).statements.at(-1)).toBe(NO_HUMAN_JUDGMENT);
    expect(NO_HUMAN_JUDGMENT).toBe('No human editorial judgment was applied.');
  });
});
