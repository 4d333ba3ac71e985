-- The bare reserve: one statement, one conditional update of the stock row plus one ledger row and one
-- outbox event. Parameters: sku_id, quantity, a key for the movement row.
WITH p AS (
    SELECT ?::integer AS sku_id, ?::bigint AS quantity, ?::text AS key
), s AS (
    UPDATE bench_bare.stock_level st
       SET reserved = st.reserved + p.quantity, version = st.version + 1, updated_at = now()
      FROM p
     WHERE st.sku_id = p.sku_id AND st.location_id = 1 AND st.on_hand - st.reserved >= p.quantity
    RETURNING st.*, p.quantity AS moved, p.key
), m AS (
    INSERT INTO bench_bare.movement (kind, sku_id, location_id, bucket, quantity, idempotency_key)
    SELECT 'reserve', s.sku_id, s.location_id, 'reserved', s.moved, s.key FROM s
)
INSERT INTO bench_bare.outbox (aggregate, aggregate_version, event_type, payload)
SELECT s.sku_id || '@' || s.location_id, s.version, 'reserve',
       jsonb_build_object('sku', s.sku_id, 'location', s.location_id, 'on_hand', s.on_hand, 'reserved', s.reserved,
                          'available', s.available, 'version', s.version)
  FROM s
