import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { settleDispute } from './settle-dispute.js';

describe('settleDispute', () => {
  const vendor = makeRecord({ externalId: 'vendor', venue: 'Vendor', text: 'The card has a 256-bit memory bus.' });
  const forum = makeRecord({
    externalId: 'forum',
    platform: 'forum',
    venue: 'Bench Forum',
    text: 'The firmware shows a 192-bit memory bus.',
  });

  it('leaves one venue against another open', () => {
    expect(settleDispute('bit', { value: '256', records: [vendor] }, { value: '192', records: [forum] })).toBeNull();
  });

  it('settles for the value a report says the party now gives', () => {
    const report = makeRecord({
      externalId: 'report',
      venue: 'Observer',
      text: 'The product page, which listed a 256-bit memory bus, now describes a 192-bit physical interface.',
    });
    expect(
      settleDispute('bit', { value: '256', records: [vendor] }, { value: '192', records: [forum, report] }),
    ).toMatchObject({ value: '192', wrong: '256', how: 'concession', recordId: report.id });
  });

  it('settles by weight only when independent venues clearly favour one value', () => {
    const others = ['A', 'B', 'C'].map((venue) =>
      makeRecord({ externalId: venue, venue, text: 'Testers found a 192-bit memory bus.' }),
    );
    expect(settleDispute('bit', { value: '256', records: [vendor] }, { value: '192', records: others })).toMatchObject({
      value: '192',
      how: 'weight',
      venues: [3, 1],
    });
    expect(
      settleDispute('bit', { value: '256', records: [vendor, forum] }, { value: '192', records: others }),
    ).toBeNull();
  });
});
