/**
 * @module synthesize/llm/chat-model
 * The port every chat API adapter implements (OpenAI-compatible, Anthropic): one request of system
 * text and messages in, the model's text out, every failure a typed LlmError.
 */

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  system: string;
  messages: ChatMessage[];
  maxTokens: number;
  /** A JSON Schema the answer must follow, for APIs that enforce one. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
}

export interface ChatResponse {
  text: string;
  /** The provider's model name as it reported it. */
  model: string;
}

export const LLM_ERROR_CODES = [
  'timeout',
  'rate-limited',
  'overloaded',
  'http',
  'network',
  'refused',
  'truncated',
  'invalid-response',
] as const;
export type LlmErrorCode = (typeof LLM_ERROR_CODES)[number];

/** A failed model call. `retryable` says whether the same request may succeed later; `retryAfterMs` is the server's hint. */
export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmError';
  }
}

export interface ChatModel {
  /** "openai-compatible" or "anthropic", with the configured model: "anthropic claude-x". */
  readonly name: string;
  complete(request: ChatRequest): Promise<ChatResponse>;
}
