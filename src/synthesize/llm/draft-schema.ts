/**
 * @module synthesize/llm/draft-schema
 * The one JSON shape every model must answer in: a story whose every sentence cites record handles
 * ("R1", "R2"…), and the JSON Schema sent to APIs that enforce structured output.
 */
import { z } from 'zod';

const sentence = z.object({ text: z.string().min(1), cite: z.array(z.string()) });

export const modelDraftSchema = z.object({
  headline: sentence,
  dek: sentence,
  sections: z
    .array(z.object({ title: z.string().min(1), sentences: z.array(sentence).min(1) }))
    .min(1)
    .max(6),
  quotes: z.array(z.object({ handle: z.string(), quote: z.string().min(1), text: z.string().min(1) })).default([]),
  storySoFar: z.array(sentence).default([]),
  faq: z
    .array(z.object({ question: z.string().min(1), askedIn: z.array(z.string()), answer: z.array(sentence) }))
    .default([]),
});
export type ModelDraft = z.infer<typeof modelDraftSchema>;

const sentenceJson = {
  type: 'object',
  properties: { text: { type: 'string' }, cite: { type: 'array', items: { type: 'string' } } },
  required: ['text', 'cite'],
  additionalProperties: false,
};

/** The same shape as JSON Schema, for `response_format` and the prompt. */
export const MODEL_DRAFT_JSON_SCHEMA: Record<string, unknown> = {
  type: 'object',
  properties: {
    headline: sentenceJson,
    dek: sentenceJson,
    sections: {
      type: 'array',
      minItems: 1,
      maxItems: 6,
      items: {
        type: 'object',
        properties: { title: { type: 'string' }, sentences: { type: 'array', items: sentenceJson } },
        required: ['title', 'sentences'],
        additionalProperties: false,
      },
    },
    quotes: {
      type: 'array',
      items: {
        type: 'object',
        properties: { handle: { type: 'string' }, quote: { type: 'string' }, text: { type: 'string' } },
        required: ['handle', 'quote', 'text'],
        additionalProperties: false,
      },
    },
    storySoFar: { type: 'array', items: sentenceJson },
    faq: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          question: { type: 'string' },
          askedIn: { type: 'array', items: { type: 'string' } },
          answer: { type: 'array', items: sentenceJson },
        },
        required: ['question', 'askedIn', 'answer'],
        additionalProperties: false,
      },
    },
  },
  required: ['headline', 'dek', 'sections', 'quotes', 'storySoFar', 'faq'],
  additionalProperties: false,
};

/**
 * The draft in a model's answer: the JSON object itself, or one inside a ```json fence or prose.
 * Returns the zod error message when there is none or it does not fit.
 */
export function readModelDraft(text: string): { draft: ModelDraft } | { error: string } {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return { error: 'the answer holds no JSON object' };
  let json: unknown;
  try {
    json = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    return { error: `the answer is not valid JSON (${(error as Error).message})` };
  }
  const parsed = modelDraftSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `the JSON does not fit the schema at ${issue.path.join('.') || 'the root'}: ${issue.message}` };
  }
  return { draft: parsed.data };
}
