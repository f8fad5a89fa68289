/**
 * @module main
 * Composition root: turns validated settings into the store, the fetcher and the editorial engine.
 * The only place that picks among swappable parts.
 */
import type { Config } from './config/config-schema.js';
import { createFetcher, DEFAULT_USER_AGENT } from './fetch/create-fetcher.js';
import { withRobotsPolicy } from './fetch/with-robots-policy.js';
import type { Fetcher } from './fetch/fetched-page.js';
import type { ConnectorOptions } from './fetch/connectors/connector.js';
import { createConnectorSessions } from './fetch/connectors/connector-sessions.js';
import { openRecordStore } from './store/open-record-store.js';
import type { RecordStore } from './store/record-store.js';
import { createClassicalEngine } from './synthesize/classical/create-classical-engine.js';
import type { EditorialModel, StoryDraft } from './synthesize/editorial-model.js';
import { createAnthropicChatModel } from './synthesize/llm/anthropic/create-anthropic-chat-model.js';
import { createLlmEngine, type ReviewFailure } from './synthesize/llm/create-llm-engine.js';
import { createOpenAiChatModel } from './synthesize/llm/openai-compatible/create-openai-chat-model.js';
import { verifyStory } from './verify/verify-story.js';
import type { SourceRecord } from './model/index.js';

/** Opens the store the settings name: PostgreSQL when databaseUrl is set, else PGlite in dataDir. */
export function openStore(config: Config): Promise<RecordStore> {
  return openRecordStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
}

/**
 * The editorial engine the settings name. An LLM engine gets the classical engine to fall back on
 * and the verifier as its reviewer, so the model sees each sentence the verifier refuses, with why.
 */
export function createEngine(config: Config): EditorialModel {
  const classical = createClassicalEngine();
  if (config.engine === 'classical' || !config.llm) return classical;
  const settings = config.llm;
  const connection = {
    url: settings.url,
    model: settings.model,
    apiKey: settings.apiKey,
    timeoutMs: settings.timeoutMs,
    // The model API's own client: the one host the settings name is allowed even on loopback or the LAN (Ollama).
    http: createFetcher({ timeoutMs: settings.timeoutMs, allowedHosts: [new URL(settings.url).hostname] }),
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
export function reviewWithVerifier(draft: StoryDraft, records: readonly SourceRecord[]): ReviewFailure[] {
  const { drops } = verifyStory(draft, new Map(records.map((record) => [record.id, record])));
  return drops.map((drop) => ({ text: drop.text, reason: `${drop.layer}: ${drop.reason}` }));
}

/**
 * The fetcher with the settings' limits. `allowLoopback` is for the bundled demo and tests only:
 * nothing a user configures can turn it on.
 */
export function createConfiguredFetcher(config: Config, options: { allowLoopback?: boolean } = {}): Fetcher {
  const { respectRobots, ...limits } = config.fetch;
  const fetcher = createFetcher({ ...limits, allowLoopback: options.allowLoopback ?? false });
  return respectRobots === false
    ? fetcher
    : withRobotsPolicy(fetcher, { userAgent: limits.userAgent ?? DEFAULT_USER_AGENT });
}

/**
 * The connectors' settings from `connectors` in the config: credentials when both halves are set,
 * API bases where given (the rest keep their defaults), and one set of sessions for the run, so a
 * token is asked for once however many sources use it.
 */
export function configuredConnectorOptions(config: Config): Partial<ConnectorOptions> {
  const { reddit, bluesky, hackerNews } = config.connectors;
  const options: Partial<ConnectorOptions> = { sessions: createConnectorSessions() };
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
