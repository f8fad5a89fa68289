/**
 * @module cli/commands/stories-command
 * `undercurrent stories list|show`: the latest edition's stories and their records.
 */
import type { Command } from 'commander';
import { CommandError, type CliContext } from '../cli-context.js';
import { formatTable, terminalText } from '../format-table.js';

export function registerStoriesCommand(program: Command, context: CliContext): void {
  const stories = program.command('stories').description("inspect the latest edition's stories");

  stories
    .command('list')
    .description('list the stories of the latest edition')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const store = await context.app().store();
      const edition = await store.latestEdition();
      if (!edition) throw new CommandError('no edition yet; run `undercurrent build` first');
      const list = await store.storiesOfEdition(edition.id);
      if (options.json) {
        return context.json(
          list.map((story) => ({
            id: story.id,
            headline: story.headline.text,
            dek: story.dek.text,
            records: story.recordIds.length,
            timing: story.timing,
          })),
        );
      }
      context.io.stdout.write(
        formatTable(
          ['id', 'records', 'headline'],
          list.map((story) => [story.id, String(story.recordIds.length), story.headline.text]),
        ),
      );
    });

  stories
    .command('log <id>')
    .description(
      "a story's log across editions: created, returned, records added or removed, merged, split, headline changed, with the evidence",
    )
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const events = await (await context.app().store()).storyEvents(id);
      if (events.length === 0) throw new CommandError(`no log for story ${id}; see \`undercurrent stories list\``);
      if (options.json) return context.json(events);
      context.io.stdout.write(
        formatTable(
          ['at', 'edition', 'event', 'detail'],
          events.map((event) => [event.at, event.editionId, event.kind, event.detail]),
        ),
      );
    });

  stories
    .command('show <id>')
    .description('show a story and its records (id, platform, url, title, published time)')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const store = await context.app().store();
      const story = await store.storyById(id);
      if (!story) throw new CommandError(`no story with id ${id}; see \`undercurrent stories list\``);
      const records = await store.listRecords({ ids: story.recordIds });
      const summary = records
        .map((record) => ({
          id: record.id,
          platform: record.platform,
          url: record.url,
          title: record.title,
          publishedAt: record.publishedAt,
        }))
        .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
      if (options.json) return context.json({ story, records: summary });
      const lines = [story.headline.text, story.dek.text, ''];
      for (const section of story.sections) {
        lines.push(
          `## ${section.title}`,
          ...section.sentences.map((sentence) => `${sentence.text} [${sentence.citations.join(', ')}]`),
          '',
        );
      }
      lines.push('## Records');
      context.io.stdout.write(`${terminalText(lines.join('\n'))}\n`);
      context.io.stdout.write(
        formatTable(
          ['id', 'platform', 'published', 'title / url'],
          summary.map((record) => [
            record.id,
            record.platform,
            record.publishedAt ?? '-',
            record.title ?? record.url ?? '',
          ]),
        ),
      );
    });
}
