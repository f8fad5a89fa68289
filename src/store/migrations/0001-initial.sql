-- undercurrent store, version 1: raw payloads, sources, records, editions and their stories.
-- Applied by store/run-migrations.ts, identically on PGlite and PostgreSQL.

CREATE TABLE raw_payloads (
  hash          text PRIMARY KEY,           -- SHA-256 of bytes, lower-case hex
  bytes         bytea NOT NULL,
  content_type  text,
  url           text,
  received_at   timestamptz NOT NULL
);

CREATE TABLE sources (
  id              text PRIMARY KEY,
  url             text NOT NULL UNIQUE,
  kind            text NOT NULL CHECK (kind IN ('press', 'community')),
  platform        text,
  title           text,
  status          text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'ok', 'failing')),
  last_error      text,
  last_fetched_at timestamptz,
  etag            text,
  last_modified   text,
  created_at      timestamptz NOT NULL
);

-- Records keep source_id when their source is removed (no foreign key): provenance outlives the source.
CREATE TABLE records (
  id            text PRIMARY KEY,
  platform      text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('press', 'community')),
  source_id     text,
  external_id   text NOT NULL,
  url           text,
  canonical_url text,
  title         text,
  author        text,
  published_at  timestamptz,
  fetched_at    timestamptz NOT NULL,
  text          text NOT NULL,
  thread_id     text,
  parent_id     text,
  engagement    jsonb NOT NULL DEFAULT '{}'::jsonb,
  language      text,
  venue         text,
  raw_hash      text NOT NULL REFERENCES raw_payloads (hash)
);
CREATE INDEX records_platform_idx ON records (platform);
CREATE INDEX records_source_idx ON records (source_id);
CREATE INDEX records_external_id_idx ON records (external_id);
CREATE INDEX records_canonical_url_idx ON records (canonical_url);
CREATE INDEX records_url_idx ON records (url);
CREATE INDEX records_thread_idx ON records (thread_id);
CREATE INDEX records_newest_idx ON records (published_at DESC NULLS LAST, fetched_at DESC, id);

-- An edition and its stories are immutable once saved; documents are stored whole as JSON.
CREATE TABLE editions (
  id          text PRIMARY KEY,
  seq         bigint GENERATED ALWAYS AS IDENTITY,
  created_at  timestamptz NOT NULL,
  document    jsonb NOT NULL
);
CREATE INDEX editions_newest_idx ON editions (created_at DESC, seq DESC);

CREATE TABLE stories (
  edition_id  text NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
  id          text NOT NULL,
  position    integer NOT NULL,
  document    jsonb NOT NULL,
  PRIMARY KEY (edition_id, id)
);
CREATE INDEX stories_id_idx ON stories (id);

-- Which records each published story cites (headline to FAQ answer), for a record page's "cited by".
CREATE TABLE story_citations (
  edition_id  text NOT NULL,
  story_id    text NOT NULL,
  record_id   text NOT NULL,
  PRIMARY KEY (edition_id, story_id, record_id),
  FOREIGN KEY (edition_id, story_id) REFERENCES stories (edition_id, id) ON DELETE CASCADE
);
CREATE INDEX story_citations_record_idx ON story_citations (record_id);
