/**
 * @module verify/paraphrase-lexicon
 * The few word relations the support layer needs that WordNet does not give: everyday equivalences
 * of news writing ("offline" for "down"), opposites among comparatives and prepositions, which WordNet
 * leaves out ("within" / "outside", "more" / "fewer"), and the quantifier families a sentence may use
 * only where its source does. Written for this project from ordinary English usage, not copied.
 */

/** Equivalences WordNet lacks or ranks too low to reach, listed one way and used both ways. */
const EQUIVALENT_GROUPS: readonly (readonly string[])[] = [
  ['offline', 'off-line', 'down', 'outage', 'unavailable', 'inaccessible', 'unreachable', 'disconnected'],
  ['online', 'on-line', 'up', 'available', 'accessible', 'restore', 'running'],
  ['halve', 'half'],
  ['double', 'twice', 'twofold'],
  ['triple', 'thrice', 'threefold'],
  ['nearly', 'almost', 'roughly', 'about', 'approximately', 'around', 'some'],
  ['unanimous', 'unanimously', 'unopposed'],
  ['stop', 'halt', 'end', 'cease', 'suspend', 'no longer'],
  ['kid', 'child', 'children', 'kids'],
  ['boost', 'increase', 'raise', 'rise'],
  ['cut', 'reduce', 'slash', 'lower', 'trim'],
  ['tell', 'inform', 'notify'],
  ['big', 'large', 'major'],
  ['fast', 'quick', 'quickly', 'soon', 'swift'],
  ['biggest', 'largest', 'greatest', 'highest'],
  ['record', 'unprecedented'],
];

function groupsToMap(groups: readonly (readonly string[])[]): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of groups)
    for (const word of group) {
      const set = map.get(word) ?? new Set<string>();
      for (const other of group) if (other !== word) set.add(other);
      map.set(word, set);
    }
  return map;
}

/** For a lemma, the words that say the same in news prose (both ways). */
export const PARAPHRASES: ReadonlyMap<string, ReadonlySet<string>> = groupsToMap(EQUIVALENT_GROUPS);

/**
 * Opposites WordNet does not mark (comparatives, superlatives, prepositions of place and time, and
 * verbs of decision), each pair used both ways. WordNet's own antonyms are used beside these.
 */
const OPPOSITE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['more', 'less'],
  ['more', 'fewer'],
  ['most', 'least'],
  ['most', 'fewest'],
  ['higher', 'lower'],
  ['highest', 'lowest'],
  ['larger', 'smaller'],
  ['largest', 'smallest'],
  ['bigger', 'smaller'],
  ['biggest', 'smallest'],
  ['greater', 'lesser'],
  ['stronger', 'weaker'],
  ['strongest', 'weakest'],
  ['better', 'worse'],
  ['best', 'worst'],
  ['faster', 'slower'],
  ['earlier', 'later'],
  ['above', 'below'],
  ['over', 'under'],
  ['within', 'outside'],
  ['within', 'beyond'],
  ['inside', 'outside'],
  ['before', 'after'],
  ['ahead', 'behind'],
  ['up', 'down'],
  ['rise', 'fall'],
  ['rise', 'drop'],
  ['rise', 'decline'],
  ['increase', 'decrease'],
  ['increase', 'fall'],
  ['increase', 'drop'],
  ['gain', 'loss'],
  ['gain', 'lose'],
  ['win', 'lose'],
  ['approve', 'reject'],
  ['accept', 'reject'],
  ['allow', 'ban'],
  ['allow', 'bar'],
  ['allow', 'forbid'],
  ['allow', 'block'],
  ['permit', 'prohibit'],
  ['support', 'oppose'],
  ['confirm', 'deny'],
  ['admit', 'deny'],
  ['include', 'exclude'],
  ['lift', 'impose'],
  ['expand', 'shrink'],
  ['expand', 'cut'],
  ['strengthen', 'weaken'],
  ['success', 'failure'],
  ['succeed', 'fail'],
  ['pass', 'fail'],
  ['guilty', 'innocent'],
  ['legal', 'illegal'],
  ['safe', 'unsafe'],
  ['majority', 'minority'],
  ['maximum', 'minimum'],
  ['optimistic', 'pessimistic'],
  ['effective', 'ineffective'],
  ['temporary', 'permanent'],
  ['always', 'never'],
  ['first', 'last'],
  ['start', 'end'],
  ['begin', 'end'],
  ['open', 'close'],
  ['win', 'defeat'],
  ['agree', 'disagree'],
  ['resume', 'suspend'],
  ['restore', 'suspend'],
  ['reinstate', 'suspend'],
  ['hire', 'fire'],
  ['add', 'remove'],
  ['offline', 'online'],
  ['uphold', 'overturn'],
  ['uphold', 'reverse'],
  ['uphold', 'strike'],
  ['uphold', 'overrule'],
  ['cut', 'increase'],
  ['cut', 'boost'],
  ['cut', 'raise'],
  ['reduce', 'increase'],
  ['lower', 'raise'],
  ['add', 'cut'],
  ['add', 'lose'],
];

/** For a lemma, the words that say its opposite (both ways). */
export const OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = groupsToMap(OPPOSITE_PAIRS);

/** A quantifier family: the words that claim it and the words in a source that bear it out. */
export interface QuantifierFamily {
  name: string;
  /** Lemmas that make the claim in a written sentence. */
  claims: ReadonlySet<string>;
  /** Lemmas in a cited sentence that bear it out (the claims themselves included). */
  borneOutBy: ReadonlySet<string>;
  /** Phrases in a cited sentence that bear it out ("19-0" for a unanimous vote; "more than half" for most). */
  phrases?: RegExp;
}

/**
 * "All", "every", "none", "most", "unanimously" and their kin: claims about a whole group, which a
 * source must make itself. "Both" and "each" bear out "all" (of two), and a vote of N to 0 bears out
 * "unanimously"; "any" does not ("stop any raids" is not "every raid").
 */
export const QUANTIFIER_FAMILIES: readonly QuantifierFamily[] = [
  {
    name: 'all',
    claims: new Set(['all', 'every', 'everyone', 'everybody', 'everything', 'unanimous', 'unanimously']),
    borneOutBy: new Set([
      'all',
      'every',
      'everyone',
      'everybody',
      'everything',
      'each',
      'both',
      'entire',
      'entirely',
      'whole',
      'unanimous',
      'unanimously',
      'universal',
      'universally',
    ]),
    phrases: /\b\d+\s*(?:-|–|—|to)\s*(?:0|zero)\b|\bwithout (?:exception|dissent)\b|\bno (?:recorded )?dissents?\b/i,
  },
  {
    name: 'always',
    claims: new Set(['always', 'invariably', 'constantly']),
    borneOutBy: new Set(['always', 'invariably', 'constantly', 'consistently']),
    phrases: /\bevery time\b/i,
  },
  {
    name: 'none',
    claims: new Set(['none', 'nobody', 'nothing', 'no one', 'noone']),
    borneOutBy: new Set(['none', 'nobody', 'nothing', 'no', 'not', 'never', 'neither', 'zero', 'noone']),
  },
  {
    name: 'most',
    claims: new Set(['most', 'majority', 'mostly', 'largely', 'mainly', 'predominantly']),
    borneOutBy: new Set(['most', 'majority', 'mostly', 'largely', 'mainly', 'predominantly', 'almost', 'nearly']),
    phrases: /\b(?:more than|over) half\b/i,
  },
];
