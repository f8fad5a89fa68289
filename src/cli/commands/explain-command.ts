/**
 * @module cli/commands/explain-command
 * `undercurrent explain STORY_ID`: why each record and each source counts as much as it does, every
 * factor named with its value and its reason.
 */
import type { Command } from 'commander';
import { CommandError, type CliContext } from '../cli-context.js';
import { formatTable } from '../format-table.js';

/** Record-weight factors, in the order the table prints them (weigh/weigh-records). */
const RECORD_FACTORS = ['independence', 'engagement', 'source kind', 'corroboration', 'recency'] as const;

export function registerExplainCommand(program: Command, context: CliContext): void {
  program
    .command('explain <story-id>')
    .description(
      "print each record's weight in a story with every factor (independence, engagement against its community, source kind, corroboration, recency), then each source's",
    )
    .option('--json', 'print { story, records, sources } as JSON, each factor with its note')
    .action(async (storyId: string, options: { json?: boolean }) => {
      const store = await context.app().store();
      const story = await store.storyById(storyId);
      if (!story) throw new CommandError(`no story with id ${storyId}; see \`undercurrent stories list\``);
      if (options.json)
        return context.json({
          story: story.id,
          headline: story.headline.text,
          records: story.recordWeights,
          sources: story.methodology.weights,
        });
      if (story.recordWeights.length === 0)
        context.info(`story ${story.id} was built before record weights existed; run \`undercurrent build\` again`);
      const out = context.io.stdout;
      out.write(`${story.headline.text}\n\nRecords (weight = product of the factors):\n`);
      const factorOf = (factors: ReadonlyArray<{ name: string; value: number }>, name: string) =>
        String(factors.find((factor) => factor.name === name)?.value ?? '');
      out.write(
        formatTable(
          ['record', 'venue', 'weight', ...RECORD_FACTORS],
          story.recordWeights.map((weight) => [
            weight.recordId,
            weight.venue,
            String(weight.weight),
            ...RECORD_FACTORS.map((name) => factorOf(weight.factors, name)),
          ]),
        ),
      );
      out.write('\nWhy:\n');
      for (const weight of story.recordWeights) {
        out.write(
          `${weight.recordId} (${weight.venue})\n${weight.factors.map((factor) => `  ${factor.name} ${factor.value}: ${factor.note}`).join('\n')}\n`,
        );
      }
      out.write('\nSources (weight relative to the heaviest):\n');
      out.write(
        formatTable(
          ['source', 'records', 'weight', 'factors'],
          story.methodology.weights.map((weight) => [
            weight.venue,
            String(weight.recordCount),
            String(weight.weight),
            weight.factors.map((factor) => `${factor.name} ${factor.value}`).join(', '),
          ]),
        ),
      );
    });
}
