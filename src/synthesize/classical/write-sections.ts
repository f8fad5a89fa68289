/**
 * @module synthesize/classical/write-sections
 * The argument: who raised it first, where the figures disagree, where independent sources agree,
 * what the press said, what the community argued, and what is still open; each headed by a claim.
 */
import type { ClaimGroup, Sentence, StorySection } from '../../model/index.js';
import { attributionOf, capitalise, sourceNameOf } from './attribution.js';
import type { Candidate } from './collect-candidates.js';
import { disputeSidesOf, refutesValue } from '../../weigh/find-disputed-figures.js';
import { selectDiverse } from './select-diverse.js';
import { cite, dateOf, framed, takeBest, timeOf, verbFor, type StoryContext } from './story-context.js';

/** A section needs two sentences to make a point; fewer and it is folded away. */
export const MIN_SECTION_SENTENCES = 2;
/** The page reads as an argument with three to six sections. */
export const MAX_SECTIONS = 6;

/** Writes the sections in reading order; sections with fewer than two sentences are left out. */
export function writeSections(context: StoryContext, openQuestions: Sentence[]): StorySection[] {
  const sections = [
    firstMoverSection(context),
    disputeSection(context),
    agreementSection(context),
    pressSection(context),
    communitySection(context),
  ];
  if (openQuestions.length > 0) sections.push({ title: 'What is still open', sentences: openQuestions });
  const kept = sections.filter(
    (section): section is StorySection => section !== null && section.sentences.length >= MIN_SECTION_SENTENCES,
  );
  if (kept.length < 3) kept.push(...remainderSections(context, 3 - kept.length));
  return kept.slice(0, MAX_SECTIONS);
}

/** Who spoke first and who followed, with dates, citing each record named. */
function firstMoverSection(context: StoryContext): StorySection | null {
  const { firstCommunity, firstPress, pressAfterCommunity } = context;
  if (!firstCommunity || !firstPress) return null;
  const sentences: Sentence[] = [];
  const add = (record: typeof firstPress) => {
    const best = takeBest(context, record);
    if (best) sentences.push(framed(context, best, verbFor(record), true));
  };
  if (context.communityFirst) {
    add(firstCommunity);
    // Only what the community said before the press spoke belongs to "before the press did".
    const beforePress = communityPool(context).filter(
      (c) => c.record !== firstCommunity && timeOf(c.record) < timeOf(firstPress),
    );
    for (const candidate of selectDiverse(beforePress, 1, context.used)) {
      sentences.push(framed(context, candidate, 'added', true));
    }
    add(firstPress);
    return { title: `${capitalise(sourceNameOf(firstCommunity))} raised it before the press did`, sentences };
  }
  add(firstPress);
  add(firstCommunity);
  if (pressAfterCommunity && pressAfterCommunity !== firstPress) add(pressAfterCommunity);
  const title =
    pressAfterCommunity && pressAfterCommunity !== firstPress
      ? `${capitalise(sourceNameOf(firstCommunity))} answered before the rest of the press`
      : `${capitalise(sourceNameOf(firstPress))} set out the story first`;
  return { title, sentences };
}

/** Each disputed figure side by side: both values with their sources, then each side in its own words. */
function disputeSection(context: StoryContext): StorySection | null {
  const dispute = context.disputes[0];
  if (!dispute) return null;
  const sides = disputeSidesOf(dispute);
  if (!sides) return null;
  const { a, b, recordA, recordB } = sides;
  const sentences: Sentence[] = [
    cite(
      `The sources disagree on one figure: ${attributionOf(recordA)} gave ${a.surface}, while ${attributionOf(recordB)} gave ${b.surface}.`,
      recordA,
      recordB,
    ),
  ];
  for (const [value, record] of [
    [a, recordA],
    [b, recordB],
  ] as const) {
    // The named record's own words first; else another record stating the same value.
    const candidate = [record, ...value.records]
      .map((source) => bestMentioning(context, source, value.value))
      .find(Boolean);
    if (candidate) {
      context.used.set(candidate.key, candidate);
      sentences.push(framed(context, candidate, verbFor(candidate.record), true));
    }
  }
  // A report that names the later value only to call it wrong has not come round to it.
  const pressRecord = b.records.find((record) => record.kind === 'press' && !refutesValue(record, dispute, b));
  const communityRecord = b.records.find((record) => record.kind === 'community');
  if (pressRecord && communityRecord && timeOf(communityRecord) < timeOf(pressRecord)) {
    sentences.push(
      cite(
        `${capitalise(sourceNameOf(pressRecord))} later gave ${b.surface} as well, the figure ${sourceNameOf(communityRecord)} had given first.`,
        pressRecord,
        communityRecord,
      ),
    );
  }
  return { title: 'The sources give two different figures', sentences };
}

/** Corroborated claims told in the section, at most: the strongest few make the point. */
export const MAX_AGREEMENT_CLAIMS = 2;

/**
 * Where independent sources agree: the best-corroborated claims (press and community together first),
 * each as its earliest statement not yet printed and a later independent source's own words for it, dated.
 */
function agreementSection(context: StoryContext): StorySection | null {
  const byId = new Map(context.input.records.map((record) => [record.id, record]));
  const candidateFor = (recordId: string, text: string) =>
    context.pool.candidates.find(
      (candidate) =>
        candidate.record.id === recordId &&
        candidate.text === text &&
        !candidate.isQuestion &&
        !context.used.has(candidate.key),
    ) ?? null;
  const spansSides = (claim: ClaimGroup) => new Set(claim.recordIds.map((id) => byId.get(id)?.kind)).size > 1;
  const corroborated = context.input.claims
    .filter((claim) => claim.status === 'corroborated')
    .sort((a, b) => Number(spansSides(b)) - Number(spansSides(a)) || b.independentSources - a.independentSources);
  const sentences: Sentence[] = [];
  let told = 0;
  let bothSides = false;
  for (const claim of corroborated) {
    if (told >= MAX_AGREEMENT_CLAIMS) break;
    // The earliest mentions not yet printed: a section before this one may have used the first.
    const [first, ...later] = claim.mentions
      .map((mention) => candidateFor(mention.recordId, mention.text))
      .filter((candidate) => candidate !== null);
    const firstVenue = first ? (first.record.venue ?? first.record.platform) : null;
    const second =
      later.find(
        (candidate) =>
          candidate !== null &&
          (candidate.record.venue ?? candidate.record.platform) !== firstVenue &&
          candidate.record.kind !== first?.record.kind,
      ) ??
      later.find(
        (candidate) => candidate !== null && (candidate.record.venue ?? candidate.record.platform) !== firstVenue,
      );
    if (!first || !second) continue;
    for (const candidate of [first, second]) {
      context.used.set(candidate.key, candidate);
      sentences.push(framed(context, candidate, verbFor(candidate.record), true));
    }
    bothSides ||= first.record.kind !== second.record.kind;
    told += 1;
  }
  if (told === 0) return null;
  return {
    title: bothSides
      ? 'The press and the community agree on the core facts'
      : 'Independent sources give the same account',
    sentences,
  };
}

/** What the press reported, best sentences across outlets, with dates. */
function pressSection(context: StoryContext): StorySection | null {
  const picks = selectDiverse(pressPool(context), context.thresholds.maxSectionSentences - 1, context.used);
  if (picks.length === 0) return null;
  const sentences = picks.sort(byTime).map((candidate) => framed(context, candidate, verbFor(candidate.record), true));
  const title = context.communityFirst
    ? 'The press followed with its own reporting'
    : 'What the press reported and when';
  return { title, sentences };
}

/** The community's argument: its best distinct sentences, highest-scored first. */
function communitySection(context: StoryContext): StorySection | null {
  const picks = selectDiverse(communityPool(context), context.thresholds.maxSectionSentences - 1, context.used);
  if (picks.length === 0) return null;
  const venues = [...new Set(picks.map((candidate) => sourceNameOf(candidate.record)))].slice(0, 2);
  return {
    title: `${capitalise(venues.join(' and '))} made the case in ${venues.length > 1 ? 'their' : 'its'} own words`,
    sentences: picks.map((candidate) => framed(context, candidate, 'argued')),
  };
}

/** When the story is too thin for the named sections: its best remaining sentences, in sections of two or three. */
function remainderSections(context: StoryContext, wanted: number): StorySection[] {
  const titles = ['What the sources say', 'What else the records show', 'Further detail from the sources'];
  const sections: StorySection[] = [];
  for (let index = 0; index < wanted; index++) {
    const picks = selectDiverse(
      context.pool.candidates.filter((candidate) => !candidate.isQuestion),
      3,
      context.used,
    );
    if (picks.length < MIN_SECTION_SENTENCES) break;
    sections.push({
      title: titles[index]!,
      sentences: picks.sort(byTime).map((candidate) => framed(context, candidate, verbFor(candidate.record), true)),
    });
  }
  return sections;
}

function bestMentioning(context: StoryContext, record: Candidate['record'], value: string): Candidate | null {
  const pattern = new RegExp(`(?<![\\d.,])${value.replace(/\./g, '\\.')}(?![\\d])`);
  return (
    context.pool.candidates
      .filter((candidate) => candidate.record === record && !candidate.isQuestion && !context.used.has(candidate.key))
      .filter((candidate) => pattern.test(candidate.text.replace(/(\d),(\d{3})/g, '$1$2')))
      .sort((x, y) => y.score - x.score || x.index - y.index)[0] ?? null
  );
}

function pressPool(context: StoryContext): Candidate[] {
  return context.pool.candidates.filter((candidate) => candidate.record.kind === 'press' && !candidate.isQuestion);
}

function communityPool(context: StoryContext): Candidate[] {
  return context.pool.candidates.filter((candidate) => candidate.record.kind === 'community' && !candidate.isQuestion);
}

function byTime(a: Candidate, b: Candidate): number {
  return (
    (dateOf(a.record) === null ? 1 : 0) - (dateOf(b.record) === null ? 1 : 0) ||
    (a.record.publishedAt ?? '').localeCompare(b.record.publishedAt ?? '') ||
    a.index - b.index
  );
}
