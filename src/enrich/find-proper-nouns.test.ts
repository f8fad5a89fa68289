import { describe, expect, it } from 'vitest';
import { findProperNouns } from './find-proper-nouns.js';

describe('findProperNouns', () => {
  it('finds words capitalised mid-sentence and ignores sentence-initial capitals', () => {
    const names = findProperNouns([
      'Owners say Kestrel shipped the card. Memory is short.',
      'The memory bus of the Vireo card is narrow.',
    ]);
    expect(names.has('kestrel')).toBe(true);
    expect(names.has('vireo')).toBe(true);
    expect(names.has('memory')).toBe(false);
    expect(names.has('owners')).toBe(false);
  });

  it('rejects a word that is mostly lower-case mid-sentence', () => {
    const names = findProperNouns(['The Bus is late. The bus broke. A bus came. Our bus left. No bus today.']);
    expect(names.has('bus')).toBe(false);
  });
});
