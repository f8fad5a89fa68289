-- Each record's enrichment (language, sentences, name evidence, figures, dates, term counts), computed
-- once at ingest by enrich/enrich-record.ts and read by builds instead of re-reading every text.
-- `version` is the RECORD_ENRICHMENT_VERSION it was computed with; an older one is recomputed when read.
CREATE TABLE record_enrichment (
  record_id  text PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
  version    integer NOT NULL,
  enrichment jsonb NOT NULL
);
