/**
 * The CLI contract from an empty folder: exit codes, clear messages, and nothing lost on bad input.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCliCaptured } from '../../src/test-support/run-cli-captured.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Outlet</title><link>https://outlet.example/</link>
<item><title>First item</title><link>https://outlet.example/a</link><guid>a</guid><pubDate>Tue, 03 Nov 2026 10:00:00 GMT</pubDate><description>Alpha text of the first item.</description></item>
<item><title>Second item</title><link>https://outlet.example/b</link><guid>b</guid><pubDate>Wed, 04 Nov 2026 10:00:00 GMT</pubDate><description>Beta text of the second item.</description></item>
</channel></rss>`;

// Every step starts a CLI process that opens PGlite (seconds each, more on a loaded two-core machine).
vi.setConfig({ testTimeout: 120_000 });

describe('undercurrent CLI from an empty folder', () => {
  let cwd: string;
  let server: Server;
  let deadUrl: string;

  beforeAll(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'uc-cli-'));
    writeFileSync(join(cwd, 'feed.xml'), RSS);
    writeFileSync(join(cwd, 'broken.json'), '{"kind": "Listing", "data": ');
    writeFileSync(join(cwd, 'notes.txt'), 'just some words, no format at all');
    server = createServer((_request, response) => {
      response.writeHead(500).end('down');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    deadUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/feed.xml`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints help and exits 0', async () => {
    const run = await runCliCaptured(['--help'], { cwd });
    expect(run.code).toBe(0);
    for (const command of ['demo', 'ingest', 'sources', 'fetch', 'records', 'build', 'stories', 'serve']) {
      expect(run.stdout).toContain(command);
    }
  });

  it('exits 2 on wrong usage', async () => {
    expect((await runCliCaptured(['no-such-command'], { cwd })).code).toBe(2);
    expect(
      (await runCliCaptured(['sources', 'add', 'https://x.example/feed', '--kind', 'neither'], { cwd })).code,
    ).toBe(2);
  });

  it('ingests a feed, then reports a broken file and an unknown format by name while keeping stored records', async () => {
    const good = await runCliCaptured(['ingest', 'feed.xml', '--json'], { cwd });
    expect(good.code, good.stderr).toBe(0);
    expect(JSON.parse(good.stdout).outcomes[0]).toMatchObject({ status: 'ok', records: 2, format: 'rss' });

    const bad = await runCliCaptured(['ingest', 'broken.json', 'notes.txt'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('broken.json');
    expect(bad.stderr).toContain('notes.txt');

    const list = await runCliCaptured(['records', 'list', '--json'], { cwd });
    expect(JSON.parse(list.stdout)).toHaveLength(2);
    const shown = await runCliCaptured(['records', 'show', JSON.parse(list.stdout)[0].id], { cwd });
    expect(shown.stdout).toMatch(/Beta text of the second item|Alpha text of the first item/);
  });

  it('marks a dead source and a loopback source as failing with their reasons, and keeps every record', async () => {
    expect((await runCliCaptured(['sources', 'add', deadUrl, '--kind', 'press'], { cwd })).code).toBe(0);
    const fetched = await runCliCaptured(['fetch', '--json'], { cwd });
    // A failed source makes fetch exit 1, naming it, so cron can alert; the JSON is printed all the same.
    expect(fetched.code).toBe(1);
    expect(fetched.stderr).toContain(`1 of 1 source failed:\n  `);
    const summary = JSON.parse(fetched.stdout);
    expect(summary.failing).toBe(1);
    // The CLI allows loopback only when fetch.allowHosts lists it: the guard refuses before any request is made.
    expect(summary.outcomes[0].error).toMatch(/loopback/i);
    const sources = JSON.parse((await runCliCaptured(['sources', 'list', '--json'], { cwd })).stdout);
    expect(sources[0]).toMatchObject({ status: 'failing' });
    expect(sources[0].lastError).toMatch(/loopback/i);
    expect(JSON.parse((await runCliCaptured(['records', 'list', '--json'], { cwd })).stdout)).toHaveLength(2);
    expect((await runCliCaptured(['sources', 'resume', sources[0].id], { cwd })).code).toBe(0);
    expect((await runCliCaptured(['sources', 'resume', 'no-such-source'], { cwd })).code).toBe(1);
    expect((await runCliCaptured(['sources', 'remove', sources[0].id], { cwd })).code).toBe(0);
    expect((await runCliCaptured(['sources', 'remove', sources[0].id], { cwd })).code).toBe(1);
  });

  it('imports an OPML subscription list with folders as tags, and exports it again', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Beat</title></head><body>
      <outline text="Hardware"><outline text="Wire" type="rss" xmlUrl="https://wire.example/feed.xml"/>
      <outline text="r/hardware" xmlUrl="https://www.reddit.com/r/hardware/.rss"/></outline></body></opml>`;
    const folder = mkdtempSync(join(tmpdir(), 'uc-opml-'));
    writeFileSync(join(folder, 'subs.opml'), opml);
    const imported = await runCliCaptured(['sources', 'import', 'subs.opml', '--json'], { cwd: folder });
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      entries: 2,
      added: ['https://wire.example/feed.xml', 'https://www.reddit.com/r/hardware/.rss'],
    });
    const again = JSON.parse(
      (await runCliCaptured(['sources', 'import', 'subs.opml', '--json'], { cwd: folder })).stdout,
    );
    expect(again.added).toEqual([]);
    const listed = JSON.parse((await runCliCaptured(['sources', 'list', '--json'], { cwd: folder })).stdout);
    expect(listed.map((source: { kind: string; tags: string[] }) => [source.kind, source.tags])).toEqual([
      ['press', ['Hardware']],
      ['community', ['Hardware']],
    ]);
    const exported = await runCliCaptured(['sources', 'export'], { cwd: folder });
    expect(exported.stdout).toContain('xmlUrl="https://www.reddit.com/r/hardware/.rss"');
    expect(exported.stdout).toContain('<outline text="Hardware" title="Hardware">');
    const notOpml = await runCliCaptured(['sources', 'import', 'feed.xml'], { cwd });
    expect(notOpml.code).toBe(1);
    expect(notOpml.stderr).toMatch(/not an OPML subscription list: the file has no <opml> root element/);
  });

  it('fails with a clear message when a story or record does not exist', async () => {
    const run = await runCliCaptured(['records', 'show', 'reddit-0000'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no record with id reddit-0000');
  });
});
