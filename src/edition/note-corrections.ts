/**
 * @module edition/note-corrections
 * Keeps published stories true as their sources change: when a record a story cited has been
 * edited or corrected since the previous edition, the story (re-verified by this build against the
 * record's current text) carries a dated changelog entry saying what changed and what no longer stands.
 */
import { publishedSentences, recordDigest, type Edition, type SourceRecord, type Story } from '../model/index.js';

/**
 * The story with its changelog: the previous edition's entries, plus one for this edition when
 * records it cited there changed or disappeared. `previous` is the same story in the previous edition.
 */
export function noteCorrections(
  story: Story,
  previous: Story | undefined,
  recordsById: ReadonlyMap<string, SourceRecord>,
  edition: Pick<Edition, 'id' | 'createdAt'>,
): Story {
  if (!previous) return story;
  const changed: string[] = [];
  const gone: string[] = [];
  for (const [id, digest] of Object.entries(previous.citedDigests ?? {})) {
    const record = recordsById.get(id);
    if (!record) gone.push(id);
    else if (recordDigest(record) !== digest) changed.push(id);
  }
  const changelog = [...(previous.changelog ?? [])];
  if (changed.length + gone.length > 0) {
    const touched = new Set([...changed, ...gone]);
    const now = new Set(publishedSentences(story).map((sentence) => sentence.text));
    const withdrawn = publishedSentences(previous).filter(
      (sentence) => sentence.citations.some((id) => touched.has(id)) && !now.has(sentence.text),
    );
    const name = (id: string) => recordsById.get(id)?.venue ?? id;
    const parts = [
      changed.length > 0
        ? `${changed.length === 1 ? 'a cited record was' : `${changed.length} cited records were`} edited at the source (${changed.map(name).join(', ')})`
        : null,
      gone.length > 0
        ? `${gone.length === 1 ? 'a cited record is' : `${gone.length} cited records are`} no longer available (${gone.join(', ')})`
        : null,
    ].filter(Boolean);
    const outcome =
      withdrawn.length === 0
        ? 'every sentence was checked again against the current text and still stands'
        : `every sentence was checked again against the current text, and ${withdrawn.length === 1 ? 'one sentence of the earlier version no longer stands and was withdrawn' : `${withdrawn.length} sentences of the earlier version no longer stand and were withdrawn`}: ${withdrawn.map((sentence) => `“${sentence.text}”`).join(' ')}`;
    changelog.push({
      at: edition.createdAt,
      editionId: edition.id,
      note: `Since the previous edition ${parts.join(' and ')}; ${outcome}.`,
      recordIds: [...touched],
    });
  }
  return { ...story, changelog };
}
