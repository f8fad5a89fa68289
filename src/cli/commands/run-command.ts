/**
 * @module cli/commands/run-command
 * `undercurrent run [--role all|web|worker]`: the long-running service (service/run-service).
 */
import type { Command } from 'commander';
import {
  DEFAULT_SCHEDULE_EVERY_SECONDS,
  SERVICE_ROLES,
  startService,
  type ServiceRole,
} from '../../service/run-service.js';
import { CommandError, parseIntegerOption, type CliContext } from '../cli-context.js';
import { waitForSignal } from './serve-command.js';

/** Fetch jobs one worker process runs at once: a few, since the fetcher spaces requests per host anyway. */
const DEFAULT_FETCH_CONCURRENCY = 4;
/** Seconds a story update waits for more of a batch's fetches to land before it runs. */
const DEFAULT_STORIES_DEBOUNCE_SECONDS = 5;
/** Seconds between a worker's polls of each queue (pg-boss's default is 2). */
const DEFAULT_POLL_SECONDS = 2;

interface RunOptions {
  role: string;
  port?: string;
  host?: string;
  scheduleEvery?: string;
  concurrency?: string;
  superviseEvery?: string;
}

export function registerRunCommand(program: Command, context: CliContext): void {
  program
    .command('run')
    .description('run the service: serve the site, fetch due sources, update and publish the stories')
    .option('--role <role>', `what this process does (${SERVICE_ROLES.join('|')})`, 'all')
    .option('--port <n>', 'port of the site (default 8780, or UNDERCURRENT_PORT)')
    .option('--host <host>', 'address of the site (default 127.0.0.1, or UNDERCURRENT_HOST)')
    .option(
      '--schedule-every <seconds>',
      `seconds between looks for due sources (default ${DEFAULT_SCHEDULE_EVERY_SECONDS})`,
    )
    .option('--concurrency <n>', `fetch jobs run at once (default ${DEFAULT_FETCH_CONCURRENCY})`)
    .option('--supervise-every <seconds>', "seconds between checks for dead workers' jobs (default pg-boss's)")
    .action(async (options: RunOptions) => {
      const role = parseRole(options.role);
      const port = options.port === undefined ? undefined : parseIntegerOption(options.port, '--port');
      const app = context.app({ port, host: options.host });
      const service = await startService(app, {
        role,
        scheduleEverySeconds:
          optionalInteger(options.scheduleEvery, '--schedule-every') ?? DEFAULT_SCHEDULE_EVERY_SECONDS,
        fetchConcurrency: optionalInteger(options.concurrency, '--concurrency') ?? DEFAULT_FETCH_CONCURRENCY,
        storiesDebounceSeconds: DEFAULT_STORIES_DEBOUNCE_SECONDS,
        pollSeconds: DEFAULT_POLL_SECONDS,
        ...(options.superviseEvery === undefined
          ? {}
          : { superviseIntervalSeconds: parseIntegerOption(options.superviseEvery, '--supervise-every') }),
        log: (event, fields) => context.info(`${event} ${JSON.stringify(fields)}`),
      });
      context.info(`running (role ${role})${service.url ? `, serving ${service.url}` : ''}; Ctrl-C to stop`);
      await waitForSignal();
      context.info('stopping: no new jobs; running ones finish or are released');
      await service.stop();
    });
}

function parseRole(value: string): ServiceRole {
  if (!(SERVICE_ROLES as readonly string[]).includes(value))
    throw new CommandError(`--role must be one of ${SERVICE_ROLES.join(', ')}, got "${value}"`, 2);
  return value as ServiceRole;
}

function optionalInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseIntegerOption(value, name);
  if (parsed === 0) throw new CommandError(`${name} must be at least 1`, 2);
  return parsed;
}
