-- Spring Modulith's event publication registry (its schema version 2): every event handed to a
-- listener after a commit is kept until the listener has finished, so that work cut short by a
-- stop is done again at the next start. Completed publications are deleted.
CREATE TABLE event_publication (
    id UUID NOT NULL PRIMARY KEY,
    listener_id VARCHAR(512) NOT NULL,
    event_type VARCHAR(512) NOT NULL,
    serialized_event TEXT NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date TIMESTAMP WITH TIME ZONE,
    status VARCHAR(20),
    completion_attempts INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_completion_ix ON event_publication (completion_date);
