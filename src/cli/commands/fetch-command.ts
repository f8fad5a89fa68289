/**
 * @module cli/commands/fetch-command
 * `undercurrent fetch`: refresh every source; a failing source is marked with its reason, the rest go on.
 */
import type { Command } from 'commander';
import { createConfiguredFetcher } from '../../main.js';
import { refreshAllSources } from '../../pipeline/refresh-all-sources.js';
import type { RefreshOutcome } from '../../pipeline/refresh-source.js';
import type { CliContext } from '../cli-context.js';
import { createProgress } from '../progress.js';

export function registerFetchCommand(program: Command, context: CliContext): void {
  program
    .command('fetch')
    .description('fetch every source once; failures are stored on the source and the others go on')
    .option('--json', 'print the outcome of each source as JSON')
    .action(async (options: { json?: boolean }) => {
      const store = await context.store();
      const fetcher = createConfiguredFetcher(context.config());
      const progress = createProgress(context.io, 'fetching', { quiet: options.json });
      const outcomes = await refreshAllSources({ store, fetcher, now: () => new Date() }, (done, total, outcome) =>
        progress.update(done, total, outcome.url),
      );
      progress.stop();
      if (options.json) context.json(summariseOutcomes(outcomes));
      else for (const outcome of outcomes) context.info(describeOutcome(outcome));
      if (outcomes.length === 0) context.info('no sources to fetch; add one with `undercurrent sources add URL --kind press|community` (paused sources wait for `sources resume ID`)');
    });
}

/** Totals plus each source's outcome, as `fetch --json` prints them. */
export function summariseOutcomes(outcomes: RefreshOutcome[]) {
  return {
    sources: outcomes.length,
    ok: outcomes.filter((outcome) => outcome.status === 'ok').length,
    notModified: outcomes.filter((outcome) => outcome.status === 'not-modified').length,
    failing: outcomes.filter((outcome) => outcome.status === 'failing').length,
    paused: outcomes.filter((outcome) => outcome.status === 'paused').length,
    records: outcomes.reduce((sum, outcome) => sum + (outcome.status === 'ok' ? outcome.records : 0), 0),
    outcomes,
  };
}

function describeOutcome(outcome: RefreshOutcome): string {
  switch (outcome.status) {
    case 'ok':
      return `ok       ${outcome.url}: ${outcome.records} records (${outcome.format}; ${outcome.inserted} new)`;
    case 'not-modified':
      return `unchanged ${outcome.url}`;
    case 'failing':
      return `FAILING  ${outcome.url}: ${outcome.error}`;
    case 'paused':
      return `PAUSED   ${outcome.url}: ${outcome.error}`;
  }
}
