-- Limits of uploaded files and of background jobs, as data: administrators may change them
-- without a release. The defaults allow Excel's own maxima (1,048,576 rows, 16,384 columns,
-- 32,767 characters in a cell) and the figures of docs/performance.md.
CREATE TABLE upload_limit (
    id BIGINT PRIMARY KEY,
    limit_key VARCHAR(40) NOT NULL UNIQUE,
    limit_value BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    updated_at TIMESTAMP WITH TIME ZONE,
    updated_by VARCHAR(100)
);
INSERT INTO upload_limit (id, limit_key, limit_value) VALUES
    (1, 'REQUEST_BYTES', 52428800),
    (2, 'ROWS', 1048576),
    (3, 'COLUMNS', 16384),
    (4, 'CELL_CHARACTERS', 32767),
    (5, 'ROW_CHARACTERS', 1048576),
    (6, 'ZIP_ENTRIES', 1000),
    (7, 'UNCOMPRESSED_BYTES', 1073741824),
    (8, 'SHARED_STRINGS_BYTES', 104857600),
    (9, 'INFLATE_RATIO', 100),
    (10, 'JOBS_PER_USER', 2),
    (11, 'JOBS_TOTAL', 4);

-- A running job's node refreshes its heartbeat; a job whose heartbeat is stale was cut short by
-- a stop and is failed by any node. The phase is shown on the job's page.
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE import_job ADD COLUMN phase VARCHAR(20);
CREATE INDEX import_job_status_ix ON import_job (status, owner_id);
