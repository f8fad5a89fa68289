-- A source that fails several fetches in a row is paused until its owner resumes it.
ALTER TABLE sources ADD COLUMN consecutive_failures integer NOT NULL DEFAULT 0;
ALTER TABLE sources DROP CONSTRAINT sources_status_check;
ALTER TABLE sources ADD CONSTRAINT sources_status_check CHECK (status IN ('new', 'ok', 'failing', 'paused'));
