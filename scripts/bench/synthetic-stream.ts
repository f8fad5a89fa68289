/**
 * A realistic synthetic stream for the scale bench, made at run time from a seed (nothing stored):
 * many outlets, communities with threads, syndicated copies, and storylines running over weeks.
 * Names are invented from syllables; the text is templated news prose around each storyline's own
 * entities, figures and vocabulary, so clustering, deduplication and claims have real work to do.
 */
import { recordIdFor, type Platform, type SourceRecord } from '../../src/model/index.js';

/** Records per storyline on average: a busy story on a beat gathers dozens of articles and posts. */
const RECORDS_PER_STORYLINE = 40;
/** Share of press records that republish another outlet's article with small edits (wire copy). */
const SYNDICATED_SHARE = 0.12;
/** Share of community records that are replies within a thread rather than thread roots. */
const REPLY_SHARE = 0.6;
/** Share of records that belong to no storyline (the long tail of one-off items). */
const NOISE_SHARE = 0.1;
/** Days the whole stream spans; each storyline runs up to three weeks inside it. */
const STREAM_DAYS = 120;
const STORYLINE_DAYS = 21;
const OUTLETS = 60;
const COMMUNITIES = 40;

const SYLLABLES = 'ka lo mer tin vas ro del fen gar hul ix jor bel sta wen qua nor pe tri zan ost kel mar vu'.split(
  ' ',
);
const FILLER = (
  'the a and of to in that on for with as by at from its this after said will would could more than about over ' +
  'officials residents analysts company report plan data figures week month year council board agency market system service'
).split(' ');
const VERBS =
  'announced confirmed reported disclosed warned approved delayed cancelled expanded reduced priced launched'.split(
    ' ',
  );
const NOUNS =
  'contract budget outage recall upgrade merger license timetable retention forecast earnings shortage launch bus'.split(
    ' ',
  );
const UNITS = ['percent', 'million', 'days', 'hours', 'jobs', 'units', 'km', 'GB'];

/** mulberry32: a small, fast, seedable PRNG, so every run makes the same stream. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Storyline {
  entity: string;
  place: string;
  noun: string;
  verb: string;
  figures: string[];
  words: string[];
  startMs: number;
}

export function syntheticStream(count: number, seed = 20261201): SourceRecord[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = (parts: number) => Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
  const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const outlets = Array.from(
    { length: OUTLETS },
    () => `The ${title(name(2))} ${pick(['Post', 'Times', 'Wire', 'Ledger', 'Herald', 'Observer'])}`,
  );
  const communities = Array.from({ length: COMMUNITIES }, (_, index) =>
    index % 2 === 0
      ? { platform: 'reddit' as Platform, venue: `r/${name(2)}` }
      : { platform: 'forum' as Platform, venue: `${title(name(2))} Forums` },
  );
  const start = Date.parse('2026-07-01T00:00:00.000Z');
  const storylines: Storyline[] = Array.from(
    { length: Math.max(1, Math.round(count / RECORDS_PER_STORYLINE)) },
    () => ({
      entity: `${title(name(2))} ${pick(['Labs', 'Rail', 'Energy', 'Council', 'Mining', 'Systems', 'Bank'])}`,
      place: title(name(3)),
      noun: pick(NOUNS),
      verb: pick(VERBS),
      figures: Array.from({ length: 3 }, () => `${1 + Math.floor(random() * 900)} ${pick(UNITS)}`),
      words: Array.from({ length: 12 }, () => name(2)),
      startMs: start + random() * (STREAM_DAYS - STORYLINE_DAYS) * 86_400_000,
    }),
  );
  const sentence = (story: Storyline) => {
    const filler = Array.from({ length: 6 }, () => pick(FILLER));
    return (
      `${story.entity} ${story.verb} the ${story.noun} in ${story.place}, ${filler.slice(0, 3).join(' ')} ${pick(story.words)} ${pick(story.words)} ` +
      `${pick(story.figures)} ${filler.slice(3).join(' ')} ${pick(story.words)}.`
    );
  };
  const records: SourceRecord[] = [];
  const roots = new Map<Storyline, SourceRecord[]>();
  const press = new Map<Storyline, SourceRecord[]>();
  for (let index = 0; index < count; index++) {
    const noise = random() < NOISE_SHARE;
    const story = noise
      ? { ...pick(storylines), entity: title(name(3)), words: Array.from({ length: 12 }, () => name(2)) }
      : pick(storylines);
    const at = new Date(story.startMs + random() * STORYLINE_DAYS * 86_400_000).toISOString();
    const text = Array.from({ length: 3 + Math.floor(random() * 5) }, () => sentence(story)).join(' ');
    const isPress = random() < 0.4;
    if (isPress) {
      const earlier = press.get(story) ?? [];
      const original = earlier.length > 0 && random() < SYNDICATED_SHARE ? pick(earlier) : null;
      const outlet = pick(outlets);
      const externalId = `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${index}`;
      const body = original ? `${original.text} This story originally appeared on ${original.venue}.` : text;
      const record = base(
        'feed',
        externalId,
        outlet,
        at,
        body,
        original ? original.title : `${story.entity} ${story.verb} ${story.noun} in ${story.place}`,
      );
      if (!noise) press.set(story, [...earlier, record]);
      records.push(record);
      continue;
    }
    const community = pick(communities);
    const threads = roots.get(story) ?? [];
    const parent = !noise && threads.length > 0 && random() < REPLY_SHARE ? pick(threads) : null;
    const externalId = `${community.venue}-${index}`;
    const record = base(
      community.platform,
      externalId,
      parent?.venue ?? community.venue,
      at,
      text,
      parent ? null : `${story.entity} ${story.noun}?`,
    );
    if (parent) {
      record.threadId = parent.threadId ?? parent.id;
      record.parentId = parent.id;
      record.platform = parent.platform;
      record.id = recordIdFor(parent.platform, externalId);
    } else if (!noise) roots.set(story, [...threads, record]);
    record.engagement = { score: Math.floor(random() ** 3 * 2000) };
    records.push(record);
  }
  return records;
}

function base(
  platform: Platform,
  externalId: string,
  venue: string,
  at: string,
  text: string,
  title: string | null,
): SourceRecord {
  return {
    id: recordIdFor(platform, externalId),
    platform,
    kind: platform === 'feed' ? 'press' : 'community',
    sourceId: null,
    externalId,
    url: null,
    canonicalUrl: null,
    title,
    author: null,
    publishedAt: at,
    fetchedAt: at,
    text,
    threadId: null,
    parentId: null,
    engagement: {},
    language: 'en',
    venue,
    rawHash: externalId,
  };
}
