import { describe, expect, it } from 'vitest';
import type { EntityCues } from '../model/index.js';
import { typeEntity } from './type-entity.js';

const cues = (given: Partial<EntityCues> = {}): EntityCues => ({
  person: 0,
  speech: 0,
  organisation: 0,
  place: 0,
  ...given,
});

describe('typeEntity', () => {
  it('reads the name’s own shape first: model numbers, legal forms and institutions, place words', () => {
    expect(typeEntity('Vireo X90', cues({ person: 3 }))).toBe('product');
    expect(typeEntity('RTX 4090', cues())).toBe('product');
    expect(typeEntity('Kestrel Semiconductor', cues({ place: 2 }))).toBe('organisation');
    expect(typeEntity('University of California', cues())).toBe('organisation');
    expect(typeEntity('Mount Hood', cues())).toBe('place');
    expect(typeEntity('Orange County', cues())).toBe('place');
  });

  it('types a lone acronym a place after "in", else an organisation', () => {
    expect(typeEntity('U.S.', cues({ place: 1 }))).toBe('place');
    expect(typeEntity('NASA', cues())).toBe('organisation');
  });

  it('lets speech count for people only in a full name’s shape, at half weight', () => {
    expect(typeEntity('Tara Reid', cues({ speech: 2 }))).toBe('person');
    expect(typeEntity('Tara Reid', cues({ speech: 1 }))).toBe('other');
    expect(typeEntity('Reuters', cues({ speech: 5 }))).toBe('other');
    expect(typeEntity('Reid', cues({ person: 1 }))).toBe('person');
  });

  it('gives the kind with the most context cues, and other when nothing speaks', () => {
    expect(typeEntity('Malibu', cues({ place: 2, organisation: 1 }))).toBe('place');
    expect(typeEntity('Kestrel', cues({ organisation: 2, place: 1 }))).toBe('organisation');
    expect(typeEntity('Zorblat', cues())).toBe('other');
  });
});
