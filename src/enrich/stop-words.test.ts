import { describe, expect, it } from 'vitest';
import { ENGLISH_STOP_WORDS, SHORT_ENGLISH_STOP_WORDS, isStopWord } from './stop-words.js';

describe('isStopWord', () => {
  it('recognises function words and not topic words', () => {
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord("don't")).toBe(true);
    expect(isStopWord('memory')).toBe(false);
    expect(isStopWord('2026')).toBe(false);
  });

  it('holds only lower-case entries', () => {
    expect([...ENGLISH_STOP_WORDS].every((word) => word === word.toLowerCase())).toBe(true);
    expect([...SHORT_ENGLISH_STOP_WORDS].every((word) => word === word.toLowerCase())).toBe(true);
  });
});
