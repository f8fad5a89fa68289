/**
 * @module synthesize/llm/post-json
 * One JSON POST to a model API with a total deadline, turning every way it can fail into an LlmError:
 * timeouts, 429 and 529 with Retry-After, other statuses, broken connections, bodies that are not JSON.
 */
import { request } from 'undici';
import { LlmError } from './chat-model.js';

/** Longest Retry-After honoured; a server asking for more is treated as down for this build. */
export const MAX_RETRY_AFTER_MS = 60_000;
/** Response bodies larger than this are runaway output, not an answer (a story's JSON is a few tens of KB). */
export const MAX_RESPONSE_BYTES = 2_000_000;

export interface PostJsonOptions {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
}

/** The parsed JSON of a 2xx answer. */
export async function postJson(options: PostJsonOptions): Promise<unknown> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Awaited<ReturnType<typeof request>>;
  try {
    response = await request(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: JSON.stringify(options.body),
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  } catch (error) {
    throw asLlmError(error, options.timeoutMs);
  }
  let text: string;
  try {
    text = await readCapped(response.body);
  } catch (error) {
    throw asLlmError(error, options.timeoutMs);
  }
  const status = response.statusCode;
  if (status === 429 || status === 529 || status === 503) {
    const code = status === 429 ? 'rate-limited' : 'overloaded';
    throw new LlmError(code, `the model API answered ${status}`, true, retryAfterMs(response.headers['retry-after']));
  }
  if (status < 200 || status >= 300) {
    throw new LlmError('http', `the model API answered ${status}: ${text.slice(0, 200)}`, status >= 500);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LlmError('invalid-response', `the model API's answer is not JSON: ${text.slice(0, 120)}`, true, null, {
      cause: error,
    });
  }
}

async function readCapped(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_RESPONSE_BYTES)
      throw new LlmError('invalid-response', `the model API's answer exceeds ${MAX_RESPONSE_BYTES} bytes`, true);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function asLlmError(error: unknown, timeoutMs: number): LlmError {
  if (error instanceof LlmError) return error;
  const name = (error as Error)?.name;
  const code = (error as { code?: string })?.code;
  if (
    name === 'TimeoutError' ||
    name === 'AbortError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return new LlmError('timeout', `the model API did not answer within ${timeoutMs} ms`, true, null, { cause: error });
  }
  return new LlmError(
    'network',
    `cannot reach the model API: ${(error as Error)?.message ?? String(error)}`,
    true,
    null,
    { cause: error },
  );
}

/** Retry-After as seconds or an HTTP date, in ms, capped; null when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now: number = Date.now()): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms)) : null;
}
