-- Read-only views of the recorded values, for the other modules (indicators, baselines,
-- savings, quality checks): part of the consumption module's API, kept stable.

-- One row per facility, resource and month.
CREATE VIEW consumption_monthly AS
SELECT facility_id, resource_code, period_month, quantity, unit
FROM consumption_record;

-- One row per facility, resource and year, for the key energy users' annual reports.
CREATE VIEW consumption_annual AS
SELECT facility_id, resource_code, period_year, quantity, unit
FROM annual_record;

-- Each facility's main product, the one its intensity is measured against.
CREATE VIEW main_product AS
SELECT id, facility_id, name, unit
FROM product
WHERE main_product = TRUE;

-- The monthly production of each facility's main product.
CREATE VIEW main_production AS
SELECT r.facility_id, r.product_id, r.period_month, r.quantity
FROM production_record r
JOIN product p ON p.id = r.product_id
WHERE p.main_product = TRUE;
