import { describe, expect, it } from 'vitest';
import { isWordNetLemma, lexicalRelations } from './wordnet-lexicon.js';

describe('lexicalRelations', () => {
  it('gives the synonyms of a word: "roughly" is "approximately" and "about"', () => {
    const { synonyms } = lexicalRelations('roughly');
    expect(synonyms).toContain('approximately');
    expect(synonyms).toContain('about');
  });

  it('gives the antonyms WordNet marks, both ways', () => {
    expect(lexicalRelations('rise').antonyms).toContain('fall');
    expect(lexicalRelations('fall').antonyms).toContain('rise');
    expect(lexicalRelations('more').antonyms).toContain('less');
  });

  it('gives the more general words above a word', () => {
    expect(lexicalRelations('plane').hypernyms).toContain('aircraft');
  });

  it('gives four empty sets for a word WordNet lacks', () => {
    const relations = lexicalRelations('qwertyuiop');
    expect([...relations.synonyms, ...relations.hypernyms, ...relations.antonyms, ...relations.related]).toEqual([]);
    expect(isWordNetLemma('qwertyuiop')).toBe(false);
    expect(isWordNetLemma('interest rate')).toBe(true);
  });
});
