/**
 * Planted errors of meaning for the verification eval, built at run time from real record sentences:
 * a word reversed into its opposite, an invented detail (a cause, an actor, a place, a time), an
 * overgeneralised quantifier, and two figures swapped between their slots. The word lists here are the
 * eval's own, written apart from the verifier's tables, so that a plant is not caught by construction.
 */
import type { Sentence, SourceRecord } from '../../src/model/index.js';
import { extractQuantities } from '../../src/enrich/extract-quantities.js';
import { tokenize } from '../../src/enrich/tokenize.js';

/** A story of the eval: its records, by id, and the facts the verifier computes once per story. */
export interface PlantStory {
  id: string;
  records: SourceRecord[];
  byId: Map<string, SourceRecord>;
}

/** One planted case: its type and the sentence that carries the error. */
export interface MeaningPlant<S extends PlantStory> {
  type: string;
  story: S;
  sentence: Sentence;
}

/** Cases per type at most; each type needs at least 50 (issue 16), and one story gives at most three. */
const MAX_PER_TYPE = 150;
const MAX_PER_STORY = 3;

/** Opposites as a reporter would misstate them, written one way per line: "rose" for "fell", "outside" for "within". */
const REVERSALS: Readonly<Record<string, string>> = Object.fromEntries(
  `rose fell|fell rose|rise fall|rising falling|rises falls|increased decreased|increase decrease|increases decreases
  higher lower|lower higher|more fewer|less more|fewer more|largest smallest|biggest smallest|highest lowest
  lowest highest|approved rejected|rejected approved|accepted rejected|won lost|lost won|allowed banned
  banned allowed|allow ban|ban allow|blocked allowed|supported opposed|support oppose|oppose support
  opposed supported|before after|after before|within outside|inside outside|outside inside|above below
  below above|gained lost|success failure|succeeded failed|failed succeeded|legal illegal|illegal legal
  safe unsafe|permanent temporary|temporary permanent|earlier later|later earlier|strengthen weaken
  lifted imposed|imposed lifted|opened closed|closed opened|confirmed denied|denied confirmed
  majority minority|minority majority|optimistic pessimistic|guilty innocent|strong weak|weak strong
  positive negative|negative positive|maximum minimum|began ended|started ended|hired fired
  included excluded|boost cut|raised lowered|restored suspended|reinstated suspended|suspended reinstated
  wider narrower|full partial|public private|private public|domestic foreign|foreign domestic
  heavy light|long short|young old|rich poor|poor rich|possible impossible|likely unlikely
  unlikely likely|true false|false true|easy difficult|difficult easy|vaccinated unvaccinated
  unvaccinated vaccinated|mandatory voluntary|voluntary mandatory|dead alive|expanded reduced|growing shrinking`
    .split(/[|\n]/)
    .map((pair) => pair.trim().split(' ') as [string, string]),
);

/** New facts nobody reported, each a cause, an actor, a place or a time. */
const DETAILS = [
  'because of a pay dispute',
  'amid protests by dairy farmers',
  'following a late-night meeting with union leaders',
  'over concerns about water contamination',
  'at the request of hospital administrators',
  'during a visit to a flooded village',
  'in a small fishing town near the coast',
  'on the orders of a regional governor',
  'after a tip from a retired detective',
  'because of a shortage of paper ballots',
  'during a thunderstorm overnight',
  'in the basement of a downtown hotel',
  'under pressure from tobacco lobbyists',
  'with the help of a wealthy donor',
  'at a fundraiser in the mountains',
  'as truckers blocked the highway',
  'after a chemical leak at a fertilizer plant',
  'because of a software glitch at the airport',
  'on the eve of a holiday weekend',
  'after a bitter quarrel with his brother',
  'in a hangar outside the city',
  'to settle a bet with a rival',
  'at the urging of church elders',
  'after a fire destroyed the archive',
];

/** Quantifiers that claim a whole group, each planted where the sentence makes no such claim. */
const QUANTIFIER_EDITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:some|many|several)\b/, 'all'],
  [/\bvoted\b(?! unanimously)/, 'voted unanimously'],
  [/^(?:The|Those|These) (\p{Ll}+s)\b/u, 'All the $1'],
  [/\b(\p{Ll}{4,}s) (said|say|agreed|argued|believe|want|oppose|support)\b/u, '$1 all $2'],
  [/\b(is|are|was|were|has|have) (?!not|no\b)/, '$1 always '],
  [/\ba (\p{Ll}{4,})\b/u, 'every $1'],
];
const UNIVERSAL = /\b(?:all|every|each|both|none|nobody|always|never|unanimous(?:ly)?|entire|whole|most)\b/i;

/** Replaces the whole word `from` with `to`, keeping a capital at the start. */
function replaceWord(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`\\b${from}\\b`), to);
}

function reversed(text: string): string | null {
  const words = text.split(/[^\p{L}]+/u);
  for (const word of words) {
    const opposite = REVERSALS[word];
    // "private and private sectors" says nothing opposite: skip a word whose opposite is already there.
    if (opposite && !words.includes(opposite)) return replaceWord(text, word, opposite);
  }
  return null;
}

function withDetail(text: string, record: SourceRecord, seed: number): string | null {
  const held = new Set(tokenize(`${record.title ?? ''} ${record.text}`));
  for (let step = 0; step < DETAILS.length; step += 1) {
    const detail = DETAILS[(seed + step) % DETAILS.length]!;
    if (tokenize(detail).some((word) => word.length > 3 && held.has(word))) continue;
    return `${text.replace(/[.!]$/, '')}, ${detail}.`;
  }
  return null;
}

function overgeneralised(text: string): string | null {
  if (UNIVERSAL.test(text)) return null;
  for (const [pattern, replacement] of QUANTIFIER_EDITS)
    if (pattern.test(text)) return text.replace(pattern, replacement);
  return null;
}

/**
 * Figures inside a date ("March 14", "9/11", "Oct. 15") are not slots to swap, nor a conversion of the
 * figure before it ("€1,500, or $1,760", "109-mile (175km)"): both name one value.
 */
const IN_DATE = /(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$|\/\s*$|\(\s*$|\bor\s*$)/i;

function swappedFigures(text: string): string | null {
  const figures = extractQuantities(text).filter((figure) => {
    const at = text.indexOf(figure.raw);
    return at >= 0 && !IN_DATE.test(text.slice(0, at)) && text[at + figure.raw.length] !== '/';
  });
  const a = figures[0];
  const b = figures.find((each) => each.raw !== a?.raw && each.value !== a?.value);
  if (!a || !b || text.indexOf(a.raw) < 0 || text.indexOf(b.raw) < 0) return null;
  const placeholder = '\u0000';
  return text.replace(a.raw, placeholder).replace(b.raw, a.raw).replace(placeholder, b.raw);
}

/**
 * The four planted types over `bases` (real record sentences fit to be stated, with their story and
 * record), each framed the way the engine frames a record ("According to outlet, …"), at most
 * {@link MAX_PER_TYPE} per type and {@link MAX_PER_STORY} per story and type.
 */
export function plantMeaningErrors<S extends PlantStory>(
  bases: ReadonlyArray<{ story: S; record: SourceRecord; text: string }>,
): Array<MeaningPlant<S>> {
  const makers: Record<string, (text: string, record: SourceRecord, seed: number) => string | null> = {
    'antonym-reversal': reversed,
    'invented-detail': withDetail,
    'overgeneralised-quantifier': overgeneralised,
    'swapped-figures': swappedFigures,
  };
  const plants: Array<MeaningPlant<S>> = [];
  for (const [type, make] of Object.entries(makers)) {
    const perStory = new Map<string, number>();
    let count = 0;
    for (const [index, { story, record, text }] of bases.entries()) {
      if (count >= MAX_PER_TYPE || (perStory.get(story.id) ?? 0) >= MAX_PER_STORY) continue;
      const planted = make(text, record, index);
      if (!planted || planted === text) continue;
      const venue = record.venue ?? 'The outlet';
      plants.push({ type, story, sentence: { text: `According to ${venue}, ${planted}`, citations: [record.id] } });
      perStory.set(story.id, (perStory.get(story.id) ?? 0) + 1);
      count += 1;
    }
  }
  return plants;
}
