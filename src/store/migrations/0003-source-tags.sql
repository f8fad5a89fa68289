-- A source's tags: the OPML folders it came from, or what its owner files it under.
ALTER TABLE sources ADD COLUMN tags jsonb NOT NULL DEFAULT '[]'::jsonb;
