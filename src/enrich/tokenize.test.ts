import { describe, expect, it } from 'vitest';
import { HYPHENATED_WORD_PATTERN, tokenize, tokenizeKeepingCase } from './tokenize.js';

describe('tokenize', () => {
  it('lower-cases words and drops punctuation', () => {
    expect(tokenize('The GPU, it SHIPS!')).toEqual(['the', 'gpu', 'it', 'ships']);
  });

  it('keeps numbers as tokens, decimals and thousands whole', () => {
    expect(tokenize('Revenue was $2.41bn, up from 1,299 units; 256-bit')).toEqual([
      'revenue',
      'was',
      '2.41',
      'billion',
      'up',
      'from',
      '1,299',
      'units',
      '256',
      'bit',
    ]);
  });

  it('handles letters outside ASCII', () => {
    expect(tokenize('Zürich café Ελλάδα')).toEqual(['zürich', 'café', 'ελλάδα']);
  });

  it('drops a possessive and folds curly apostrophes', () => {
    expect(tokenize('Kestrel’s card don’t')).toEqual(['kestrel', 'card', "don't"]);
  });

  it('keeps case when asked', () => {
    expect(tokenizeKeepingCase('Kestrel’s Vireo')).toEqual(['Kestrel', 'Vireo']);
  });
});

describe('tokenize normalisation', () => {
  it('splits a magnitude suffix off a number so "$2.41B" meets "$2.41 billion"', () => {
    expect(tokenize('Revenue $2.41B, client $690m, guide 2.55bn')).toEqual([
      'revenue',
      '2.41',
      'billion',
      'client',
      '690',
      'million',
      'guide',
      '2.55',
      'billion',
    ]);
  });
  it('leaves units that are not magnitudes alone', () => {
    expect(tokenize('a 4km swath, 192-bit, 16gb')).toEqual(['a', '4km', 'swath', '192', 'bit', '16gb']);
  });
  it('folds common British spellings to American', () => {
    expect(tokenize('data centre licence')).toEqual(['data', 'center', 'license']);
  });
});

describe('tokenize with options', () => {
  it('keeps hyphenated words whole and splits numbers at separators with the hyphenated pattern', () => {
    expect(tokenize('A 192-bit bus, 2.4 GHz', { pattern: HYPHENATED_WORD_PATTERN })).toEqual([
      'a',
      '192-bit',
      'bus',
      '2',
      '4',
      'ghz',
    ]);
  });

  it('leaves apostrophes, magnitudes and spellings as written when folding is off, but still drops a possessive', () => {
    expect(tokenize('Kestrel’s centre don’t 2bn', { pattern: HYPHENATED_WORD_PATTERN, fold: false })).toEqual([
      'kestrel',
      'centre',
      'don’t',
      '2bn',
    ]);
  });
});
