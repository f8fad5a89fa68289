import { describe, expect, it } from 'vitest';
import { lemmatize, morphy } from './lemmatize.js';

describe('lemmatize', () => {
  it('reads irregular forms to their lemma', () => {
    const tokens = lemmatize('Prices fell and shares rose.');
    expect(tokens.find((token) => token.word === 'fell')?.lemmas).toContain('fall');
    expect(tokens.find((token) => token.word === 'rose')?.lemmas).toContain('rise');
  });

  it('drops a possessive and keeps the parts of a hyphenated compound', () => {
    const tokens = lemmatize("America's anti-cancel-culture comedy");
    expect(tokens[0]?.word).toBe('america');
    expect(tokens.find((token) => token.word === 'anti-cancel-culture')?.lemmas).toContain('culture');
  });
});

describe('morphy', () => {
  it('undoes a suffix only where WordNet knows the result', () => {
    expect(morphy('stopped')).toContain('stop');
    expect(morphy('matter')).toEqual([]);
    expect(morphy('fewer', true)).toContain('few');
  });
});
