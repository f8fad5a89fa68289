/**
 * @module synthesize/classical/find-main-entity
 * The story's main named thing ("Lark Pro", "Vireo X90"): the capitalised phrase most records mention.
 */
import type { SourceRecord } from '../../model/index.js';
import { splitSentences } from '../../enrich/split-sentences.js';

/** Capitalised words that are not names of things. */
const NOT_ENTITY_WORDS = new Set(
  (
    'I The A An This That It He She We They My Our On In At For And But Or If When Not No Yes ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
);
/** A phrase of one to three capitalised words (or model names such as "X90", versions such as "Apache-2.0"). */
const PHRASE =
  /(?:\p{Lu}[\p{L}\p{N}-]*(?:\.\p{N}+)*|\p{N}+\p{Lu}[\p{L}\p{N}]*)(?:\s(?:\p{Lu}[\p{L}\p{N}-]*(?:\.\p{N}+)*|\p{Lu}?\p{N}+[\p{L}\p{N}]*)){0,2}/gu;

/** Weight of a phrase that a press headline uses: what the press names the story after. */
export const PRESS_TITLE_BONUS = 1.5;

/**
 * The phrase mentioned by the most records, favouring two- and three-word phrases (a product name
 * over its maker's bare name) and phrases in press headlines. Venues and authors are excluded unless
 * a press headline uses the name (a Discourse named "Loom" about the Loom database). Null when no
 * phrase is in two records.
 */
export function findMainEntity(records: readonly SourceRecord[]): string | null {
  const pressTitles = records
    .filter((record) => record.kind === 'press' && record.title)
    .map((record) => record.title!);
  const inPressTitle = (phrase: string): boolean =>
    pressTitles.some((title) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}($|[^\\p{L}\\p{N}])`, 'u').test(title),
    );
  const excluded = new Set(
    records
      .flatMap((record) => [record.venue, record.author])
      .filter((name): name is string => !!name && !inPressTitle(name)),
  );
  const recordsByPhrase = new Map<string, Set<string>>();
  for (const record of records) {
    for (const sentence of [record.title ?? '', ...splitSentences(record.text)]) {
      for (const match of sentence.matchAll(PHRASE)) {
        const words = match[0].split(' ');
        while (words.length > 0 && NOT_ENTITY_WORDS.has(words[0]!)) words.shift();
        if (words.length === 0 || words.some((word) => NOT_ENTITY_WORDS.has(word))) continue;
        const phrase = words.join(' ');
        if (excluded.has(phrase) || phrase.length < 3) continue;
        const seen = recordsByPhrase.get(phrase) ?? new Set<string>();
        seen.add(record.id);
        recordsByPhrase.set(phrase, seen);
      }
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [phrase, seen] of [...recordsByPhrase].sort(([a], [b]) => a.localeCompare(b))) {
    if (seen.size < 2) continue;
    const score =
      seen.size * (1 + 0.5 * (phrase.split(' ').length - 1)) * (inPressTitle(phrase) ? PRESS_TITLE_BONUS : 1);
    if (score > bestScore) {
      best = phrase;
      bestScore = score;
    }
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
