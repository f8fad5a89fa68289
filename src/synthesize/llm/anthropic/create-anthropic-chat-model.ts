/**
 * @module synthesize/llm/anthropic/create-anthropic-chat-model
 * The Anthropic Messages API adapter. `url` is the API base, e.g. `https://api.anthropic.com`.
 */
import { LlmError, type ChatModel } from '../chat-model.js';
import type { JsonClient } from '../../../fetch/fetched-page.js';
import { postToModel } from '../post-to-model.js';

/** The Messages API version this adapter speaks (sent as `anthropic-version`). */
export const ANTHROPIC_API_VERSION = '2023-06-01';

export interface AnthropicChatModelOptions {
  url: string;
  model: string;
  apiKey: string | null;
  timeoutMs: number;
  /** The HTTP port (the fetcher's JSON client), injected by the composition root or a test. */
  http: JsonClient;
}

interface MessagesResponse {
  model?: string;
  content?: Array<{ type?: string; text?: string }>;
  stop_reason?: string;
}

/** A ChatModel on `${url}/v1/messages`: temperature 0, the text blocks joined, refusals and truncation as LlmErrors. */
export function createAnthropicChatModel(options: AnthropicChatModelOptions): ChatModel {
  const endpoint = `${options.url.replace(/\/+$/, '')}/v1/messages`;
  return {
    name: `anthropic ${options.model}`,
    async complete(request) {
      const answer = (await postToModel(options.http, {
        url: endpoint,
        headers: {
          'anthropic-version': ANTHROPIC_API_VERSION,
          ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
        },
        timeoutMs: options.timeoutMs,
        body: {
          model: options.model,
          max_tokens: request.maxTokens,
          temperature: 0,
          system: request.system,
          messages: request.messages,
        },
      })) as MessagesResponse;
      if (!Array.isArray(answer.content))
        throw new LlmError('invalid-response', 'the answer has no content array', true);
      if (answer.stop_reason === 'refusal') throw new LlmError('refused', 'the model refused to answer', false);
      const text = answer.content
        .filter((block) => block.type === 'text')
        .map((block) => block.text ?? '')
        .join('');
      if (answer.stop_reason === 'max_tokens')
        throw new LlmError('truncated', `the answer was cut off at max_tokens (${request.maxTokens})`, true);
      return { text, model: answer.model ?? options.model };
    },
  };
}
