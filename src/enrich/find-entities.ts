/**
 * @module enrich/find-entities
 * One record's named entities: runs of proper nouns by wink-nlp's part-of-speech tags ("Bank of
 * England", "Kestrel Semiconductor"), counted, with the context cues the gazetteer types them by.
 */
import type { EntityCues, EntityMention, SourceRecord } from '../model/index.js';
import { isStopWord } from './stop-words.js';
import { typeEntity } from './type-entity.js';
import { capitalisedLead, isNameStart, lower, runEnd, tag, type TaggedText } from './name-runs.js';
import {
  CALENDAR_WORDS,
  HONORIFICS,
  ORGANISATION_CONTEXT_WORDS,
  PERSON_ROLE_WORDS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
} from './entity-cue-words.js';

/**
 * Share of a title's longer words (four letters or more) that must be capitalised for it to be in
 * title case ("Kestrel Semiconductor Posts Record Revenue"), where wink tags nearly every word PROPN.
 * 0.8 lets a title-case headline lower-case the odd word while a sentence-case one, with a name or
 * two among five or more words, stays below.
 */
export const TITLE_CASE_SHARE = 0.8;
/**
 * Characters of a record's text that are tagged, cut back to a space: news names its main entities
 * early. Measured on ECB+'s full texts (npm run eval -- entities, 2 cores under load): reading 500,
 * 1,000, 2,000, 4,000 characters or all found 0.651, 0.776, 0.839, 0.851, 0.856 of the gold mentions
 * (head match) at 0.35, 0.59, 0.71, 0.83, 1.11 ms per record. 4,000 keeps a long article under 1 ms
 * while covering the whole of a typical one (ECB+ mean 1,962 characters).
 */
export const ENTITY_TEXT_CHARS = 4_000;
/**
 * Words longer than this are blanked before tagging: no name is that long, and wink's tokenizer
 * slows quadratically on one huge word (16,000 characters of "x" took 98 ms).
 */
const MAX_WORD_CHARS = 64;
/** Fewest longer words a title needs before its case is judged: "Kestrel Q3" says nothing. */
const TITLE_CASE_MIN_WORDS = 3;
const OVERLONG_WORD = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'gu');
/** Ages written after a name (", 33,") that make it a person: 1 to 120 years. */
const MAX_AGE = 120;

/** Options of {@link findEntities}. */
export interface FindEntitiesOptions {
  /** Characters of the text to tag; default {@link ENTITY_TEXT_CHARS} (the eval measures others). */
  textChars?: number;
}

/**
 * The proper-noun phrases of `record`'s text and title, in order of first occurrence (the text's
 * first, then the title's new ones), each with its count, its title count, its cues (see EntityCues)
 * and the type those cues give on their own. A title in title case (see {@link TITLE_CASE_SHARE}) is
 * not tagged: it counts the phrases the text has, or, with no text, is tagged as usual. Only the
 * first {@link ENTITY_TEXT_CHARS} characters of the text are read (`options.textChars`). Calendar
 * words, stop words, lone honorifics, units after a number ("16 GB") and one-word phrases seen only
 * at sentence starts are never phrases. The first call loads the wink model (enrich/wink-model).
 */
export function findEntities(
  record: Pick<SourceRecord, 'title' | 'text'>,
  options: FindEntitiesOptions = {},
): EntityMention[] {
  const textChars = options.textChars ?? ENTITY_TEXT_CHARS;
  const found = new Map<string, EntityMention>();
  const midSentence = new Set<string>();
  const title = record.title?.trim() ?? '';
  const text = clip(record.text, textChars);
  if (text) addPhrases(tag(text), found, midSentence, false);
  if (title && isTitleCase(title) && found.size > 0) countInTitle(title, found);
  else if (title) addPhrases(tag(clip(title, textChars)), found, midSentence, true);
  const mentions = [...found.values()].filter((mention) => !isOnlySentenceStart(mention, found, midSentence));
  for (const mention of mentions) mention.type = typeEntity(mention.text, mention.cues);
  return mentions;
}

/**
 * A one-word phrase seen only at the start of sentences and inside no longer phrase of the record:
 * wink tags sentence-initial common nouns PROPN ("Buyers waited"), and a real name is nearly always
 * written mid-sentence somewhere in its record too.
 */
function isOnlySentenceStart(
  mention: EntityMention,
  found: Map<string, EntityMention>,
  midSentence: ReadonlySet<string>,
): boolean {
  const key = lower(mention.text);
  if (key.includes(' ') || midSentence.has(key)) return false;
  for (const other of found.keys()) if (other !== key && other.split(' ').includes(key)) return false;
  return true;
}

/** True when most of `title`'s longer words are capitalised ({@link TITLE_CASE_SHARE}). */
export function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= TITLE_CASE_SHARE;
}

/** The first `limit` characters of `text`, cut at a space, overlong words blanked. */
function clip(text: string, limit: number): string {
  const head = text.length > limit ? text.slice(0, Math.max(text.lastIndexOf(' ', limit), 0)) : text;
  return head.replace(OVERLONG_WORD, ' ').trim();
}

/** Adds every phrase of `tagged` into `found` (key: lower-cased phrase), and the keys seen mid-sentence into `midSentence`. */
function addPhrases(
  tagged: TaggedText,
  found: Map<string, EntityMention>,
  midSentence: Set<string>,
  inTitle: boolean,
): void {
  for (const [first, last] of tagged.sentences) {
    // The sentence's first word, past the paragraph breaks and opening quotes wink puts in the sentence.
    let opening = first;
    while (opening < last && (tagged.pos[opening] === 'SPACE' || tagged.pos[opening] === 'PUNCT')) opening += 1;
    let index = first;
    while (index <= last) {
      if (!isNameStart(tagged, index)) {
        index += 1;
        continue;
      }
      const end = runEnd(tagged, index, last);
      const start = capitalisedLead(tagged, index, opening);
      const key = addRun(tagged, start, end, first, last, found, inTitle);
      // Mid-sentence means after wink's first token of the sentence, so a paragraph's first word (after
      // a SPACE token) counts too. Counting it as a sentence start instead dropped one-word names that
      // open paragraphs: ECB+ exact recall 0.740 → 0.709 at the same precision (npm run eval -- entities).
      if (key && start > first) midSentence.add(key);
      index = end + 1;
    }
  }
}

/** Counts the run `start..end` (honorifics stripped from its head) and its cues, unless it names nothing; returns its key. */
function addRun(
  tagged: TaggedText,
  start: number,
  end: number,
  first: number,
  last: number,
  found: Map<string, EntityMention>,
  inTitle: boolean,
): string | null {
  const cues: EntityCues = { person: 0, speech: 0, organisation: 0, place: 0 };
  let head = start;
  while (head < end && HONORIFICS.has(lower(tagged.values[head]))) head += 1;
  if (head > start) cues.person += 1;
  while (end > head && CALENDAR_WORDS.has(lower(tagged.values[end]))) end -= 1;
  const words = tagged.values.slice(head, end + 1).map(lower);
  if (head === end && tagged.pos[head - 1] === 'NUM' && head > first) return null; // A unit: "16 GB", "5 MW".
  if (
    words.every((word) => isStopWord(word) || CALENDAR_WORDS.has(word) || HONORIFICS.has(word) || !/\p{L}/u.test(word))
  )
    return null;
  addCues(tagged, head, end, first, last, cues);
  let text = tagged.values[head]!;
  for (let index = head + 1; index <= end; index += 1)
    text += (tagged.spaces[index] ? ' ' : '') + tagged.values[index]!;
  const key = lower(text);
  let mention = found.get(key);
  if (!mention)
    found.set(
      key,
      (mention = {
        text,
        count: 0,
        inTitle: 0,
        type: 'other',
        cues: { person: 0, speech: 0, organisation: 0, place: 0 },
      }),
    );
  mention.count += 1;
  if (inTitle) mention.inTitle += 1;
  mention.cues.person += cues.person;
  mention.cues.speech += cues.speech;
  mention.cues.organisation += cues.organisation;
  mention.cues.place += cues.place;
  return key;
}

/** The context cues around the phrase `head..end` inside the sentence `first..last`. */
function addCues(tagged: TaggedText, head: number, end: number, first: number, last: number, cues: EntityCues): void {
  const at = (index: number) => (index >= first && index <= last ? lower(tagged.values[index]) : '');
  const before = at(head - 1);
  const after = at(end + 1);
  // A stripped honorific has been counted already: only a role or title outside the run counts here.
  if (tagged.pos[head - 1] !== 'PROPN' && (PERSON_ROLE_WORDS.has(before) || HONORIFICS.has(before))) cues.person += 1;
  const age = Number(at(end + 2));
  if (after === ',' && /^\d{1,3}$/.test(at(end + 2)) && age >= 1 && age <= MAX_AGE && at(end + 3) === ',')
    cues.person += 1;
  if (SPEECH_VERBS.has(after) || SPEECH_VERBS.has(before) || (before === 'to' && at(head - 2) === 'according'))
    cues.speech += 1;
  if (ORGANISATION_CONTEXT_WORDS.has(after) || (after === "'s" && ORGANISATION_CONTEXT_WORDS.has(at(end + 2))))
    cues.organisation += 1;
  if (PLACE_PREPOSITIONS.has(before) || (before === 'the' && PLACE_PREPOSITIONS.has(at(head - 2)))) cues.place += 1;
  // "in Malibu, California": the name after a comma that follows a one-word place is a place too.
  else if (before === ',' && tagged.pos[head - 2] === 'PROPN' && PLACE_PREPOSITIONS.has(at(head - 3))) cues.place += 1;
}

/** For a title-case title: counts each of the text's phrases where the title holds it as whole words. */
function countInTitle(title: string, found: Map<string, EntityMention>): void {
  const haystack = ` ${lower(title).replace(/[^\p{L}\p{N}&'.-]+/gu, ' ')} `;
  for (const [key, mention] of found) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(` ${key} `, from);
      if (at < 0) break;
      mention.count += 1;
      mention.inTitle += 1;
      from = at + key.length + 1;
    }
  }
}
