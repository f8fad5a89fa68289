import { describe, expect, it } from 'vitest';
import type { EntityCues, EntityMention } from '../model/index.js';
import { buildGazetteer } from './build-gazetteer.js';

const none: EntityCues = { person: 0, speech: 0, organisation: 0, place: 0 };
const mention = (text: string, count = 1, cues: Partial<EntityCues> = {}): EntityMention => ({
  text,
  count,
  inTitle: 0,
  type: 'other',
  cues: { ...none, ...cues },
});

describe('buildGazetteer', () => {
  it('merges a first-words short form into the longer name it shares a record with, as an organisation', () => {
    const gazetteer = buildGazetteer([[mention('Kestrel Semiconductor'), mention('Kestrel', 2)], [mention('Kestrel')]]);
    expect(gazetteer.entries).toEqual([
      {
        key: 'kestrel semiconductor',
        name: 'Kestrel Semiconductor',
        type: 'organisation',
        aliases: ['kestrel'],
        count: 4,
        records: 2,
      },
    ]);
    expect(gazetteer.entryOf('KESTREL')?.key).toBe('kestrel semiconductor');
    expect(gazetteer.entryOf('Vireo')).toBeUndefined();
  });

  it('merges a surname into the full name and types it a person from speech and the surname use', () => {
    const gazetteer = buildGazetteer([[mention('Tara Reid'), mention('Reid', 2, { speech: 1 })]]);
    expect(gazetteer.entryOf('Reid')).toMatchObject({ key: 'tara reid', type: 'person', aliases: ['reid'] });
  });

  it('keeps short forms apart from names they never share a record with, and from names across "of"', () => {
    const gazetteer = buildGazetteer([
      [mention('Harry Reid')],
      [mention('Reid')],
      [mention('Bank of England'), mention('England', 1, { place: 1 })],
    ]);
    expect(gazetteer.entryOf('Reid')?.key).toBe('reid');
    expect(gazetteer.entryOf('England')).toMatchObject({ key: 'england', type: 'place' });
    expect(gazetteer.entryOf('Bank of England')?.type).toBe('organisation');
  });

  it('sends a short form to the longer name it shares most records with, and resolves chains to the longest', () => {
    const gazetteer = buildGazetteer([
      [mention('Reid'), mention('Tara Reid')],
      [mention('Reid'), mention('Harry Reid')],
      [mention('Reid'), mention('Harry Reid'), mention('Senator Harry Reid')],
    ]);
    expect(gazetteer.entryOf('Reid')?.key).toBe('senator harry reid');
    expect(gazetteer.entryOf('Tara Reid')?.key).toBe('tara reid');
  });

  it('types by name shape and context: model numbers, legal forms, places, and other when nothing speaks', () => {
    const gazetteer = buildGazetteer([
      [mention('Vireo X90'), mention('Acme Holdings'), mention('Malibu', 1, { place: 2 }), mention('Zorblat')],
    ]);
    expect(gazetteer.entries.map((entry) => [entry.name, entry.type])).toEqual([
      ['Acme Holdings', 'organisation'],
      ['Malibu', 'place'],
      ['Vireo X90', 'product'],
      ['Zorblat', 'other'],
    ]);
  });

  it('is the same gazetteer for the same records', () => {
    const records = [
      [mention('Kestrel'), mention('Kestrel Semiconductor')],
      [mention('Vireo X90'), mention('Vireo')],
    ];
    expect(buildGazetteer(records).entries).toEqual(buildGazetteer(structuredClone(records)).entries);
  });
});
