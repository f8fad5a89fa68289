import { describe, expect, it } from 'vitest';
import type { ClaimGroup } from '../../model/index.js';
import { makeRecord } from '../../model/__fixtures__/make-record.js';
import { renderClaimsPanel } from './render-claims-panel.js';

const noTiming = { communityFirst: null, pressFirst: null, communityLeadHours: null };
const claim = (overrides: Partial<ClaimGroup>): ClaimGroup => ({
  id: 'claim-1',
  text: 'The card has a 256-bit bus.',
  recordId: 'feed-a',
  subject: null,
  status: 'single-source',
  independentSources: 1,
  recordIds: ['feed-a'],
  mentions: [],
  values: [],
  correctedBy: null,
  timing: noTiming,
  ...overrides,
});

describe('renderClaimsPanel', () => {
  it('prints a disputed claim with each value and who gives it, and the lead in hours', () => {
    const press = makeRecord({ externalId: 'a', venue: 'Kestrel Newsroom' });
    const forum = makeRecord({ externalId: 'b', platform: 'forum', venue: 'Silicon Bench' });
    const records = new Map([press, forum].map((record) => [record.id, record]));
    const markup = String(
      renderClaimsPanel(
        [
          claim({
            status: 'disputed',
            recordId: press.id,
            recordIds: [press.id, forum.id],
            independentSources: 2,
            values: [
              { value: '256', unit: 'bit', surface: '256-bit', recordIds: [press.id] },
              { value: '192', unit: 'bit', surface: '192-bit', recordIds: [forum.id] },
            ],
            timing: { ...noTiming, communityLeadHours: -53.7 },
          }),
        ],
        records,
      ),
    );
    expect(markup).toContain('Disputed');
    expect(markup).toContain('<strong>256-bit</strong>: Kestrel Newsroom');
    expect(markup).toContain('<strong>192-bit</strong>: Silicon Bench');
    expect(markup).toContain('2 independent sources · press first by 53.7 h');
    expect(markup).toContain(`href="/records/${press.id}"`);
  });

  it('escapes claim text, counts copies, and shows single-source claims only to fill a thin panel', () => {
    const claims = [
      claim({
        id: 'c1',
        status: 'corroborated',
        text: 'Prices <b>rose</b> 4%.',
        independentSources: 2,
        recordIds: ['x', 'y', 'z'],
      }),
      ...Array.from({ length: 6 }, (_, index) => claim({ id: `s${index}`, text: `Single ${index}.` })),
    ];
    const markup = String(renderClaimsPanel(claims, new Map()));
    expect(markup).toContain('Prices &lt;b&gt;rose&lt;/b&gt; 4%.');
    expect(markup).toContain('2 independent sources in 3 records');
    expect(markup.match(/class="claim claim-single-source"/g)).toHaveLength(3);
    expect(String(renderClaimsPanel([], new Map()))).toBe('');
  });
});
