import { describe, expect, it } from 'vitest';
import { learnCaseHints } from './frame-sentence.js';
import { EVENT_HEADLINE_WORDS, headlineOf } from './write-event-headline.js';

/** The story's sentences teach which words are names: "Ferrovia" and "Harbor" are written capitalised mid-sentence. */
const HINTS = learnCaseHints([
  'Riders said Ferrovia Rail posted the timetable late.',
  'Commuters on the Harbor line counted the trains.',
  'The engineers found wear in the drive.',
  'Our data shows the satellite is fine.',
]);

describe('headlineOf', () => {
  it('keeps a short subject-first statement whole, without its full stop', () => {
    expect(headlineOf('Ferrovia Rail will cut 40 weekday trains from its winter timetable.', HINTS, 'Ferrovia')).toBe(
      'Ferrovia Rail will cut 40 weekday trains from its winter timetable',
    );
  });

  it('cuts a long statement at its last clause boundary within the word limit', () => {
    const headline = headlineOf(
      'Ferrovia Rail will run 40 fewer trains each weekday from December 13, the operator confirmed on Friday, after riders found the cuts.',
      HINTS,
      'Ferrovia',
    );
    expect(headline).toBe('Ferrovia Rail will run 40 fewer trains each weekday from December 13');
    expect(headline!.split(' ').length).toBeLessThanOrEqual(EVENT_HEADLINE_WORDS.max);
  });

  it('drops a dateline, an opening time phrase, a bracket and a release\'s "today"', () => {
    expect(
      headlineOf(
        'HARBOR CITY — November 3, 2026 — Ferrovia Rail today announced a new timetable for the Harbor line.',
        HINTS,
        null,
      ),
    ).toBe('Ferrovia Rail announced a new timetable for the Harbor line');
    expect(
      headlineOf(
        'At 06:10 UTC on 3 November, the Harbor line (HL) signals failed across the whole network.',
        HINTS,
        null,
      ),
    ).toBe('The Harbor line signals failed across the whole network');
  });

  it('reads past a relative clause between commas to the main verb', () => {
    expect(
      headlineOf('The Harbor line, which carries most commuters, will close for three weeks in January.', HINTS, null),
    ).toBe('The Harbor line will close for three weeks in January');
  });

  it('gives nothing for a statement that opens with a common word, speaks in a voice, or asks', () => {
    expect(headlineOf('The engineers found wear in the drive of the satellite last week.', HINTS, null)).toBeNull();
    expect(headlineOf('Ferrovia Rail told us the trains would run as before this winter.', HINTS, null)).toBeNull();
    expect(headlineOf('Ferrovia Rail will cut how many trains from the winter timetable?', HINTS, null)).toBeNull();
  });

  it('gives nothing when a long statement has no clause boundary to cut at', () => {
    expect(
      headlineOf(
        'Ferrovia Rail will run forty fewer trains each weekday between the two busiest stations on the Harbor line.',
        HINTS,
        null,
      ),
    ).toBeNull();
  });
});
