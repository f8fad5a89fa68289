/**
 * Politeness as measured: requests per host per minute through the real fetcher on loopback, at the
 * default gap (1 s) and at Reddit's (6 s, which the fetcher applies to www.reddit.com; here given to
 * `localhost` so it can be timed), five requests queued at once per host; plus the backoff schedule.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFetcher, DEFAULT_HOST_SPACING_MS, DEFAULT_PER_HOST_SPACING_MS } from '../../src/fetch/create-fetcher.js';
import { nextDueAfterFailure } from '../../src/fetch/next-due-after-failure.js';
import type { TaskResult } from '../harness.js';

/** Requests queued at once per host. */
const REQUESTS_PER_HOST = 5;

export async function benchPoliteness(): Promise<TaskResult> {
  const arrivals = new Map<string, number[]>();
  const server = createServer((request, response) => {
    const host = (request.headers.host ?? '').split(':')[0]!;
    arrivals.set(host, [...(arrivals.get(host) ?? []), performance.now()]);
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const redditGapMs = DEFAULT_HOST_SPACING_MS.get('www.reddit.com')!;
  const fetcher = createFetcher({ allowLoopback: true, hostSpacingMs: new Map([['localhost', redditGapMs]]) });
  const hosts = [
    { name: `default gap (${DEFAULT_PER_HOST_SPACING_MS} ms)`, host: '127.0.0.1' },
    { name: `Reddit gap (${redditGapMs} ms)`, host: 'localhost' },
  ];
  await Promise.all(
    hosts.flatMap(({ host }) =>
      Array.from({ length: REQUESTS_PER_HOST }, (_, index) => fetcher.fetchPage(`http://${host}:${port}/${index}`)),
    ),
  );
  await fetcher.close();
  server.close();
  const rows: TaskResult['rows'] = hosts.map(({ name, host }) => {
    const times = arrivals.get(host) ?? [];
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    const spanMs = times[times.length - 1]! - times[0]!;
    const perMinute = Number((((times.length - 1) / spanMs) * 60_000).toFixed(1));
    return {
      case: name,
      requests: times.length,
      'smallest gap ms': Math.round(Math.min(...gaps)),
      'requests per minute': perMinute,
      'wait minutes': '',
    };
  });
  // The source is paused at the fifth failure in a row (MAX_CONSECUTIVE_FAILURES); 12 shows the cap.
  const start = new Date('2026-12-01T00:00:00.000Z');
  const backoff = [1, 2, 3, 4, 12].map((failures) => ({
    failures,
    minutes: (nextDueAfterFailure(failures, null, start).getTime() - start.getTime()) / 60_000,
  }));
  const hostRows = [...rows];
  for (const step of backoff)
    rows.push({
      case: `backoff after ${step.failures} failure(s)`,
      requests: '',
      'smallest gap ms': '',
      'requests per minute': '',
      'wait minutes': step.minutes,
    });
  return { rows, json: { hosts: hostRows, backoff } };
}
