import { describe, expect, it } from 'vitest';
import { makeRecord } from './__fixtures__/make-record.js';
import { frameSentence, learnCaseHints } from './frame-sentence.js';

const release = makeRecord({
  platform: 'web',
  externalId: 'https://kestrel.example/q3',
  venue: 'Kestrel Semiconductor',
  publishedAt: '2026-11-12T21:05:00Z',
  text: 'Kestrel Semiconductor today reported revenue of $2.41 billion. The data center business grew 41 percent.',
});
const hints = learnCaseHints([release.text]);

describe('frameSentence', () => {
  it('gives a source’s statement about itself as it stands, dated, without the release’s “today”', () => {
    expect(
      frameSentence(release, 'Kestrel Semiconductor today reported revenue of $2.41 billion.', hints, {
        verb: 'stated',
        date: '12 November 2026',
      }),
    ).toBe('On 12 November 2026, Kestrel Semiconductor reported revenue of $2.41 billion.');
  });

  it('frames any other sentence as indirect speech', () => {
    expect(
      frameSentence(release, 'The data center business grew 41 percent.', hints, {
        verb: 'stated',
        date: '12 November 2026',
      }),
    ).toBe('On 12 November 2026, Kestrel Semiconductor stated that the data center business grew 41 percent.');
  });
});
