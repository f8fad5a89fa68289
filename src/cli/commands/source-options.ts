/**
 * @module cli/commands/source-options
 * The values `sources add` and `sources import` take from the command line, checked the same way:
 * a wrong value is a usage error (exit 2) that says what is accepted.
 */
import { PLATFORMS, RECORD_KINDS, type Platform, type RecordKind } from '../../model/index.js';
import { CommandError } from '../cli-context.js';

/** The --kind option's value, or a usage error (exit 2). */
export function parseKind(value: string): RecordKind {
  if ((RECORD_KINDS as readonly string[]).includes(value)) return value as RecordKind;
  throw new CommandError(`--kind must be press or community, got "${value}"`, 2);
}

/** The --platform option's value, or a usage error. */
export function parsePlatform(value: string): Platform {
  if ((PLATFORMS as readonly string[]).includes(value)) return value as Platform;
  throw new CommandError(`--platform must be one of ${PLATFORMS.join(', ')}; got "${value}"`, 2);
}

/** An http(s) URL, normalised; anything else is a usage error naming what is wrong. */
export function parseHttpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CommandError(`"${value}" is not a URL; give a full address such as https://example.com/feed.xml`, 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CommandError(`only http and https URLs can be sources, got ${url.protocol}`, 2);
  }
  return url.href;
}
