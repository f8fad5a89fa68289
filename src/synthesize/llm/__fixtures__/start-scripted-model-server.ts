/**
 * A model API on loopback that plays a script: each request gets the next step's answer (the last
 * step repeats), and every request is recorded. Answers follow the real shapes of the OpenAI Chat
 * Completions and Anthropic Messages APIs.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
  /** Wait this long before answering (to play a slow model). */
  delayMs?: number;
}

export interface ScriptedModelServer {
  url: string;
  requests: ScriptedRequest[];
  close(): Promise<void>;
}

export async function startScriptedModelServer(script: Array<ScriptedAnswer | ((request: ScriptedRequest) => ScriptedAnswer)>): Promise<ScriptedModelServer> {
  const requests: ScriptedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded: ScriptedRequest = { path: request.url ?? '/', headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') };
      requests.push(recorded);
      const step = script[Math.min(requests.length - 1, script.length - 1)]!;
      const answer = typeof step === 'function' ? step(recorded) : step;
      const send = () => {
        if (response.destroyed) return;
        response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
        response.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** An OpenAI Chat Completions answer carrying `content`. */
export function openAiAnswer(content: string, finishReason = 'stop', refusal: string | null = null): unknown {
  return {
    id: 'chatcmpl-test', object: 'chat.completion', created: 1_764_547_200, model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content: refusal ? null : content, refusal }, finish_reason: finishReason }],
    usage: { prompt_tokens: 1200, completion_tokens: 400, total_tokens: 1600 },
  };
}

/** An Anthropic Messages answer carrying `text`. */
export function anthropicAnswer(text: string, stopReason = 'end_turn'): unknown {
  return {
    id: 'msg_test', type: 'message', role: 'assistant', model: 'test-model', content: [{ type: 'text', text }],
    stop_reason: stopReason, stop_sequence: null, usage: { input_tokens: 1200, output_tokens: 400 },
  };
}
