/**
 * @module fetch/content-decoders
 * Turns a Content-Encoding header into the zlib streams that undo it, outermost coding first.
 */
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/**
 * At most two stacked codings: real servers send one, a misconfigured proxy may add a second; more is
 * treated as hostile (each layer multiplies what a small body can expand to).
 */
export const MAX_STACKED_CODINGS = 2;

/** Codings we decode. `x-gzip` is gzip's old name (RFC 9110 §8.4.1.3). Deflate is the zlib format (§8.4.1.2). */
const DECODER_FACTORIES: ReadonlyMap<string, () => Transform> = new Map([
  ['gzip', createGunzip],
  ['x-gzip', createGunzip],
  ['deflate', createInflate],
  ['br', createBrotliDecompress],
]);

/** What the body needs: decoders to apply in order, or why it cannot be decoded. */
export type ContentDecoding = { decoders: Transform[] } | { refusal: string };

/**
 * The decoders for a Content-Encoding value, in the order to apply them (the header lists codings in
 * the order they were applied, so they are undone last first). `identity` and empty entries are skipped;
 * an unknown coding or more than MAX_STACKED_CODINGS is refused.
 */
export function contentDecoders(contentEncoding: string | null): ContentDecoding {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length > MAX_STACKED_CODINGS) {
    return {
      refusal: `${codings.length} stacked content codings (${codings.join(', ')}); at most ${MAX_STACKED_CODINGS} are decoded`,
    };
  }
  const unknown = codings.find((coding) => !DECODER_FACTORIES.has(coding));
  if (unknown !== undefined) {
    return { refusal: `unsupported content coding "${unknown}"; gzip, deflate and br are decoded` };
  }
  return { decoders: codings.reverse().map((coding) => DECODER_FACTORIES.get(coding)!()) };
}
