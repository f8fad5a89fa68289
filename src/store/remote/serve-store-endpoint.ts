/**
 * @module store/remote/serve-store-endpoint
 * While `undercurrent run` holds an embedded data folder, other commands reach its store through
 * this endpoint: SQL over HTTP on loopback, with a bearer token from the owner-only endpoint file.
 * PGlite has one connection; its own mutex orders these statements with the process's own.
 */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { decodeSqlValue, encodeSqlValue, mapRows } from './sql-value-codec.js';
import { writeStoreEndpoint } from './store-endpoint-file.js';

/** A transaction left without a statement this long is rolled back, so a killed client cannot hold the store. */
export const TRANSACTION_IDLE_TIMEOUT_MS = 30_000;
/** Largest request body, bytes: a batch of records with their raw payload fits well within it. */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
/** Token length, bytes (256 bits). */
const TOKEN_BYTES = 32;

/** One request: a statement, a script, or a transaction's begin, commit or rollback. */
export interface EndpointRequest {
  op: 'query' | 'exec' | 'begin' | 'commit' | 'rollback';
  sql?: string;
  parameters?: unknown[];
  /** The transaction a statement belongs to (from `begin`). */
  transaction?: string;
}

/** The running endpoint and how to stop it (which also removes the endpoint file). */
export interface StoreEndpointServer {
  url: string;
  close(): Promise<void>;
}

interface OpenTransaction {
  run(request: EndpointRequest): Promise<unknown[]>;
}

/** Serves `database` on 127.0.0.1 (a free port) and writes the endpoint file into `dataDir`. */
export async function serveStoreEndpoint(database: PGlite, dataDir: string): Promise<StoreEndpointServer> {
  const token = randomBytes(TOKEN_BYTES).toString('hex');
  const transactions = new Map<string, OpenTransaction>();
  const server = createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || request.url !== '/sql') return reply(404, { error: 'not found' });
    if (!hasToken(request, token)) return reply(401, { error: 'missing or wrong token' });
    readJson(request)
      .then((body) => answer(database, transactions, body as EndpointRequest))
      .then((rows) => reply(200, { rows }))
      .catch((error: unknown) =>
        reply(400, { error: (error as Error).message, code: (error as { code?: unknown }).code ?? null }),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const removeFile = writeStoreEndpoint(dataDir, { pid: process.pid, url, token });
  return {
    url,
    async close() {
      removeFile();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function hasToken(request: IncomingMessage, token: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new Error(`request larger than ${MAX_REQUEST_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function answer(
  database: PGlite,
  transactions: Map<string, OpenTransaction>,
  request: EndpointRequest,
): Promise<unknown[]> {
  if (request.op === 'begin') {
    const id = randomUUID();
    transactions.set(id, await beginTransaction(database, () => transactions.delete(id)));
    return [{ transaction: id }];
  }
  if (request.transaction !== undefined) {
    const open = transactions.get(request.transaction);
    if (!open) throw new Error('store endpoint: no such transaction (it timed out or ended)');
    return open.run(request);
  }
  return runStatement(database, request);
}

async function runStatement(target: Pick<Transaction, 'query' | 'exec'>, request: EndpointRequest): Promise<unknown[]> {
  if (request.op === 'exec') {
    await target.exec(request.sql ?? '');
    return [];
  }
  if (request.op !== 'query') throw new Error(`store endpoint: ${request.op} outside a transaction`);
  const parameters = (request.parameters ?? []).map(decodeSqlValue);
  const result = await target.query<Record<string, unknown>>(request.sql ?? '', parameters);
  return mapRows(result.rows, encodeSqlValue);
}

/**
 * Opens a PGlite transaction that runs the statements sent to it, one at a time, until a commit, a
 * rollback, or {@link TRANSACTION_IDLE_TIMEOUT_MS} without a statement (rolled back).
 */
function beginTransaction(database: PGlite, onEnd: () => void): Promise<OpenTransaction> {
  type Pending = { request: EndpointRequest; resolve: (rows: unknown[]) => void; reject: (error: unknown) => void };
  const waiting: Pending[] = [];
  let wake: (() => void) | null = null;
  const next = async (): Promise<Pending | null> => {
    if (waiting.length === 0) {
      const arrived = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), TRANSACTION_IDLE_TIMEOUT_MS);
        wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      if (!(await arrived)) return null;
    }
    return waiting.shift() ?? null;
  };
  return new Promise((started) => {
    const run = (request: EndpointRequest) =>
      new Promise<unknown[]>((resolve, reject) => {
        waiting.push({ request, resolve, reject });
        wake?.();
        wake = null;
      });
    database
      .transaction(async (tx) => {
        started({ run });
        for (let pending = await next(); pending !== null; pending = await next()) {
          const { request } = pending;
          if (request.op === 'commit') return void pending.resolve([]);
          if (request.op === 'rollback') {
            pending.resolve([]);
            return tx.rollback();
          }
          await runStatement(tx, request).then(pending.resolve, pending.reject);
        }
        await tx.rollback();
      })
      .catch(() => {})
      .finally(() => {
        onEnd();
        for (const pending of waiting.splice(0)) pending.reject(new Error('store endpoint: the transaction ended'));
      });
  });
}
