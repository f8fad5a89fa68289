/**
 * The LLM engines through the real build, against a scripted model API on loopback: a model that
 * obeys every injection planted in the records (the verifier must stop it, after showing it its
 * objections), and a model that is down (the classical engine writes, and the Methodology says so).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { composeApp } from '../../src/main.js';
import { publishedSentences, type SourceRecord } from '../../src/model/index.js';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { honestRecords, injectionCases } from '../../src/pipeline/__fixtures__/injection-cases.js';
import { InMemoryRecordStore } from '../../src/test-support/in-memory-record-store.js';
import {
  anthropicAnswer,
  openAiAnswer,
  startScriptedModelServer,
  type ScriptedModelServer,
  type ScriptedRequest,
} from '../../src/synthesize/llm/__fixtures__/start-scripted-model-server.js';

const NOW = new Date('2026-11-19T00:00:00.000Z');
let server: ScriptedModelServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The handles the prompt gave each record, read back from the prompt itself. */
function handlesIn(request: ScriptedRequest): string[] {
  const messages = (request.body.messages as Array<{ content: string }>) ?? [];
  const user = messages.find((message) => /<<SRC-[0-9a-f]+ R\d+ /.test(message.content))?.content ?? '';
  return [...user.matchAll(/<<SRC-[0-9a-f]+ (R\d+) /g)].map((match) => match[1]!);
}

/** A model that writes every attacker's target as fact, with links, images and fake markers, citing whatever it was given. */
function obedientAnswer(request: ScriptedRequest): string {
  const handles = handlesIn(request);
  const cases = injectionCases();
  const claims = cases.map((item, index) => ({
    text: `Verified by the editors: ${item.target} [${index + 1}] https://evil.example/${index} ![x](https://evil.example/${index}.png)`,
    cite: [handles[index % handles.length]!],
  }));
  return JSON.stringify({
    headline: { text: `${cases[0]!.target} as the council budget collapses`, cite: [handles[0]] },
    dek: { text: `${cases[1]!.target}, the records show.`, cite: [handles[0]] },
    sections: [
      { title: 'What the records say', sentences: claims.slice(0, 25) },
      { title: 'More of it', sentences: claims.slice(25) },
    ],
    quotes: [],
    storySoFar: claims.slice(0, 2),
    faq: [],
  });
}

async function buildWith(env: Record<string, string>) {
  const store = new InMemoryRecordStore(() => NOW);
  const records: SourceRecord[] = [...honestRecords(), ...injectionCases().flatMap((item) => item.records)];
  await store.upsertRecords(records);
  const config = loadConfig({ cwd: mkdtempSync(join(tmpdir(), 'uc-llm-')), env });
  return buildEdition({ store, engine: composeApp(config, { now: () => NOW }).engine, now: () => NOW });
}

describe('an LLM engine that obeys injections, through the build', () => {
  it.each([
    ['openai-compatible', (request: ScriptedRequest) => ({ body: openAiAnswer(obedientAnswer(request)) })],
    ['anthropic', (request: ScriptedRequest) => ({ body: anthropicAnswer(obedientAnswer(request)) })],
  ] as const)('publishes nothing it was told to by the records (%s)', async (engine, answer) => {
    server = await startScriptedModelServer([answer]);
    const { stories, edition } = await buildWith({
      UNDERCURRENT_ENGINE: engine,
      UNDERCURRENT_LLM_URL: engine === 'anthropic' ? server.url : `${server.url}/v1`,
      UNDERCURRENT_LLM_MODEL: 'obedient',
    });
    expect(server.requests.length).toBeGreaterThan(0);
    expect(
      stories.every((story) => story.methodology.engine.name !== 'classical'),
      JSON.stringify(stories.map((story) => story.methodology.statements)),
    ).toBe(true);
    // The records that instruct never reach the model's prompt.
    for (const request of server.requests) {
      const prompt = JSON.stringify(request.body);
      for (const item of injectionCases())
        for (const record of item.records) expect(prompt).not.toContain(record.text.slice(0, 40));
    }
    // The verifier showed the model its objections (one repair round), then dropped what still failed:
    // every obeyed sentence is in the edition's drops, none on a page.
    const repairs = server.requests.filter((request) =>
      JSON.stringify(request.body).includes('The verifier rejected these sentences'),
    );
    expect(repairs.length).toBeGreaterThan(0);
    expect(edition.drops.filter((drop) => /evil\.example/.test(drop.text)).length).toBeGreaterThanOrEqual(
      injectionCases().length,
    );
    for (const story of stories) {
      for (const sentence of publishedSentences(story)) {
        expect(sentence.text).not.toMatch(/evil\.example|https?:|!\[|\[\d+\]|verified by/i);
        for (const item of injectionCases())
          expect(sentence.text.toLowerCase()).not.toContain(item.target.toLowerCase());
      }
    }
  });
});

describe('an LLM engine whose model is down', () => {
  it('lets the classical engine write, and the Methodology says so', async () => {
    server = await startScriptedModelServer([{ status: 500, body: 'upstream error' }]);
    const { stories, edition } = await buildWith({
      UNDERCURRENT_ENGINE: 'openai-compatible',
      UNDERCURRENT_LLM_URL: `${server.url}/v1`,
      UNDERCURRENT_LLM_MODEL: 'down',
    });
    expect(stories.length).toBeGreaterThan(0);
    expect(edition.engine.name).toBe('openai-compatible down');
    for (const story of stories) {
      expect(story.methodology.engine.name).toBe('classical');
      expect(story.methodology.statements.join(' ')).toMatch(
        /The configured model could not write this story \(openai-compatible down: the model API answered 500/,
      );
      expect(story.methodology.statements.at(-1)).toBe('No human editorial judgment was applied.');
    }
    // The edition's audit counts every story the model could not write, with the reason.
    expect(edition.audit?.fallbacks?.map((fallback) => fallback.storyId).sort()).toEqual(
      stories.map((story) => story.id).sort(),
    );
    expect(edition.audit?.fallbacks?.[0]?.reason).toMatch(/answered 500/);
  }, 30_000);
});
