/**
 * @module parse/detect-charset
 * Works out which character encoding a payload's bytes are in, before anything reads them as text.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Where the charset came from, strongest evidence first. */
export type CharsetSource = 'bom' | 'content-type' | 'xml-prolog' | 'meta' | 'utf8-valid' | 'fallback';

export interface DetectedCharset {
  /** A name iconv-lite knows, lower-case. */
  charset: string;
  source: CharsetSource;
}

/** How far into the bytes the XML prolog and `<meta charset>` are looked for (HTML's prescan reads 1024; we allow longer heads). */
const PRESCAN_BYTES = 4096;

/** The fallback for bytes that are not valid UTF-8: what browsers assume for unlabeled Western pages (WHATWG Encoding). */
export const FALLBACK_CHARSET = 'windows-1252';

const XML_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i;
const META_CHARSET = /<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/**
 * The charset of `bytes`: BOM, then the Content-Type header's charset, then the XML prolog's
 * `encoding`, then `<meta charset>` / http-equiv; else UTF-8 when the bytes are valid UTF-8,
 * else windows-1252. A declared charset iconv-lite does not know is ignored.
 */
export function detectCharset(bytes: Uint8Array, contentType: string | null): DetectedCharset {
  const fromBom = charsetFromBom(bytes);
  if (fromBom) return { charset: fromBom, source: 'bom' };
  const declared: Array<[string | undefined, CharsetSource]> = [
    [contentType?.match(CONTENT_TYPE_CHARSET)?.[1], 'content-type'],
  ];
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const unmarked = charsetFromPrologPattern(bytes);
  if (unmarked) declared.push([unmarked, 'xml-prolog']);
  declared.push([head.match(XML_ENCODING)?.[1], 'xml-prolog'], [head.match(META_CHARSET)?.[1], 'meta']);
  for (const [name, source] of declared) {
    const charset = usableCharset(name);
    if (!charset) continue;
    // A page labelled UTF-8 whose bytes are not UTF-8 is nearly always windows-1252 in practice.
    if (charset === 'utf-8' && !isValidUtf8(bytes)) return { charset: FALLBACK_CHARSET, source: 'fallback' };
    return { charset, source };
  }
  return isValidUtf8(bytes)
    ? { charset: 'utf-8', source: 'utf8-valid' }
    : { charset: FALLBACK_CHARSET, source: 'fallback' };
}

/** True when `bytes` decode as UTF-8 without a single invalid sequence. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  // Node's native check validates without building the string a fatal TextDecoder would.
  return isUtf8(bytes);
}

function charsetFromBom(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  return null;
}

/** `<` or `<?` written in UTF-32 or UTF-16 without a BOM (XML 1.0 appendix F). */
function charsetFromPrologPattern(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return 'utf-16le';
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return 'utf-16be';
  return null;
}

function usableCharset(name: string | undefined): string | null {
  if (!name) return null;
  const lower = name.toLowerCase();
  // Pages labelled as Latin-1 or ASCII are decoded as windows-1252, as browsers do (WHATWG Encoding).
  if (lower === 'iso-8859-1' || lower === 'latin1' || lower === 'us-ascii' || lower === 'ascii') return 'windows-1252';
  if (lower === 'utf8') return 'utf-8';
  return iconv.encodingExists(lower) ? lower : null;
}
