/**
 * @module enrich/extract-claims
 * Atomic claims of one record: its declarative sentences that name something or state a figure.
 */
import { splitSentences } from './split-sentences.js';
import { tokenize, tokenizeKeepingCase } from './tokenize.js';
import { isStopWord } from './stop-words.js';
import { findFigures, type FigureMention } from './find-figures.js';
import { extractQuantities, type Quantity } from './extract-quantities.js';

/**
 * Claims kept per record, leading sentences first: news copy puts its claims in the first
 * paragraphs (the inverted pyramid), and a long comment's later sentences mostly argue.
 */
export const MAX_CLAIMS_PER_RECORD = 8;
/** A claim has this many words at least ("Kestrel cut the price." has four) and at most this many. */
export const CLAIM_WORDS = { min: 5, max: 60 } as const;
/** Content words (not stop words) a claim needs so that two claims can be compared at all. */
export const MIN_CLAIM_CONTENT_WORDS = 3;

/** Openings that mark an opinion or an aside rather than a statement of fact. */
const NOT_A_CLAIM =
  /^(?:i\s+(?:think|guess|feel|believe|wonder|hope|doubt|suspect)|imo|imho|lol|edit:|thanks|thank you|same here|\+1)\b/iu;

const NEGATION = /\b(?:not|no|never|none|cannot)\b|n['’]t\b/iu;

export interface RecordClaim {
  recordId: string;
  /** Position of the sentence in the record (the title is 0 when present). */
  index: number;
  sentence: string;
  /** Lower-cased content words, for grouping. */
  terms: ReadonlySet<string>;
  /** Unit-bearing figures as the dispute finder reads them ("256-bit": unit "bit"). */
  figures: FigureMention[];
  /** Figures in a known unit, magnitude applied ("$2.41bn" = 2.41e9 usd), for matching claims. */
  quantities: Quantity[];
  /** The first run of capitalised words that are names in `properNouns`, as written. */
  subject: string | null;
  /** Whether it is negated ("not", "never", "can't"): a negated claim never restates an unnegated one. */
  negated: boolean;
}

/**
 * The claims of one record (title, then text): sentences of {@link CLAIM_WORDS} words that are not
 * questions or opinion openers, hold {@link MIN_CLAIM_CONTENT_WORDS} content words, and either state
 * a figure or name something in `properNouns` (lower-cased names, as `findProperNouns` gives them).
 */
export function extractClaims(
  record: { id: string; title: string | null; text: string },
  properNouns: ReadonlySet<string>,
): RecordClaim[] {
  const sentences = [...(record.title ? [record.title] : []), ...splitSentences(record.text)];
  const claims: RecordClaim[] = [];
  for (const [index, sentence] of sentences.entries()) {
    if (claims.length >= MAX_CLAIMS_PER_RECORD) break;
    const claim = claimOf(record.id, index, sentence, properNouns);
    if (claim && !claims.some((kept) => kept.sentence === claim.sentence)) claims.push(claim);
  }
  return claims;
}

function claimOf(
  recordId: string,
  index: number,
  sentence: string,
  properNouns: ReadonlySet<string>,
): RecordClaim | null {
  const words = sentence.split(/\s+/u).filter(Boolean);
  if (words.length < CLAIM_WORDS.min || words.length > CLAIM_WORDS.max) return null;
  if (/\?["'”’)]*$/u.test(sentence) || NOT_A_CLAIM.test(sentence)) return null;
  const terms = new Set(tokenize(sentence).filter((term) => !isStopWord(term)));
  if (terms.size < MIN_CLAIM_CONTENT_WORDS) return null;
  const figures = findFigures(sentence);
  const subject = subjectOf(sentence, properNouns);
  if (figures.length === 0 && subject === null) return null;
  const quantities = extractQuantities(sentence).filter((quantity) => quantity.unit !== null);
  return { recordId, index, sentence, terms, figures, quantities, subject, negated: NEGATION.test(sentence) };
}

/** The first run of consecutive name tokens ("Kestrel Labs"), as written in the sentence. */
function subjectOf(sentence: string, properNouns: ReadonlySet<string>): string | null {
  const run: string[] = [];
  for (const token of tokenizeKeepingCase(sentence)) {
    const isName = /^\p{Lu}/u.test(token) && properNouns.has(token.toLocaleLowerCase('en-US'));
    if (isName) run.push(token);
    else if (run.length > 0) break;
  }
  return run.length > 0 ? run.join(' ') : null;
}
