-- The designated-energy-user status is derived from the facility's total energy (TOE) of the
-- previous calendar year, never typed: the year, the TOE and the threshold it was judged on,
-- and what they give, are kept beside the flag. An officer may override the derived status
-- with a reason, kept with who did it and when; designated_energy_user is the status in
-- force (the override when there is one). Flags typed before this version are derived again
-- at the next start, since designation_year is still empty.
ALTER TABLE facility ADD COLUMN designation_year INTEGER;
ALTER TABLE facility ADD COLUMN designation_toe DECIMAL(24, 8);
ALTER TABLE facility ADD COLUMN designation_threshold DECIMAL(24, 8);
ALTER TABLE facility ADD COLUMN designation_derived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE facility ADD COLUMN designation_override BOOLEAN;
ALTER TABLE facility ADD COLUMN designation_reason VARCHAR(1000);
ALTER TABLE facility ADD COLUMN designation_override_by VARCHAR(100);
ALTER TABLE facility ADD COLUMN designation_override_at TIMESTAMP WITH TIME ZONE;
