/**
 * Shared harness for `npm run eval` and `npm run bench`: each task returns rows for a table and a JSON
 * document; the harness prints the table and writes `reports/<prefix>-<task>.json`.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface TaskResult {
  /** Rows printed as a table; every row has the same keys. */
  rows: Array<Record<string, string | number>>;
  /** Written to reports/<prefix>-<task>.json. */
  json: unknown;
}

export type Task = () => Promise<TaskResult>;

/** The shared corpora folder, or null when it is absent (then a task skips with a message; never in CI). */
export function corporaDir(): string | null {
  const dir = resolve(process.cwd(), '../shared/corpora');
  if (existsSync(dir)) return dir;
  if (process.env.CI) throw new Error(`corpora folder ${dir} is missing, and CI must not skip`);
  return null;
}

export async function runTasks(prefix: string, tasks: Record<string, Task>, argv: string[]): Promise<number> {
  const wanted = argv.length > 0 ? argv : Object.keys(tasks);
  const unknown = wanted.filter((name) => !(name in tasks));
  if (unknown.length > 0) {
    process.stderr.write(`unknown ${prefix} task(s): ${unknown.join(', ')}; known: ${Object.keys(tasks).join(', ')}\n`);
    return 2;
  }
  mkdirSync(resolve(process.cwd(), 'reports'), { recursive: true });
  for (const name of wanted) {
    process.stdout.write(`\n## ${prefix} ${name}\n`);
    const result = await tasks[name]!();
    console.table(result.rows);
    const file = resolve(process.cwd(), 'reports', `${prefix}-${name}.json`);
    writeFileSync(file, `${JSON.stringify(result.json, null, 2)}\n`);
    process.stdout.write(`wrote ${file}\n`);
  }
  return 0;
}
