/**
 * @module publish/web/story-reading-order
 * The order in which a story page prints its parts, so citation numbers follow the reader's eye.
 */
import type { CommunityQuote, Sentence, Story, StorySection } from '../../model/index.js';

/** A section and the community quotes printed after it. */
export interface SectionWithQuotes {
  section: StorySection;
  quotes: CommunityQuote[];
}

/**
 * Sets quote i after section i, as a pull quote inside the argument; quotes beyond the last
 * section follow the last section. A story without sections gets one untitled holder for its quotes.
 */
export function interleaveQuotes(story: Story): SectionWithQuotes[] {
  const sections =
    story.sections.length > 0 ? story.sections : story.quotes.length > 0 ? [{ title: '', sentences: [] }] : [];
  return sections.map((section, index) => ({
    section,
    quotes: index === sections.length - 1 ? story.quotes.slice(index) : story.quotes.slice(index, index + 1),
  }));
}

/** Every sentence of the story in the order the story page prints it. */
export function storyReadingOrder(story: Story): Sentence[] {
  return [
    story.headline,
    story.dek,
    ...interleaveQuotes(story).flatMap(({ section, quotes }) => [
      ...section.sentences,
      ...quotes.map((quote) => quote.sentence),
    ]),
    ...story.storySoFar,
    // A question's "asked in" links follow its answer.
    ...story.faq.flatMap((item) => [...item.answer, { text: item.question, citations: item.askedIn }]),
  ];
}
