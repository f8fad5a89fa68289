/**
 * @module synthesize/classical/write-headline
 * Headline and dek candidates, best first. Headlines say what happened: the two sides of a disputed
 * figure, else the story's main claim (write-event-headline), then claims about who said it first;
 * deks say who said what when, the community set against the press.
 */
import type { Sentence, SourceRecord } from '../../model/index.js';
import { hasInjection } from '../../enrich/find-injections.js';
import { attributionOf, capitalise, sourceNameOf } from './attribution.js';
import { disputeSidesOf } from '../../weigh/find-disputed-figures.js';
import { cite, dateOf, type StoryContext } from './story-context.js';
import { EVENT_HEADLINE_WORDS, eventHeadlines, statesDisputedFigure } from './write-event-headline.js';

/** Headline length in words, from the reference page (10–14) widened to 8 for short names. */
export const HEADLINE_WORDS = { min: 8, max: 14 } as const;
/** Dek length in words, from the reference page. */
export const DEK_WORDS = { min: 20, max: 30 } as const;

/** Headline candidates: a dispute's sides, the main claim's event, who was first; then record titles and sentences of the right length. */
export function headlineCandidates(context: StoryContext): Sentence[] {
  const { firstCommunity, firstPress, pressAfterCommunity, entity } = context;
  const templated: Sentence[] = [];
  const sides = disputeSides(context);
  if (sides) {
    const { a, b, recordA, recordB, laterPress } = sides;
    const who = capitalise(sourceNameOf(recordB));
    // "Mastodon users said 90 days where Mastodon users said 365 days" names no side: then only the other form.
    if (sourceNameOf(recordA) !== sourceNameOf(recordB))
      templated.push(
        cite(`${who} said ${b.surface} where ${sourceNameOf(recordA)} said ${a.surface}`, recordB, recordA),
      );
    templated.push(
      cite(
        `${who} said ${b.surface}, not ${a.value}, before ${sourceNameOf(laterPress!)} did`,
        recordB,
        recordA,
        laterPress,
      ),
    );
  }
  // What happened before who said it first: the lead templates below are the fallback (the dek tells the lead).
  const events = new Set(eventHeadlines(context));
  templated.push(...events);
  const titled = context.input.records.filter((record) => record.title && !hasInjection(record.title));
  const titles = titled.map((record) => cite(record.title!.replace(/[.!]$/, ''), record));
  // A press report's own headline says what happened too, when no claim made one; a question says
  // nothing, nor does a title stating a disputed figure as settled (the verifier would drop it).
  templated.push(
    ...titles.filter((_, index) => {
      const record = titled[index]!;
      return (
        record.kind === 'press' && !record.title!.trim().endsWith('?') && !statesDisputedFigure(record.title!, context)
      );
    }),
  );
  if (firstCommunity && firstPress && context.communityFirst) {
    const lead = leadInWords(context.input.timing.communityLeadHours);
    const community = capitalise(sourceNameOf(firstCommunity));
    if (entity && lead && mentions(firstCommunity, entity) && mentions(firstPress, entity)) {
      templated.push(
        cite(
          `${community} ${isPlural(community) ? 'were' : 'was'} ${lead} ahead of ${sourceNameOf(firstPress)} on ${entity}`,
          firstCommunity,
          firstPress,
        ),
      );
    }
    templated.push(
      cite(
        `${capitalise(sourceNameOf(firstCommunity))} raised it before ${sourceNameOf(firstPress)} reported it`,
        firstCommunity,
        firstPress,
      ),
    );
    if (entity)
      templated.push(
        cite(
          `${capitalise(sourceNameOf(firstCommunity))} was onto the ${entity} story before the press`,
          firstCommunity,
          firstPress,
        ),
      );
  } else if (firstCommunity && firstPress) {
    const next = pressAfterCommunity && pressAfterCommunity !== firstPress ? pressAfterCommunity : null;
    const press = sourceNameOf(firstPress);
    // "The Harbor Ledger broke the news, then its readers took it up", not "then readers of The Harbor Ledger".
    const community =
      sourceNameOf(firstCommunity) === `readers of ${press}` ? 'its readers' : sourceNameOf(firstCommunity);
    templated.push(
      cite(`${capitalise(press)} broke the news, then ${community} took it up`, firstPress, firstCommunity),
    );
    if (next)
      templated.push(
        cite(
          `${capitalise(sourceNameOf(firstCommunity))} answered ${sourceNameOf(firstPress)} before ${sourceNameOf(next)} did`,
          firstPress,
          firstCommunity,
          next,
        ),
      );
  }
  const sentences = [...context.pool.candidates]
    .filter((candidate) => !candidate.isQuestion && !/["“”]/.test(candidate.text))
    .sort((x, y) => y.score - x.score || x.key.localeCompare(y.key))
    .map((candidate) => cite(candidate.text.replace(/[.!]$/, ''), candidate.record));
  // A bare title or sentence giving one side of a disputed figure would state it as settled.
  const bare = [...titles, ...sentences].filter((sentence) => !statesDisputedFigure(sentence.text, context));
  return [...templated, ...bare].filter((sentence) =>
    within(sentence.text, events.has(sentence) ? EVENT_HEADLINE_WORDS : HEADLINE_WORDS),
  );
}

/** Dek candidates: one sentence on who said what when, setting the community against the press. */
export function dekCandidates(context: StoryContext): Sentence[] {
  const { firstCommunity, firstPress, pressAfterCommunity } = context;
  const templated: Sentence[] = [];
  const sides = disputeSides(context);
  if (sides) {
    const { a, b, recordA, recordB, laterPress } = sides;
    const followed = `, as ${sourceNameOf(laterPress!)} later reported`;
    templated.push(
      cite(
        `${capitalise(sourceNameOf(recordA))} gave ${a.surface} on ${dateOf(recordA)}; ${attributionOf(recordB)} found ${b.surface} on ${dateOf(recordB)}${followed}.`,
        recordA,
        recordB,
        laterPress,
      ),
    );
  }
  if (firstCommunity && firstPress) {
    const who = attributionOf(firstCommunity);
    if (context.communityFirst) {
      // Say what the community said, in its own words, rather than that it "raised it".
      const said = firstWords(context, firstCommunity);
      const lead = leadInWords(context.input.timing.communityLeadHours);
      if (said && lead) {
        templated.push(
          cite(
            `${capitalise(who)} wrote “${said}” on ${dateOf(firstCommunity)}, ${lead} before ${sourceNameOf(firstPress)} reported it.`,
            firstCommunity,
            firstPress,
          ),
        );
      }
      templated.push(
        cite(
          `${capitalise(who)} raised it on ${dateOf(firstCommunity)}, before ${sourceNameOf(firstPress)} reported it on ${dateOf(firstPress)}; here is what each side said.`,
          firstCommunity,
          firstPress,
        ),
      );
    } else {
      const next = pressAfterCommunity && pressAfterCommunity !== firstPress ? pressAfterCommunity : null;
      if (next)
        templated.push(
          cite(
            `${capitalise(sourceNameOf(firstPress))} spoke on ${dateOf(firstPress)}, ${who} answered on ${dateOf(firstCommunity)}, and ${sourceNameOf(next)} followed on ${dateOf(next)}.`,
            firstPress,
            firstCommunity,
            next,
          ),
        );
      templated.push(
        cite(
          `${capitalise(sourceNameOf(firstPress))} reported it on ${dateOf(firstPress)} and ${who} answered on ${dateOf(firstCommunity)}; here is what the press said and what the community made of it.`,
          firstPress,
          firstCommunity,
        ),
      );
    }
  }
  // A bare sentence giving one side of a disputed figure would state it as settled.
  const sentences = [...context.pool.candidates]
    .filter((candidate) => !candidate.isQuestion && !statesDisputedFigure(candidate.text, context))
    .sort((x, y) => y.score - x.score || x.key.localeCompare(y.key))
    .map((candidate) => ({ text: candidate.text, citations: [candidate.record.id] }));
  const fitting = [...templated, ...sentences].filter((sentence) => within(sentence.text, DEK_WORDS));
  // A thin story may have nothing of dek length; its best sentence still says what the story shows.
  return fitting.length > 0 ? fitting : [...templated, ...sentences];
}

/** The main dispute's sides, only when the press later gave the community's value (a misreport is no finding). */
function disputeSides(context: StoryContext) {
  const sides = context.disputes[0] ? disputeSidesOf(context.disputes[0]) : null;
  return sides?.laterPress && sides.recordB.kind === 'community' ? sides : null;
}

/**
 * The community's lead in words without digits (a computed figure is in no record, so the verifier
 * would rightly drop it): "hours", "a day", "two days", "days". Null when there is no lead.
 */
export function leadInWords(hours: number | null): string | null {
  if (hours === null || hours <= 0) return null;
  if (hours < 2) return 'an hour';
  if (hours < 20) return 'hours';
  if (hours < 36) return 'a day';
  if (hours < 60) return 'two days';
  return 'days';
}

/** Words a dek can quote for what a record said: its best-scored statement of 6 to 16 words, without its final stop. */
const DEK_QUOTE_WORDS = { min: 6, max: 16 } as const;

function firstWords(context: StoryContext, record: SourceRecord): string | null {
  const best = [...context.pool.candidates]
    .filter((candidate) => candidate.record.id === record.id && !candidate.isQuestion && !/["“”]/.test(candidate.text))
    .filter((candidate) => within(candidate.text, DEK_QUOTE_WORDS))
    .sort((a, b) => b.score - a.score || a.index - b.index)[0];
  return best ? best.text.replace(/[.!]+$/, '') : null;
}

function mentions(record: SourceRecord, phrase: string): boolean {
  return `${record.title ?? ''}\n${record.text}`.includes(phrase);
}

/** "Bluesky users", "Mastodon users", "readers of …" take a plural verb. */
function isPlural(name: string): boolean {
  return /\busers$/.test(name) || /^readers\b/i.test(name);
}

function within(text: string, bounds: { min: number; max: number }): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words >= bounds.min && words <= bounds.max;
}
