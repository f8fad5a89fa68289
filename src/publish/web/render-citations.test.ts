import { describe, expect, it } from 'vitest';
import { numberCitations, renderCitations } from './render-citations.js';

describe('render-citations', () => {
  it('numbers record ids in order of first citation and reuses a number for a repeated id', () => {
    const numbers = numberCitations([
      { text: 'a', citations: ['r2', 'r1'] },
      { text: 'b', citations: ['r1', 'r3'] },
    ]);
    expect([...numbers.entries()]).toEqual([
      ['r2', 1],
      ['r1', 2],
      ['r3', 3],
    ]);
  });

  it('links each citation to its record page with an encoded id and a title from the record', () => {
    const markup = renderCitations(['a b', 'gone'], {
      numbers: new Map([
        ['a b', 1],
        ['gone', 2],
      ]),
      records: new Map(),
    }).toString();
    expect(markup).toContain('<a href="/records/a%20b" title="record not in the store">1</a>');
    expect(markup).toContain('href="/records/gone"');
  });

  it('prints nothing for a sentence without citations', () => {
    expect(renderCitations([], { numbers: new Map(), records: new Map() }).toString()).toBe('');
  });
});
