import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(splitSentences('The card shipped. Owners complained! Why? Nobody knows.')).toEqual([
      'The card shipped.',
      'Owners complained!',
      'Why?',
      'Nobody knows.',
    ]);
  });

  it('does not split after titles, initials or dotted acronyms', () => {
    expect(splitSentences('Mr. Brandt spoke to J. Smith in the U.S. State Department. Then he left.')).toEqual([
      'Mr. Brandt spoke to J. Smith in the U.S. State Department.',
      'Then he left.',
    ]);
  });

  it('keeps decimals inside a sentence', () => {
    expect(splitSentences('Revenue rose 2.4 percent. Margins fell.')).toEqual([
      'Revenue rose 2.4 percent.',
      'Margins fell.',
    ]);
  });

  it('splits after an ellipsis only when a new sentence starts', () => {
    expect(splitSentences('Wait... what happened? It broke… Then it worked.')).toEqual([
      'Wait... what happened?',
      'It broke…',
      'Then it worked.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case attribution', () => {
    expect(splitSentences('"Is it fixed?" she asked. He said, "No." Then silence.')).toEqual([
      '"Is it fixed?" she asked.',
      'He said, "No."',
      'Then silence.',
    ]);
  });

  it('always splits paragraphs, even without punctuation', () => {
    expect(splitSentences('First paragraph without a stop\n\nsecond one\n  \nthird')).toEqual([
      'First paragraph without a stop',
      'second one',
      'third',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
