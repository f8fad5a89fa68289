/**
 * @module parse/payload-format-of
 * Names a payload's format without keeping what it says: source detection asks this of the first page.
 */
import type { ParseInput } from '../model/index.js';
import { parsePayload } from './parse-payload.js';

/**
 * The format of the parser that reads `input` (`rss`, `atom`, `reddit-listing`, `html-article`…);
 * null when no parser claims it or the one that does fails on it.
 */
export function payloadFormatOf(input: ParseInput): string | null {
  try {
    return parsePayload(input).format;
  } catch {
    return null;
  }
}
