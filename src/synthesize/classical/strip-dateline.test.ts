import { describe, expect, it } from 'vitest';
import { stripDateline } from './strip-dateline.js';

describe('stripDateline', () => {
  it('drops a press-release dateline with its date', () => {
    expect(stripDateline('SAN MATEO, Calif. — November 12, 2026 — Kestrel Semiconductor today reported revenue.')).toBe(
      'Kestrel Semiconductor today reported revenue.',
    );
  });

  it('drops wire datelines with an agency', () => {
    expect(stripDateline('LONDON (Reuters) - Shares fell on Tuesday.')).toBe('Shares fell on Tuesday.');
    expect(stripDateline('HARBOR CITY — The council voted 7-2.')).toBe('The council voted 7-2.');
  });

  it('leaves ordinary sentences alone, even ones opening with a capitalised acronym', () => {
    expect(stripDateline('NEW YORK—Stocks rose.')).toBe('Stocks rose.');
    for (const text of [
      'COVID-19 is the disease the virus causes.',
      'U.S.-China talks resumed.',
      'NASA said the launch slipped.',
      'The card uses a 192-bit bus — not 256.',
      'GPU prices - again - rose.',
      'OK.',
    ]) {
      expect(stripDateline(text)).toBe(text);
    }
  });
});
