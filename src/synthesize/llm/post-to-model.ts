/**
 * @module synthesize/llm/post-to-model
 * One JSON POST to a model API through the fetcher's JsonClient port, every way it can fail turned
 * into an LlmError the engine knows how to retry or fall back from.
 */
import type { JsonClient } from '../../fetch/fetched-page.js';
import { FetchError } from '../../fetch/fetch-error.js';
import { LlmError } from './chat-model.js';

/** Answers larger than this are runaway output, not an answer (a story's JSON is a few tens of KB). */
export const MAX_RESPONSE_BYTES = 2_000_000;

/** What one model call sends. */
export interface ModelPost {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  /** Deadline for the whole call (ms). */
  timeoutMs: number;
}

/** The parsed JSON of a 2xx answer; throws LlmError for every failure the port reports. */
export async function postToModel(http: JsonClient, post: ModelPost): Promise<unknown> {
  try {
    const answer = await http.postJson(post.url, {
      headers: post.headers,
      body: post.body,
      timeoutMs: post.timeoutMs,
      maxBodyBytes: MAX_RESPONSE_BYTES,
    });
    return answer.body;
  } catch (error) {
    throw error instanceof FetchError ? toLlmError(error, post.timeoutMs) : error;
  }
}

/** The LlmError for a FetchError: 429 is rate-limited, 503 and 529 overloaded, with the server's Retry-After. */
function toLlmError(error: FetchError, timeoutMs: number): LlmError {
  const cause = { cause: error };
  switch (error.code) {
    case 'timeout':
      return new LlmError('timeout', `the model API did not answer within ${timeoutMs} ms`, true, null, cause);
    case 'http-status': {
      const status = error.status ?? 0;
      const message = `the model API answered ${status} (${error.message})`;
      if (status === 429) return new LlmError('rate-limited', message, true, error.retryAfterMs, cause);
      if (status === 503 || status === 529) return new LlmError('overloaded', message, true, error.retryAfterMs, cause);
      return new LlmError('http', message, error.retryable, null, cause);
    }
    case 'too-large':
      return new LlmError(
        'invalid-response',
        `the model API's answer exceeds ${MAX_RESPONSE_BYTES} bytes`,
        true,
        null,
        cause,
      );
    case 'invalid-json':
    case 'bad-encoding':
      return new LlmError(
        'invalid-response',
        `the model API's answer cannot be read: ${error.message}`,
        true,
        null,
        cause,
      );
    default:
      return new LlmError('network', `cannot reach the model API: ${error.message}`, error.retryable, null, cause);
  }
}
