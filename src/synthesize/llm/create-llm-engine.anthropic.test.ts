import { describe, expect, it } from 'vitest';
import type { JsonClient } from '../../fetch/fetched-page.js';
import { createClassicalEngine } from '../classical/create-classical-engine.js';
import { createAnthropicChatModel } from './anthropic/create-anthropic-chat-model.js';
import { createLlmEngine } from './create-llm-engine.js';
import { faithfulAnswer, harbourInput } from './__fixtures__/harbour-story.js';
import { closeModelServersAfterEach, httpFor, noSleep, startModelServer } from './__fixtures__/llm-engine-harness.js';
import {
  anthropicAnswer,
  type ScriptedAnswer,
  type ScriptedModelServer,
} from './__fixtures__/start-scripted-model-server.js';

let server: ScriptedModelServer | undefined;
closeModelServersAfterEach();

describe('the LLM engine on the Anthropic Messages API', () => {
  async function anthropicEngine(script: ScriptedAnswer[]) {
    server = await startModelServer(script);
    const model = createAnthropicChatModel({
      url: server.url,
      model: 'test-model',
      apiKey: 'ak-test',
      timeoutMs: 5_000,
      http: httpFor(server.url),
    });
    return createLlmEngine({ model, fallback: createClassicalEngine(), sleep: noSleep });
  }

  it('sends the Messages request with its headers and reads the text blocks', async () => {
    const engine = await anthropicEngine([{ body: anthropicAnswer(JSON.stringify(faithfulAnswer())) }]);
    const draft = await engine.writeStory(harbourInput());
    expect(draft.provenance).toMatchObject({ fallbackReason: null, engine: { name: 'anthropic test-model' } });
    const [request] = server!.requests;
    expect(request!.path).toBe('/v1/messages');
    expect(request!.headers['x-api-key']).toBe('ak-test');
    expect(request!.headers['anthropic-version']).toBe('2023-06-01');
    expect(request!.body).toMatchObject({
      model: 'test-model',
      max_tokens: 4096,
      system: expect.stringContaining('DATA'),
    });
  });

  it('retries an overloaded 529 and a max_tokens stop, then succeeds', async () => {
    const engine = await anthropicEngine([
      { status: 529, body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } },
      { body: anthropicAnswer('{"headline":', 'max_tokens') },
      { body: anthropicAnswer(JSON.stringify(faithfulAnswer())) },
    ]);
    const draft = await engine.writeStory(harbourInput());
    expect(server!.requests).toHaveLength(3);
    expect(draft.provenance?.fallbackReason).toBeNull();
  });

  it('speaks through whatever JsonClient it is given: a recording fake stands in for the network', async () => {
    const posted: Array<{ url: string; headers?: Readonly<Record<string, string>> }> = [];
    const fake: JsonClient = {
      async postJson(url, request) {
        posted.push({ url, headers: request.headers });
        return { url, status: 200, body: anthropicAnswer(JSON.stringify(faithfulAnswer())) };
      },
    };
    const model = createAnthropicChatModel({
      url: 'https://api.anthropic.test/',
      model: 'test-model',
      apiKey: 'ak-test',
      timeoutMs: 5_000,
      http: fake,
    });
    const draft = await createLlmEngine({ model, fallback: createClassicalEngine(), sleep: noSleep }).writeStory(
      harbourInput(),
    );
    expect(draft.provenance?.fallbackReason).toBeNull();
    expect(posted).toEqual([
      {
        url: 'https://api.anthropic.test/v1/messages',
        headers: { 'anthropic-version': '2023-06-01', 'x-api-key': 'ak-test' },
      },
    ]);
  });

  it('falls back when the model stops with a refusal', async () => {
    const engine = await anthropicEngine([{ body: anthropicAnswer('', 'refusal') }]);
    expect((await engine.writeStory(harbourInput())).provenance?.fallbackReason).toMatch(/refused/);
  });
});
