-- Version 15: the reserve path in fewer statements and fewer rows (issue 12, part 1).
--
-- Replaces
--   api.reserve             for a channel without backorders, whose result does not depend on the stock row (the
--                           store, wholesale, and any channel added like them): four statements instead of about
--                           twenty. Every other call (a backorder channel, a barcode for the SKU, an unknown code, a
--                           bad argument, a key used before) takes version 5's path, unchanged.
--   ledger.hold             the stock row's update and its outbox event in one statement
--   ledger.end_reservation  the same for every stock row a commit, release or expiry ends a hold on
--
-- Where the time went (stockroomctl bench reserve, pg_stat_statements with track = all): a reserve ran some twenty
-- statements in nine PL/pgSQL functions (replay, limit_client, require_positive, require_ttl, channel_of, sku_of,
-- location_of, hold, emit, balances, remember), built its request, its result and its event with jsonb_build_object
-- and || (eight jsonb values), and wrote seven rows: the key twice (inserted without a result by ledger.replay,
-- updated with it by ledger.remember), the reservation, its line, the movement, the stock row and the event. On two
-- cores shared by many clients that CPU is what the hot row waits for too: the call that holds the row shares the
-- cores with every call that is building its jsonb.
--
-- The fast path of api.reserve:
--   1. one SELECT resolves SKU, location and channel by code (no lock taken; a miss leaves for version 5's path,
--      which resolves barcodes and names what is unknown after taking the key);
--   2. one statement takes the key: its record is inserted with its result, which a store reserve knows before it
--      touches the stock row (the reservation's id is drawn from its sequence first, expires_at is ledger.clock() +
--      the TTL, nothing is backordered), so the key is written once, not inserted and then updated;
--   3. when the key was taken, one statement writes the reservation, its line and its movement, and only when the
--      stock row, read without a lock, has enough: a refusal writes nothing but the key, which it rolls back;
--   4. one statement updates the stock row conditionally and inserts its outbox event from the updated row.
--
-- Rules kept, for every client:
--   - The key is taken first: it is the first row written and the first lock taken (the lookups of step 1 read
--     reference rows without locking them). A concurrent call with the key waits for it holding nothing, then takes
--     version 5's path, which replays the stored result or refuses with SR002 or SR007 exactly as before. A purged
--     key's tombstone keeps step 2 from taking it, and version 5's path refuses it (SR007). The stored request and
--     result are the same jsonb as before, so keys stored by earlier versions replay alike.
--   - Append-only movements, the outbox event in the same transaction (and the NOTIFY trigger on it), the CHECK
--     constraints on the stock row, the row updated last and conditionally, the client limits (ledger.limit_client,
--     version 12): all as before. The triggers other versions put on the ledger's tables fire as before.
--   - A refusal (SR001) names the stock as before (ledger.insufficient), in the call's one round trip.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

CREATE OR REPLACE FUNCTION api.reserve(p_sku text, p_location text, p_quantity bigint, p_ttl_seconds integer,
                            p_channel text, p_order_ref text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'quantity', p_quantity,
                                      'ttl', p_ttl_seconds, 'channel', p_channel, 'order', p_order_ref);
    v_done jsonb;
    v_sku integer;
    v_sku_code text;
    v_location integer;
    v_location_code text;
    v_safety boolean;
    v_backorder boolean;
    v_id bigint;
    v_expires timestamptz;
    v_result jsonb;
    v_taken integer;
    v_enough integer;
    k record;
    l record;
    c ledger.channel;
    r ledger.reservation;
    v_back bigint := 0;
BEGIN
    PERFORM ledger.limit_client();
    IF p_quantity > 0 AND p_ttl_seconds BETWEEN 1 AND 2592000 AND length(p_key) BETWEEN 1 AND 200 THEN
        SELECT sk.id, sk.code, lo.id, lo.code, ch.respects_safety_stock, ch.backorder_allowed
          INTO v_sku, v_sku_code, v_location, v_location_code, v_safety, v_backorder
          FROM ledger.sku sk, ledger.location lo, ledger.channel ch
         WHERE sk.code = p_sku AND lo.code = p_location AND ch.code = p_channel;
    END IF;
    IF v_backorder = false THEN
        v_id := nextval('ledger.reservation_id_seq');
        v_expires := ledger.clock() + make_interval(secs => p_ttl_seconds);
        v_result := jsonb_build_object('reservation', v_id, 'order', p_order_ref, 'channel', p_channel,
                                       'expires_at', v_expires, 'backordered', 0,
                                       'lines', jsonb_build_array(jsonb_build_object(
                                           'sku', v_sku_code, 'location', v_location_code, 'quantity', p_quantity,
                                           'backordered', 0)));
        -- The key first, in a statement of its own: nothing else is written or locked before it.
        INSERT INTO ledger.idempotency (key, operation, request, result)
        SELECT p_key, 'reserve', v_req, v_result
         WHERE NOT EXISTS (SELECT 1 FROM ledger.idempotency_purged t WHERE t.key = p_key)
        ON CONFLICT (key) DO NOTHING;
        GET DIAGNOSTICS v_taken = ROW_COUNT;
        IF v_taken = 1 THEN
            WITH go AS (
                SELECT 1
                 WHERE EXISTS (SELECT 1 FROM ledger.stock_level s
                                WHERE s.sku_id = v_sku AND s.location_id = v_location
                                  AND s.on_hand - s.reserved - CASE WHEN v_safety THEN s.safety_stock ELSE 0 END
                                      >= p_quantity)
            ), held AS (
                INSERT INTO ledger.reservation (id, order_ref, channel, expires_at)
                OVERRIDING SYSTEM VALUE
                SELECT v_id, p_order_ref, p_channel, v_expires FROM go
            ), line AS (
                INSERT INTO ledger.reservation_line (reservation_id, sku_id, location_id, quantity, backordered)
                SELECT v_id, v_sku, v_location, p_quantity, 0 FROM go
            ), moved AS (
                INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference, reservation_id,
                                             idempotency_key)
                SELECT 'reserve', v_sku, v_location, 'reserved', p_quantity, p_order_ref, v_id, p_key FROM go
            )
            SELECT count(*) INTO v_enough FROM go;
        END IF;
        IF v_taken = 1 THEN
            IF v_enough = 1 THEN
                WITH s AS (
                    UPDATE ledger.stock_level SET reserved = reserved + p_quantity, version = version + 1,
                           updated_at = ledger.clock()
                     WHERE sku_id = v_sku AND location_id = v_location
                       AND on_hand - reserved - CASE WHEN v_safety THEN safety_stock ELSE 0 END >= p_quantity
                    RETURNING *
                )
                INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
                SELECT v_sku_code || '@' || v_location_code, s.version, 'reserve',
                       jsonb_build_object('sku', v_sku_code, 'location', v_location_code, 'on_hand', s.on_hand,
                                          'reserved', s.reserved, 'available', s.available, 'inbound', s.inbound,
                                          'damaged', s.damaged, 'safety_stock', s.safety_stock,
                                          'backordered', s.backordered, 'version', s.version, 'reservation', v_id)
                  FROM s;
                IF FOUND THEN
                    RETURN v_result || '{"replayed": false}';
                END IF;
            END IF;
            PERFORM ledger.insufficient(v_sku_code, v_location_code, p_quantity, 'to reserve', p_key);
        END IF;
        -- The key was used before (or is purged): version 5's path replays or refuses it.
    END IF;

    -- Version 5's path.
    v_done := ledger.replay(p_key, 'reserve', v_req);
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    PERFORM ledger.require_positive('quantity', p_quantity);
    PERFORM ledger.require_ttl(p_ttl_seconds);
    c := ledger.channel_of(p_channel);
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    INSERT INTO ledger.reservation (order_ref, channel, expires_at)
    VALUES (p_order_ref, c.code, ledger.clock() + make_interval(secs => p_ttl_seconds)) RETURNING * INTO r;
    IF c.backorder_allowed THEN
        v_back := ledger.hold(r, c, k.id, k.code, l.id, l.code, p_quantity, p_key);
    END IF;
    v_result := ledger.remember(p_key, 'reserve', v_req,
                                jsonb_build_object('reservation', r.id, 'order', r.order_ref, 'channel', c.code,
                                                   'expires_at', r.expires_at, 'backordered', v_back,
                                                   'lines', jsonb_build_array(jsonb_build_object(
                                                       'sku', k.code, 'location', l.code, 'quantity', p_quantity,
                                                       'backordered', v_back))));
    IF NOT c.backorder_allowed THEN
        v_back := ledger.hold(r, c, k.id, k.code, l.id, l.code, p_quantity, p_key);
    END IF;
    RETURN v_result;
END
$$;

-- Version 5's ledger.end_reservation, each stock row's update and its outbox event now one statement (as in
-- api.reserve above) instead of an UPDATE and a call of ledger.emit, which built the event from three jsonb values.
CREATE OR REPLACE FUNCTION ledger.end_reservation(p_id bigint, p_status text, p_key text, p_request jsonb DEFAULT NULL,
                                       p_reason text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    l record;
    v_kind text := CASE p_status WHEN 'committed' THEN 'commit' WHEN 'released' THEN 'release' ELSE 'expire' END;
    v_extra jsonb := jsonb_build_object('reservation', p_id);
    v_lines jsonb := '[]';
    v_result jsonb;
    v_sku integer[] := '{}';
    v_location integer[] := '{}';
    v_sku_code text[] := '{}';
    v_location_code text[] := '{}';
    v_quantity bigint[] := '{}';
    v_backordered bigint[] := '{}';
    v_commit boolean := p_status = 'committed';
BEGIN
    IF p_reason IS NOT NULL THEN
        v_extra := v_extra || jsonb_build_object('reason', p_reason);
    END IF;
    UPDATE ledger.reservation SET status = p_status, resolved_at = ledger.clock() WHERE id = p_id;
    -- The codes by index lookups: a join would let a generic plan walk the whole SKU index.
    FOR l IN SELECT rl.*, (SELECT k.code FROM ledger.sku k WHERE k.id = rl.sku_id) AS sku,
                    (SELECT lo.code FROM ledger.location lo WHERE lo.id = rl.location_id) AS location,
                    (SELECT r.order_ref FROM ledger.reservation r WHERE r.id = rl.reservation_id) AS order_ref
               FROM ledger.reservation_line rl
              WHERE rl.reservation_id = p_id ORDER BY rl.sku_id, rl.location_id
    LOOP
        IF v_commit THEN
            IF l.backordered > 0 THEN
                RAISE EXCEPTION 'reservation % cannot be committed yet: % of % at % still awaits inbound stock',
                    p_id, l.backordered, l.sku, l.location USING ERRCODE = 'SR005';
            END IF;
            INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference,
                                         reservation_id, idempotency_key)
            VALUES ('commit', l.sku_id, l.location_id, 'on_hand', -l.quantity, p_reason, l.order_ref, p_id, p_key),
                   ('commit', l.sku_id, l.location_id, 'reserved', -l.quantity, p_reason, l.order_ref, p_id, p_key);
        ELSE
            INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference,
                                         reservation_id, idempotency_key)
            SELECT v_kind, l.sku_id, l.location_id, b.bucket, -b.q, p_reason, l.order_ref, p_id, p_key
              FROM (VALUES ('reserved', l.quantity - l.backordered), ('backordered', l.backordered)) b (bucket, q)
             WHERE b.q <> 0;
        END IF;
        v_lines := v_lines || jsonb_build_object('sku', l.sku, 'location', l.location, 'quantity', l.quantity);
        v_sku := v_sku || l.sku_id;
        v_location := v_location || l.location_id;
        v_sku_code := v_sku_code || l.sku;
        v_location_code := v_location_code || l.location;
        v_quantity := v_quantity || l.quantity;
        v_backordered := v_backordered || l.backordered;
    END LOOP;
    v_result := jsonb_build_object('reservation', p_id, 'status', p_status, 'lines', v_lines);
    IF p_request IS NOT NULL THEN
        v_result := ledger.remember(p_key, v_kind, p_request, v_result);
    END IF;
    FOR i IN 1 .. cardinality(v_sku) LOOP
        WITH s AS (
            UPDATE ledger.stock_level
               SET on_hand = on_hand - CASE WHEN v_commit THEN v_quantity[i] ELSE 0 END,
                   reserved = reserved - (v_quantity[i] - v_backordered[i]),
                   backordered = backordered - v_backordered[i], version = version + 1, updated_at = ledger.clock()
             WHERE sku_id = v_sku[i] AND location_id = v_location[i]
            RETURNING *
        )
        INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
        SELECT v_sku_code[i] || '@' || v_location_code[i], s.version, v_kind,
               jsonb_build_object('sku', v_sku_code[i], 'location', v_location_code[i], 'on_hand', s.on_hand,
                                  'reserved', s.reserved, 'available', s.available, 'inbound', s.inbound,
                                  'damaged', s.damaged, 'safety_stock', s.safety_stock, 'backordered', s.backordered,
                                  'version', s.version) || v_extra
          FROM s;
    END LOOP;
    RETURN v_result;
END
$$;
