/**
 * @module config/load-config
 * Reads the optional YAML file and the environment once, and returns validated settings.
 * Precedence: command-line flags > environment variables > file > defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { configSchema, DEFAULT_DEMO_DATA_DIR, type Config } from './config-schema.js';
import { ConfigError } from './config-error.js';
import { DEFAULT_PUBLISHER_FAMILIES_FILE } from './publisher-families-schema.js';
import { loadPublisherFamilies } from './load-publisher-families.js';

export { ConfigError } from './config-error.js';

/** The file read when --config is not given, in the current directory. */
export const DEFAULT_CONFIG_FILE = 'undercurrent.yaml';

export interface LoadConfigOptions {
  /** An explicit file (--config): it must exist. */
  configFile?: string;
  /** The working directory for the default file and relative paths. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Flag values that override everything else. */
  overrides?: { dataDir?: string; port?: number; host?: string };
}

/** Environment variables and the config keys they set. */
const ENVIRONMENT_KEYS = {
  UNDERCURRENT_DATA: 'dataDir',
  DATABASE_URL: 'databaseUrl',
  UNDERCURRENT_HOST: 'server.host',
  UNDERCURRENT_PORT: 'server.port',
  UNDERCURRENT_SITE_TITLE: 'siteTitle',
  UNDERCURRENT_ENGINE: 'engine',
  UNDERCURRENT_LLM_URL: 'llm.url',
  UNDERCURRENT_LLM_MODEL: 'llm.model',
  UNDERCURRENT_LLM_API_KEY: 'llm.apiKey',
  UNDERCURRENT_REDDIT_CLIENT_ID: 'connectors.reddit.clientId',
  UNDERCURRENT_REDDIT_CLIENT_SECRET: 'connectors.reddit.clientSecret',
  UNDERCURRENT_BLUESKY_IDENTIFIER: 'connectors.bluesky.identifier',
  UNDERCURRENT_BLUESKY_APP_PASSWORD: 'connectors.bluesky.appPassword',
  UNDERCURRENT_PUBLISHER_FAMILIES: 'publisherFamiliesFile',
  UNDERCURRENT_FETCH_ALLOW_HOSTS: 'fetch.allowHosts',
} as const;

/** Loads and validates settings; throws ConfigError naming the offending key or variable. */
export function loadConfig(options: LoadConfigOptions): Config {
  const fromFile = readConfigFile(options);
  const merged: Record<string, unknown> = { ...fromFile };
  const server: Record<string, unknown> = { ...(asObject(fromFile.server) ?? {}) };
  const { env } = options;
  if (env.UNDERCURRENT_DATA) merged.dataDir = env.UNDERCURRENT_DATA;
  if (env.DATABASE_URL) merged.databaseUrl = env.DATABASE_URL;
  if (env.UNDERCURRENT_SITE_TITLE) merged.siteTitle = env.UNDERCURRENT_SITE_TITLE;
  if (env.UNDERCURRENT_PUBLISHER_FAMILIES) merged.publisherFamiliesFile = env.UNDERCURRENT_PUBLISHER_FAMILIES;
  if (env.UNDERCURRENT_HOST) server.host = env.UNDERCURRENT_HOST;
  if (env.UNDERCURRENT_PORT) server.port = parsePort(env.UNDERCURRENT_PORT, 'UNDERCURRENT_PORT');
  const { overrides } = options;
  if (overrides?.dataDir) merged.dataDir = overrides.dataDir;
  if (overrides?.host) server.host = overrides.host;
  if (overrides?.port !== undefined) server.port = overrides.port;
  if (Object.keys(server).length > 0) merged.server = server;
  if (env.UNDERCURRENT_ENGINE) merged.engine = env.UNDERCURRENT_ENGINE;
  const llm: Record<string, unknown> = { ...(asObject(fromFile.llm) ?? {}) };
  if (env.UNDERCURRENT_LLM_URL) llm.url = env.UNDERCURRENT_LLM_URL;
  if (env.UNDERCURRENT_LLM_MODEL) llm.model = env.UNDERCURRENT_LLM_MODEL;
  if (env.UNDERCURRENT_LLM_API_KEY) llm.apiKey = env.UNDERCURRENT_LLM_API_KEY;
  if (Object.keys(llm).length > 0) merged.llm = llm;
  if (env.UNDERCURRENT_FETCH_ALLOW_HOSTS)
    merged.fetch = { ...(asObject(fromFile.fetch) ?? {}), allowHosts: env.UNDERCURRENT_FETCH_ALLOW_HOSTS };
  const connectors = connectorsWithEnvironment(asObject(fromFile.connectors), env);
  if (connectors) merged.connectors = connectors;

  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.') || '(root)';
    const variable = Object.entries(ENVIRONMENT_KEYS).find(([, path]) => path === key)?.[0];
    const where = variable ? `${key} (or environment variable ${variable})` : key;
    throw new ConfigError(
      `invalid setting ${where}: ${issue.message}. Fix it in ${fileLabel(options)} or the environment.`,
    );
  }
  const config = result.data;
  const familiesFile = publisherFamiliesPath(
    options,
    config.publisherFamiliesFile,
    env.UNDERCURRENT_PUBLISHER_FAMILIES !== undefined && env.UNDERCURRENT_PUBLISHER_FAMILIES !== '',
  );
  return Object.freeze({
    ...config,
    dataDir: resolve(options.cwd, config.dataDir),
    demoDataDir: resolve(options.cwd, overrides?.dataDir || env.UNDERCURRENT_DATA || DEFAULT_DEMO_DATA_DIR),
    publisherFamiliesFile: familiesFile,
    publisherFamilies: familiesFile ? loadPublisherFamilies(familiesFile) : [],
  });
}

/**
 * The publisher-families file to read, absolute, or null for none. A path set in the config file is
 * relative to that file's folder, one from the environment to the current directory; either must
 * exist. Unset, {@link DEFAULT_PUBLISHER_FAMILIES_FILE} next to the config file (else in the current
 * directory) is read when it exists.
 */
function publisherFamiliesPath(
  options: LoadConfigOptions,
  configured: string | null,
  fromEnvironment: boolean,
): string | null {
  const configPath = resolve(options.cwd, options.configFile ?? DEFAULT_CONFIG_FILE);
  const base = existsSync(configPath) ? dirname(configPath) : options.cwd;
  if (configured === null) {
    const fallback = resolve(base, DEFAULT_PUBLISHER_FAMILIES_FILE);
    return existsSync(fallback) ? fallback : null;
  }
  const path = resolve(fromEnvironment ? options.cwd : base, configured);
  if (!existsSync(path)) {
    const where = fromEnvironment
      ? 'environment variable UNDERCURRENT_PUBLISHER_FAMILIES'
      : `publisherFamiliesFile in ${fileLabel(options)}`;
    throw new ConfigError(
      `invalid setting ${where}: publisher families file ${path} does not exist; point it at an existing file or unset it.`,
    );
  }
  return path;
}

/** The file's `connectors` with the credential variables laid over it; null when neither sets anything. */
function connectorsWithEnvironment(
  fromFile: Record<string, unknown> | null,
  env: LoadConfigOptions['env'],
): Record<string, unknown> | null {
  const connectors: Record<string, unknown> = { ...(fromFile ?? {}) };
  const overlay = (platform: 'reddit' | 'bluesky', values: Record<string, string | undefined>): void => {
    const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value));
    if (Object.keys(set).length > 0) connectors[platform] = { ...(asObject(connectors[platform]) ?? {}), ...set };
  };
  overlay('reddit', {
    clientId: env.UNDERCURRENT_REDDIT_CLIENT_ID,
    clientSecret: env.UNDERCURRENT_REDDIT_CLIENT_SECRET,
  });
  overlay('bluesky', {
    identifier: env.UNDERCURRENT_BLUESKY_IDENTIFIER,
    appPassword: env.UNDERCURRENT_BLUESKY_APP_PASSWORD,
  });
  return fromFile || Object.keys(connectors).length > 0 ? connectors : null;
}

function readConfigFile(options: LoadConfigOptions): Record<string, unknown> {
  const explicit = options.configFile !== undefined;
  const path = resolve(options.cwd, options.configFile ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit)
      throw new ConfigError(`config file ${path} does not exist; pass an existing file to --config or omit it.`);
    return {};
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`config file ${path} is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (parsed === null || parsed === undefined) return {};
  const object = asObject(parsed);
  if (!object)
    throw new ConfigError(`config file ${path} must hold a mapping of keys (dataDir, databaseUrl, server, ...).`);
  return object;
}

function parsePort(value: string, variable: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(
      `invalid setting server.port (or environment variable ${variable}): "${value}" is not a port number 0-65535.`,
    );
  }
  return port;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function fileLabel(options: LoadConfigOptions): string {
  return options.configFile ?? DEFAULT_CONFIG_FILE;
}
