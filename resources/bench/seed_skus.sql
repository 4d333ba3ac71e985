-- SKUs BENCH-0000001 .. BENCH-<K> for `stockroomctl bench reserve`, created through the API in one statement.
-- Parameter: K. Returns how many were created.
SELECT count(api.add_sku(c.code, 'Benchmark item ' || c.n))
  FROM generate_series(1, ?) g (n)
 CROSS JOIN LATERAL (SELECT g.n, 'BENCH-' || lpad(g.n::text, 7, '0') AS code) c
 WHERE NOT EXISTS (SELECT 1 FROM api.skus k WHERE k.code = c.code)
