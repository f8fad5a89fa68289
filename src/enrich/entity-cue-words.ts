/**
 * @module enrich/entity-cue-words
 * The words find-entities reads around a proper-noun phrase: honorifics and roles, speech verbs, and
 * the nouns and prepositions that mark organisations and places. All lower-case.
 */

/**
 * Titles written before a name; stripped from the phrase ("Governor Andrew Bailey" → "Andrew Bailey"),
 * a person cue. Left out on purpose: "general", "justice", "star", "father" (General Electric, Justice
 * Department, Star Wars, Father Christmas begin names that are not people).
 */
export const HONORIFICS: ReadonlySet<string> = new Set(
  (
    'mr mr. mrs mrs. ms ms. dr dr. sir dame lady lord prof prof. professor president governor gov. senator sen. ' +
    'representative rep. judge mayor minister chancellor secretary premier king queen prince princess pope ' +
    'bishop archbishop rev. reverend sheriff officer detective sergeant sgt. captain capt. lieutenant lt. ' +
    'colonel col. gen. coach chairman chairwoman ceo actress actor singer rapper'
  ).split(' '),
);
/** Lower-case role nouns written before a name ("actress Tara Reid", "striker Lionel Messi"): person cues. */
export const PERSON_ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'actress actor singer rapper star model spokesman spokeswoman spokesperson player striker defender goalkeeper ' +
    'manager coach director producer author writer journalist reporter lawyer attorney prosecutor suspect victim ' +
    'boyfriend girlfriend husband wife son daughter brother sister mother father rep publicist chief executive ' +
    'founder candidate leader musician comedian host pitcher quarterback'
  ).split(' '),
);
/** Speech verbs next to a name ("Reid said", "said Reid", "told"): person cues for full-name shapes only. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says told tells added stated explained wrote asked replied confirmed'.split(' '),
);
/** Nouns right after a name that make it an organisation ("Kestrel spokesman", "Kestrel's shares"). */
export const ORGANISATION_CONTEXT_WORDS: ReadonlySet<string> = new Set(
  'spokesman spokeswoman spokesperson shares stock executives employees staff subsidiary headquarters shareholders customers officials'.split(
    ' ',
  ),
);
/** Prepositions right before a name (or before "the" and a name) that make it a place: "in Malibu", "from the Philippines". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in from near across throughout outside inside around into'.split(' '),
);
/** Words after which an inner "of" joins two proper nouns ("Bank of England", "University of California"). */
export const OF_HEADS: ReadonlySet<string> = new Set(
  (
    'bank university college department ministry republic kingdom state states city council institute church ' +
    'house museum school academy duke duchess isle gulf bay court commission office board federation union ' +
    'association society league party sea lake mount port'
  ).split(' '),
);
/** Inner words of names that join two proper nouns wherever they stand between them ("Procter & Gamble", "Leonardo da Vinci"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set('& de da del der van von du la le'.split(' '));
/** Capitalised calendar words: wink tags them PROPN, but they name no entity. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan jan. feb feb. mar mar. ' +
    'apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. monday tuesday wednesday ' +
    'thursday friday saturday sunday'
  ).split(' '),
);
