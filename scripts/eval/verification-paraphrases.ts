/**
 * The hand-written paraphrase set of the verification eval. `verification-paraphrases.jsonl` holds
 * faithful rewordings written by hand for this project, each naming the corpus file, the AllSides
 * story id, the outlet and the index of the sentence it restates (in `splitSentences` of the outlet's
 * body paragraphs joined by blank lines), with the first 12 hex digits of the SHA-1 of that sentence
 * so a change in the corpus or the splitter shows. The original is read from the corpus at run time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/enrich/split-sentences.js';
import type { Sentence, SourceRecord } from '../../src/model/index.js';

/** One line of the paraphrase file. */
interface ParaphraseLine {
  corpus: string;
  story: number;
  outlet: string;
  sentence: number;
  sha1: string;
  paraphrase: string;
}

/** A paraphrase ready to verify: the sentence as the engine would frame it, citing the record it restates. */
export interface ParaphraseCase<S> {
  story: S;
  sentence: Sentence;
  original: string;
}

const FILE = join(import.meta.dirname, 'verification-paraphrases.jsonl');

/** The opening word lower-cased unless the record writes it capitalised mid-sentence (a name: "Trump", "Pfizer"). */
function framed(venue: string, paraphrase: string, record: SourceRecord): string {
  const first = /^\p{L}+/u.exec(paraphrase)?.[0] ?? '';
  const isName =
    new RegExp(`[\\p{Ll},;] ${first}\\b`, 'u').test(record.text) || (first.length > 1 && first === first.toUpperCase());
  return `According to ${venue}, ${isName ? paraphrase : first.toLowerCase() + paraphrase.slice(first.length)}`;
}

/**
 * Every paraphrase whose story is among `stories` (found by `storyOf`), citing the outlet's record.
 * Throws when a referenced sentence no longer hashes as recorded: the set would measure the wrong thing.
 */
export function readParaphrases<S extends { records: SourceRecord[] }>(
  storyOf: (storyId: number) => S | undefined,
): Array<ParaphraseCase<S>> {
  const lines = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ParaphraseLine);
  return lines.flatMap((line) => {
    const story = storyOf(line.story);
    const record = story?.records.find(
      (each) => each.venue === line.outlet.replace(/\s*\((?:Online News|News|Opinion)\)$/, ''),
    );
    if (!story || !record) throw new Error(`paraphrase of ${line.outlet} in story ${line.story}: no such record`);
    const original = splitSentences(record.text)[line.sentence] ?? '';
    const sha1 = createHash('sha1').update(original).digest('hex').slice(0, 12);
    if (sha1 !== line.sha1)
      throw new Error(`paraphrase of story ${line.story} sentence ${line.sentence}: the corpus sentence changed`);
    return [
      {
        story,
        original,
        sentence: { text: framed(record.venue ?? 'The outlet', line.paraphrase, record), citations: [record.id] },
      },
    ];
  });
}
