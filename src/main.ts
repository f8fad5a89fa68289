/**
 * @module main
 * Composition root: turns validated settings, once, into the parts every command and the service
 * share (the store, the fetcher, the connectors' options, the editorial engine and the clock). The
 * only place that picks among swappable parts.
 */
import type { Config } from './config/config-schema.js';
import type { ConnectorOptions } from './fetch/connectors/connector.js';
import { createConnectorSessions } from './fetch/connectors/connector-sessions.js';
import { connectionTargetOf, type AllowedHost } from './fetch/allowed-host.js';
import { createFetcher, DEFAULT_USER_AGENT, type ClosableFetcher } from './fetch/create-fetcher.js';
import type { Fetcher } from './fetch/fetched-page.js';
import { withRobotsPolicy } from './fetch/with-robots-policy.js';
import type { SourceRecord } from './model/index.js';
import { openStoreAndClient, type OpenedStore, type StoreLocation } from './store/open-record-store.js';
import type { RecordStore } from './store/record-store.js';
import type { SqlClient } from './store/sql-client.js';
import { createClassicalEngine } from './synthesize/classical/create-classical-engine.js';
import type { EditorialModel, StoryDraft } from './synthesize/editorial-model.js';
import { createAnthropicChatModel } from './synthesize/llm/anthropic/create-anthropic-chat-model.js';
import { createLlmEngine, type ReviewFailure } from './synthesize/llm/create-llm-engine.js';
import { createOpenAiChatModel } from './synthesize/llm/openai-compatible/create-openai-chat-model.js';
import { verifyStory } from './verify/verify-story.js';

/**
 * Deadline for each request made to recognise a URL (`sources add`), ms: a third of the fetcher's
 * default, since detection asks at most three quick questions and a slow site must not hold it.
 */
export const DETECTION_TIMEOUT_MS = 7_000;

/** Everything the settings decide, built once and handed to every command and to the service. */
export interface App {
  readonly config: Config;
  /** The clock every part shares. */
  readonly now: () => Date;
  /** The editorial engine the settings name (classical, or an LLM with the classical one to fall back on). */
  readonly engine: EditorialModel;
  /** The fetcher for sources: the settings' limits, robots.txt obeyed unless turned off. Built on first use. */
  readonly fetcher: Fetcher;
  /** The same fetcher with a short deadline ({@link DETECTION_TIMEOUT_MS}), for recognising a URL. Built on first use. */
  readonly detectionFetcher: Fetcher;
  /** The connectors' credentials and API bases, with one set of sessions for the app's life. */
  readonly connectors: Partial<ConnectorOptions>;
  /** Opens the store on the first call (PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir`), migrated. */
  store(): Promise<RecordStore>;
  /**
   * The SQL client under the store (opening the store if needed): the service's job queue runs on the
   * same database, and the same PGlite instance when embedded.
   */
  sqlClient(): Promise<SqlClient>;
  /** Closes what was opened: the store and the fetchers' connection pools. Safe to call more than once. */
  close(): Promise<void>;
}

/** What only code may choose: nothing in a settings file or the environment reaches these. */
export interface ComposeOptions {
  /** Let the fetchers reach loopback addresses: for the bundled demo site and tests only. Default false. */
  allowLoopback?: boolean;
  /** The clock. Default the system clock. */
  now?: () => Date;
}

/**
 * Builds the app from settings. Cheap: the store is opened, and each fetcher's connection pool made,
 * only when first asked for.
 */
export function composeApp(config: Config, options: ComposeOptions = {}): App {
  const now = options.now ?? systemClock;
  return assembleApp(config, { ...options, now }, configuredConnectorOptions(config, now));
}

/**
 * The app `undercurrent demo` runs on: the fetchers may reach the bundled demo site on loopback,
 * requests to it are not spaced unless the settings say so (it is one local server), and the
 * connectors keep their defaults (the site stands in for every platform, so credentials and API
 * bases meant for the real ones must not be sent to it).
 */
export function composeDemoApp(config: Config, options: Omit<ComposeOptions, 'allowLoopback'> = {}): App {
  const demoConfig: Config = {
    ...config,
    fetch: { ...config.fetch, perHostSpacingMs: config.fetch.perHostSpacingMs ?? 0 },
  };
  return assembleApp(demoConfig, { ...options, allowLoopback: true }, {});
}

function systemClock(): Date {
  return new Date();
}

function assembleApp(config: Config, options: ComposeOptions, connectors: Partial<ConnectorOptions>): App {
  const now = options.now ?? systemClock;
  const allowLoopback = options.allowLoopback ?? false;
  let storePromise: Promise<OpenedStore> | null = null;
  const fetchers: ClosableFetcher[] = [];
  let fetcher: ClosableFetcher | null = null;
  let detectionFetcher: ClosableFetcher | null = null;
  const keep = (made: ClosableFetcher): ClosableFetcher => {
    fetchers.push(made);
    return made;
  };
  return {
    config,
    now,
    engine: createEngine(config),
    connectors,
    get fetcher() {
      fetcher ??= keep(createConfiguredFetcher(config, { allowLoopback }));
      return fetcher;
    },
    get detectionFetcher() {
      const timeoutMs = Math.min(config.fetch.timeoutMs ?? DETECTION_TIMEOUT_MS, DETECTION_TIMEOUT_MS);
      detectionFetcher ??= keep(
        createConfiguredFetcher({ ...config, fetch: { ...config.fetch, timeoutMs } }, { allowLoopback }),
      );
      return detectionFetcher;
    },
    async store() {
      storePromise ??= openStoreAndClient(storeLocationOf(config), { now });
      return (await storePromise).store;
    },
    async sqlClient() {
      storePromise ??= openStoreAndClient(storeLocationOf(config), { now });
      return (await storePromise).client;
    },
    async close() {
      const opened = storePromise;
      storePromise = null;
      const closing = fetchers.splice(0).map((made) => made.close().catch(() => {}));
      if (opened) await (await opened.catch(() => null))?.store.close();
      await Promise.all(closing);
    },
  };
}

/** PostgreSQL when the settings give a database URL, else PGlite in the data folder. */
function storeLocationOf(config: Config): StoreLocation {
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir };
}

/**
 * The editorial engine the settings name. An LLM engine gets the classical engine to fall back on
 * and the verifier as its reviewer, so the model sees each sentence the verifier refuses, with why.
 */
function createEngine(config: Config): EditorialModel {
  const classical = createClassicalEngine();
  if (config.engine === 'classical' || !config.llm) return classical;
  const settings = config.llm;
  const connection = {
    url: settings.url,
    model: settings.model,
    apiKey: settings.apiKey,
    timeoutMs: settings.timeoutMs,
    // The model API's own client: the one host the settings name is allowed even on loopback or the LAN (Ollama).
    http: createFetcher({ timeoutMs: settings.timeoutMs, allowHosts: [modelHostOf(settings.url)] }),
  };
  const model =
    config.engine === 'anthropic' ? createAnthropicChatModel(connection) : createOpenAiChatModel(connection);
  return createLlmEngine({
    model,
    fallback: classical,
    review: reviewWithVerifier,
    maxAttempts: settings.maxAttempts,
    maxRepairRounds: settings.maxRepairRounds,
    maxTokens: settings.maxTokens,
  });
}

/** The verifier as an LLM engine's reviewer: every sentence of the draft it would drop, with the reason. */
function reviewWithVerifier(draft: StoryDraft, records: readonly SourceRecord[]): ReviewFailure[] {
  const { drops } = verifyStory(draft, new Map(records.map((record) => [record.id, record])));
  return drops.map((drop) => ({ text: drop.text, reason: `${drop.layer}: ${drop.reason}` }));
}

/** The fetcher with the settings' limits, behind the robots.txt policy unless the settings turn it off. */
function createConfiguredFetcher(config: Config, options: { allowLoopback: boolean }): ClosableFetcher {
  const { respectRobots, ...limits } = config.fetch;
  const fetcher = createFetcher({ ...limits, allowLoopback: options.allowLoopback });
  return respectRobots === false
    ? fetcher
    : withRobotsPolicy(fetcher, { userAgent: limits.userAgent ?? DEFAULT_USER_AGENT });
}

/**
 * The connectors' settings from `connectors` in the config: credentials when both halves are set,
 * API bases where given (the rest keep their defaults), and one set of sessions, so a token is asked
 * for once however many sources use it.
 */
function configuredConnectorOptions(config: Config, now: () => Date): Partial<ConnectorOptions> {
  const { reddit, bluesky, hackerNews } = config.connectors;
  const options: Partial<ConnectorOptions> = { sessions: createConnectorSessions(now) };
  if (reddit.clientId && reddit.clientSecret)
    options.redditCredentials = { clientId: reddit.clientId, clientSecret: reddit.clientSecret };
  if (reddit.userAgent) options.redditUserAgent = reddit.userAgent;
  if (reddit.apiBase) options.redditApiBase = reddit.apiBase;
  if (reddit.oauthApiBase) options.redditOAuthBase = reddit.oauthApiBase;
  if (reddit.tokenUrl) options.redditTokenUrl = reddit.tokenUrl;
  if (bluesky.identifier && bluesky.appPassword)
    options.blueskyCredentials = { identifier: bluesky.identifier, appPassword: bluesky.appPassword };
  if (bluesky.serviceBase) options.blueskyServiceBase = bluesky.serviceBase;
  if (bluesky.apiBase) options.blueskyApiBase = bluesky.apiBase;
  if (hackerNews.apiBase) options.hackerNewsApiBase = hackerNews.apiBase;
  return options;
}

/** The model server the settings name, as the one host its client may reach although loopback or private. */
function modelHostOf(url: string): AllowedHost {
  const parsed = new URL(url);
  return { kind: 'name', name: parsed.hostname, port: connectionTargetOf(parsed).port };
}
