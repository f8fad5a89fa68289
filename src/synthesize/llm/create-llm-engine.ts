/**
 * @module synthesize/llm/create-llm-engine
 * An EditorialModel on a chat model: the prompt, structured output, bounded retries with backoff,
 * a repair loop that sends back each sentence the verifier failed with its reason, and a fallback
 * to the classical engine that the Methodology states.
 */
import type { SourceRecord } from '../../model/index.js';
import { attributionOf } from '../classical/attribution.js';
import type { EditorialInput, EditorialModel, StoryDraft } from '../editorial-model.js';
import { LlmError, type ChatMessage, type ChatModel } from './chat-model.js';
import { buildPrompt } from './build-prompt.js';
import { MODEL_DRAFT_JSON_SCHEMA, readModelDraft, type ModelDraft } from './draft-schema.js';

/** Version of the prompt and mapping; bump when the same answers would map differently. */
export const LLM_ENGINE_VERSION = '1.0.0';

/**
 * Defaults: three attempts per call (the first and two retries), one repair round, a first backoff of
 * one second doubling, and at most a minute's wait on a server's Retry-After: one that asks for longer
 * is down for this build, and the classical engine writes the story instead.
 */
export const LLM_ENGINE_DEFAULTS = {
  maxAttempts: 3,
  maxRepairRounds: 1,
  maxTokens: 4_096,
  backoffMs: 1_000,
  maxRetryAfterMs: 60_000,
} as const;

/** A sentence the reviewer failed, with the reason given back to the model. */
export interface ReviewFailure {
  text: string;
  reason: string;
}

export interface LlmEngineOptions {
  model: ChatModel;
  /** Writes the story when the model cannot (the classical engine). */
  fallback: EditorialModel;
  /** The verifier, injected by the composition root: every failing sentence of a draft. */
  review?: (draft: StoryDraft, records: readonly SourceRecord[]) => ReviewFailure[];
  maxAttempts?: number;
  maxRepairRounds?: number;
  maxTokens?: number;
  backoffMs?: number;
  /** Longest Retry-After waited out (ms); a longer one ends the attempts. Default LLM_ENGINE_DEFAULTS.maxRetryAfterMs. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export function createLlmEngine(options: LlmEngineOptions): EditorialModel {
  const settings = { ...LLM_ENGINE_DEFAULTS, ...withoutUndefined(options) };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const { model } = options;

  /** One answer that parses as a draft: retries transient failures with backoff, and asks again once per malformed answer. */
  async function askForDraft(system: string, messages: ChatMessage[]): Promise<ModelDraft> {
    let lastError: LlmError | null = null;
    for (let attempt = 0; attempt < settings.maxAttempts; attempt += 1) {
      if (attempt > 0) await sleep(lastError?.retryAfterMs ?? settings.backoffMs * 2 ** (attempt - 1));
      try {
        const answer = await model.complete({
          system,
          messages,
          maxTokens: settings.maxTokens,
          jsonSchema: { name: 'story_draft', schema: MODEL_DRAFT_JSON_SCHEMA },
        });
        const read = readModelDraft(answer.text);
        if ('draft' in read) return read.draft;
        lastError = new LlmError('invalid-response', read.error, true);
        messages = [
          ...messages,
          { role: 'assistant', content: answer.text.slice(0, 20_000) },
          {
            role: 'user',
            content: `That answer cannot be used: ${read.error}. Answer again with the one JSON object only.`,
          },
        ];
      } catch (error) {
        if (!(error instanceof LlmError)) throw error;
        lastError = error;
        if (!error.retryable || (error.retryAfterMs ?? 0) > settings.maxRetryAfterMs) throw error;
      }
    }
    throw lastError ?? new LlmError('invalid-response', 'no answer', false);
  }

  return {
    name: model.name,
    version: LLM_ENGINE_VERSION,
    thresholds: {
      maxAttempts: settings.maxAttempts,
      maxRepairRounds: settings.maxRepairRounds,
      maxTokens: settings.maxTokens,
    },
    async writeStory(input: EditorialInput): Promise<StoryDraft> {
      const prompt = buildPrompt(input);
      let messages: ChatMessage[] = [{ role: 'user', content: prompt.user }];
      try {
        let draft = toStoryDraft(await askForDraft(prompt.system, messages), prompt.handles, input.records);
        let rounds = 0;
        for (; rounds < settings.maxRepairRounds && options.review; rounds += 1) {
          const failures = options.review(draft, input.records);
          if (failures.length === 0) break;
          messages = [
            ...messages,
            { role: 'assistant', content: JSON.stringify(fromStoryDraft(draft, prompt.handles)) },
            { role: 'user', content: repairRequest(failures) },
          ];
          draft = toStoryDraft(await askForDraft(prompt.system, messages), prompt.handles, input.records);
        }
        return {
          ...draft,
          provenance: {
            engine: { name: model.name, version: LLM_ENGINE_VERSION },
            fallbackReason: null,
            repairRounds: rounds,
          },
        };
      } catch (error) {
        if (!(error instanceof LlmError)) throw error;
        const draft = await options.fallback.writeStory(input);
        return {
          ...draft,
          provenance: {
            engine: { name: options.fallback.name, version: options.fallback.version },
            fallbackReason: `${model.name}: ${error.message}`,
            repairRounds: 0,
          },
        };
      }
    },
  };
}

/** The verifier's verdicts, sentence by sentence, as the model reads them. */
function repairRequest(failures: readonly ReviewFailure[]): string {
  const lines = failures.map((failure, index) => `${index + 1}. "${failure.text}" — ${failure.reason}`);
  return `The verifier rejected these sentences against the cited records:\n${lines.join('\n')}\nReturn the whole JSON object again with each of them corrected from the records or removed. Change nothing else.`;
}

/** Handles to record ids; an unknown handle stays visible as such, so the verifier's citation layer refuses it. */
function toStoryDraft(
  draft: ModelDraft,
  handles: ReadonlyMap<string, string>,
  records: readonly SourceRecord[],
): StoryDraft {
  const ids = (cite: readonly string[]) =>
    cite.map((handle) => handles.get(handle.trim()) ?? `unknown-handle:${handle}`);
  const sentence = (value: { text: string; cite: string[] }) => ({ text: value.text, citations: ids(value.cite) });
  const byId = new Map(records.map((record) => [record.id, record]));
  return {
    headline: sentence(draft.headline),
    dek: sentence(draft.dek),
    sections: draft.sections.map((section) => ({ title: section.title, sentences: section.sentences.map(sentence) })),
    quotes: draft.quotes.flatMap((quote) => {
      const [id] = ids([quote.handle]);
      const record = byId.get(id!);
      return record && record.kind === 'community'
        ? [
            {
              sentence: { text: quote.text, citations: [id!] },
              quote: quote.quote,
              attribution: attributionOf(record),
              platform: record.platform,
            },
          ]
        : [];
    }),
    storySoFar: draft.storySoFar.map(sentence),
    faq: draft.faq.map((item) => ({
      question: item.question,
      askedIn: ids(item.askedIn),
      answer: item.answer.map(sentence),
    })),
  };
}

/** The draft back in the model's own terms, for the repair conversation. */
function fromStoryDraft(draft: StoryDraft, handles: ReadonlyMap<string, string>): ModelDraft {
  const handleOf = new Map([...handles].map(([handle, id]) => [id, handle]));
  const cite = (citations: readonly string[]) => citations.map((id) => handleOf.get(id) ?? id);
  const sentence = (value: { text: string; citations: string[] }) => ({
    text: value.text,
    cite: cite(value.citations),
  });
  return {
    headline: sentence(draft.headline),
    dek: sentence(draft.dek),
    sections: draft.sections.map((section) => ({ title: section.title, sentences: section.sentences.map(sentence) })),
    quotes: draft.quotes.map((quote) => ({
      handle: cite(quote.sentence.citations)[0] ?? '',
      quote: quote.quote,
      text: quote.sentence.text,
    })),
    storySoFar: draft.storySoFar.map(sentence),
    faq: draft.faq.map((item) => ({
      question: item.question,
      askedIn: cite(item.askedIn),
      answer: item.answer.map(sentence),
    })),
  };
}

function withoutUndefined(options: LlmEngineOptions): Partial<typeof LLM_ENGINE_DEFAULTS> {
  const picked: Partial<Record<keyof typeof LLM_ENGINE_DEFAULTS, number>> = {};
  for (const key of Object.keys(LLM_ENGINE_DEFAULTS) as Array<keyof typeof LLM_ENGINE_DEFAULTS>) {
    if (options[key] !== undefined) picked[key] = options[key];
  }
  return picked as Partial<typeof LLM_ENGINE_DEFAULTS>;
}
