-- Background consumption imports: a job remembers what it works on (its upload and facility, in a
-- form its module defines), the job that continued it (the commit of a preview, claimed once so a
-- double click imports once), the arguments of its error message (the missing column, say), and
-- whether its user asked to stop it.
ALTER TABLE import_job ADD COLUMN context VARCHAR(200);
ALTER TABLE import_job ADD COLUMN next_job_id VARCHAR(36);
ALTER TABLE import_job ADD COLUMN error_arguments VARCHAR(2000);
ALTER TABLE import_job ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
-- Expired idempotency keys are deleted by age.
CREATE INDEX idempotency_key_created_ix ON idempotency_key (created_at);
