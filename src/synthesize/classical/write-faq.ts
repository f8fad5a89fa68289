/**
 * @module synthesize/classical/write-faq
 * Frequently asked: questions people asked in community records, each answered by cited sentences of
 * other records that address it, or said openly to be unanswered, citing where it was asked.
 */
import type { FaqItem, Sentence } from '../../model/index.js';
import { attributionOf, capitalise } from './attribution.js';
import type { Candidate } from './collect-candidates.js';
import { engagementOf } from './write-quotes.js';
import { cite, dateOf, framed, verbFor, type StoryContext } from './story-context.js';
import { cosine } from './text-vectors.js';

/** Two questions this similar (TF-IDF cosine) are the same question asked twice. */
export const SAME_QUESTION_SIMILARITY = 0.5;
/** A direct reply to the asking record is more likely to answer it; this much is added to its similarity. */
export const REPLY_BONUS = 0.15;
/** Sentences quoted per answer. */
export const MAX_ANSWER_SENTENCES = 2;

/** The FAQ items, and for each unanswered question the sentences that say so for "What is still open". */
export interface FaqResult {
  faq: FaqItem[];
  openQuestions: Sentence[];
}

/** Writes up to `maxFaqItems` items from the most engaged and central community questions. */
export function writeFaq(context: StoryContext): FaqResult {
  const questions = distinctQuestions(context).slice(0, context.thresholds.maxFaqItems);
  const faq: FaqItem[] = [];
  const openQuestions: Sentence[] = [];
  for (const { question, askedIn } of questions) {
    const answers = answersTo(context, question, askedIn);
    if (answers.length > 0) {
      faq.push({
        question: question.text,
        askedIn: askedIn.map((candidate) => candidate.record.id),
        answer: answers.map((answer) => framed(context, answer, verbFor(answer.record), true)),
      });
      continue;
    }
    const asker = question.record;
    const where = `${attributionOf(asker)} asked it${dateOf(asker) ? ` on ${dateOf(asker)}` : ''}`;
    faq.push({
      question: question.text,
      askedIn: askedIn.map((candidate) => candidate.record.id),
      answer: [cite(`No source in this story answers this yet; ${where}.`, asker)],
    });
    if (openQuestions.length === 0) {
      openQuestions.push(
        cite(
          `${capitalise(attributionOf(asker))} asked${dateOf(asker) ? ` on ${dateOf(asker)}` : ''}: “${question.text}”`,
          asker,
        ),
      );
      openQuestions.push(cite('No record in this story answers that question yet.', asker));
    }
  }
  return { faq, openQuestions };
}

/** Community questions, most engaged and central first, with near-duplicates merged into one. */
function distinctQuestions(context: StoryContext): Array<{ question: Candidate; askedIn: Candidate[] }> {
  const ranked = context.pool.candidates
    .filter((candidate) => candidate.isQuestion && candidate.record.kind === 'community')
    .sort((a, b) => rank(b) - rank(a) || a.key.localeCompare(b.key));
  const groups: Array<{ question: Candidate; askedIn: Candidate[] }> = [];
  for (const candidate of ranked) {
    const same = groups.find((group) => cosine(group.question.vector, candidate.vector) >= SAME_QUESTION_SIMILARITY);
    if (same) same.askedIn.push(candidate);
    else groups.push({ question: candidate, askedIn: [candidate] });
  }
  return groups;
}

function rank(candidate: Candidate): number {
  return candidate.centrality + 0.1 * Math.log10(1 + engagementOf(candidate.record));
}

/** Sentences of other records whose similarity to the question clears the threshold, best first. */
function answersTo(context: StoryContext, question: Candidate, askedIn: Candidate[]): Candidate[] {
  const askers = new Set(askedIn.map((candidate) => candidate.record.id));
  return context.pool.candidates
    .filter((candidate) => !candidate.isQuestion && !askers.has(candidate.record.id))
    .map((candidate) => ({
      candidate,
      similarity:
        cosine(question.vector, candidate.vector) +
        (candidate.record.parentId && askers.has(candidate.record.parentId) ? REPLY_BONUS : 0),
    }))
    .filter(({ similarity }) => similarity >= context.thresholds.faqAnswerSimilarity)
    .sort((a, b) => b.similarity - a.similarity || a.candidate.key.localeCompare(b.candidate.key))
    .slice(0, MAX_ANSWER_SENTENCES)
    .map(({ candidate }) => candidate);
}
