-- The facility list counts its matches with a window function, which reads every matching row
-- anyway; an index in name or update order then only tempts the planner into slow ordered scans
-- over the whole table. Filters use the unit, zone, sector and search indexes instead.
DROP INDEX facility_name_ix;
DROP INDEX facility_updated_ix;
