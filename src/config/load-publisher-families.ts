/**
 * @module config/load-publisher-families
 * Reads and validates the publisher-families file once at start; an invalid file stops the command
 * with a message naming the file and the entry.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { PublisherFamily } from '../model/index.js';
import { publisherFamiliesFileSchema } from './publisher-families-schema.js';
import { ConfigError } from './config-error.js';

/**
 * The families in the YAML file at `path` (absolute). An empty file is no families. Throws
 * ConfigError naming the file and the entry (`families[2] "Harbor Media"`) when the YAML is
 * invalid, an entry is malformed, two families share a name, or one venue or host is in two families.
 */
export function loadPublisherFamilies(path: string): PublisherFamily[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`publisher families file ${path} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`publisher families file ${path} is not valid YAML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const result = publisherFamiliesFileSchema.safeParse(parsed ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`publisher families file ${path}: ${describeEntry(parsed, issue.path)}: ${issue.message}`);
  }
  const families = result.data.families;
  checkNoOverlap(path, families);
  return families;
}

/** A family's name and each venue and host may appear in one family only: otherwise which one counts is a guess. */
function checkNoOverlap(path: string, families: readonly PublisherFamily[]): void {
  const seen = new Map<string, number>();
  families.forEach((family, index) => {
    const keys = [
      ['name', family.name.toLowerCase()],
      ...family.venues.map((venue) => ['venue', venue.toLowerCase()]),
      ...family.hosts.map((host) => ['host', host]),
    ] as const;
    for (const [kind, value] of keys) {
      const key = `${kind}\n${value}`;
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== index) {
        const first = families[earlier]!;
        throw new ConfigError(
          `publisher families file ${path}: families[${index}] "${family.name}": ${kind} "${value}" is already in families[${earlier}] "${first.name}"; list each ${kind} in one family only`,
        );
      }
      seen.set(key, index);
    }
  });
}

/** `families[2] "Harbor Media" venues.1` from a zod issue path, the name read from the raw YAML when it has one. */
function describeEntry(parsed: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  if (path[0] !== 'families' || typeof path[1] !== 'number') return path.map(String).join('.');
  const raw = (parsed as { families?: unknown[] }).families?.[path[1]];
  const name =
    typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string'
      ? ` "${(raw as { name: string }).name}"`
      : '';
  const rest = path.slice(2).map(String).join('.');
  return `families[${path[1]}]${name}${rest ? ` ${rest}` : ''}`;
}
