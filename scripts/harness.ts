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

/** Options after the task names, e.g. `npm run bench -- scale --records 100000` gives `{ records: '100000' }`. */
export type TaskOptions = Readonly<Record<string, string>>;

export type Task = (options: TaskOptions) => Promise<TaskResult>;

/** The shared corpora folder, or null when it is absent (then a task skips with a message; never in CI). */
export function corporaDir(): string | null {
  const dir = resolve(process.cwd(), '../shared/corpora');
  if (existsSync(dir)) return dir;
  if (process.env.CI) throw new Error(`corpora folder ${dir} is missing, and CI must not skip`);
  return null;
}

export async function runTasks(prefix: string, tasks: Record<string, Task>, argv: string[]): Promise<number> {
  const names: string[] = [];
  const options: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg.startsWith('--')) {
      const next = argv[index + 1];
      const hasValue = next !== undefined && !next.startsWith('--');
      options[arg.slice(2)] = hasValue ? next : 'true';
      if (hasValue) index++;
    } else names.push(arg);
  }
  const wanted = names.length > 0 ? names : Object.keys(tasks);
  const unknown = wanted.filter((name) => !(name in tasks));
  if (unknown.length > 0) {
    process.stderr.write(`unknown ${prefix} task(s): ${unknown.join(', ')}; known: ${Object.keys(tasks).join(', ')}\n`);
    return 2;
  }
  mkdirSync(resolve(process.cwd(), 'reports'), { recursive: true });
  for (const name of wanted) {
    process.stdout.write(`\n## ${prefix} ${name}\n`);
    const result = await tasks[name]!(options);
    console.table(result.rows);
    const file = resolve(process.cwd(), 'reports', `${prefix}-${name}.json`);
    writeFileSync(file, `${JSON.stringify(result.json, null, 2)}\n`);
    process.stdout.write(`wrote ${file}\n`);
  }
  return 0;
}
