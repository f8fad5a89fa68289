/**
 * @module verify/check-attribution
 * Layer `attribution`: whoever a sentence says said something is behind a cited record. "X reported",
 * "according to X" and "a commenter on r/x" need a cited record by X, in X, or quoting X; a group
 * ("critics", "forum users", "Bluesky users") is named only where a cited record shows such people.
 */
import type { Platform, SourceRecord } from '../model/index.js';
import {
  PLATFORM_ROLES,
  ROLE_NOUNS,
  ROLE_PARTICIPLES,
  ROLE_PREPOSITIONS,
  SPEAKER_GROUPS,
  SPEECH_VERBS,
} from '../synthesize/attribution-vocabulary.js';
import { citedRecords, type SentenceCheck } from './sentence-check.js';

/** Alternatives matching any of `words` as written, for a RegExp source. */
function anyOf(words: readonly string[]): string {
  return `(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/** A group and the platforms whose records show such people; `null`: only a record naming the group will do. */
const GROUPS: ReadonlyArray<{ pattern: RegExp; platforms: readonly Platform[] | null }> = SPEAKER_GROUPS.map(
  ({ names, platforms }) => ({ pattern: new RegExp(`\\b${anyOf(names)}\\b`, 'i'), platforms }),
);

/** "a commenter on r/hardware", "a member of the Loom Discourse", "a reader commenting on Harbor Notes". */
const ROLE_ON_VENUE = new RegExp(
  `\\ban? ${anyOf(ROLE_NOUNS)}(?: ${anyOf(ROLE_PARTICIPLES)})? ${anyOf(ROLE_PREPOSITIONS)} (?:the )?([^\\s,;:]+(?: [A-Z][\\w.-]*)*)`,
  'gu',
);
/** "a Hacker News commenter", "a Bluesky user", "a Mastodon user (on harbor.social)": the platform they imply. */
const PLATFORM_ROLE: ReadonlyArray<readonly [RegExp, Platform]> = Object.entries(PLATFORM_ROLES).map(
  ([platform, phrase]) => [new RegExp(`\\b${anyOf([phrase])}\\b`, 'i'), platform as Platform] as const,
);
/** A capitalised name (optionally "The …") right before a speech verb, or after "according to" (also a subreddit or @handle). */
const NAMED_SPEAKER = new RegExp(
  `((?:The )?\\p{Lu}[\\p{L}\\p{N}.'’-]*(?: (?:of |de |van |von )?\\p{Lu}[\\p{L}\\p{N}.'’-]*){0,4}) ${anyOf(SPEECH_VERBS)}\\b`,
  'gu',
);
const ACCORDING_TO =
  /\b[Aa]ccording to ((?:the )?\p{Lu}[\p{L}\p{N}.'’-]*(?: \p{Lu}[\p{L}\p{N}.'’-]*){0,4}|r\/\w+|@[\w.-]+)/gu;

/** Whitespace of every kind (news text is full of no-break spaces) as one plain space. */
function plain(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function bare(name: string): string {
  return plain(name)
    .replace(/^the /i, '')
    .replace(/\s+(?:discourse|forums?)$/i, '')
    .trim()
    .toLowerCase();
}

/** Whether a cited record is by, in, or quotes `name`. */
function isBehind(records: readonly SourceRecord[], name: string): boolean {
  const wanted = bare(name);
  if (wanted === '') return true;
  return records.some((record) => {
    const names = [record.venue, record.author].filter((value): value is string => !!value).map(bare);
    if (names.some((own) => own === wanted || own.includes(wanted) || wanted.includes(own))) return true;
    return plain(`${record.title ?? ''}\n${record.text}`)
      .toLowerCase()
      .includes(wanted);
  });
}

/** Words that open a sentence capitalised without naming anyone ("It said", "This shows"). */
const NOT_SPEAKERS = new Set([
  'it',
  'this',
  'that',
  'they',
  'he',
  'she',
  'we',
  'i',
  'you',
  'one',
  'some',
  'many',
  'most',
  'no',
  'nobody',
  'everyone',
  'people',
  'as',
  'on',
  'in',
  'a',
  'an',
]);

/** Fails a sentence that puts words in the mouth of someone no cited record stands for. */
export const checkAttribution: SentenceCheck = {
  layer: 'attribution',
  check(sentence, context) {
    const records = citedRecords(sentence, context);
    const text = plain(sentence.text).replace(/“[^”]*”|"[^"]*"/g, '""'); // quoted words are the source's own, checked verbatim
    for (const { pattern, platforms } of GROUPS) {
      const group = pattern.exec(text)?.[0];
      if (!group) continue;
      const shown = platforms !== null && records.some((record) => platforms.includes(record.platform));
      const named = records.some((record) =>
        `${record.title ?? ''}\n${record.text}`.toLowerCase().includes(group.toLowerCase().replace(/s$/, '')),
      );
      if (!shown && !named) return `"${group}" are named, but no cited record shows such people saying it`;
    }
    for (const [pattern, platform] of PLATFORM_ROLE) {
      if (pattern.test(text) && !records.some((record) => record.platform === platform)) {
        return `the sentence attributes it to ${platform}, but no cited record is from ${platform}`;
      }
    }
    for (const match of text.matchAll(ROLE_ON_VENUE)) {
      const venue = match[1]!.replace(/[.)]+$/, '');
      if (!records.some((record) => record.kind === 'community' && isBehind([record], venue))) {
        return `the sentence attributes it to someone on ${venue}, but no cited community record is from there`;
      }
    }
    for (const match of [...text.matchAll(NAMED_SPEAKER), ...text.matchAll(ACCORDING_TO)]) {
      const name = match[1]!;
      if (NOT_SPEAKERS.has(name.toLowerCase())) continue;
      if (!isBehind(records, name))
        return `the sentence attributes it to ${name}, but no cited record is by, in or quoting ${name}`;
    }
    return null;
  },
};
