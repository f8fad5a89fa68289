/**
 * @module parse/payload-format-of
 * Names a payload's format without keeping what it says: source detection asks this of the first page.
 */
import type { ParseInput } from '../model/index.js';
import type { Platform } from '../model/index.js';
import { platformOfFormat } from './community/index.js';
import { parsePayload } from './parse-payload.js';

/** A payload's format and the community platform whose reader claimed it (null for feeds and pages). */
export interface PayloadFormat {
  format: string;
  platform: Platform | null;
}

/**
 * The format of the parser that reads `input` (`rss`, `atom`, `reddit-listing`, `html-article`…);
 * null when no parser claims it or the one that does fails on it.
 */
export function payloadFormatOf(input: ParseInput): PayloadFormat | null {
  try {
    const { format } = parsePayload(input);
    return { format, platform: platformOfFormat(format) };
  } catch {
    return null;
  }
}
