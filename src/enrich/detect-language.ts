/**
 * @module enrich/detect-language
 * A small language and script detector: the dominant writing system, and for Latin text which of
 * seven European languages its function words belong to.
 */

/** What {@link detectLanguage} found. */
export interface DetectedLanguage {
  /** 'en', 'es', 'fr', 'de', 'it', 'pt' or 'nl'; 'und' when the text is none of them or too short to tell. */
  language: string;
  /** ISO 15924 code of the script most letters are in; 'Zyyy' when there are no letters, 'Zzzz' for a script not listed. */
  script: string;
}

/**
 * Characters read from the start of the text. Function words make up a third or more of running prose,
 * so a few thousand words settle the question, and a 1 MB text costs no more than a short one.
 */
export const DETECTION_SAMPLE_CHARS = 10_000;

/**
 * Function-word hits the best language needs. One hit ("a", "de") is chance in a headline or a name;
 * two of a language's most common words in one short text rarely are.
 */
export const MIN_FUNCTION_WORD_HITS = 2;

/**
 * Share of the sample's words that must be the best language's function words. The 25 commonest
 * function words of each list cover roughly a quarter to a third of running prose in that language;
 * a tenth still holds for terse headlines and tables, while a text in another language scores far less.
 * Checked on the 181 pages of ../shared/corpora/article-extraction-benchmark: 159 read as en, 5 pt, 2 it,
 * 2 de, each matching its site's country, none given a wrong language; 5 Latin pages stay 'und' (2
 * Indonesian, a Brazilian results table and 2 English pages of lists and scores).
 */
export const MIN_FUNCTION_WORD_SHARE = 0.1;

/**
 * The best language must have this many times the hits of the runner-up, so closely related
 * languages sharing words (es/pt, nl/de) are not decided by one word.
 */
export const MIN_LEAD_RATIO = 1.25;

/**
 * About 25 of the commonest function words of each language, written from general knowledge of
 * their frequency lists (articles, prepositions, conjunctions, auxiliaries). Words shared by several
 * languages count for each; the lead ratio settles the close cases.
 */
const PROFILES: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en: 'the and of to is that it was for with are this have from they be by not but which has were will their been',
    es: 'de en y el la los las que del por con una para es como pero más sus está fue también hay muy este entre cuando sobre ha',
    fr: 'de et en un le la les des est une que du dans pour qui pas sur au avec sont ce il elle mais ont été aux cette nous',
    de: 'der die und das ist nicht ein eine zu den mit sich des auf für im dem von auch es wird sind wurde bei aus',
    it: 'e un in il di che la della per non una sono del con gli le nel alla è anche più come ma questo delle dei ha stato',
    pt: 'o os de que não uma do da para com em dos das por mais como mas foi ao ele ela são também está seu',
    nl: 'de het een van en is dat niet op te zijn voor met die aan er ook maar wordt bij om naar dan nog werd',
  }).map(([language, words]) => [language, new Set(words.split(' '))]),
);

/** Scripts told apart, with their ISO 15924 codes; Hiragana and Katakana count as Japanese ('Jpan'). */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Beng', /\p{Script=Bengali}/u],
  ['Taml', /\p{Script=Tamil}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
];

const LETTER = /\p{L}/u;
const WORD = /\p{L}+/gu;

/**
 * The language and script of `text`, read from its first {@link DETECTION_SAMPLE_CHARS} characters.
 * Non-Latin text gets 'und' with its script; Latin text gets the language whose function words
 * ({@link PROFILES}) it uses most, when that passes {@link MIN_FUNCTION_WORD_HITS},
 * {@link MIN_FUNCTION_WORD_SHARE} and {@link MIN_LEAD_RATIO}, else 'und'. Empty text: 'und', 'Zyyy'.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, DETECTION_SAMPLE_CHARS);
  const script = dominantScript(sample);
  if (script !== 'Latn') return { language: 'und', script };
  return { language: latinLanguage(sample), script };
}

function dominantScript(sample: string): string {
  const counts = new Map<string, number>();
  for (const character of sample) {
    if (!LETTER.test(character)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'Zzzz';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best = 'Zyyy';
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  // Japanese writes Han beside kana: any kana makes Han-heavy text Japanese.
  if (best === 'Hani' && counts.has('Jpan')) return 'Jpan';
  return best;
}

function latinLanguage(sample: string): string {
  const words = sample.toLocaleLowerCase('und').match(WORD) ?? [];
  const hits = Object.keys(PROFILES)
    .map((language) => {
      const profile = PROFILES[language]!;
      let count = 0;
      for (const word of words) if (profile.has(word)) count += 1;
      return { language, count };
    })
    .sort((a, b) => b.count - a.count);
  const [best, second] = hits;
  if (!best || best.count < MIN_FUNCTION_WORD_HITS || best.count < MIN_FUNCTION_WORD_SHARE * words.length) return 'und';
  if (second && best.count < MIN_LEAD_RATIO * second.count) return 'und';
  return best.language;
}
