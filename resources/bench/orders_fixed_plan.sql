-- A plan for one benchmark order for ledgers without api.allocation_preview (before version 7): each line
-- whole from the nearest location that has it above its safety stock, in the shape api.order_allocate takes.
-- Parameter: the order's reference (channel web). Returns the plan as text, or NULL when a line has no source.
SELECT CASE WHEN count(x.line) = (SELECT count(*) FROM ledger.order_line ol JOIN ledger.customer_order o ON o.id = ol.order_id
                              WHERE o.channel = 'web' AND o.ref = p.ref)
            THEN jsonb_build_object('strategy', 'fixed', 'lines', jsonb_agg(x.line))::text END
  FROM (SELECT ?::text AS ref) p
  LEFT JOIN LATERAL (
    SELECT DISTINCT ON (ol.sku_id)
           jsonb_build_object('sku', k.code, 'location', l.code, 'quantity', ol.quantity, 'version', s.version) AS line
      FROM ledger.customer_order o
      JOIN ledger.order_line ol ON ol.order_id = o.id
      JOIN ledger.sku k ON k.id = ol.sku_id
      JOIN ledger.stock_level s ON s.sku_id = ol.sku_id AND s.on_hand - s.reserved - s.safety_stock >= ol.quantity
      JOIN ledger.location l ON l.id = s.location_id
     WHERE o.channel = 'web' AND o.ref = p.ref
     ORDER BY ol.sku_id, ledger.distance_km(o.ship_latitude, o.ship_longitude, l.latitude, l.longitude)) x ON true
 GROUP BY p.ref
