/**
 * @module cli/commands/fetch-command
 * `undercurrent fetch`: refresh every source; a failing source is marked with its reason, the rest go on.
 */
import type { Command } from 'commander';
import type { WaitingSource } from '../../pipeline/refresh-all-sources.js';
import { refreshDueSources } from '../../pipeline/refresh-due-sources.js';
import type { RefreshOutcome } from '../../pipeline/refresh-source.js';
import { CommandError, type CliContext } from '../cli-context.js';
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
      if (options.json) context.json(summariseOutcomes(outcomes, waiting));
      else {
        for (const outcome of outcomes) context.info(describeOutcome(outcome));
        for (const source of waiting) context.info(describeWaiting(source));
        if (outcomes.length === 0 && waiting.length === 0)
          context.info('no sources to fetch; add one with `undercurrent sources add URL --kind press|community`');
      }
      const failed = failedSourcesMessage(outcomes);
      if (failed) throw new CommandError(failed);
    });
}

/**
 * Why `fetch` exits 1 (so cron and systemd can alert): the sources this run failed or paused, each
 * with its id, URL and reason; null when none did. The other sources were fetched all the same.
 */
export function failedSourcesMessage(outcomes: readonly RefreshOutcome[]): string | null {
  const failed = outcomes.flatMap((outcome) =>
    outcome.status === 'failing' || outcome.status === 'paused'
      ? [`  ${outcome.sourceId} ${outcome.url}: ${outcome.error}`]
      : [],
  );
  if (failed.length === 0) return null;
  const count = `${failed.length} of ${outcomes.length} source${outcomes.length === 1 ? '' : 's'}`;
  const others = failed.length < outcomes.length ? ' (the others were fetched)' : '';
  return `${count} failed${others}:\n${failed.join('\n')}`;
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
