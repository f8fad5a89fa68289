/**
 * @module synthesize/classical/write-event-headline
 * Headlines that say what happened: the story's main claim as its source wrote it, subject first
 * ("Northline Rail will run 40 fewer trains each weekday from December 13"), cut at a clause
 * boundary. Who said it first is the dek's to tell (write-headline).
 */
import { findFigures } from '../../enrich/find-figures.js';
import type { ClaimGroup, Sentence, SourceRecord } from '../../model/index.js';
import { hasInjection } from '../../enrich/find-injections.js';
import { capitalise } from './attribution.js';
import type { CaseHints } from './frame-sentence.js';
import { stripDateline } from './strip-dateline.js';
import type { StoryContext } from './story-context.js';

/**
 * Event headline length in words. The reference page's headlines run 10–14; a who-did-what clause
 * is already whole in six ("Loom 4.2 is out: faster replication").
 */
export const EVENT_HEADLINE_WORDS = { min: 6, max: 14 } as const;

/** An opening adverbial the headline drops ("At 01:37 UTC on 24 November 2026, …"): at most this many words before its comma. */
const MAX_OPENING_WORDS = 8;
const OPENING_ADVERBIAL = /^(?:At|On|In|After|Since|Earlier|Late|Early|Last|This|Overnight)\b[^,]*,\s+/u;

/** Words that begin a new clause: a headline may end before them (a relative clause only after the main verb, see {@link lastClauseCut}). */
const CLAUSE_STARTERS = new Set(
  'which who whose after as while because but and since including driven following amid according for with than when where so despite before until'.split(
    ' ',
  ),
);
const RELATIVES = new Set(['which', 'who', 'whose']);
/**
 * Claims whose figure is contested, and any statement giving a disputed figure's value: stated alone
 * as fact they would take a side (the verifier's consistency layer drops them; the dispute headline gives both).
 */
const CONTESTED: ReadonlySet<ClaimGroup['status']> = new Set(['disputed', 'corrected']);
/** Statements in the first or second person, or with quoted words, are voices, not events. */
const VOICE = /\b(?:i|i'm|i've|i'd|me|my|we|we're|we've|our|us|you|your)\b|["“”]/iu;

/**
 * Headlines from the story's claims, best first: statements that open with a name and mention the
 * story's main entity first, then by independent sources, records, press before community. Each
 * cites the record whose words it is.
 */
export function eventHeadlines(context: StoryContext): Sentence[] {
  const byId = new Map(context.input.records.map((record) => [record.id, record]));
  const ranked: Array<{ sentence: Sentence; key: number[] }> = [];
  for (const [order, claim] of context.input.claims.entries()) {
    if (CONTESTED.has(claim.status)) continue;
    // Press copy states the event; a community post reacts to it.
    const mentions = [...claim.mentions].sort(
      (a, b) => pressFirst(byId.get(b.recordId)) - pressFirst(byId.get(a.recordId)),
    );
    for (const mention of mentions) {
      const record = byId.get(mention.recordId);
      if (!record || hasInjection(mention.text) || statesDisputedFigure(mention.text, context)) continue;
      const text = headlineOf(mention.text, context.hints, context.entity);
      if (!text) continue;
      const aboutEntity = context.entity !== null && text.includes(context.entity) ? 1 : 0;
      // A record's own title is its headline for the event: preferred among claims stated as widely.
      const isTitle = record.title?.trim() === mention.text.trim() ? 1 : 0;
      ranked.push({
        sentence: { text, citations: [record.id] },
        key: [aboutEntity, claim.independentSources, claim.recordIds.length, isTitle, pressFirst(record), -order],
      });
      break;
    }
  }
  ranked.sort((a, b) => compareKeys(b.key, a.key));
  const seen = new Set<string>();
  return ranked
    .map((entry) => entry.sentence)
    .filter((sentence) => !seen.has(sentence.text) && seen.add(sentence.text));
}

/**
 * A statement as a headline: dateline, an opening adverbial, a release's "today" and brackets
 * dropped; it must open with a name; cut at the last clause boundary within
 * {@link EVENT_HEADLINE_WORDS}. Null when it opens otherwise, speaks in a voice, or has no such cut.
 */
export function headlineOf(statement: string, hints: CaseHints, entity: string | null): string | null {
  let text = stripDateline(statement.trim());
  const opening = OPENING_ADVERBIAL.exec(text)?.[0];
  if (opening && opening.split(/\s+/u).length <= MAX_OPENING_WORDS + 1) text = capitalise(text.slice(opening.length));
  // A bracket or a relative clause between commas ("The satellite, which tracks storms, shows …") is dropped: the main clause reads on.
  text = text
    .replace(/\s*\([^)]{1,40}\)/gu, '')
    .replace(/,\s+(?:which|who|whose)\b[^,]*,/gu, '')
    .replace(/^(\S+(?:\s\p{Lu}\S*)*)\s+today\s+(?=\p{Ll})/u, '$1 ');
  if (/\?\s*$/u.test(text) || VOICE.test(text) || !opensWithName(text, hints, entity)) return null;
  const words = text.split(/\s+/u).filter(Boolean);
  const kept = words.length <= EVENT_HEADLINE_WORDS.max ? words.length : lastClauseCut(words);
  if (kept < EVENT_HEADLINE_WORDS.min) return null;
  return words
    .slice(0, kept)
    .join(' ')
    .replace(/[\s,;:.!—–-]+$/u, '');
}

/** Whether the first word (after "The") is a name: the story writes it capitalised away from a sentence's start, and never lowercase unless the main entity holds it. */
function opensWithName(text: string, hints: CaseHints, entity: string | null): boolean {
  const first = /^(?:The\s+)?([\p{L}][\p{L}'’-]*)/u.exec(text)?.[1];
  if (!first || !/^\p{Lu}/u.test(first)) return false;
  const key = first.toLowerCase();
  if (!hints.capitalised.has(key)) return false;
  return !hints.lower.has(key) || (entity?.split(/\s+/u).some((word) => word.toLowerCase().startsWith(key)) ?? false);
}

/** The most words that end a clause within the maximum: before a clause starter or after a comma, colon, semicolon or dash; 0 when none does. */
function lastClauseCut(words: readonly string[]): number {
  for (let kept = EVENT_HEADLINE_WORDS.max; kept >= EVENT_HEADLINE_WORDS.min; kept -= 1) {
    const last = words[kept - 1]!;
    const next = words[kept] ?? '';
    // "The satellite, which tracks storms" has no verb yet: a relative clause right after the first comma is not a cut.
    const relativeAfterSubject =
      RELATIVES.has(next) && /,$/u.test(last) && words.slice(0, kept - 1).every((word) => !/[,;:]$/u.test(word));
    if (relativeAfterSubject) continue;
    if (/[,;:]$/u.test(last) || /^[—–-]$/u.test(next) || CLAUSE_STARTERS.has(next)) return kept;
  }
  return 0;
}

function pressFirst(record: SourceRecord | undefined): number {
  return record?.kind === 'press' ? 1 : 0;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (const [index, value] of a.entries()) if (value !== b[index]) return value - b[index]!;
  return 0;
}

/** True when `text` gives a value of one of the story's disputed figures, in that figure's unit, however written. */
export function statesDisputedFigure(text: string, context: Pick<StoryContext, 'disputes'>): boolean {
  const figures = findFigures(text);
  return context.disputes.some((dispute) =>
    figures.some(
      (figure) => figure.unit === dispute.unit && dispute.values.some((value) => value.value === figure.value),
    ),
  );
}
