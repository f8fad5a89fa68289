/**
 * @module parse/decode-payload
 * Turns raw payload bytes into text (and JSON when it is JSON) once, for every parser to look at.
 */
import iconv from 'iconv-lite';
import type { ParseInput } from '../model/raw-payload.js';
import { detectCharset } from './detect-charset.js';
import { ParseError, type DecodedPayload } from './payload-parser.js';

/** Largest payload we read: 20 MiB, ten times the biggest real feed in our corpora (1.6 MB). */
export const MAX_PAYLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Decodes `input` with the charset `detectCharset` finds, strips a BOM, and parses JSON when the
 * text starts with `{` or `[`. Throws ParseError `empty` for zero bytes or whitespace only, and
 * `too-large` over MAX_PAYLOAD_BYTES.
 */
export function decodePayload(input: ParseInput): DecodedPayload {
  const { bytes, contentType, url } = input;
  if (bytes.length > MAX_PAYLOAD_BYTES) {
    throw new ParseError('too-large', `payload is ${bytes.length} bytes; the limit is ${MAX_PAYLOAD_BYTES}`);
  }
  if (bytes.length === 0) throw new ParseError('empty', 'payload has no bytes');
  const { charset } = detectCharset(bytes, contentType);
  // A view, not a copy, of the caller's bytes; UTF-8 (nearly every feed) takes Node's native decoder.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoded = charset === 'utf-8' ? buffer.toString('utf8') : iconv.decode(buffer, charset, { stripBOM: true });
  const withoutBom = decoded.replace(/^\uFEFF/, '');
  // UTF-8 text holds a C1 control only where the bytes hold C2 80–9F; finding none skips a scan of the text.
  const text = charset === 'utf-8' && !hasUtf8C1Control(buffer) ? withoutBom : repairC1Controls(withoutBom);
  if (text.trim().length === 0) throw new ParseError('empty', 'payload is only whitespace');
  return { bytes, text, contentType, url, json: parseJsonIfShaped(text) };
}

/** C1 control characters, which no real text uses; they appear when windows-1252 bytes were mislabelled. */
const C1_CONTROLS = /[\u0080-\u009f]/g;
const HAS_C1_CONTROL = /[\u0080-\u009f]/;

/**
 * Maps C1 controls to the windows-1252 characters their code points stand for (U+0092 → ’), as
 * browsers and feedparser do: text encoded from mislabelled windows-1252 carries them.
 */
export function repairC1Controls(text: string): string {
  if (!HAS_C1_CONTROL.test(text)) return text;
  return text.replace(C1_CONTROLS, (control) => iconv.decode(Buffer.from([control.charCodeAt(0)]), 'windows-1252'));
}

/** True when UTF-8 `bytes` encode a character U+0080–U+009F (lead byte C2, continuation 80–9F). */
function hasUtf8C1Control(bytes: Buffer): boolean {
  for (let index = bytes.indexOf(0xc2); index >= 0; index = bytes.indexOf(0xc2, index + 1)) {
    const next = bytes[index + 1];
    if (next !== undefined && next >= 0x80 && next <= 0x9f) return true;
  }
  return false;
}

function parseJsonIfShaped(text: string): unknown | undefined {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
