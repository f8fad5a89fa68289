import { describe, expect, it } from 'vitest';
import { findFigures } from '../enrich/find-figures.js';
import { stanceOf } from './value-stance.js';

const stances = (sentence: string, next = '') =>
  findFigures(sentence).map((mention) => `${mention.surface}:${stanceOf(sentence, mention, next)}`);

describe('stanceOf', () => {
  it('takes the value after "not" as refuted and the other as asserted', () => {
    expect(stances('The straps say it is 192-bit, not 256-bit as advertised.')).toEqual([
      '192-bit:asserts',
      '256-bit:refutes',
    ]);
  });

  it('takes a figure called incorrect, in its sentence or the next, as refuted', () => {
    expect(stances('Claims that the council settled on 90 days are incorrect.')).toEqual(['90 days:refutes']);
    expect(stances('Posts have said 90 days.', 'That is not what the council approved.')).toEqual(['90 days:refutes']);
  });

  it('takes a relayed, supposed or expected figure as reported, not asserted', () => {
    expect(stances('If the bus is 192-bit I want my money back.')).toEqual(['192-bit:reports']);
    expect(stances('Kestrel will say it is 256-bit effective because of the cache.')).toEqual(['256-bit:reports']);
    expect(stances('So the last 4 GB sits on two channels, if this is right.')).toEqual(['4 GB:reports']);
  });

  it('keeps a plain press statement, "said" included, as asserted', () => {
    expect(stances('Police said 12 people were killed in the attack.')).toEqual(['12 people:asserts']);
  });
});
