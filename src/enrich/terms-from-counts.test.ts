import { describe, expect, it } from 'vitest';
import { enrichRecord } from './enrich-record.js';
import { termsOf } from './terms-of.js';
import { termsFromCounts } from './terms-from-counts.js';

describe('termsFromCounts', () => {
  it('repeats each term as often as counted, in the order of the counts', () => {
    expect(
      termsFromCounts([
        ['rail', 2],
        ['strike', 1],
        ['march', 3],
      ]),
    ).toEqual(['rail', 'rail', 'strike', 'march', 'march', 'march']);
    expect(termsFromCounts([])).toEqual([]);
  });

  it('gives back every term of a record as often as termsOf finds it', () => {
    const record = {
      title: 'Rail strike in March',
      text: 'The rail strike starts in March. Rail unions say the strike may run past March.',
    };
    const terms = termsFromCounts(enrichRecord(record).terms);
    expect([...terms].sort()).toEqual([...termsOf(record)].sort());
    expect(terms.slice(0, 3)).toEqual(['rail', 'rail', 'rail']);
  });
});
