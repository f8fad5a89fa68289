-- Incremental refresh: when a failing source is next due, records a platform shows as deleted, and
-- the log of edits and deletions with the words each record had before.
ALTER TABLE sources ADD COLUMN next_due_at timestamptz;
ALTER TABLE records ADD COLUMN deleted_at timestamptz;
CREATE TABLE record_revisions (
  seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_id      text NOT NULL,
  change         text NOT NULL CHECK (change IN ('edited', 'deleted')),
  at             timestamptz NOT NULL,
  previous_title text,
  previous_text  text NOT NULL,
  raw_hash       text
);
CREATE INDEX record_revisions_record_idx ON record_revisions (record_id, seq);
