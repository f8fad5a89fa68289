import { describe, expect, it } from 'vitest';
import { createHostSpacing } from './host-spacing.js';

const wall = (): Date => new Date();
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('createHostSpacing', () => {
  it('spaces the starts of requests to one host by at least spacingMs', async () => {
    const spacing = createHostSpacing({ spacingMs: 120, now: wall });
    const starts: number[] = [];
    // Measured on the spacing's own clock, the one its guarantee is stated in (whole milliseconds here).
    // The lane stamps a start just before calling the task; a clock tick or, on a loaded machine, a GC
    // pause can sit between the stamp and the task's first statement, so the reads may be a few ms closer
    // than the stamps. Without spacing they would be 0-1 ms apart.
    const SCHEDULING_SLACK_MS = 5;
    const task = async (): Promise<void> => {
      starts.push(wall().getTime());
    };
    await Promise.all([spacing.run('a.example', task), spacing.run('a.example', task), spacing.run('a.example', task)]);
    expect(starts).toHaveLength(3);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(120 - SCHEDULING_SLACK_MS);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(120 - SCHEDULING_SLACK_MS);
  });

  it('keeps a longer gap for a host that has one, and only for it', async () => {
    const spacing = createHostSpacing({ spacingMs: 0, spacingByHost: new Map([['api.slow.example', 100]]), now: wall });
    const starts = new Map<string, number[]>();
    const task = (host: string) => async (): Promise<void> => {
      starts.set(host, [...(starts.get(host) ?? []), wall().getTime()]);
    };
    await Promise.all(
      ['api.slow.example', 'api.slow.example', 'fast.example', 'fast.example'].map((host) =>
        spacing.run(host, task(host)),
      ),
    );
    const [slowFirst, slowSecond] = starts.get('api.slow.example')!;
    const [fastFirst, fastSecond] = starts.get('fast.example')!;
    expect(slowSecond! - slowFirst!).toBeGreaterThanOrEqual(95);
    expect(fastSecond! - fastFirst!).toBeLessThan(95);
  });

  it('never overlaps two tasks for one host, even with no gap', async () => {
    const spacing = createHostSpacing({ spacingMs: 0, now: wall });
    let running = 0;
    let most = 0;
    const task = async (): Promise<void> => {
      running += 1;
      most = Math.max(most, running);
      await pause(15);
      running -= 1;
    };
    await Promise.all([1, 2, 3, 4].map(() => spacing.run('a.example', task)));
    expect(most).toBe(1);
  });

  it('does not hold one host back for another', async () => {
    const spacing = createHostSpacing({ spacingMs: 10_000, now: wall });
    const started = performance.now();
    await spacing.run('a.example', async () => undefined);
    await spacing.run('b.example', async () => undefined);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('measures the gap with the injected clock and waits only what remains', async () => {
    let nowMs = Date.parse('2025-01-01T00:00:00Z');
    const spacing = createHostSpacing({ spacingMs: 60_000, now: () => new Date(nowMs) });
    await spacing.run('a.example', async () => undefined);
    nowMs += 59_900;
    const started = performance.now();
    await spacing.run('a.example', async () => undefined);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(90);
    expect(waited).toBeLessThan(1_000);
  });

  it('gives up waiting when the signal aborts, and the queue still moves', async () => {
    const spacing = createHostSpacing({ spacingMs: 0, now: wall });
    let releaseFirst!: () => void;
    const first = spacing.run('a.example', () => new Promise<void>((resolve) => (releaseFirst = resolve)));
    const controller = new AbortController();
    const second = spacing.run('a.example', async () => 'second ran', controller.signal);
    const third = spacing.run('a.example', async () => 'third ran');
    controller.abort(new Error('deadline'));
    await expect(second).rejects.toThrow('deadline');
    releaseFirst();
    await first;
    await expect(third).resolves.toBe('third ran');
  });
});
