-- A revision now keeps a value that was replaced or deleted, with who entered it, when and how
-- (its source); the current value lives in its record only. Earlier revisions also logged each
-- first entry: the replaced value's enterer, time and source come from the revision that wrote it
-- (unknown source where none did), and the entries themselves, which replaced nothing, are
-- dropped.
ALTER TABLE record_revision ADD COLUMN old_by VARCHAR(100);
ALTER TABLE record_revision ADD COLUMN old_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE record_revision ADD COLUMN old_source VARCHAR(10);

UPDATE record_revision r SET
    old_by = COALESCE((SELECT p.changed_by FROM record_revision p
        WHERE p.facility_id = r.facility_id AND p.record_type = r.record_type AND p.item_code = r.item_code
            AND p.period = r.period AND (p.changed_at < r.changed_at OR (p.changed_at = r.changed_at AND p.id < r.id))
        ORDER BY p.changed_at DESC, p.id DESC LIMIT 1), r.changed_by),
    old_at = COALESCE((SELECT p.changed_at FROM record_revision p
        WHERE p.facility_id = r.facility_id AND p.record_type = r.record_type AND p.item_code = r.item_code
            AND p.period = r.period AND (p.changed_at < r.changed_at OR (p.changed_at = r.changed_at AND p.id < r.id))
        ORDER BY p.changed_at DESC, p.id DESC LIMIT 1), r.changed_at),
    old_source = (SELECT p.source FROM record_revision p
        WHERE p.facility_id = r.facility_id AND p.record_type = r.record_type AND p.item_code = r.item_code
            AND p.period = r.period AND (p.changed_at < r.changed_at OR (p.changed_at = r.changed_at AND p.id < r.id))
        ORDER BY p.changed_at DESC, p.id DESC LIMIT 1);

DELETE FROM record_revision WHERE old_quantity IS NULL;

ALTER TABLE record_revision ALTER COLUMN old_by SET NOT NULL;
ALTER TABLE record_revision ALTER COLUMN old_at SET NOT NULL;
