/**
 * @module verify/check-consistency
 * Layer `consistency`: a figure the story's sources dispute is never stated as settled. A sentence
 * may give one side only as someone's claim ("X reported 256-bit", "a poster found 192-bit") or
 * set both sides against each other; "The card has a 256-bit bus." is refused. A question ("Does
 * the card have a 256-bit bus?", a reader's question the FAQ quotes) asserts nothing, so it passes.
 */
import { extractQuantities } from '../enrich/extract-quantities.js';
import type { SentenceCheck } from './sentence-check.js';

/** Words that make a figure someone's claim rather than the page's own statement. */
export const ATTRIBUTED =
  /\b(?:said|says|wrote|writes|reported|reports|argued|argues|added|claimed|claims|noted|posted|announced|stated|told|gave|give|gives|found|finds|read|reads|counted|advertised|listed|insisted|according to|put it|asked|answered|replied|disputed|disputes|measured|concluded|concludes|suggested|suggests|estimated|estimates|believed|believes|expected|alleged|alleges|predicted)\b/i;

/** Fails a sentence that states one side of a disputed figure as fact. */
export const checkConsistency: SentenceCheck = {
  layer: 'consistency',
  check(sentence, context) {
    if (context.disputes.length === 0 || ATTRIBUTED.test(sentence.text) || isQuestion(sentence.text)) return null;
    const quantities = extractQuantities(sentence.text);
    for (const dispute of context.disputes) {
      const unit = extractQuantities(dispute.values[0].surface)[0]?.unit ?? null;
      const values = dispute.values.map((side) => Number(side.value));
      const stated = values.filter((value) =>
        quantities.some(
          (quantity) =>
            quantity.written === value && (quantity.unit === null || unit === null || quantity.unit === unit),
        ),
      );
      if (stated.length === 1) {
        return `the sources dispute the ${dispute.unit} figure (${dispute.values.map((side) => side.surface).join(' against ')}), and the sentence states ${stated[0]} as settled`;
      }
    }
    return null;
  },
};

/** True when the sentence ends in a question mark (closing quotes and brackets aside). */
function isQuestion(text: string): boolean {
  return /\?[\s"'”’)\]]*$/u.test(text);
}
