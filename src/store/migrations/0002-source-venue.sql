-- A source's venue: the community or outlet name its records carry when the person adding it names one.
ALTER TABLE sources ADD COLUMN venue text;
