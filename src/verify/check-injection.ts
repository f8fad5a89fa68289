/**
 * @module verify/check-injection
 * Layer `injection`: no published sentence carries an instruction found in a source (quoted or
 * not), markup, a fake citation marker, or a link the cited records do not hold. Source text is data.
 */
import { findInjections } from '../enrich/find-injections.js';
import { citedRecords, type SentenceCheck } from './sentence-check.js';

const URL_PATTERN = /\b(?:https?|ftp|javascript|data):[^\s"”)]+|\bwww\.[^\s"”)]+/gi;

/** Fails a sentence that repeats an injection or names a link its cited records do not hold. */
export const checkInjection: SentenceCheck = {
  layer: 'injection',
  check(sentence, context) {
    const instructing = sentence.citations.find((id) => context.instructing.has(id));
    if (instructing)
      return `the sentence cites ${instructing}, a record that tries to instruct (${context.instructing.get(instructing)})`;
    for (const text of [sentence.text, ...context.extraQuotes]) {
      const [finding] = findInjections(text);
      if (finding)
        return `the sentence carries text that instructs rather than informs (${finding.kind}: "${finding.excerpt}")`;
    }
    const records = citedRecords(sentence, context);
    for (const url of sentence.text.match(URL_PATTERN) ?? []) {
      const held = records.some(
        (record) => [record.url, record.canonicalUrl].includes(url) || record.text.includes(url),
      );
      if (!held) return `the sentence links to ${url}, which no cited record holds`;
    }
    return null;
  },
};
