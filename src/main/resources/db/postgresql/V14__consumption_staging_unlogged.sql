-- PostgreSQL only: import staging rows need no crash safety (an interrupted import is started again),
-- so they skip the write-ahead log.
ALTER TABLE consumption_staging SET UNLOGGED;
