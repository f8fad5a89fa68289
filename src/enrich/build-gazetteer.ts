/**
 * @module enrich/build-gazetteer
 * A collection's gazetteer, from its records' stored entity phrases alone: short forms merged into
 * the longer names they stand for ("Kestrel" into "Kestrel Semiconductor"), each entry typed from
 * the evidence summed over every record that names it.
 */
import type { EntityCues, EntityMention, EntityType } from '../model/index.js';
import { NAME_CONNECTORS } from './entity-cue-words.js';
import { typeEntity } from './type-entity.js';

/**
 * Records a short form and a longer name must share before the short form is merged into it: one,
 * since a news story names "Kestrel Semiconductor" once and "Kestrel" after, and rarely both for two
 * different things. A short form found beside several longer names goes to the one it shares most records with.
 * Also asking that a share of the short form's records name the longer one (against merging
 * "Microsoft" into a one-off mis-tagged headline run) lowered ECB+ type accuracy: 0.571 → 0.567 at
 * a quarter, 0.551 at a half (npm run eval -- entities), so it is not asked.
 */
export const MERGE_MIN_SHARED_RECORDS = 1;

/** One entity of a collection. */
export interface GazetteerEntry {
  /** Lower-cased canonical phrase: the longest form the records use. */
  key: string;
  /** The canonical phrase as most often written (ties: first seen). */
  name: string;
  type: EntityType;
  /** Lower-cased shorter forms merged into it, sorted. */
  aliases: string[];
  /** Occurrences of the name and its aliases over the collection. */
  count: number;
  /** Records naming it or an alias. */
  records: number;
}

/** A collection's entities, most mentioned first (ties by key). */
export interface Gazetteer {
  entries: GazetteerEntry[];
  /** The entry a phrase (any case) is or is an alias of; undefined when the collection never named it. */
  entryOf(phrase: string): GazetteerEntry | undefined;
}

interface Tally {
  key: string;
  tokens: string[];
  surfaces: Map<string, number>;
  count: number;
  records: Set<number>;
  cues: EntityCues;
}

/**
 * The gazetteer of a collection given each record's `entities` (enrich/find-entities), in record
 * order. Steps: (1) tally each lower-cased phrase: occurrences, records, cues, spellings; (2) merge
 * each phrase into a longer one whose first or last words it is and that shares at least
 * {@link MERGE_MIN_SHARED_RECORDS} records with it, choosing the one sharing most records (then most
 * mentioned, then by key), never across a connector ("England" stays apart from "Bank of England");
 * chains resolve to the longest; (3) type each entry with typeEntity over its name and the summed
 * cues of its forms, a surname-like alias (last words) adding person cues and a first-words alias
 * organisation cues, one per shared record. Deterministic: the same records give the same gazetteer.
 */
export function buildGazetteer(collection: Iterable<readonly EntityMention[]>): Gazetteer {
  const tallies = tallyPhrases(collection);
  const parentOf = mergeShortForms(tallies);
  const groups = new Map<string, Tally[]>();
  for (const tally of tallies.values()) {
    const root = rootOf(tally.key, parentOf);
    const group = groups.get(root);
    if (group) group.push(tally);
    else groups.set(root, [tally]);
  }
  const entries: GazetteerEntry[] = [];
  const entryByKey = new Map<string, GazetteerEntry>();
  for (const [root, members] of groups) {
    const canonical = tallies.get(root)!;
    const cues: EntityCues = { person: 0, speech: 0, organisation: 0, place: 0 };
    const records = new Set<number>();
    let count = 0;
    for (const member of members) {
      addCues(cues, member.cues);
      for (const record of member.records) records.add(record);
      count += member.count;
      if (member === canonical) continue;
      const shared = [...member.records].filter((record) => canonical.records.has(record)).length;
      if (isSuffix(member.tokens, canonical.tokens)) cues.person += shared;
      else cues.organisation += shared;
    }
    const name = mostWritten(canonical.surfaces);
    const aliases = members
      .filter((member) => member !== canonical)
      .map((member) => member.key)
      .sort();
    const entry: GazetteerEntry = {
      key: root,
      name,
      type: typeEntity(name, cues),
      aliases,
      count,
      records: records.size,
    };
    entries.push(entry);
    for (const member of members) entryByKey.set(member.key, entry);
  }
  entries.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { entries, entryOf: (phrase) => entryByKey.get(phrase.toLocaleLowerCase('en-US')) };
}

function tallyPhrases(collection: Iterable<readonly EntityMention[]>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  let recordIndex = 0;
  for (const mentions of collection) {
    for (const mention of mentions) {
      const key = mention.text.toLocaleLowerCase('en-US');
      let tally = tallies.get(key);
      if (!tally) {
        tally = {
          key,
          tokens: key.split(' '),
          surfaces: new Map(),
          count: 0,
          records: new Set(),
          cues: { person: 0, speech: 0, organisation: 0, place: 0 },
        };
        tallies.set(key, tally);
      }
      tally.surfaces.set(mention.text, (tally.surfaces.get(mention.text) ?? 0) + mention.count);
      tally.count += mention.count;
      tally.records.add(recordIndex);
      addCues(tally.cues, mention.cues);
    }
    recordIndex += 1;
  }
  return tallies;
}

/** Short form key → the longer key it merges into (see buildGazetteer step 2). */
function mergeShortForms(tallies: Map<string, Tally>): Map<string, string> {
  const longerByPart = new Map<string, Tally[]>();
  for (const tally of tallies.values()) {
    const { tokens } = tally;
    const connectorAt = tokens.findIndex((token, index) => index > 0 && (NAME_CONNECTORS.has(token) || token === 'of'));
    for (let length = 1; length < tokens.length; length += 1) {
      // A first-words form must end before a connector; a last-words form is only taken from a name without one.
      if (connectorAt < 0 || length < connectorAt) pushTo(longerByPart, tokens.slice(0, length).join(' '), tally);
      if (connectorAt < 0) pushTo(longerByPart, tokens.slice(tokens.length - length).join(' '), tally);
    }
  }
  const parentOf = new Map<string, string>();
  for (const tally of tallies.values()) {
    let best: { tally: Tally; shared: number } | undefined;
    for (const longer of new Set(longerByPart.get(tally.key) ?? [])) {
      const shared = [...tally.records].filter((record) => longer.records.has(record)).length;
      if (shared < MERGE_MIN_SHARED_RECORDS) continue;
      if (
        !best ||
        shared > best.shared ||
        (shared === best.shared &&
          (longer.count > best.tally.count || (longer.count === best.tally.count && longer.key < best.tally.key)))
      ) {
        best = { tally: longer, shared };
      }
    }
    if (best) parentOf.set(tally.key, best.tally.key);
  }
  return parentOf;
}

/** The key a chain of merges ends at (merges only go to longer keys, so chains end). */
function rootOf(key: string, parentOf: Map<string, string>): string {
  let root = key;
  for (let parent = parentOf.get(root); parent !== undefined; parent = parentOf.get(root)) root = parent;
  return root;
}

function isSuffix(short: readonly string[], long: readonly string[]): boolean {
  return (
    short.length < long.length && short.every((token, index) => token === long[long.length - short.length + index])
  );
}

function mostWritten(surfaces: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of surfaces) if (count > bestCount) [best, bestCount] = [surface, count];
  return best;
}

function addCues(into: EntityCues, cues: EntityCues): void {
  into.person += cues.person;
  into.speech += cues.speech;
  into.organisation += cues.organisation;
  into.place += cues.place;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
