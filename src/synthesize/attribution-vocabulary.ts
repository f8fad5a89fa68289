/**
 * @module synthesize/attribution-vocabulary
 * The words that say who said something: the writer names sources with them, and the verifier's
 * attribution layer (verify/check-attribution.ts) builds its patterns from them, so the two cannot drift.
 */
import type { Platform } from '../model/index.js';

/** The verb that introduces a record's words: an outlet reports, an organisation on its own page states, a community member writes. */
export const REPORTING_VERBS = { press: 'reported', organisation: 'stated', community: 'wrote' } as const;

/**
 * Verbs that put words in a named speaker's mouth ("Circuit Wire reported", "Kestrel said", "critics
 * argue"): the writer's reporting verbs, and the speech verbs a model writes. The verifier checks that
 * whoever stands before one of them is behind a cited record.
 */
export const SPEECH_VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  REPORTING_VERBS.community,
  'writes',
  'write',
  REPORTING_VERBS.press,
  'reports',
  'argued',
  'argue',
  'argues',
  'added',
  'adds',
  'claimed',
  'claims',
  'claim',
  'noted',
  'notes',
  'posted',
  'posts',
  'announced',
  'announces',
  REPORTING_VERBS.organisation,
  'states',
  'told',
  'warned',
  'warn',
  'warns',
  'asked',
  'asks',
  'answered',
  'replied',
  'found',
  'raised',
  'insisted',
  'insist',
  'insists',
  'believe',
  'believes',
  'think',
  'thinks',
  'worry',
  'worries',
];

/** Nouns for one member of a community named with its venue ("a commenter on r/hardware"). */
export const ROLE_NOUNS = ['commenter', 'poster', 'member', 'user', 'reader', 'contributor'] as const;
/** One of ROLE_NOUNS. */
export type RoleNoun = (typeof ROLE_NOUNS)[number];

/** Words between a role noun and the venue ("a reader commenting on …"). */
export const ROLE_PARTICIPLES = ['commenting'] as const;
/** Prepositions that join a role to its venue: "on r/hardware", "of the Loom Discourse", "to Harbor Notes". */
export const ROLE_PREPOSITIONS = ['on', 'of', 'to'] as const;
/** One of ROLE_PREPOSITIONS. */
export type RolePreposition = (typeof ROLE_PREPOSITIONS)[number];

/** One member of a community with its venue: "a commenter on r/hardware", "a member of the Loom Discourse". */
export function roleOnVenue(
  noun: RoleNoun,
  preposition: RolePreposition,
  venue: string,
  options: { participle?: (typeof ROLE_PARTICIPLES)[number]; article?: boolean } = {},
): string {
  const participle = options.participle ? ` ${options.participle}` : '';
  return `a ${noun}${participle} ${preposition} ${options.article ? 'the ' : ''}${venue}`;
}

/** One member of a platform named without a venue, and the platform it implies. */
export const PLATFORM_ROLES = {
  hackernews: 'a Hacker News commenter',
  bluesky: 'a Bluesky user',
  mastodon: 'a Mastodon user',
} as const satisfies Partial<Record<Platform, string>>;

/** A platform's people as a group, for headlines and titles. */
export const PLATFORM_GROUPS = {
  bluesky: 'Bluesky users',
  mastodon: 'Mastodon users',
} as const satisfies Partial<Record<Platform, string>>;

/**
 * Groups a sentence may name as speakers, and the platforms whose records show such people; `null`
 * platforms: only a cited record that names the group will do ("critics", "analysts").
 */
export const SPEAKER_GROUPS: ReadonlyArray<{ names: readonly string[]; platforms: readonly Platform[] | null }> = [
  { names: [PLATFORM_GROUPS.bluesky], platforms: ['bluesky'] },
  { names: [PLATFORM_GROUPS.mastodon], platforms: ['mastodon'] },
  { names: ['Redditors', 'Reddit users', 'Reddit commenters'], platforms: ['reddit'] },
  { names: ['Hacker News users', 'Hacker News commenters'], platforms: ['hackernews'] },
  { names: ['forum users', 'forum members', 'forum posters'], platforms: ['forum', 'discourse'] },
  {
    names: ['commenters', 'readers in the comments'],
    platforms: ['reddit', 'hackernews', 'comments', 'discourse', 'forum', 'bluesky', 'mastodon'],
  },
  {
    names: [
      'critics',
      'analysts',
      'experts',
      'observers',
      'commentators',
      'skeptics',
      'sceptics',
      'opponents',
      'supporters',
      'officials',
      'investors',
      'economists',
      'researchers',
      'insiders',
      'residents',
      'activists',
      'campaigners',
    ],
    platforms: null,
  },
];
