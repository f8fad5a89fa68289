import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { indexPublisherFamilies, sameFamilyNote } from './index-publisher-families.js';

const harbor = { name: 'Harbor Media', venues: ['The Harbor Times'], hosts: ['eveningpost.example'] };

describe('indexPublisherFamilies', () => {
  it('finds a family by venue name, ignoring case and surrounding spaces', () => {
    const index = indexPublisherFamilies([harbor]);
    expect(index.familyOf(makeRecord({ venue: ' the harbor TIMES ' }))?.name).toBe('Harbor Media');
    expect(index.familyOf(makeRecord({ venue: 'The Harbor Tribune' }))).toBeNull();
  });

  it('finds a family by the host of the URL or canonical URL, subdomains and www. included', () => {
    const index = indexPublisherFamilies([harbor]);
    expect(index.familyOf(makeRecord({ venue: 'Evening Post', url: 'https://www.eveningpost.example/a' }))?.name).toBe(
      'Harbor Media',
    );
    expect(
      index.familyOf(
        makeRecord({
          venue: 'Evening Post',
          url: 'https://amp.example/x',
          canonicalUrl: 'https://news.eveningpost.example/a',
        }),
      )?.name,
    ).toBe('Harbor Media');
    expect(index.familyOf(makeRecord({ venue: 'Evening Post', url: 'https://noteveningpost.example/a' }))).toBeNull();
    expect(index.familyOf(makeRecord({ venue: 'Evening Post', url: 'not a url' }))).toBeNull();
  });

  it('keys a family member by its family and any other record by its venue, so the two never collide', () => {
    const index = indexPublisherFamilies([harbor]);
    expect(index.independenceKeyOf(makeRecord({ venue: 'The Harbor Times' }))).toBe('family:Harbor Media');
    expect(index.independenceKeyOf(makeRecord({ venue: 'Harbor Media' }))).toBe('Harbor Media');
    expect(index.independenceKeyOf(makeRecord({ venue: null, platform: 'reddit' }))).toBe('reddit');
  });

  it('writes the note factors carry', () => {
    expect(sameFamilyNote(['The Harbor Times'], harbor)).toBe(
      "counted with The Harbor Times: same publisher family 'Harbor Media'",
    );
  });
});
