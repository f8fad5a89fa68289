import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { findSyndicatedCopies } from './find-syndicated-copies.js';

const WIRE_TEXT =
  'Northline Rail will run forty fewer weekday trains from December, its winter timetable shows. The operator blamed a shortage of qualified drivers and said the cuts would last until March. Commuter groups said the reduced service would crowd the remaining morning trains.';

describe('findSyndicatedCopies', () => {
  const wire = makeRecord({
    externalId: 'wire',
    venue: 'Regional Wire',
    publishedAt: '2026-11-20T06:00:00Z',
    text: WIRE_TEXT,
  });

  it('finds a verbatim copy from another venue and maps it to the earlier original', () => {
    const copy = makeRecord({
      externalId: 'courier',
      venue: 'Coastal Courier',
      publishedAt: '2026-11-20T09:00:00Z',
      text: WIRE_TEXT,
    });
    expect(findSyndicatedCopies([copy, wire])).toEqual(new Map([[copy.id, wire.id]]));
  });

  it('accepts a trimmed copy when it says where it originally appeared', () => {
    const trimmed = WIRE_TEXT.split('. ').slice(0, 2).join('. ');
    const copy = makeRecord({
      externalId: 'courier',
      venue: 'Coastal Courier',
      publishedAt: '2026-11-20T09:00:00Z',
      text: `${trimmed}.\n\nThis story originally appeared on Regional Wire.`,
    });
    const unattributed = makeRecord({
      externalId: 'plain',
      venue: 'Bay Times',
      publishedAt: '2026-11-20T09:30:00Z',
      text: `${trimmed}.`,
    });
    const copies = findSyndicatedCopies([wire, copy]);
    expect(copies.get(copy.id)).toBe(wire.id);
    // Trimmed to a fraction of the wire and saying nothing of where it came from: not called a copy.
    expect(findSyndicatedCopies([wire, unattributed]).has(unattributed.id)).toBe(false);
    // The same words as a copy already found are a copy of that copy's original.
    expect(findSyndicatedCopies([wire, copy, unattributed]).get(unattributed.id)).toBe(wire.id);
  });

  it('collapses 200 re-runs of one wire story with small edits into one original and 199 copies', () => {
    const runs = Array.from({ length: 200 }, (_, index) =>
      makeRecord({
        externalId: `run-${index}`,
        venue: `Outlet ${index}`,
        publishedAt: new Date(Date.parse('2026-11-20T06:00:00Z') + index * 60_000).toISOString(),
        text:
          index === 0
            ? WIRE_TEXT
            : `${index % 2 ? WIRE_TEXT.replace(/\bthe\b/, 'a') : WIRE_TEXT}${index % 3 ? ` Reporting by Outlet ${index} staff.` : ''}`,
      }),
    );
    const copies = findSyndicatedCopies(runs);
    expect(copies.size).toBe(199);
    expect(new Set(copies.values())).toEqual(new Set([runs[0]!.id]));
  });

  it('treats a canonical URL pointing at another record as a copy', () => {
    const original = makeRecord({
      externalId: 'o',
      venue: 'Regional Wire',
      url: 'https://wire.example/a',
      publishedAt: '2026-11-20T06:00:00Z',
      text: 'Short item.',
    });
    const copy = makeRecord({
      externalId: 'c',
      venue: 'Coastal Courier',
      url: 'https://courier.example/a',
      canonicalUrl: 'https://wire.example/a',
      publishedAt: '2026-11-20T07:00:00Z',
      text: 'A rewritten item entirely.',
    });
    expect(findSyndicatedCopies([original, copy])).toEqual(new Map([[copy.id, original.id]]));
  });

  it('does not flag independent reports of the same event, nor repeats within one venue', () => {
    const independent = makeRecord({
      externalId: 'independent',
      venue: 'Bay Times',
      publishedAt: '2026-11-20T08:00:00Z',
      text: 'Forty weekday services disappear from Northline Rail’s winter timetable in December. Drivers are short, the operator says, and the cuts run until March.',
    });
    const sameVenue = makeRecord({
      externalId: 'wire-update',
      venue: 'Regional Wire',
      publishedAt: '2026-11-20T10:00:00Z',
      text: WIRE_TEXT,
    });
    expect(findSyndicatedCopies([wire, independent, sameVenue]).size).toBe(0);
  });

  it('maps a copy of a copy to the first original', () => {
    const copy = makeRecord({
      externalId: 'courier',
      venue: 'Coastal Courier',
      publishedAt: '2026-11-20T09:00:00Z',
      text: WIRE_TEXT,
    });
    const second = makeRecord({
      externalId: 'gazette',
      venue: 'Gazette',
      publishedAt: '2026-11-20T11:00:00Z',
      text: WIRE_TEXT,
    });
    expect(findSyndicatedCopies([second, copy, wire])).toEqual(
      new Map([
        [copy.id, wire.id],
        [second.id, wire.id],
      ]),
    );
  });
});
