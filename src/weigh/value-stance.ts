/**
 * @module weigh/value-stance
 * What a sentence does with a figure it contains: asserts it, cites it to refute it, or reports
 * that someone said it. Only an assertion is a side in a dispute or a vote in a corroboration.
 */
import type { FigureMention } from '../enrich/find-figures.js';

/**
 * `asserts`: the sentence states the value as so ("the card has a 256-bit bus", "police said 12
 * died"); `refutes`: it names the value to call it wrong ("not the advertised 256-bit", "claims
 * of 90 days are incorrect"); `reports`: it relays, predicts or supposes it without standing
 * behind it ("the 256-bit bus the company advertised", "if the bus is 192-bit", "$2.36B expected").
 */
export type ValueStance = 'asserts' | 'refutes' | 'reports';

/** Words right before a figure that mark it as the refuted side: "192-bit, not the 256-bit". */
const REFUTED_BEFORE =
  /\b(?:not|rather than|instead of|contrary to|never|no longer|nor)\s+(?:(?:the|a|an|its|their|advertised|claimed|quoted|reported|listed|promised|stated|official|original|earlier)\s+){0,3}(?:[$€£])?$/iu;
/** Words that call a figure in their sentence wrong. */
const REFUTATION =
  /\b(?:incorrect|inaccurate|false|untrue|not true|wrong|mistaken|misreported|misstated|not what|a misreading|debunked|erroneous|in error)\b/iu;
/** A next sentence that points back to call the figure wrong: "That is not what the council approved." */
const REFUTING_NEXT = /^(?:that|this|which|it)\s+(?:is|was|'s|’s)\s+(?:not|incorrect|wrong|false|untrue|mistaken)\b/iu;
/**
 * Words before a figure in its sentence that relay or suppose it rather than state it: a claim
 * verb that carries doubt, a condition, a forecast. A plain "said" or "according to" is how the
 * press carries facts, so it still asserts.
 */
const REPORTED_BEFORE =
  /\b(?:if|unless|whether|claim(?:ed|s)?|alleg(?:ed|es|edly)|advertis(?:ed|es|ing)|market(?:ed|s|ing)|tout(?:ed|s)|promis(?:ed|es)|purported(?:ly)?|supposed(?:ly)?|will say|would say|spec sheet says|expect(?:ed|s)?|forecast(?:s)?|estimate[sd]?|predict(?:ed|s)?|rumou?r(?:ed|s)?)\b/iu;
/** Words right after a figure that relay it: "$2.36B expected", "256-bit as advertised", "256-bit claimed". */
const REPORTED_AFTER =
  /^[^.;:!?]{0,24}?\b(?:expected|forecast|estimated|as advertised|advertised|claimed|promised|the company (?:advertised|claimed|listed))\b/iu;
/** A hedge after the figure that makes the whole sentence a supposition: "…, if this is right." */
const HEDGED_AFTER =
  /\b(?:if (?:this|that|it) (?:is|was|'s|holds) (?:right|true|correct|accurate)|if true|if so|if confirmed)\b/iu;
/** Farther than this many characters before a figure, a doubt word governs something else. */
const REPORTED_REACH = 80;

/**
 * The stance of `sentence` towards `mention` (one of its figures). `next` is the sentence after it
 * in the same record, for a refutation that follows ("Posts said 90 days. That is not what …").
 * A question asserts nothing and is `reports`.
 */
export function stanceOf(sentence: string, mention: FigureMention, next = ''): ValueStance {
  const before = sentence.slice(0, mention.start);
  const after = sentence.slice(mention.end);
  if (REFUTED_BEFORE.test(before)) return 'refutes';
  const otherFigureAfter = /\d/u.test(after);
  // "Claims of 90 days are incorrect": the refutation word calls the sentence's only such figure wrong.
  if (!otherFigureAfter && (REFUTATION.test(sentence) || REFUTING_NEXT.test(next.trim()))) return 'refutes';
  if (/\?["'”’)\]]*\s*$/u.test(sentence)) return 'reports';
  // Words after the figure relay it only up to the next figure ("192-bit, not 256-bit as advertised").
  const ownAfter = after.split(/\d/u)[0]!;
  if (REPORTED_BEFORE.test(before.slice(-REPORTED_REACH)) || REPORTED_AFTER.test(ownAfter)) return 'reports';
  if (HEDGED_AFTER.test(after)) return 'reports';
  return 'asserts';
}
