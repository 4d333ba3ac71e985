-- The demo data set, written through the write API so that the ledger and every balance agree. Every key
-- is deterministic and every step picks its rows by hashes of codes from the rows the receive step stocked
-- (never from rows a later step created), so seeding twice changes nothing. Steps are separated by "-- step:" lines; the seeder runs
-- them in one transaction and reports each.

-- step: locations
SELECT api.add_location(code, name, kind, region, lat, lon) FROM (VALUES
    ('WH-NORTH', 'North distribution centre', 'warehouse', 'North', 53.48, -2.24),
    ('WH-SOUTH', 'South distribution centre', 'warehouse', 'South', 51.45, -2.58),
    ('WH-EAST', 'East fulfilment hub', 'warehouse', 'East', 52.63, 1.29),
    ('ST-LEEDS', 'Leeds Briggate', 'store', 'North', 53.80, -1.54),
    ('ST-YORK', 'York Coney Street', 'store', 'North', 53.96, -1.08),
    ('ST-BRISTOL', 'Bristol Cabot Circus', 'store', 'South', 51.46, -2.58),
    ('ST-EXETER', 'Exeter High Street', 'store', 'South', 50.72, -3.53),
    ('ST-NORWICH', 'Norwich Market', 'store', 'East', 52.63, 1.29),
    ('ST-CAMBRIDGE', 'Cambridge Grand Arcade', 'store', 'East', 52.20, 0.12)
) v (code, name, kind, region, lat, lon);

-- step: products and barcodes
WITH n AS (
    SELECT i, format('SKU-%s', lpad(i::text, 5, '0')) AS code,
           '200' || lpad(i::text, 9, '0') AS base,
           (ARRAY['Oak', 'Steel', 'Linen', 'Cotton', 'Walnut', 'Ceramic', 'Glass', 'Bamboo', 'Copper', 'Wool'])[1 + i % 10] AS material,
           (ARRAY['mug', 'lamp', 'chair', 'towel', 'vase', 'shelf', 'rug', 'bowl', 'cushion', 'clock', 'tray', 'stool'])[1 + (i / 10) % 12] AS item,
           (ARRAY['small', 'medium', 'large', 'set of 2', 'set of 4'])[1 + (i / 120) % 5] AS size
      FROM generate_series(1, 3000) i
)
SELECT api.add_sku(code, initcap(material) || ' ' || item || ', ' || size,
                   ARRAY[base || ((10 - (SELECT sum(substr(base, k, 1)::int * CASE WHEN k % 2 = 0 THEN 3 ELSE 1 END)
                                          FROM generate_series(1, 12) k) % 10) % 10)::text])
  FROM n;

-- step: stock received at warehouses and stores
SELECT api.receive(s.code, l.code, 20 + abs(hashtext(s.code || l.code)) % 480, 'PO-DEMO-' || l.code,
                   'demo:receive:' || s.code || ':' || l.code)
  FROM api.skus s CROSS JOIN api.locations l
 WHERE l.kind = 'warehouse' OR abs(hashtext(l.code || s.code)) % 10 < 4;

-- step: safety stock at stores
SELECT api.set_safety_stock(st.sku, st.location, 2 + abs(hashtext(st.sku)) % 8, 'demo:safety:' || st.sku || ':' || st.location)
  FROM api.stock st
 WHERE st.location_kind = 'store' AND abs(hashtext(st.location || st.sku)) % 10 < 4
   AND abs(hashtext(st.sku || 'safety')) % 3 = 0;

-- step: damaged and lost stock
SELECT api.adjust(st.sku, st.location, -(1 + abs(hashtext(st.sku || 'dmg')) % 3),
                  CASE WHEN abs(hashtext(st.sku)) % 2 = 0 THEN 'damaged' ELSE 'lost' END, 'demo cycle check',
                  'demo:adjust:' || st.sku || ':' || st.location)
  FROM api.stock st
 WHERE (st.location_kind = 'warehouse' OR abs(hashtext(st.location || st.sku)) % 10 < 4)
   AND abs(hashtext(st.sku || st.location || 'adj')) % 40 = 0;

-- step: transfers in transit
SELECT api.transfer_ship(st.sku, st.location, dest.code, 5 + abs(hashtext(st.sku)) % 20,
                         'demo:transfer:' || st.sku || ':' || dest.code)
  FROM api.stock st
  JOIN LATERAL (SELECT l.code FROM api.locations l WHERE l.kind = 'store' AND l.region = st.region
                 ORDER BY abs(hashtext(l.code || st.sku)) LIMIT 1) dest ON true
 WHERE st.location_kind = 'warehouse' AND abs(hashtext(st.sku || 'ship')) % 25 = 0 AND st.available > 30;

-- step: open reservations
SELECT api.reserve(st.sku, st.location, 1 + abs(hashtext(st.sku || 'qty')) % 3, 86400,
                   CASE WHEN st.location_kind = 'warehouse' THEN 'web' ELSE 'store' END,
                   'ORD-DEMO-' || lpad((abs(hashtext(st.sku || st.location)) % 100000)::text, 5, '0'),
                   'demo:reserve:' || st.sku || ':' || st.location)
  FROM api.stock st
 WHERE (st.location_kind = 'warehouse' OR abs(hashtext(st.location || st.sku)) % 10 < 4)
   AND abs(hashtext(st.sku || st.location || 'res')) % 15 = 0 AND st.on_hand > 30;
