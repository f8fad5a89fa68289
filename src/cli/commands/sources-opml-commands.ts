/**
 * @module cli/commands/sources-opml-commands
 * `undercurrent sources import FILE.opml` and `sources export`: subscription lists in and out, with
 * folders kept as tags, so a person can move a beat between undercurrent and any feed reader.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { kindOfUrl } from '../../sources/kind-of-url.js';
import { OpmlError, readOpml } from '../../sources/read-opml.js';
import { writeOpml } from '../../sources/write-opml.js';
import { CommandError, type CliContext } from '../cli-context.js';
import { parseHttpUrl, parseKind } from './source-options.js';

export function registerOpmlCommands(sources: Command, context: CliContext): void {
  sources
    .command('import <file>')
    .description(
      'add every subscription of an OPML file (folders become tags); sources already present are left as they are',
    )
    .option(
      '--kind <kind>',
      "press or community for every entry (default: the file's kind attribute, else judged from each URL)",
    )
    .option('--json', 'print what was added and skipped as JSON')
    .action(async (file: string, options: { kind?: string; json?: boolean }) => {
      const kind = options.kind === undefined ? null : parseKind(options.kind);
      const path = resolve(context.io.cwd, file);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        throw new CommandError(
          `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
        );
      }
      let entries: ReturnType<typeof readOpml>;
      try {
        entries = readOpml(text);
      } catch (error) {
        if (error instanceof OpmlError)
          throw new CommandError(`${file} is not an OPML subscription list: ${error.message}`);
        throw error;
      }
      const store = await context.app().store();
      const added: string[] = [];
      const skipped: Array<{ url: string; reason: string }> = [];
      for (const entry of entries) {
        let url: string;
        try {
          url = parseHttpUrl(entry.url);
        } catch (error) {
          if (!(error instanceof CommandError)) throw error;
          skipped.push({ url: entry.url, reason: error.message });
          continue;
        }
        if (await store.sourceUrlExists(url)) {
          skipped.push({ url, reason: 'already a source' });
          continue;
        }
        await store.addSource({
          url,
          kind: kind ?? entry.kind ?? kindOfUrl(url),
          platform: null,
          title: entry.title,
          tags: entry.tags,
        });
        added.push(url);
      }
      if (options.json) return context.json({ file, entries: entries.length, added, skipped });
      for (const item of skipped) context.info(`skipped ${item.url}: ${item.reason}`);
      context.info(`imported ${added.length} of ${entries.length} subscriptions from ${file}`);
    });

  sources
    .command('export')
    .description('write every source as OPML 2.0 (tags become folders), to stdout or --out FILE')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: { out?: string }) => {
      const app = context.app();
      const document = writeOpml(await (await app.store()).listSources(), app.now());
      if (options.out) {
        await writeFile(resolve(context.io.cwd, options.out), document);
        context.info(`wrote ${options.out}`);
      } else context.io.stdout.write(document);
    });
}
