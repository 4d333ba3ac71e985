-- 100,000 SKUs x 10 locations = 1,000,000 stock rows for the stock view benchmark, written set-based
-- straight into the ledger tables as their owner, with one movement per non-zero bucket so that
-- api.verify() still finds every balance equal to its ledger. :skus is replaced by the program.
SET ROLE stockroom_owner;
SET search_path = ledger, pg_catalog;

INSERT INTO ledger.location (code, name, kind, region)
SELECT format('BL-%s', lpad(i::text, 2, '0')), format('Bench location %s', i),
       CASE WHEN i <= 3 THEN 'warehouse' ELSE 'store' END, (ARRAY['North', 'South', 'East', 'West'])[1 + i % 4]
  FROM generate_series(1, 10) i;

INSERT INTO ledger.sku (code, name)
SELECT format('B-%s', lpad(i::text, 6, '0')),
       (ARRAY['Oak', 'Steel', 'Linen', 'Cotton', 'Walnut', 'Ceramic', 'Glass', 'Bamboo', 'Copper', 'Wool'])[1 + i % 10]
       || ' ' || (ARRAY['mug', 'lamp', 'chair', 'towel', 'vase', 'shelf', 'rug', 'bowl', 'cushion', 'clock', 'tray',
                        'stool'])[1 + (i / 10) % 12] || ' ' || i
  FROM generate_series(1, :skus) i;

INSERT INTO ledger.barcode (barcode, sku_id) SELECT '29' || lpad(id::text, 10, '0'), id FROM ledger.sku;

INSERT INTO ledger.stock_level (sku_id, location_id, on_hand, safety_stock, version)
SELECT s.id, l.id, (s.id * 7 + l.id * 13) % 500, CASE WHEN l.kind = 'store' AND s.id % 3 = 0 THEN 5 + s.id % 20 ELSE 0 END,
       1
  FROM ledger.sku s CROSS JOIN ledger.location l;

INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference)
SELECT 'receive', sku_id, location_id, 'on_hand', on_hand, 'BENCH-SEED' FROM ledger.stock_level WHERE on_hand > 0
UNION ALL
SELECT 'policy', sku_id, location_id, 'safety_stock', safety_stock, 'BENCH-SEED' FROM ledger.stock_level
 WHERE safety_stock > 0;

RESET ROLE;
ANALYZE ledger.location, ledger.sku, ledger.barcode, ledger.stock_level, ledger.stock_rank, ledger.movement;
