/**
 * @module synthesize/llm/openai-compatible/create-openai-chat-model
 * The OpenAI-compatible Chat Completions adapter: OpenAI, and the local servers that speak the same
 * API (Ollama, vLLM, llama.cpp server). `url` is the API base, e.g. `http://127.0.0.1:11434/v1`.
 */
import { LlmError, type ChatModel } from '../chat-model.js';
import type { JsonClient } from '../../../fetch/fetched-page.js';
import { postToModel } from '../post-to-model.js';

export interface OpenAiChatModelOptions {
  url: string;
  model: string;
  apiKey: string | null;
  timeoutMs: number;
  /** The HTTP port (the fetcher's JSON client), injected by the composition root or a test. */
  http: JsonClient;
}

interface ChatCompletion {
  model?: string;
  choices?: Array<{ message?: { content?: string | null; refusal?: string | null }; finish_reason?: string }>;
}

/** A ChatModel on `${url}/chat/completions`: temperature 0, the JSON Schema as `response_format`, refusals and truncation as LlmErrors. */
export function createOpenAiChatModel(options: OpenAiChatModelOptions): ChatModel {
  const endpoint = `${options.url.replace(/\/+$/, '')}/chat/completions`;
  return {
    name: `openai-compatible ${options.model}`,
    async complete(request) {
      const answer = (await postToModel(options.http, {
        url: endpoint,
        headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
        timeoutMs: options.timeoutMs,
        body: {
          model: options.model,
          temperature: 0,
          max_tokens: request.maxTokens,
          messages: [{ role: 'system', content: request.system }, ...request.messages],
          ...(request.jsonSchema
            ? {
                response_format: {
                  type: 'json_schema',
                  json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema, strict: false },
                },
              }
            : {}),
        },
      })) as ChatCompletion;
      const choice = answer.choices?.[0];
      if (!choice?.message) throw new LlmError('invalid-response', 'the answer has no choices[0].message', true);
      if (choice.message.refusal)
        throw new LlmError('refused', `the model refused: ${choice.message.refusal.slice(0, 200)}`, false);
      if (choice.finish_reason === 'content_filter')
        throw new LlmError('refused', 'the provider filtered the answer', false);
      const text = choice.message.content ?? '';
      if (choice.finish_reason === 'length')
        throw new LlmError('truncated', `the answer was cut off at max_tokens (${request.maxTokens})`, true);
      return { text, model: answer.model ?? options.model };
    },
  };
}
