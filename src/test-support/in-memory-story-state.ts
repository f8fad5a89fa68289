/**
 * @module test-support/in-memory-story-state
 * The story stream's stored state held in maps: the in-memory record store's half of the
 * RecordStore methods on story state (store/story-state), with the SQL store's semantics.
 */
import type { StoredStory, StoryStateChange, TermDocuments } from '../store/story-state.js';

/** Story states, their index terms, memberships and document frequencies, as the SQL tables hold them. */
export class InMemoryStoryState {
  private readonly stories = new Map<string, StoredStory>();
  /** term → story id → the story's first time when filed. */
  private readonly terms = new Map<string, Map<string, string>>();
  private readonly members = new Map<string, string>();
  private readonly frequencies = new Map<string, number>();
  private documents = 0;

  filedUnder(terms: string[], since: string, perTerm: number): StoredStory[] {
    const ids = new Set<string>();
    for (const term of new Set(terms)) {
      const filed = [...(this.terms.get(term) ?? new Map<string, string>())]
        .filter(([, firstAt]) => Date.parse(firstAt) >= Date.parse(since))
        .sort((a, b) => Date.parse(b[1]) - Date.parse(a[1]))
        .slice(0, perTerm);
      for (const [id] of filed) ids.add(id);
    }
    return this.byId([...ids]);
  }
  byId(ids: string[]): StoredStory[] {
    return ids
      .map((id) => this.stories.get(id))
      .filter((story): story is StoredStory => story !== undefined)
      .sort((a, b) => Date.parse(a.firstAt) - Date.parse(b.firstAt) || (a.id < b.id ? -1 : 1));
  }
  storiesOf(recordIds: string[]): Map<string, string> {
    const found = new Map<string, string>();
    for (const id of recordIds) {
      const story = this.members.get(id);
      if (story) found.set(id, story);
    }
    return found;
  }
  recordIdsOf(storyIds: string[]): Map<string, string[]> {
    const wanted = new Set(storyIds);
    const found = new Map<string, string[]>();
    for (const [recordId, storyId] of [...this.members].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (!wanted.has(storyId)) continue;
      found.set(storyId, [...(found.get(storyId) ?? []), recordId]);
    }
    return found;
  }
  count(documents: string[][]): TermDocuments {
    this.documents += documents.length;
    const frequencies = new Map<string, number>();
    for (const terms of documents) {
      for (const term of new Set(terms)) {
        const total = (this.frequencies.get(term) ?? 0) + 1;
        this.frequencies.set(term, total);
        frequencies.set(term, total);
      }
    }
    return { documents: this.documents, frequencies };
  }
  save(changes: StoryStateChange[]): void {
    for (const { story, terms, recordIds } of changes) {
      this.stories.set(story.id, structuredClone(story));
      for (const term of terms) {
        const filed = this.terms.get(term) ?? new Map<string, string>();
        filed.set(story.id, story.firstAt);
        this.terms.set(term, filed);
      }
      for (const recordId of recordIds) this.members.set(recordId, story.id);
    }
  }
  forgetRecords(recordIds: Iterable<string>): void {
    for (const id of recordIds) this.members.delete(id);
  }
  clear(): void {
    this.stories.clear();
    this.terms.clear();
    this.members.clear();
    this.frequencies.clear();
    this.documents = 0;
  }
}
