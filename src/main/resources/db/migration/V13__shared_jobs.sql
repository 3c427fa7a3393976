-- Background imports: their progress and final report, readable from any application node.
CREATE TABLE import_job (
    id VARCHAR(36) PRIMARY KEY,
    kind VARCHAR(50) NOT NULL,
    owner_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    mode VARCHAR(10) NOT NULL,
    status VARCHAR(10) NOT NULL,
    rows_done BIGINT NOT NULL DEFAULT 0,
    rows_total BIGINT,
    report VARCHAR,
    error_key VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);
