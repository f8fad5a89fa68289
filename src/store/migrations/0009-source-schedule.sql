-- Per-source schedules (issue 15 §4): the owner's fixed interval, if any (`sources add --every`,
-- `sources set --every`), and the interval in force after the last fetch (adapted to the entry rate,
-- the feed's hints, or the owner's choice). next_due_at (0006) holds when the source is due next.
ALTER TABLE sources ADD COLUMN every_seconds integer;
ALTER TABLE sources ADD COLUMN interval_seconds integer;
