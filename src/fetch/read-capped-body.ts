/**
 * @module fetch/read-capped-body
 * Reads a response body through its content decoders, counting decoded bytes, and stops the moment
 * the cap is passed, so neither a huge body nor a decompression bomb is ever held in memory.
 */
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { contentDecoders } from './content-decoders.js';
import { FetchError } from './fetch-error.js';

export interface ReadCappedBodyOptions {
  /** The response's Content-Encoding header, or null. */
  contentEncoding: string | null;
  /** Most decoded bytes accepted. */
  maxBodyBytes: number;
  /** Aborts the read (the fetcher's total deadline). */
  signal: AbortSignal;
  /** For error messages. */
  url: string;
}

/**
 * The decoded body. Throws FetchError `too-large` once decoded bytes exceed `maxBodyBytes`,
 * `bad-encoding` for an unsupported coding or corrupt compressed data; rejects with the abort
 * reason when `signal` fires. The source stream is destroyed on every failure.
 */
export async function readCappedBody(body: Readable, options: ReadCappedBodyOptions): Promise<Uint8Array> {
  const { maxBodyBytes, url } = options;
  const decoding = contentDecoders(options.contentEncoding);
  if ('refusal' in decoding) {
    abandonBody(body);
    throw new FetchError('bad-encoding', `cannot decode ${url}: ${decoding.refusal}`, { url });
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      if (total <= maxBodyBytes) {
        chunks.push(chunk);
        return done();
      }
      done(
        new FetchError(
          'too-large',
          `${url} is larger than ${maxBodyBytes} bytes after decompression; stopped reading (raise fetch.maxBodyBytes if the source is legitimate)`,
          { url },
        ),
      );
    },
  });
  try {
    await pipeline([body, ...decoding.decoders, collect], { signal: options.signal });
  } catch (error) {
    if (error instanceof FetchError || options.signal.aborted) throw error;
    if (isZlibError(error)) {
      throw new FetchError(
        'bad-encoding',
        `cannot decode ${url}: corrupt ${options.contentEncoding} data (${error.message})`,
        {
          url,
          cause: error,
        },
      );
    }
    throw error;
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Closes a body nobody will read. undici emits an AbortError on a body destroyed without cause; nothing listens for it any more. */
export function abandonBody(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** zlib reports bad gzip/deflate data as Z_* codes and bad brotli data as ERR__ERROR_* codes. */
function isZlibError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__ERROR_'));
}
