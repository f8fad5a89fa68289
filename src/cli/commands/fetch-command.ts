/**
 * @module cli/commands/fetch-command
 * `undercurrent fetch`: refresh every source; a failing source is marked with its reason, the rest go on.
 */
import type { Command } from 'commander';
import type { WaitingSource } from '../../pipeline/refresh-all-sources.js';
import { refreshDueSources } from '../../pipeline/refresh-due-sources.js';
import type { RefreshOutcome } from '../../pipeline/refresh-source.js';
import type { CliContext } from '../cli-context.js';
import { createProgress } from '../progress.js';

export function registerFetchCommand(program: Command, context: CliContext): void {
  program
    .command('fetch')
    .description(
      'fetch every source that is due once; failures are stored on the source and the others go on; sources paused or backing off are listed with their reason and next due time',
    )
    .option('--json', 'print the outcome of each source, and the sources skipped, as JSON')
    .action(async (options: { json?: boolean }) => {
      const app = context.app();
      const store = await app.store();
      const progress = createProgress(context.io, 'fetching', { quiet: options.json });
      const { outcomes, waiting } = await refreshDueSources(
        { store, fetcher: app.fetcher, now: app.now, connectors: app.connectors },
        (done, total, outcome) => progress.update(done, total, outcome.url),
      );
      progress.stop();
      if (options.json) return context.json(summariseOutcomes(outcomes, waiting));
      for (const outcome of outcomes) context.info(describeOutcome(outcome));
      for (const source of waiting) context.info(describeWaiting(source));
      if (outcomes.length === 0 && waiting.length === 0)
        context.info('no sources to fetch; add one with `undercurrent sources add URL --kind press|community`');
    });
}

/** Totals plus each source's outcome and each source skipped, as `fetch --json` prints them. */
export function summariseOutcomes(outcomes: RefreshOutcome[], waiting: WaitingSource[] = []) {
  return {
    sources: outcomes.length,
    ok: outcomes.filter((outcome) => outcome.status === 'ok').length,
    notModified: outcomes.filter((outcome) => outcome.status === 'not-modified').length,
    failing: outcomes.filter((outcome) => outcome.status === 'failing').length,
    paused: outcomes.filter((outcome) => outcome.status === 'paused').length,
    records: outcomes.reduce((sum, outcome) => sum + (outcome.status === 'ok' ? outcome.records : 0), 0),
    skipped: waiting.length,
    outcomes,
    waiting,
  };
}

/** One line for a source this run skipped: why, and when it is due again. */
export function describeWaiting(source: WaitingSource): string {
  const reason = source.reason ? `: ${source.reason}` : '';
  if (source.status === 'paused')
    return `skipped  ${source.url}: ${source.reason ?? `paused (resume with \`undercurrent sources resume ${source.sourceId}\`)`}`;
  return `skipped  ${source.url}: backing off until ${source.nextDueAt}${reason}`;
}

function describeOutcome(outcome: RefreshOutcome): string {
  switch (outcome.status) {
    case 'ok':
      return `ok       ${outcome.url}: ${outcome.records} records (${outcome.format}; ${outcome.inserted} new)${outcome.warnings.map((warning) => `\n  note: ${warning}`).join('')}`;
    case 'not-modified':
      return `unchanged ${outcome.url}`;
    case 'failing':
      return `FAILING  ${outcome.url}: ${outcome.error}`;
    case 'paused':
      return `PAUSED   ${outcome.url}: ${outcome.error}`;
  }
}
