/**
 * @module config/config-schema
 * The shape of undercurrent's settings, validated once at start with zod. Every key has a named default.
 */
import { z } from 'zod';
import type { PublisherFamily } from '../model/index.js';
import { parseAllowedHost, type AllowedHostSetting } from './parse-allowed-host.js';

/** Default data folder, relative to the current directory (issue: "./undercurrent-data"). */
export const DEFAULT_DATA_DIR = './undercurrent-data';
/** The demo's own folder, beside the default one, so the fictional demo never mixes with a user's sources (issue 15 §6). */
export const DEFAULT_DEMO_DATA_DIR = './undercurrent-demo-data';
/** Default web port: an unprivileged port unlikely to clash with common dev servers. */
export const DEFAULT_PORT = 8780;
/** The web server binds to loopback unless told otherwise, so nothing is exposed by accident. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SITE_TITLE = 'undercurrent';

/** Examples of every form an allowHosts entry takes, quoted in the error for a bad one. */
const ALLOW_HOSTS_EXAMPLES = 'rss-bridge.lan, 192.168.1.0/24, 127.0.0.1:8080, [::1]:3000';

/**
 * `fetch.allowHosts`: a list, or one comma-separated string (as UNDERCURRENT_FETCH_ALLOW_HOSTS gives
 * it), read into entries; a bad entry fails with the entry quoted and the forms allowed.
 */
const allowHostsSchema = z.union([z.string(), z.array(z.string())]).transform((value, context) => {
  const entries = (typeof value === 'string' ? value.split(',') : value).filter((entry) => entry.trim() !== '');
  const parsed: AllowedHostSetting[] = [];
  for (const entry of entries) {
    const result = parseAllowedHost(entry);
    if (result.ok) parsed.push(result.value);
    else {
      const message = `entry "${entry.trim()}" ${result.reason}; each entry is a host name, IP address or CIDR range with an optional port (${ALLOW_HOSTS_EXAMPLES})`;
      context.addIssue({ code: 'custom', message, input: value });
      return z.NEVER;
    }
  }
  return parsed as readonly AllowedHostSetting[];
});

export const fetchSettingsSchema = z
  .object({
    /** Total deadline per request, headers and body together (ms). */
    timeoutMs: z.number().int().positive().optional(),
    /** Body cap after decompression (bytes). */
    maxBodyBytes: z.number().int().positive().optional(),
    /** Minimum gap between two requests to one host (ms). */
    perHostSpacingMs: z.number().int().nonnegative().optional(),
    userAgent: z.string().min(1).optional(),
    /** Obey each site's robots.txt (RFC 9309). Default true; turn off only where the site allows this use. */
    respectRobots: z.boolean().optional(),
    /**
     * Hosts the user runs that the fetcher may contact although they are loopback or private (an
     * RSS-Bridge, a LAN forum). Default none: only public addresses are fetched.
     */
    allowHosts: allowHostsSchema.default([]),
  })
  .strict();

const httpUrl = z
  .string()
  .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
  .transform((url) => url.replace(/\/+$/, ''));

/** Two settings that only work together, both set or neither; the error names the second. */
function together<T extends Record<string, unknown>>(
  first: keyof T & string,
  second: keyof T & string,
  variables: string,
) {
  const check = (settings: T): boolean => (settings[first] === undefined) === (settings[second] === undefined);
  return [
    check,
    {
      path: [second] as PropertyKey[],
      message: `goes with ${first}: set both ${first} and ${second} (or ${variables}), or neither`,
    },
  ] as const;
}

/**
 * Optional credentials and API bases for the community connectors. Public data never needs
 * credentials; API bases default to the platforms' own hosts (see src/fetch/connectors/) and are
 * set here to point a connector at a mirror, a self-hosted PDS, or a loopback test server.
 */
export const connectorSettingsSchema = z
  .object({
    reddit: z
      .object({
        /** A Reddit "script" or "web" app's id and secret (reddit.com/prefs/apps): app-only OAuth on oauth.reddit.com. */
        clientId: z.string().min(1).optional(),
        /** Prefer the environment (UNDERCURRENT_REDDIT_CLIENT_SECRET) to a secret in a file. */
        clientSecret: z.string().min(1).optional(),
        /** Reddit's rules ask for `<platform>:<app id>:<version> (by /u/<username>)`; default built per installation. */
        userAgent: z.string().min(1).optional(),
        apiBase: httpUrl.optional(),
        oauthApiBase: httpUrl.optional(),
        tokenUrl: httpUrl.optional(),
      })
      .strict()
      .refine(
        ...together('clientId', 'clientSecret', 'UNDERCURRENT_REDDIT_CLIENT_ID and UNDERCURRENT_REDDIT_CLIENT_SECRET'),
      )
      .default({}),
    bluesky: z
      .object({
        /** The account's handle or DID. */
        identifier: z.string().min(1).optional(),
        /** An app password (Settings → Privacy and security → App passwords), never the account password; prefer UNDERCURRENT_BLUESKY_APP_PASSWORD. */
        appPassword: z.string().min(1).optional(),
        /** The account's PDS, where the session is opened; default https://bsky.social. */
        serviceBase: httpUrl.optional(),
        /** The public AppView read without a session; default https://public.api.bsky.app. */
        apiBase: httpUrl.optional(),
      })
      .strict()
      .refine(
        ...together(
          'identifier',
          'appPassword',
          'UNDERCURRENT_BLUESKY_IDENTIFIER and UNDERCURRENT_BLUESKY_APP_PASSWORD',
        ),
      )
      .default({}),
    hackerNews: z.object({ apiBase: httpUrl.optional() }).strict().default({}),
  })
  .strict();

/**
 * Days a record is kept (issue 15 §6): older records that no published story version cites are
 * removed, and their raw payloads once no record needs them. 90 days is three months of a beat, over
 * twice the edition window (cluster/edition-window: 30 days plus two story windows).
 */
export const DEFAULT_RETENTION_DAYS = 90;

export const retentionSettingsSchema = z
  .object({
    days: z.number().int().positive().default(DEFAULT_RETENTION_DAYS),
  })
  .strict();

/** Defaults for a model API: a minute per call suits a local model writing a few KB of JSON. */
export const DEFAULT_LLM_TIMEOUT_MS = 60_000;

export const llmSettingsSchema = z
  .object({
    /** API base: `http://127.0.0.1:11434/v1` (Ollama), `https://api.openai.com/v1`, `https://api.anthropic.com`. */
    url: z.string().regex(/^https?:\/\//, 'must be an http:// or https:// URL'),
    model: z.string().min(1),
    /** Prefer the environment (UNDERCURRENT_LLM_API_KEY) to a key in a file. */
    apiKey: z.string().min(1).nullable().default(null),
    timeoutMs: z.number().int().positive().default(DEFAULT_LLM_TIMEOUT_MS),
    maxAttempts: z.number().int().min(1).max(10).default(3),
    maxRepairRounds: z.number().int().min(0).max(5).default(1),
    maxTokens: z.number().int().positive().default(4096),
  })
  .strict();

export const configSchema = z
  .object({
    dataDir: z.string().min(1).default(DEFAULT_DATA_DIR),
    /** A PostgreSQL URL; when set, the server is used instead of the embedded PGlite store. */
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .nullable()
      .default(null),
    server: z
      .object({
        host: z.string().min(1).default(DEFAULT_HOST),
        port: z.number().int().min(0).max(65535).default(DEFAULT_PORT),
      })
      .strict()
      .default({ host: DEFAULT_HOST, port: DEFAULT_PORT }),
    siteTitle: z.string().min(1).default(DEFAULT_SITE_TITLE),
    /** The editorial engine: classical (default, no model), or a model behind an OpenAI-compatible or Anthropic API. */
    engine: z.enum(['classical', 'openai-compatible', 'anthropic']).default('classical'),
    /** The model API, required when `engine` is not classical. */
    llm: llmSettingsSchema.nullable().default(null),
    fetch: fetchSettingsSchema.default({ allowHosts: [] }),
    /** How long records are kept (pipeline/apply-retention). */
    retention: retentionSettingsSchema.default({ days: DEFAULT_RETENTION_DAYS }),
    connectors: connectorSettingsSchema.default({ reddit: {}, bluesky: {}, hackerNews: {} }),
    /**
     * The publisher-families file (see config/publisher-families.example.yaml), relative to the config
     * file; default config/publisher-families.yaml there when it exists, else no families.
     */
    publisherFamiliesFile: z.string().min(1).nullable().default(null),
  })
  .strict()
  .refine((config) => config.engine === 'classical' || config.llm !== null, {
    path: ['llm'],
    message:
      'is required when engine is openai-compatible or anthropic: set llm.url and llm.model (or UNDERCURRENT_LLM_URL and UNDERCURRENT_LLM_MODEL)',
  });

/**
 * Validated, read-only settings, with the publisher-families file resolved (absolute, or null when
 * none is read) and its families loaded.
 */
export type Config = Readonly<
  Omit<z.infer<typeof configSchema>, 'publisherFamiliesFile'> & {
    /**
     * Where `undercurrent demo` keeps its store, absolute: `--data` or UNDERCURRENT_DATA when given,
     * else {@link DEFAULT_DEMO_DATA_DIR}, never the `dataDir` of the config file or the default one.
     */
    demoDataDir: string;
    publisherFamiliesFile: string | null;
    publisherFamilies: readonly PublisherFamily[];
  }
>;
