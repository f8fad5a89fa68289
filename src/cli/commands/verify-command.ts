/**
 * @module cli/commands/verify-command
 * `undercurrent verify STORY.json`: every sentence of a story file checked against the stored
 * records, with the layer and reason of each failure. Exits 1 when any sentence fails.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { storyFileSchema, verifyStoryFile } from '../../verify/verify-story-file.js';
import { CommandError, type CliContext } from '../cli-context.js';
import { terminalText } from '../format-table.js';

export function registerVerifyCommand(program: Command, context: CliContext): void {
  program
    .command('verify <story-file>')
    .description(
      'check every sentence of a story file (as `build --out` writes it) against the stored records; exit 1 if any fails',
    )
    .option('--json', 'print every verdict as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const path = resolve(context.io.cwd, file);
      const story = storyFileSchema.safeParse(await readJson(path));
      if (!story.success) {
        const issue = story.error.issues[0]!;
        throw new CommandError(
          `${file} is not a story file: ${issue.path.join('.') || 'the document'}: ${issue.message}`,
        );
      }
      const store = await context.app().store();
      const records = await store.listRecords({ ids: story.data.recordIds });
      const missing = story.data.recordIds.filter((id) => !records.some((record) => record.id === id));
      const verdicts = verifyStoryFile(story.data, records);
      const failed = verdicts.filter((verdict) => !verdict.passed);
      if (options.json)
        context.json({
          story: story.data.id,
          sentences: verdicts.length,
          failed: failed.length,
          missingRecords: missing,
          verdicts,
        });
      else {
        for (const verdict of verdicts) {
          context.io.stdout.write(
            terminalText(
              verdict.passed
                ? `ok    ${verdict.where}  ${verdict.text}\n`
                : `FAIL  ${verdict.where}  [${verdict.layer}] ${verdict.reason}\n      ${verdict.text}\n`,
            ),
          );
        }
        if (missing.length > 0)
          context.info(`${missing.length} record(s) the story names are not in this store: ${missing.join(', ')}`);
        context.info(`${verdicts.length - failed.length} of ${verdicts.length} sentences pass`);
      }
      if (failed.length > 0) throw new CommandError(`${failed.length} sentence(s) fail verification`);
    });
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CommandError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CommandError(`${path} is not JSON: ${(error as Error).message}`);
  }
}
