-- The CP assessment method as data: the UNEP/UNIDO method used in Vietnam (6 steps divided
-- into 18 tasks) and the 8 UNEP categories of CP options, loaded by migration 26.1 from the
-- reference files with their sources and confidence. Task names 10-18 are a translation
-- to be checked, so tasks keep a version for editing.

CREATE TABLE assessment_step (
    step_no INTEGER PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL
);

CREATE TABLE assessment_task (
    task_no INTEGER PRIMARY KEY,
    step_no INTEGER NOT NULL REFERENCES assessment_step (step_no),
    name VARCHAR(300) NOT NULL,
    name_en VARCHAR(300) NOT NULL,
    source_ids VARCHAR(200),
    confidence VARCHAR(300),
    confidence_en VARCHAR(300),
    note VARCHAR(1000),
    note_en VARCHAR(1000),
    version BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX assessment_task_step ON assessment_task (step_no);

CREATE TABLE cp_option_category (
    code VARCHAR(10) PRIMARY KEY,
    sort_order INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    group_name VARCHAR(200) NOT NULL,
    group_name_en VARCHAR(200) NOT NULL,
    description VARCHAR(1000),
    description_en VARCHAR(1000),
    source_ids VARCHAR(200),
    confidence VARCHAR(300),
    confidence_en VARCHAR(300),
    note VARCHAR(1000),
    note_en VARCHAR(1000)
);
