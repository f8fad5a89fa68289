/**
 * @module verify/check-entities
 * Layer `entities`: every name in a sentence (a capitalised word or a model name such as "X90") is in
 * a cited record: its text, title, venue or author. The engine's own words for platforms and dates
 * are allowed; a sentence-initial word counts as a name only if it is not a common word.
 */
import type { SourceRecord } from '../model/index.js';
import { isStopWord } from '../enrich/stop-words.js';
import { citedRecords, withoutPublicationDates, type SentenceCheck } from './sentence-check.js';

/**
 * Names the engine writes itself: platforms and time zones. Month and day names are checked like any
 * name ("voted Thursday" where the source says Wednesday is an error); the dates the engine writes
 * from a cited record's publication time are taken out first.
 */
const ENGINE_NAMES = new Set('Reddit Hacker News Bluesky Mastodon Discourse UTC GMT'.split(' '));

/**
 * The engine's own words that may open a clause capitalised ("Asked …", "Readers …"), beside stop words.
 */
const FRAME_WORDS = new Set(
  (
    'according asked answered added argued reported wrote said says noted posted replied claimed found raised ' +
    'readers reader members member users user commenters commenter posters poster critics community press ' +
    'starting since after before later earlier meanwhile still yet however both either neither first'
  ).split(' '),
);

/**
 * A name token: a capitalised word (with inner hyphens, apostrophes, dots or digits: "Apache-2.0",
 * "O'Neill"), or a letter-led word with digits ("X90", "GDDR7"). Digit-led tokens ("41bn", "4K") are
 * figures, which the numbers layer checks.
 */
const NAME_TOKEN = /(?<![\p{L}\p{N}.,])(?:\p{Lu}[\p{L}\p{N}]*(?:['’.-][\p{L}\p{N}]+)*|\p{L}+\p{N}[\p{L}\p{N}]*)/gu;

/** Where a sentence or clause begins: a capital there may be grammar, not a name. */
const CLAUSE_START = /(?:^|[.!?:;]\s+|["“‘(]\s*|\s[-–—]\s)$/u;

function haystackOf(records: readonly SourceRecord[]): string {
  return records
    .map((record) => [record.title, record.text, record.venue, record.author].filter(Boolean).join('\n'))
    .join('\n');
}

/** Whether `token` stands in `haystack` as a whole word (case-sensitive unless `anyCase`). */
function occursIn(haystack: string, token: string, anyCase: boolean): boolean {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, anyCase ? 'iu' : 'u').test(haystack);
}

/** Fails a sentence naming something no cited record names. */
export const checkEntities: SentenceCheck = {
  layer: 'entities',
  check(sentence, context) {
    const records = citedRecords(sentence, context);
    const haystack = haystackOf(records);
    const text = withoutPublicationDates(sentence.text, records);
    for (const match of text.matchAll(NAME_TOKEN)) {
      const token = match[0].replace(/['’]s$/u, '');
      if (ENGINE_NAMES.has(token)) continue;
      const atClauseStart = CLAUSE_START.test(text.slice(0, match.index));
      const lower = token.toLowerCase();
      // A capital at a clause start may be grammar ("The", "Starting"), not a name.
      if (atClauseStart && (isStopWord(lower) || FRAME_WORDS.has(lower))) continue;
      // A group name may be written singular or plural ("a Republican proposal", "a proposal by Republicans").
      const forms = [token, token.endsWith('s') ? token.slice(0, -1) : `${token}s`];
      if (forms.some((form) => occursIn(haystack, form, atClauseStart))) continue;
      return `the name "${token}" does not occur in any cited record`;
    }
    return null;
  },
};
