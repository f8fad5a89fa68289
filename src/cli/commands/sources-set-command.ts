/**
 * @module cli/commands/sources-set-command
 * `undercurrent sources set ID --every 2h`: a source's schedule (issue 15 §4), and the `--every`
 * value `sources add` shares.
 */
import type { Command } from 'commander';
import type { Source } from '../../model/index.js';
import { formatDuration, parseDuration } from '../../sources/parse-duration.js';
import { CommandError, type CliContext } from '../cli-context.js';

/** The word that hands a source's interval back to the scheduler's adaptation. */
const AUTO = 'auto';

/** Seconds from an `--every` value, null for `auto`; a usage error (exit 2) otherwise. */
export function parseEveryOption(value: string): number | null {
  if (value.trim().toLowerCase() === AUTO) return null;
  const seconds = parseDuration(value);
  if (seconds === null)
    throw new CommandError(`--every takes a duration such as 90s, 30m, 2h or 1d (or "auto"), got "${value}"`, 2);
  return seconds;
}

/** "every 30m" for an owner's interval, "auto (2h)" for an adapted one, "auto" before the first fetch. */
export function describeInterval(source: Source): string {
  if (source.everySeconds !== null) return `every ${formatDuration(source.everySeconds)}`;
  return source.intervalSeconds === null ? AUTO : `${AUTO} (${formatDuration(source.intervalSeconds)})`;
}

/** Registers `sources set`. */
export function registerSourcesSetCommand(sources: Command, context: CliContext): void {
  sources
    .command('set <id>')
    .description("change a source's schedule: --every 30m fixes its interval, --every auto adapts it again")
    .requiredOption('--every <duration>', 'interval between fetches: 90s, 30m, 2h, 1d, or auto')
    .action(async (id: string, options: { every: string }) => {
      const everySeconds = parseEveryOption(options.every);
      const store = await context.app().store();
      // Due now, so the new interval takes effect from the next scheduler pass.
      if (!(await store.updateSourceSchedule(id, { everySeconds, nextDueAt: null })))
        throw new CommandError(`no source with id ${id}; see \`undercurrent sources list\``);
      context.info(`${id}: ${everySeconds === null ? 'interval adapts to the source' : `every ${options.every}`}`);
    });
}
