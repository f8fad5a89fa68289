-- The append-only story log: created, records added or removed, merged, split, headline changed.
CREATE TABLE story_events (
  seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  story_id   text NOT NULL,
  edition_id text NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
  at         timestamptz NOT NULL,
  kind       text NOT NULL,
  document   jsonb NOT NULL
);
CREATE INDEX story_events_story_idx ON story_events (story_id, seq);
