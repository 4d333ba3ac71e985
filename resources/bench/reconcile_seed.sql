-- The world of `stockroomctl bench reconcile`, written set-based straight into the ledger tables as their owner in
-- the benchmark's own database: :locations locations in ten regions (every fifth a warehouse), :skus SKUs with a unit
-- cost, every SKU stocked at every location, and :per_row movements per stock row spread over the last year (a
-- receipt first, then receipts, sales and now and then an adjustment with a reason). Each balance is the sum of its
-- movements, so api.verify() finds the ledger clean. The :names are replaced by the program with whole numbers.
SET ROLE stockroom_owner;
SET search_path = ledger, pg_catalog;
SELECT setseed(0.9);

INSERT INTO ledger.location (code, name, kind, region, latitude, longitude)
SELECT format('RB-%s', lpad(i::text, 4, '0')), format('Reconcile bench %s', i),
       CASE WHEN i % 5 = 1 THEN 'warehouse' ELSE 'store' END, format('Region %s', i % 10),
       50 + random() * 7, -5 + random() * 6
  FROM generate_series(1, :locations) i;

INSERT INTO ledger.sku (code, name, unit_cost)
SELECT format('RB-%s', lpad(i::text, 7, '0')), format('Reconcile item %s', i), round((1 + random() * 49)::numeric, 2)
  FROM generate_series(1, :skus) i;

-- Movement n of a row happens at a random time in the n-th of :per_row equal parts of the year before the last hour
-- (so that none falls in the timing window of the cutoff the benchmark takes).
INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, actor, at)
SELECT CASE WHEN n = 1 OR r < 0.3 THEN 'receive' WHEN r < 0.94 THEN 'commit' ELSE 'adjust' END,
       k.id, l.id, 'on_hand',
       CASE WHEN n = 1 THEN 200 + (k.id + l.id) % 100
            WHEN r < 0.3 THEN 1 + (k.id * n + l.id) % 12
            ELSE -(1 + (k.id + n * l.id) % 6) END,
       CASE WHEN n > 1 AND r >= 0.94
            THEN (ARRAY['lost', 'theft', 'expired', 'found', 'correction'])[1 + (k.id + l.id + n) % 5] END,
       'BENCH-RECONCILE', 'bench',
       now() - interval '1 hour' - interval '365 days' * (1 - (n - 1 + random())::double precision / :per_row)
  FROM ledger.sku k CROSS JOIN ledger.location l CROSS JOIN generate_series(1, :per_row) n
  CROSS JOIN LATERAL (SELECT random() AS r) x
 ORDER BY n, k.id, l.id;

INSERT INTO ledger.stock_level (sku_id, location_id, on_hand, version, updated_at)
SELECT sku_id, location_id, sum(quantity), count(*), max(at) FROM ledger.movement GROUP BY 1, 2;

RESET ROLE;
ANALYZE ledger.location, ledger.sku, ledger.stock_level, ledger.movement;
