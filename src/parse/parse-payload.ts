/**
 * @module parse/parse-payload
 * The format dispatcher: decode a payload once, then hand it to the first parser that claims it.
 */
import type { ParseInput } from '../model/raw-payload.js';
import { articleHtmlParser } from './article-html-parser.js';
import { communityParsers } from './community/index.js';
import { decodePayload } from './decode-payload.js';
import { feedParsers } from './feed/index.js';
import { ParseError, type DecodedPayload, type ParseResult, type PayloadParser } from './payload-parser.js';

/** Community platforms first (most specific), then feeds, then the article-page fallback. */
export const defaultParsers: readonly PayloadParser[] = [...communityParsers, ...feedParsers, articleHtmlParser];

/**
 * Reads `input` with the first parser in `parsers` whose `detect` claims it. Steps:
 * 1. decode the bytes once (charset, BOM, JSON) — throws ParseError `empty` / `too-large`;
 * 2. ask each parser in order whether it recognises the payload;
 * 3. parse with the first that does; a ParseError passes through, any other exception becomes
 *    ParseError `malformed` with the original as `cause`.
 * Throws ParseError `unrecognised-format` naming what the bytes looked like when nothing claims it.
 */
export function parsePayload(input: ParseInput, parsers: readonly PayloadParser[] = defaultParsers): ParseResult {
  const payload = decodePayload(input);
  const parser = parsers.find((candidate) => candidate.detect(payload));
  if (!parser)
    throw new ParseError('unrecognised-format', `no parser recognises the payload: ${describePayload(payload)}`);
  try {
    return parser.parse(payload);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError('malformed', `${parser.format}: ${(error as Error)?.message ?? String(error)}`, {
      cause: error,
    });
  }
}

/** A short description of what the payload looked like, for error messages. */
function describePayload(payload: DecodedPayload): string {
  const head = payload.text.trimStart().slice(0, 60).replace(/\s+/g, ' ');
  const kind =
    payload.json !== undefined
      ? Array.isArray(payload.json)
        ? 'a JSON array'
        : 'a JSON object'
      : head.startsWith('<')
        ? 'XML or markup with an unknown root'
        : 'plain text';
  const type = payload.contentType ? `, content type ${payload.contentType}` : '';
  return `${kind}${type}, starting "${head}"`;
}
