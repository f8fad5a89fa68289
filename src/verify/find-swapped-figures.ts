/**
 * @module verify/find-swapped-figures
 * Two figures that each occur in a cited sentence but sit in each other's places: "fell to 344,750
 * from 293,000" where the source says "fell to 293,000 from 344,750". Each figure's neighbouring words
 * (its slot) in the written sentence are compared with those of both figures in the cited sentence.
 */
import { extractQuantities, sameValue, type Quantity } from '../enrich/extract-quantities.js';
import { tokenize } from '../enrich/tokenize.js';

/** Words read on each side of a figure. Three reach "fell to", "from a revised", "in emergency disaster". */
export const SLOT_WINDOW = 3;
/**
 * How much better the crossed reading must match than the straight one: two shared slot words, so a
 * single coincidental "to" or "in" never swaps two figures.
 */
export const SWAP_MARGIN = 2;

interface Slot {
  quantity: Quantity;
  left: readonly string[];
  right: readonly string[];
}

function isWord(token: string): boolean {
  return /\p{L}/u.test(token);
}

/** Each figure of `text` with the words beside it (figures and their units are not slot words). */
function slotsOf(text: string): Slot[] {
  let from = 0;
  return extractQuantities(text).flatMap((quantity) => {
    const at = text.indexOf(quantity.raw, from);
    if (at < 0) return [];
    from = at + quantity.raw.length;
    return [
      {
        quantity,
        left: tokenize(text.slice(0, at)).filter(isWord).slice(-SLOT_WINDOW),
        right: tokenize(text.slice(at + quantity.raw.length))
          .filter(isWord)
          .slice(0, SLOT_WINDOW),
      },
    ];
  });
}

function overlap(a: Slot, b: Slot): number {
  const shared = (x: readonly string[], y: readonly string[]) => x.filter((word) => y.includes(word)).length;
  return shared(a.left, b.left) + shared(a.right, b.right);
}

function sameFigure(a: Quantity, b: Quantity): boolean {
  return sameValue(a.value, b.value) && (a.unit === null || b.unit === null || a.unit === b.unit);
}

/** A score or tally: "2–1", "19-to-0", "48 to 50". */
const TALLY = /\b(\d+)\s*(?:-|–|—|-to-|\sto\s)\s*(\d+)\b/gu;

/** A tally of `written` that the cited text holds only the other way round ("1–2" where it says "2–1"). */
function reversedTally(written: string, cited: readonly string[]): [string, string] | null {
  const tallies = (text: string) => [...text.matchAll(TALLY)].map((match) => `${match[1]}:${match[2]}`);
  const held = new Set(cited.flatMap(tallies));
  for (const match of written.matchAll(TALLY)) {
    const [a, b] = [match[1]!, match[2]!];
    if (a !== b && !held.has(`${a}:${b}`) && held.has(`${b}:${a}`)) return [a, b];
  }
  return null;
}

/**
 * The two figures of `written` that a cited sentence holds in each other's slots, or null. A pair
 * counts as swapped only when no cited sentence holds it the written way round. A tally written the
 * other way round ("a 1–2 order" for "a 2–1 order") counts too.
 */
export function findSwappedFigures(written: string, cited: readonly string[]): [string, string] | null {
  const tally = reversedTally(written, cited);
  if (tally) return tally;
  const slots = slotsOf(written);
  if (slots.length < 2) return null;
  const citedSlots = cited.map(slotsOf).filter((each) => each.length >= 2);
  for (const [index, a] of slots.entries()) {
    for (const b of slots.slice(index + 1)) {
      if (sameFigure(a.quantity, b.quantity)) continue;
      let crossedBest = Number.NEGATIVE_INFINITY;
      let straightHolds = false;
      for (const sentence of citedSlots) {
        for (const x of sentence.filter((slot) => sameFigure(slot.quantity, a.quantity)))
          for (const y of sentence.filter((slot) => sameFigure(slot.quantity, b.quantity))) {
            const straight = overlap(a, x) + overlap(b, y);
            const crossed = overlap(a, y) + overlap(b, x);
            if (crossed >= straight + SWAP_MARGIN) crossedBest = Math.max(crossedBest, crossed);
            else if (straight >= crossed) straightHolds = true;
          }
      }
      if (!straightHolds && crossedBest > Number.NEGATIVE_INFINITY) return [a.quantity.raw, b.quantity.raw];
    }
  }
  return null;
}
