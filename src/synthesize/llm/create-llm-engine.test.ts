import { describe, expect, it } from 'vitest';
import type { FetcherOptions } from '../../fetch/create-fetcher.js';
import { closeModelServersAfterEach, httpFor, noSleep, startModelServer } from './__fixtures__/llm-engine-harness.js';
import { createClassicalEngine } from '../classical/create-classical-engine.js';
import { createLlmEngine, type LlmEngineOptions } from './create-llm-engine.js';
import { faithfulAnswer, harbourInput, harbourRecords } from './__fixtures__/harbour-story.js';
import {
  openAiAnswer,
  type ScriptedAnswer,
  type ScriptedModelServer,
} from './__fixtures__/start-scripted-model-server.js';
import { createOpenAiChatModel } from './openai-compatible/create-openai-chat-model.js';

let server: ScriptedModelServer | undefined;
closeModelServersAfterEach();

async function openAiEngine(
  script: ScriptedAnswer[],
  options: Partial<LlmEngineOptions> = {},
  timeoutMs = 5_000,
  fetcherOptions?: FetcherOptions,
) {
  server = await startModelServer(script);
  const model = createOpenAiChatModel({
    url: `${server.url}/v1`,
    model: 'test-model',
    apiKey: 'sk-test',
    timeoutMs,
    http: httpFor(server.url, fetcherOptions),
  });
  return createLlmEngine({ model, fallback: createClassicalEngine(), sleep: noSleep, ...options });
}

describe('the LLM engine on an OpenAI-compatible API', () => {
  it('sends the records fenced and datamarked as data, asks for the schema, and maps handles to record ids', async () => {
    const engine = await openAiEngine([{ body: openAiAnswer(JSON.stringify(faithfulAnswer())) }]);
    const records = harbourRecords();
    const draft = await engine.writeStory(harbourInput(records));
    expect(draft.provenance).toMatchObject({ fallbackReason: null, engine: { name: 'openai-compatible test-model' } });
    expect(draft.headline.citations).toEqual([records[0]!.id, records[1]!.id]);
    expect(draft.quotes[0]).toMatchObject({
      quote: 'The ferry keeps running through the winter.',
      platform: 'reddit',
      attribution: 'a poster on r/harbourcity',
    });

    const [request] = server!.requests;
    expect(request!.path).toBe('/v1/chat/completions');
    expect(request!.headers.authorization).toBe('Bearer sk-test');
    expect(request!.body).toMatchObject({
      model: 'test-model',
      temperature: 0,
      response_format: { type: 'json_schema' },
    });
    const [system, user] = request!.body.messages as Array<{ role: string; content: string }>;
    expect(system!.role).toBe('system');
    expect(system!.content).toMatch(/records are DATA/);
    const boundary = /<<(SRC-[0-9a-f]+) R1 /.exec(user!.content)![1]!;
    expect(user!.content).toContain(`${boundary}|The council passed the harbour budget 7-2`);
    expect(user!.content).toContain(`<</${boundary}>>`);
  });

  it('waits out a 429 with Retry-After and tries again', async () => {
    const engine = await openAiEngine([
      { status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'rate limited' } } },
      { body: openAiAnswer(JSON.stringify(faithfulAnswer())) },
    ]);
    const draft = await engine.writeStory(harbourInput());
    expect(server!.requests).toHaveLength(2);
    expect(draft.provenance?.fallbackReason).toBeNull();
  });

  it('gives up at once, for the classical engine, when Retry-After asks for longer than the engine waits', async () => {
    const engine = await openAiEngine([
      { status: 429, headers: { 'retry-after': '3600' }, body: { error: { message: 'rate limited' } } },
      { body: openAiAnswer(JSON.stringify(faithfulAnswer())) },
    ]);
    const draft = await engine.writeStory(harbourInput());
    expect(server!.requests).toHaveLength(1);
    expect(draft.provenance?.fallbackReason).toMatch(/answered 429/);
  });

  it('reaches a model on loopback only when the composition root allows its host', async () => {
    const engine = await openAiEngine([{ body: openAiAnswer(JSON.stringify(faithfulAnswer())) }], {}, 5_000, {});
    const draft = await engine.writeStory(harbourInput());
    expect(server!.requests).toHaveLength(0);
    expect(draft.provenance).toMatchObject({
      engine: { name: 'classical' },
      fallbackReason: expect.stringMatching(/cannot reach the model API: .*loopback address/),
    });
  });

  it('asks again after a truncated answer and after an answer that is not the schema', async () => {
    const engine = await openAiEngine([
      { body: openAiAnswer('{"headline": {"text": "Cut off', 'length') },
      { body: openAiAnswer('Here is the story: {"headline": "not an object"}') },
      { body: openAiAnswer(`\`\`\`json\n${JSON.stringify(faithfulAnswer())}\n\`\`\``) },
    ]);
    const draft = await engine.writeStory(harbourInput());
    expect(server!.requests).toHaveLength(3);
    expect(draft.provenance?.fallbackReason).toBeNull();
    const third = server!.requests[2]!.body.messages as Array<{ role: string; content: string }>;
    expect(third.at(-1)!.content).toMatch(/does not fit the schema at headline/);
  });

  it('falls back to the classical engine at once when the model refuses, and says why', async () => {
    const engine = await openAiEngine([{ body: openAiAnswer('', 'stop', 'I cannot help with that.') }]);
    const draft = await engine.writeStory(harbourInput());
    expect(server!.requests).toHaveLength(1);
    expect(draft.provenance).toMatchObject({
      engine: { name: 'classical' },
      fallbackReason: expect.stringMatching(/refused: I cannot help/),
    });
    expect(draft.sections.length).toBeGreaterThan(0);
  });

  it('falls back after every attempt times out', async () => {
    const engine = await openAiEngine(
      [{ body: openAiAnswer(JSON.stringify(faithfulAnswer())), delayMs: 1_000 }],
      { maxAttempts: 2 },
      150,
    );
    const draft = await engine.writeStory(harbourInput());
    expect(server!.requests).toHaveLength(2);
    expect(draft.provenance?.fallbackReason).toMatch(/did not answer within 150 ms/);
  });

  it('falls back on a server error that persists, and on runaway output', async () => {
    const engine = await openAiEngine([{ status: 500, body: 'internal error' }], { maxAttempts: 2 });
    expect((await engine.writeStory(harbourInput())).provenance?.fallbackReason).toMatch(/answered 500/);
    await server!.close();
    const runaway = await openAiEngine([{ body: openAiAnswer('x'.repeat(2_100_000)) }], { maxAttempts: 1 });
    expect((await runaway.writeStory(harbourInput())).provenance?.fallbackReason).toMatch(/exceeds/);
  });

  it('sends each sentence the reviewer fails back with its reason, and takes the revision', async () => {
    const wrong = faithfulAnswer({
      dek: {
        text: 'The Harbour Post reported that the council approved the budget by nine votes to two.',
        cite: ['R2'],
      },
    });
    const engine = await openAiEngine(
      [{ body: openAiAnswer(JSON.stringify(wrong)) }, { body: openAiAnswer(JSON.stringify(faithfulAnswer())) }],
      {
        review: (draft) =>
          /nine votes/.test(draft.dek.text)
            ? [{ text: draft.dek.text, reason: 'support: the cited records do not carry "nine"' }]
            : [],
      },
    );
    const draft = await engine.writeStory(harbourInput());
    expect(draft.dek.text).toMatch(/seven votes to two/);
    expect(draft.provenance?.repairRounds).toBe(1);
    const repair = server!.requests[1]!.body.messages as Array<{ role: string; content: string }>;
    expect(repair.at(-1)!.content).toContain('nine votes to two');
    expect(repair.at(-1)!.content).toContain('the cited records do not carry "nine"');
    expect(repair.at(-2)!.role).toBe('assistant');
  });

  it('keeps an unknown handle visible as such, for the verifier to refuse', async () => {
    const engine = await openAiEngine([
      { body: openAiAnswer(JSON.stringify(faithfulAnswer({ dek: { text: 'Something.', cite: ['R9'] } }))) },
    ]);
    expect((await engine.writeStory(harbourInput())).dek.citations).toEqual(['unknown-handle:R9']);
  });
});
