-- The world of `stockroomctl bench orders`, written set-based straight into the ledger tables as their owner in
-- the benchmark's own database: :locations locations around thirty UK towns (every fifth a warehouse, the rest
-- stores), :skus SKUs, and each SKU stocked at about :per_sku random locations with random stock and, at a third
-- of the rows, some safety stock. Every non-zero bucket gets its movement, so api.verify() finds each balance
-- equal to its ledger. The :names are replaced by the program with whole numbers.
SET ROLE stockroom_owner;
SET search_path = ledger, pg_catalog;
SELECT setseed(0.42);

INSERT INTO ledger.location (code, name, kind, region, latitude, longitude)
SELECT format('BO-%s', lpad(i::text, 3, '0')), format('%s %s', t.name, CASE WHEN i % 5 = 1 THEN 'DC' ELSE 'store' END),
       CASE WHEN i % 5 = 1 THEN 'warehouse' ELSE 'store' END, t.name,
       t.latitude + (random() - 0.5) * 0.2, t.longitude + (random() - 0.5) * 0.2
  FROM generate_series(1, :locations) i
  JOIN (VALUES (0, 'London', 51.507, -0.128), (1, 'Birmingham', 52.486, -1.890), (2, 'Manchester', 53.480, -2.242),
               (3, 'Leeds', 53.801, -1.549), (4, 'Glasgow', 55.864, -4.252), (5, 'Edinburgh', 55.953, -3.188),
               (6, 'Liverpool', 53.408, -2.992), (7, 'Bristol', 51.455, -2.588), (8, 'Sheffield', 53.381, -1.470),
               (9, 'Newcastle', 54.978, -1.618), (10, 'Nottingham', 52.954, -1.158), (11, 'Leicester', 52.637, -1.140),
               (12, 'Cardiff', 51.482, -3.179), (13, 'Southampton', 50.910, -1.404), (14, 'Norwich', 52.630, 1.297),
               (15, 'Exeter', 50.718, -3.534), (16, 'Plymouth', 50.376, -4.143), (17, 'Aberdeen', 57.149, -2.094),
               (18, 'Inverness', 57.478, -4.224), (19, 'Belfast', 54.597, -5.930), (20, 'York', 53.960, -1.082),
               (21, 'Hull', 53.745, -0.336), (22, 'Cambridge', 52.205, 0.122), (23, 'Oxford', 51.752, -1.258),
               (24, 'Brighton', 50.823, -0.137), (25, 'Milton Keynes', 52.041, -0.760), (26, 'Preston', 53.763, -2.703),
               (27, 'Carlisle', 54.893, -2.936), (28, 'Swansea', 51.622, -3.944), (29, 'Dundee', 56.462, -2.971))
       t (n, name, latitude, longitude) ON t.n = (i - 1) % 30;

INSERT INTO ledger.sku (code, name)
SELECT format('BO-%s', lpad(i::text, 7, '0')), format('Bench item %s', i) FROM generate_series(1, :skus) i;

INSERT INTO ledger.stock_level (sku_id, location_id, on_hand, safety_stock, version)
SELECT s.id, l.id, 5 + floor(random() * 96)::bigint,
       CASE WHEN random() < 0.33 THEN 1 + floor(random() * 8)::bigint ELSE 0 END, 1
  FROM ledger.sku s CROSS JOIN ledger.location l
 WHERE random() < :per_sku::double precision / :locations;

INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference)
SELECT 'receive', sku_id, location_id, 'on_hand', on_hand, 'BENCH-ORDERS' FROM ledger.stock_level WHERE on_hand > 0
UNION ALL
SELECT 'policy', sku_id, location_id, 'safety_stock', safety_stock, 'BENCH-ORDERS' FROM ledger.stock_level
 WHERE safety_stock > 0;

RESET ROLE;
ANALYZE ledger.location, ledger.sku, ledger.stock_level, ledger.movement;
