-- PostgreSQL only: a trigram index lets the accent-insensitive search (LIKE '%...%' on the folded
-- search text) use an index instead of reading every facility. pg_trgm is a trusted extension:
-- the owner of the database may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX facility_search_trgm_ix ON facility USING gin (search_text gin_trgm_ops);
