-- Stock for the benchmark SKUs at the benchmark location, received through the API in one statement, so
-- that a run never runs out. Each receipt has its own idempotency key. Parameters: K, location, quantity.
SELECT count(api.receive(c.code, l.code, q.quantity, 'benchmark stock', 'bench-seed-' || c.code || '@' || l.code))
  FROM generate_series(1, ?) g (n)
 CROSS JOIN (SELECT ?::text AS code) l
 CROSS JOIN (SELECT ?::bigint AS quantity) q
 CROSS JOIN LATERAL (SELECT 'BENCH-' || lpad(g.n::text, 7, '0') AS code) c
 WHERE NOT EXISTS (SELECT 1 FROM api.stock s WHERE s.sku = c.code AND s.location = l.code)
