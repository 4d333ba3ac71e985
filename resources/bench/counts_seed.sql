-- The world of `stockroomctl bench counts`, written set-based straight into the ledger tables as their owner in
-- the benchmark's own database: one store, BC-STORE, and :lines SKUs (BC-0000001…, each with a barcode and a unit
-- cost of 1.00 to 20.00) stocked there with 20 to 119 units, each row with its receipt movement, so api.verify()
-- finds every balance equal to its ledger. The :names are replaced by the program with whole numbers.
SET ROLE stockroom_owner;
SET search_path = ledger, pg_catalog;
SELECT setseed(0.24);

INSERT INTO ledger.location (code, name, kind, region, latitude, longitude)
VALUES ('BC-STORE', 'Count bench store', 'store', 'Manchester', 53.480, -2.242);

INSERT INTO ledger.sku (code, name, unit_cost)
SELECT format('BC-%s', lpad(i::text, 7, '0')), format('Count item %s', i), round((1 + random() * 19)::numeric, 2)
  FROM generate_series(1, :lines) i;

INSERT INTO ledger.barcode (barcode, sku_id)
SELECT '2' || lpad(s.id::text, 11, '0'), s.id FROM ledger.sku s WHERE s.code LIKE 'BC-%';

INSERT INTO ledger.stock_level (sku_id, location_id, on_hand, version)
SELECT s.id, l.id, 20 + floor(random() * 100)::bigint, 1
  FROM ledger.sku s CROSS JOIN ledger.location l WHERE l.code = 'BC-STORE';

INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference)
SELECT 'receive', sku_id, location_id, 'on_hand', on_hand, 'BENCH-COUNTS' FROM ledger.stock_level ORDER BY sku_id;

RESET ROLE;
ANALYZE ledger.location, ledger.sku, ledger.barcode, ledger.stock_level, ledger.movement;
