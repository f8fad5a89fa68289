/**
 * @module cli/commands/jobs-command
 * `undercurrent jobs`: the service's queues (jobs waiting, running and failed) and the failed jobs' errors.
 */
import type { Command } from 'commander';
import { listJobs } from '../../service/list-jobs.js';
import type { CliContext } from '../cli-context.js';
import { formatTable } from '../format-table.js';

export function registerJobsCommand(program: Command, context: CliContext): void {
  program
    .command('jobs')
    .description("list the service's queued, active and failed jobs by queue, with the failed jobs' errors")
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const app = context.app();
      const listing = await listJobs(app);
      if (options.json) return context.json(listing);
      context.io.stdout.write(
        formatTable(
          ['queue', 'queued', 'active', 'failed'],
          listing.queues.map((queue) => [
            queue.queue,
            String(queue.queued),
            String(queue.active),
            String(queue.failed),
          ]),
        ),
      );
      for (const failed of listing.failed)
        context.io.stdout.write(
          `failed ${failed.queue} ${failed.id} ${JSON.stringify(failed.data)}: ${failed.error}\n`,
        );
    });
}
