import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeKeepingCase } from './tokenize.js';

describe('tokenize', () => {
  it('lower-cases words and drops punctuation', () => {
    expect(tokenize('The GPU, it SHIPS!')).toEqual(['the', 'gpu', 'it', 'ships']);
  });

  it('keeps numbers as tokens, decimals and thousands whole', () => {
    expect(tokenize('Revenue was $2.41bn, up from 1,299 units; 256-bit')).toEqual(['revenue', 'was', '2.41bn', 'up', 'from', '1,299', 'units', '256', 'bit']);
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
