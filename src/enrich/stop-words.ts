/**
 * @module enrich/stop-words
 * An English stop-word list for term weighting: function words that carry no topic.
 */

/**
 * English function words (articles, pronouns, auxiliaries, prepositions, conjunctions, common adverbs),
 * in the lower-cased, possessive-stripped form {@link tokenize} produces. Based on the classic
 * SMART/Lucene-style lists, trimmed to words that never name a topic; written out here, not copied.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am among an and another any anyone anything are
  aren't around as at be became because been before being below between both but by can can't cannot could
  couldn't did didn't do does doesn't doing don't done down during each either else even ever every few for
  from further get gets getting got had hadn't has hasn't have haven't having he he'd he'll he's her here
  here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its
  itself just let's like made make many may me might more most much must mustn't my myself neither no nor not
  now of off often on once one only or other others otherwise ought our ours ourselves out over own per
  perhaps quite rather really said same say says shall shan't she she'd she'll she's should shouldn't since so
  some still such than that that's the their theirs them themselves then there there's these they they'd
  they'll they're they've this those though through thus to too under until up upon us very via was wasn't we
  we'd we'll we're we've well were weren't what what's whatever when when's where where's whether which while
  who who's whom whose why why's will with within without won't would wouldn't yet you you'd you'll you're
  you've your yours yourself yourselves`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/**
 * The shorter list the classical writer's sentence vectors use (centrality, redundancy, question
 * matching): it keeps words such as "because", "after" or "between" as terms, and drops "onto" and
 * "mine", which ENGLISH_STOP_WORDS keeps. Kept as it is because the demo edition and the evaluations
 * were built with it; moving the writer to ENGLISH_STOP_WORDS changes which sentences it picks.
 */
export const SHORT_ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for with from into onto over under about as is are was were be been being ' +
    'it its this that these those there their they them he she his her we our us you your i me my mine not no nor do does did ' +
    'done have has had having will would can could should may might must shall than then too very just also only even more most ' +
    'what which who whom whose when where why how all any both each few other some such own same up out off down again once ' +
    'here now yet still ever get got one says said say'
  ).split(' '),
);

/** True when `token` (already lower-cased) is an English stop word. */
export function isStopWord(token: string): boolean {
  return ENGLISH_STOP_WORDS.has(token);
}
