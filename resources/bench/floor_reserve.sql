-- The rules floor of `stockroomctl bench reserve`: the bare reserve (bare_reserve.sql: the same conditional update
-- of the stock row, the same movement and outbox columns) plus the two rows every reserve that keeps the rules of
-- the ledger must also write: the idempotency record holding the request and the result, and the reservation the
-- movement points at. One statement, one round trip, no function, no trigger; only what the update returns
-- drives the inserts, so a refused update (not enough stock) writes nothing at all and affects 0 rows.
-- The key is inserted, not replayed: every call of the run has a key of its own.
-- No apostrophe in these comments: the driver, looking for placeholders, would take it for a string.
-- Parameters: sku_id, quantity, key (as bare), then ttl in seconds, channel, SKU code, location code.
WITH p AS (
    SELECT ?::integer AS sku_id, ?::bigint AS quantity, ?::text AS key, ?::integer AS ttl, ?::text AS channel,
           ?::text AS sku, ?::text AS location
), s AS (
    UPDATE bench_bare.stock_level st
       SET reserved = st.reserved + p.quantity, version = st.version + 1, updated_at = now()
      FROM p
     WHERE st.sku_id = p.sku_id AND st.location_id = 1 AND st.on_hand - st.reserved >= p.quantity
    RETURNING st.*, p.quantity AS moved, p.key, p.ttl, p.channel, p.sku, p.location
), r AS (
    INSERT INTO bench_bare.reservation (channel, expires_at)
    SELECT s.channel, now() + make_interval(secs => s.ttl) FROM s
    RETURNING id, expires_at
), i AS (
    INSERT INTO bench_bare.idempotency (key, operation, request, result)
    SELECT s.key, 'reserve',
           jsonb_build_object('sku', s.sku, 'location', s.location, 'quantity', s.moved, 'ttl', s.ttl,
                              'channel', s.channel),
           jsonb_build_object('reservation', r.id, 'sku', s.sku, 'location', s.location, 'quantity', s.moved,
                              'expires_at', r.expires_at, 'available', s.available)
      FROM s, r
), m AS (
    INSERT INTO bench_bare.movement (kind, sku_id, location_id, bucket, quantity, reservation_id, idempotency_key)
    SELECT 'reserve', s.sku_id, s.location_id, 'reserved', s.moved, r.id, s.key FROM s, r
)
INSERT INTO bench_bare.outbox (aggregate, aggregate_version, event_type, payload)
SELECT s.sku_id || '@' || s.location_id, s.version, 'reserve',
       jsonb_build_object('sku', s.sku_id, 'location', s.location_id, 'on_hand', s.on_hand, 'reserved', s.reserved,
                          'available', s.available, 'version', s.version)
  FROM s
