-- Stories kept up to date as records arrive (pipeline/update-stories.ts), and editions that reference
-- story versions instead of copying them. Also the index record removal needs.

-- Each story of the stream, as cluster/assign-to-stories keeps it in memory: the sums of its units'
-- vectors ([[term, weight], ...], heaviest first, capped by cluster/story-state-of.ts), how many units
-- it holds (the n of its average cosine), its time span, its names, and a version that grows each
-- time its records change.
CREATE TABLE story_state (
  id              text PRIMARY KEY,
  units           integer NOT NULL,
  full_vector     jsonb NOT NULL,
  content_vector  jsonb NOT NULL,
  first_at        timestamptz NOT NULL,
  last_at         timestamptz NOT NULL,
  names           jsonb NOT NULL,
  version         integer NOT NULL,
  updated_at      timestamptz NOT NULL
);

-- The inverted index a new unit finds its candidate stories by: each story under its units' top terms.
CREATE TABLE story_terms (
  term      text NOT NULL,
  story_id  text NOT NULL REFERENCES story_state (id) ON DELETE CASCADE,
  first_at  timestamptz NOT NULL,
  PRIMARY KEY (term, story_id)
);
CREATE INDEX story_terms_recent_idx ON story_terms (term, first_at DESC);
CREATE INDEX story_terms_story_idx ON story_terms (story_id);

-- Which story each assigned record is in.
CREATE TABLE story_members (
  record_id  text PRIMARY KEY,
  story_id   text NOT NULL REFERENCES story_state (id) ON DELETE CASCADE
);
CREATE INDEX story_members_story_idx ON story_members (story_id);

-- Document frequencies of the stream's terms, for the idf of a new record's vector.
CREATE TABLE term_documents (
  term       text PRIMARY KEY,
  documents  integer NOT NULL
);
CREATE TABLE stream_documents (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  documents  bigint NOT NULL
);

-- An edition that republishes a story unchanged references the row of the edition that wrote it
-- (`written_in`) rather than copying its document; such rows hold no document.
ALTER TABLE stories ALTER COLUMN document DROP NOT NULL;
ALTER TABLE stories ADD COLUMN written_in text;

-- Removing a record drops its raw payload once no other record needs it: found by this index.
CREATE INDEX records_raw_hash_idx ON records (raw_hash);
