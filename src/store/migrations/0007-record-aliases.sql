-- Other names a platform gives a stored record, by which later payloads point at it: a Mastodon
-- status's /api/v1/statuses/<id> address on the instance that served it, since a reply's
-- in_reply_to_id names its parent only by that instance-local id.
CREATE TABLE record_aliases (
  alias     text PRIMARY KEY,
  record_id text NOT NULL
);
CREATE INDEX record_aliases_record_idx ON record_aliases (record_id);
