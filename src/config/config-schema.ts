/**
 * @module config/config-schema
 * The shape of undercurrent's settings, validated once at start with zod. Every key has a named default.
 */
import { z } from 'zod';

/** Default data folder, relative to the current directory (issue: "./undercurrent-data"). */
export const DEFAULT_DATA_DIR = './undercurrent-data';
/** Default web port: an unprivileged port unlikely to clash with common dev servers. */
export const DEFAULT_PORT = 8780;
/** The web server binds to loopback unless told otherwise, so nothing is exposed by accident. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SITE_TITLE = 'undercurrent';

export const fetchSettingsSchema = z
  .object({
    /** Total deadline per request, headers and body together (ms). */
    timeoutMs: z.number().int().positive().optional(),
    /** Body cap after decompression (bytes). */
    maxBodyBytes: z.number().int().positive().optional(),
    /** Minimum gap between two requests to one host (ms). */
    perHostSpacingMs: z.number().int().nonnegative().optional(),
    userAgent: z.string().min(1).optional(),
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
    /** The editorial engine; only the classical engine ships in this version. */
    engine: z.enum(['classical']).default('classical'),
    fetch: fetchSettingsSchema.default({}),
  })
  .strict();

/** Validated, read-only settings. */
export type Config = Readonly<z.infer<typeof configSchema>>;
export type FetchSettings = z.infer<typeof fetchSettingsSchema>;
