/**
 * @module service/open-job-queue
 * The job queue on the store's own database: pg-boss through its PGlite adapter on the embedded
 * store's instance, its own pool on a PostgreSQL server, or the running service's store endpoint.
 */
import { PgBoss, fromPglite, type ConstructorOptions } from 'pg-boss';
import type { SqlClient } from '../store/sql-client.js';
import { QUEUE_OPTIONS, SERVICE_QUEUES } from './queues.js';

/** pg-boss's tables live in a schema of their own beside the store's. */
export const QUEUE_SCHEMA = 'pgboss';

export interface JobQueueOptions {
  /** The store's client (app.sqlClient()). */
  client: SqlClient;
  /** The PostgreSQL server's URL when the store is on one. */
  databaseUrl: string | null;
  /** Seconds between pg-boss's checks for expired and dead-worker jobs; default pg-boss's. */
  superviseIntervalSeconds?: number;
  /** False for a process that only reads the queue (`undercurrent jobs`, `--role web`): no maintenance. */
  supervise: boolean;
}

/** Starts pg-boss (installing or migrating its schema) and creates the service's queues. */
export async function openJobQueue(options: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({ ...connectionOf(options), schema: QUEUE_SCHEMA, ...maintenanceOf(options) });
  // Errors of pg-boss's own loops (a dropped connection) are retried by it; they must not crash the process.
  boss.on('error', (error) => console.error('job-queue-error', (error as Error).message));
  await boss.start();
  // A reader (`jobs`, `--role web`) leaves the queues as the workers made them.
  for (const name of options.supervise ? SERVICE_QUEUES : []) {
    const { policy, ...changeable } = QUEUE_OPTIONS[name];
    if (await boss.getQueue(name)) await boss.updateQueue(name, changeable);
    else await boss.createQueue(name, { policy, ...changeable }).catch(ignoreIfCreatedMeanwhile);
  }
  return boss;
}

function connectionOf(options: JobQueueOptions): ConstructorOptions {
  if (options.databaseUrl) return { connectionString: options.databaseUrl, max: 4 };
  const embedded = options.client.embedded;
  if (embedded) return { db: fromPglite(embedded), backend: 'pglite' };
  return { db: endpointDatabase(options.client), backend: 'pglite' };
}

function maintenanceOf(options: JobQueueOptions): ConstructorOptions {
  if (!options.supervise) return { supervise: false, schedule: false, migrate: false };
  return options.superviseIntervalSeconds === undefined
    ? {}
    : {
        superviseIntervalSeconds: options.superviseIntervalSeconds,
        monitorIntervalSeconds: options.superviseIntervalSeconds,
      };
}

/** pg-boss over the running service's store endpoint (a command while `run` holds the folder). */
type QueueDatabase = ReturnType<typeof fromPglite>;

function endpointDatabase(client: SqlClient): QueueDatabase {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return { rows: await client.query(text, values) };
      // A single statement answers with its rows; a script of several (pg-boss's DDL) goes through exec.
      try {
        return { rows: await client.query(text) };
      } catch (error) {
        if (!/multiple commands/i.test((error as Error).message)) throw error;
        await client.exec(text);
        return { rows: [] };
      }
    },
  };
}

/** Two processes starting at once may both create a queue; the second finds it there. */
function ignoreIfCreatedMeanwhile(error: unknown): void {
  if (!/already exists/i.test((error as Error).message)) throw error;
}
