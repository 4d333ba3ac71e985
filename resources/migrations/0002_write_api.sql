-- Version 2: the write API. Every mutation is one SECURITY DEFINER function: it checks its idempotency key,
-- changes the stock rows with conditional updates (rows of one call locked in (sku_id, location_id) order),
-- appends movements and outbox events, stores its result under the key and wakes listeners, all in the
-- caller's one transaction.
--
-- Refusals use their own SQLSTATEs so every client can tell them apart:
--   SR001 insufficient stock       SR002 idempotency key reused with other parameters
--   SR003 unknown sku/location/... SR004 invalid argument
--   SR005 wrong state (already committed, expired, ...)
--   SR006 the same key is being applied concurrently right now: retry and the first result comes back

CREATE SCHEMA api AUTHORIZATION stockroom_owner;
REVOKE ALL ON SCHEMA api FROM PUBLIC;
GRANT USAGE ON SCHEMA api TO stockroom_associate, stockroom_checkout;

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- ---------------------------------------------------------------------------------------------------------
-- Internal helpers (schema ledger: no client may call them)
-- They run only inside the api functions, which set a safe search_path, and name every object with its
-- schema, so they carry no SET clause of their own: a SET clause makes every call save and restore the
-- setting, and it is the most expensive part of a small helper.

CREATE FUNCTION ledger.sku_of(p_sku text, OUT id integer, OUT code text)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    SELECT s.id, s.code INTO id, code FROM ledger.sku s WHERE s.code = p_sku;
    IF NOT FOUND THEN
        SELECT s.id, s.code INTO id, code FROM ledger.barcode b JOIN ledger.sku s ON s.id = b.sku_id
         WHERE b.barcode = p_sku;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'unknown SKU or barcode "%"', p_sku USING ERRCODE = 'SR003';
        END IF;
    END IF;
END
$$;

CREATE FUNCTION ledger.location_of(p_location text, OUT id integer, OUT code text)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    SELECT l.id, l.code INTO id, code FROM ledger.location l WHERE l.code = p_location;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown location "%"', p_location USING ERRCODE = 'SR003';
    END IF;
END
$$;

CREATE FUNCTION ledger.require_positive(p_what text, p_value bigint) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_value IS NULL OR p_value <= 0 THEN
        RAISE EXCEPTION '% must be a positive whole number, not %', p_what, coalesce(p_value::text, 'empty')
            USING ERRCODE = 'SR004';
    END IF;
END
$$;

-- Returns the stored result when p_key was used before with the same request, NULL when it is new.
CREATE FUNCTION ledger.replay(p_key text, p_operation text, p_request jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v ledger.idempotency;
BEGIN
    IF p_key IS NULL OR length(p_key) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'an idempotency key of 1 to 200 characters is required' USING ERRCODE = 'SR004';
    END IF;
    SELECT * INTO v FROM ledger.idempotency WHERE key = p_key;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF v.operation <> p_operation OR v.request <> p_request THEN
        RAISE EXCEPTION 'idempotency key "%" was already used for % %, not for % %', p_key, v.operation,
            v.request, p_operation, p_request USING ERRCODE = 'SR002';
    END IF;
    RETURN v.result || '{"replayed": true}';
END
$$;

-- Stores the result under the key. A concurrent call with the same key that finished first wins; this one
-- is rolled back with SR006 so that its retry replays the winner's result.
CREATE FUNCTION ledger.remember(p_key text, p_operation text, p_request jsonb, p_result jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ledger.idempotency (key, operation, request, result)
    VALUES (p_key, p_operation, p_request, p_result)
    ON CONFLICT (key) DO NOTHING;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'idempotency key "%" was applied concurrently by another call; retry to get its result',
            p_key USING ERRCODE = 'SR006';
    END IF;
    RETURN p_result || '{"replayed": false}';
END
$$;

-- STABLE, as jsonb_build_object is: a SQL function declared more strictly than its body cannot be inlined,
-- and would then be parsed and planned again on every call.
CREATE FUNCTION ledger.balances(s ledger.stock_level) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('on_hand', s.on_hand, 'reserved', s.reserved, 'available', s.available,
                              'inbound', s.inbound, 'damaged', s.damaged, 'safety_stock', s.safety_stock,
                              'backordered', s.backordered, 'version', s.version)
$$;

-- PL/pgSQL rather than SQL: PL/pgSQL keeps the INSERT's plan for the session, where a SQL function called
-- from PL/pgSQL would be parsed and planned again on every call.
CREATE FUNCTION ledger.emit(p_event text, s ledger.stock_level, p_sku text, p_location text, p_extra jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
    VALUES (p_sku || '@' || p_location, s.version, p_event,
            jsonb_build_object('sku', p_sku, 'location', p_location) || ledger.balances(s) || p_extra);
END
$$;

-- Wakes LISTENers of stockroom_events when a transaction that wrote outbox events commits: a deferred
-- constraint trigger runs at commit, just before PostgreSQL queues the transaction's NOTIFYs.
-- PostgreSQL serialises the commits of notifying transactions on one cluster-wide lock that is held through
-- the commit's WAL flush, which would put every ledger write in single file. So only one committing
-- transaction at a time notifies: the one holding the advisory lock. One that finds the lock taken commits
-- together with the holder, within a WAL flush of its wake-up; listeners drain once more a moment after each
-- wake-up (and poll every second in any case), so they still see it within a fraction of a second.
CREATE FUNCTION ledger.wake_listeners() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_catalog.pg_try_advisory_xact_lock(pg_catalog.hashtext('stockroom.notify')) THEN
        PERFORM pg_catalog.pg_notify('stockroom_events', '');
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER outbox_wakes_listeners AFTER INSERT ON ledger.outbox
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger.wake_listeners();

-- A call that waited on a row for a concurrent call with the same idempotency key finds the stock gone or
-- the state changed, though its key has just been applied. Before refusing, it checks: if the key is now
-- stored by another transaction, it raises SR006 instead, and a retry replays the first call's result.
CREATE FUNCTION ledger.unless_applied(p_key text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_key IS NOT NULL AND EXISTS (SELECT 1 FROM ledger.idempotency i
                                      WHERE i.key = p_key AND i.xmin <> pg_catalog.pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'idempotency key "%" was applied concurrently by another call; retry to get its result',
            p_key USING ERRCODE = 'SR006';
    END IF;
END
$$;

CREATE FUNCTION ledger.insufficient(p_sku text, p_location text, p_wanted bigint, p_what text, p_key text)
RETURNS void LANGUAGE plpgsql STABLE AS $$
DECLARE
    s ledger.stock_level;
BEGIN
    PERFORM ledger.unless_applied(p_key);
    SELECT st.* INTO s FROM ledger.stock_level st
      JOIN ledger.sku k ON k.id = st.sku_id JOIN ledger.location l ON l.id = st.location_id
     WHERE k.code = p_sku AND l.code = p_location;
    RAISE EXCEPTION 'insufficient stock of % at %: % wanted %, but on hand %, reserved %, safety stock %, inbound not yet promised %',
        p_sku, p_location, p_wanted, p_what, coalesce(s.on_hand, 0), coalesce(s.reserved, 0),
        coalesce(s.safety_stock, 0), coalesce(s.inbound, 0) - coalesce(s.backordered, 0)
        USING ERRCODE = 'SR001';
END
$$;

-- Ends one locked, active reservation: its held stock goes back (release, expire) or leaves (commit). With
-- p_request, the result is stored under p_key as well. What does not touch a stock row comes first (the
-- status, the movements, the stored result), so that a stock row, which other calls may be waiting for,
-- stays locked only for its update, its event and the commit; the rows are updated in (sku, location) order.
CREATE FUNCTION ledger.end_reservation(p_id bigint, p_status text, p_key text, p_request jsonb DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    l record;
    s ledger.stock_level;
    v_kind text := CASE p_status WHEN 'committed' THEN 'commit' WHEN 'released' THEN 'release' ELSE 'expire' END;
    v_lines jsonb := '[]';
    v_result jsonb;
    v_sku integer[] := '{}';
    v_location integer[] := '{}';
    v_sku_code text[] := '{}';
    v_location_code text[] := '{}';
    v_quantity bigint[] := '{}';
    v_backordered bigint[] := '{}';
BEGIN
    UPDATE ledger.reservation SET status = p_status, resolved_at = now() WHERE id = p_id;
    -- The codes by index lookups: a join would let a generic plan walk the whole SKU index.
    FOR l IN SELECT rl.*, (SELECT k.code FROM ledger.sku k WHERE k.id = rl.sku_id) AS sku,
                    (SELECT lo.code FROM ledger.location lo WHERE lo.id = rl.location_id) AS location,
                    (SELECT r.order_ref FROM ledger.reservation r WHERE r.id = rl.reservation_id) AS order_ref
               FROM ledger.reservation_line rl
              WHERE rl.reservation_id = p_id ORDER BY rl.sku_id, rl.location_id
    LOOP
        IF p_status = 'committed' THEN
            IF l.backordered > 0 THEN
                RAISE EXCEPTION 'reservation % cannot be committed yet: % of % at % still awaits inbound stock',
                    p_id, l.backordered, l.sku, l.location USING ERRCODE = 'SR005';
            END IF;
            INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference, reservation_id,
                                         idempotency_key)
            VALUES ('commit', l.sku_id, l.location_id, 'on_hand', -l.quantity, l.order_ref, p_id, p_key),
                   ('commit', l.sku_id, l.location_id, 'reserved', -l.quantity, l.order_ref, p_id, p_key);
        ELSE
            INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference, reservation_id,
                                         idempotency_key)
            SELECT v_kind, l.sku_id, l.location_id, b.bucket, -b.q, l.order_ref, p_id, p_key
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
        IF p_status = 'committed' THEN
            UPDATE ledger.stock_level SET on_hand = on_hand - v_quantity[i], reserved = reserved - v_quantity[i],
                   version = version + 1, updated_at = now()
             WHERE sku_id = v_sku[i] AND location_id = v_location[i] RETURNING * INTO s;
        ELSE
            UPDATE ledger.stock_level SET reserved = reserved - (v_quantity[i] - v_backordered[i]),
                   backordered = backordered - v_backordered[i], version = version + 1, updated_at = now()
             WHERE sku_id = v_sku[i] AND location_id = v_location[i] RETURNING * INTO s;
        END IF;
        PERFORM ledger.emit(v_kind, s, v_sku_code[i], v_location_code[i], jsonb_build_object('reservation', p_id));
    END LOOP;
    RETURN v_result;
END
$$;

-- Adds or takes stock in the buckets of one row, creating the row on first receipt. Returns NULL instead
-- of the row when a CHECK constraint would break; the caller names what it refuses.
CREATE FUNCTION ledger.change(p_sku integer, p_location integer, p_on_hand bigint, p_damaged bigint,
                              p_inbound bigint, p_safety bigint) RETURNS ledger.stock_level
LANGUAGE plpgsql AS $$
DECLARE
    s ledger.stock_level;
BEGIN
    UPDATE ledger.stock_level
       SET on_hand = on_hand + p_on_hand, damaged = damaged + p_damaged, inbound = inbound + p_inbound,
           safety_stock = safety_stock + p_safety, version = version + 1, updated_at = now()
     WHERE sku_id = p_sku AND location_id = p_location RETURNING * INTO s;
    IF FOUND THEN
        RETURN s;
    END IF;
    IF least(p_on_hand, p_damaged, p_inbound, p_safety) < 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO ledger.stock_level AS st (sku_id, location_id, on_hand, damaged, inbound, safety_stock, version)
    VALUES (p_sku, p_location, p_on_hand, p_damaged, p_inbound, p_safety, 1)
    ON CONFLICT (sku_id, location_id) DO UPDATE
       SET on_hand = st.on_hand + p_on_hand, damaged = st.damaged + p_damaged, inbound = st.inbound + p_inbound,
           safety_stock = st.safety_stock + p_safety, version = st.version + 1, updated_at = now()
    RETURNING * INTO s;
    RETURN s;
EXCEPTION WHEN check_violation THEN
    RETURN NULL;
END
$$;

-- Locks one stock row for the rest of the transaction, creating it empty if it does not exist yet.
CREATE FUNCTION ledger.lock_row(p_sku integer, p_location integer) RETURNS ledger.stock_level
LANGUAGE plpgsql AS $$
DECLARE
    s ledger.stock_level;
BEGIN
    INSERT INTO ledger.stock_level (sku_id, location_id) VALUES (p_sku, p_location) ON CONFLICT DO NOTHING;
    SELECT * INTO STRICT s FROM ledger.stock_level WHERE sku_id = p_sku AND location_id = p_location
       FOR NO KEY UPDATE;
    RETURN s;
END
$$;

CREATE FUNCTION ledger.refuse_change(p_sku text, p_location text, p_what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'refused: % at % would leave %', p_sku, p_location, p_what USING ERRCODE = 'SR001';
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Reference data

CREATE FUNCTION api.add_location(p_code text, p_name text, p_kind text, p_region text DEFAULT NULL,
                                 p_latitude double precision DEFAULT NULL, p_longitude double precision DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v ledger.location;
BEGIN
    INSERT INTO ledger.location (code, name, kind, region, latitude, longitude)
    VALUES (p_code, p_name, p_kind, p_region, p_latitude, p_longitude)
    ON CONFLICT (code) DO NOTHING RETURNING * INTO v;
    IF NOT FOUND THEN
        SELECT * INTO v FROM ledger.location WHERE code = p_code;
        IF (v.name, v.kind, v.region, v.latitude, v.longitude) IS DISTINCT FROM
           (p_name, p_kind, p_region, p_latitude, p_longitude) THEN
            RAISE EXCEPTION 'location "%" already exists with other details', p_code USING ERRCODE = 'SR005';
        END IF;
    END IF;
    RETURN jsonb_build_object('location', v.code, 'name', v.name, 'kind', v.kind, 'region', v.region);
EXCEPTION WHEN check_violation OR not_null_violation THEN
    RAISE EXCEPTION 'invalid location "%": % (code: letters, digits, . _ -; kind: warehouse or store)',
        p_code, SQLERRM USING ERRCODE = 'SR004';
END
$$;

CREATE FUNCTION api.add_sku(p_code text, p_name text, p_barcodes text[] DEFAULT '{}')
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v ledger.sku;
    b text;
    v_owner integer;
BEGIN
    INSERT INTO ledger.sku (code, name) VALUES (p_code, p_name)
    ON CONFLICT (code) DO NOTHING RETURNING * INTO v;
    IF NOT FOUND THEN
        SELECT * INTO v FROM ledger.sku WHERE code = p_code;
        IF v.name <> p_name THEN
            RAISE EXCEPTION 'SKU "%" already exists as "%"', p_code, v.name USING ERRCODE = 'SR005';
        END IF;
    END IF;
    FOREACH b IN ARRAY coalesce(p_barcodes, '{}') LOOP
        INSERT INTO ledger.barcode (barcode, sku_id) VALUES (b, v.id)
        ON CONFLICT (barcode) DO NOTHING;
        SELECT sku_id INTO v_owner FROM ledger.barcode WHERE barcode = b;
        IF v_owner <> v.id THEN
            RAISE EXCEPTION 'barcode % already belongs to another SKU', b USING ERRCODE = 'SR005';
        END IF;
    END LOOP;
    RETURN jsonb_build_object('sku', v.code, 'name', v.name,
                              'barcodes', (SELECT coalesce(jsonb_agg(barcode ORDER BY barcode), '[]')
                                             FROM ledger.barcode WHERE sku_id = v.id));
EXCEPTION WHEN check_violation OR not_null_violation THEN
    RAISE EXCEPTION 'invalid SKU "%": % (code: letters, digits, . _ / -; barcode: letters, digits, -)',
        p_code, SQLERRM USING ERRCODE = 'SR004';
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Stock movements

CREATE FUNCTION api.receive(p_sku text, p_location text, p_quantity bigint, p_reference text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'quantity', p_quantity,
                                      'reference', p_reference);
    v_done jsonb := ledger.replay(p_key, 'receive', v_req);
    k record;
    l record;
    s ledger.stock_level;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    PERFORM ledger.require_positive('quantity', p_quantity);
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    s := ledger.change(k.id, l.id, p_quantity, 0, 0, 0);
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference, idempotency_key)
    VALUES ('receive', k.id, l.id, 'on_hand', p_quantity, p_reference, p_key);
    PERFORM ledger.emit('receive', s, k.code, l.code, '{}');
    RETURN ledger.remember(p_key, 'receive', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code) || ledger.balances(s));
END
$$;

-- Reasons: damaged moves stock from on hand to the damaged bucket; scrapped takes it out of damaged;
-- every other reason (found, lost, theft, expired, correction, count) changes on hand.
CREATE FUNCTION api.adjust(p_sku text, p_location text, p_delta bigint, p_reason text, p_reference text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'delta', p_delta, 'reason', p_reason,
                                      'reference', p_reference);
    v_done jsonb := ledger.replay(p_key, 'adjust', v_req);
    k record;
    l record;
    s ledger.stock_level;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_delta IS NULL OR p_delta = 0 THEN
        RAISE EXCEPTION 'an adjustment needs a non-zero quantity' USING ERRCODE = 'SR004';
    END IF;
    IF p_reason IS NULL OR p_reason NOT IN ('damaged', 'scrapped', 'found', 'lost', 'theft', 'expired', 'correction') THEN
        RAISE EXCEPTION 'unknown adjustment reason "%" (damaged, scrapped, found, lost, theft, expired, correction)',
            coalesce(p_reason, '') USING ERRCODE = 'SR004';
    END IF;
    IF p_reason IN ('damaged', 'scrapped', 'lost', 'theft', 'expired') AND p_delta > 0
       OR p_reason = 'found' AND p_delta < 0 THEN
        RAISE EXCEPTION 'reason % does not go with a quantity of %', p_reason, p_delta USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    IF p_reason = 'damaged' THEN
        s := ledger.change(k.id, l.id, p_delta, -p_delta, 0, 0);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        VALUES ('adjust', k.id, l.id, 'on_hand', p_delta, p_reason, p_reference, p_key),
               ('adjust', k.id, l.id, 'damaged', -p_delta, p_reason, p_reference, p_key);
    ELSIF p_reason = 'scrapped' THEN
        s := ledger.change(k.id, l.id, 0, p_delta, 0, 0);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        VALUES ('adjust', k.id, l.id, 'damaged', p_delta, p_reason, p_reference, p_key);
    ELSE
        s := ledger.change(k.id, l.id, p_delta, 0, 0, 0);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        VALUES ('adjust', k.id, l.id, 'on_hand', p_delta, p_reason, p_reference, p_key);
    END IF;
    IF s IS NULL THEN
        PERFORM ledger.refuse_change(k.code, l.code, CASE WHEN p_reason = 'scrapped' THEN 'less than zero damaged'
                                                          ELSE 'less on hand than is reserved' END);
    END IF;
    PERFORM ledger.emit('adjust', s, k.code, l.code, jsonb_build_object('reason', p_reason));
    RETURN ledger.remember(p_key, 'adjust', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code) || ledger.balances(s));
END
$$;

-- A cycle count: sets on hand to what was counted, recording the difference as a movement.
CREATE FUNCTION api.count(p_sku text, p_location text, p_counted bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'counted', p_counted);
    v_done jsonb := ledger.replay(p_key, 'count', v_req);
    k record;
    l record;
    s ledger.stock_level;
    v_delta bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_counted IS NULL OR p_counted < 0 THEN
        RAISE EXCEPTION 'a count must be zero or more, not %', coalesce(p_counted::text, 'empty')
            USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    s := ledger.lock_row(k.id, l.id);
    v_delta := p_counted - s.on_hand;
    IF v_delta <> 0 THEN
        s := ledger.change(k.id, l.id, v_delta, 0, 0, 0);
        IF s IS NULL THEN
            PERFORM ledger.refuse_change(k.code, l.code, 'less on hand than is reserved: release reservations first');
        END IF;
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, idempotency_key)
        VALUES ('count', k.id, l.id, 'on_hand', v_delta, 'count', p_key);
        PERFORM ledger.emit('count', s, k.code, l.code, jsonb_build_object('difference', v_delta));
    END IF;
    RETURN ledger.remember(p_key, 'count', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code, 'difference', v_delta)
                           || ledger.balances(s));
END
$$;

CREATE FUNCTION api.set_safety_stock(p_sku text, p_location text, p_quantity bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'quantity', p_quantity);
    v_done jsonb := ledger.replay(p_key, 'set_safety_stock', v_req);
    k record;
    l record;
    s ledger.stock_level;
    v_delta bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_quantity IS NULL OR p_quantity < 0 THEN
        RAISE EXCEPTION 'safety stock must be zero or more' USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    s := ledger.lock_row(k.id, l.id);
    v_delta := p_quantity - s.safety_stock;
    IF v_delta <> 0 THEN
        s := ledger.change(k.id, l.id, 0, 0, 0, v_delta);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, idempotency_key)
        VALUES ('policy', k.id, l.id, 'safety_stock', v_delta, 'safety stock', p_key);
        PERFORM ledger.emit('policy', s, k.code, l.code, '{}');
    END IF;
    RETURN ledger.remember(p_key, 'set_safety_stock', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code) || ledger.balances(s));
END
$$;

CREATE FUNCTION api.return_stock(p_sku text, p_location text, p_quantity bigint, p_damaged boolean,
                                 p_reference text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'quantity', p_quantity,
                                      'damaged', coalesce(p_damaged, false), 'reference', p_reference);
    v_done jsonb := ledger.replay(p_key, 'return', v_req);
    v_bucket text := CASE WHEN p_damaged THEN 'damaged' ELSE 'on_hand' END;
    k record;
    l record;
    s ledger.stock_level;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    PERFORM ledger.require_positive('quantity', p_quantity);
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    IF p_damaged THEN
        s := ledger.change(k.id, l.id, 0, p_quantity, 0, 0);
    ELSE
        s := ledger.change(k.id, l.id, p_quantity, 0, 0, 0);
    END IF;
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
    VALUES ('return', k.id, l.id, v_bucket, p_quantity, CASE WHEN p_damaged THEN 'damaged' ELSE 'restock' END,
            p_reference, p_key);
    PERFORM ledger.emit('return', s, k.code, l.code, jsonb_build_object('bucket', v_bucket));
    RETURN ledger.remember(p_key, 'return', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code, 'bucket', v_bucket)
                           || ledger.balances(s));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Transfers: ship takes stock off the source's on hand and puts it in the destination's inbound; receipts
-- (partial ones allowed) move it from inbound to on hand, filling backordered reservations first.

CREATE FUNCTION api.transfer_ship(p_sku text, p_from text, p_to text, p_quantity bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'from', p_from, 'to', p_to, 'quantity', p_quantity);
    v_done jsonb := ledger.replay(p_key, 'transfer_ship', v_req);
    k record;
    a record;
    b record;
    sa ledger.stock_level;
    sb ledger.stock_level;
    v_id bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    PERFORM ledger.require_positive('quantity', p_quantity);
    k := ledger.sku_of(p_sku);
    a := ledger.location_of(p_from);
    b := ledger.location_of(p_to);
    IF a.id = b.id THEN
        RAISE EXCEPTION 'a transfer needs two different locations, not % twice', a.code USING ERRCODE = 'SR004';
    END IF;
    -- Lock both rows in location order, so two opposite transfers cannot deadlock.
    PERFORM ledger.lock_row(k.id, b.id) WHERE b.id < a.id;
    UPDATE ledger.stock_level SET on_hand = on_hand - p_quantity, version = version + 1, updated_at = now()
     WHERE sku_id = k.id AND location_id = a.id AND on_hand - reserved >= p_quantity
    RETURNING * INTO sa;
    IF NOT FOUND THEN
        PERFORM ledger.insufficient(k.code, a.code, p_quantity, 'to ship', p_key);
    END IF;
    sb := ledger.change(k.id, b.id, 0, 0, p_quantity, 0);
    INSERT INTO ledger.transfer (sku_id, from_location_id, to_location_id, shipped)
    VALUES (k.id, a.id, b.id, p_quantity) RETURNING id INTO v_id;
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, transfer_id, idempotency_key)
    VALUES ('transfer_ship', k.id, a.id, 'on_hand', -p_quantity, v_id, p_key),
           ('transfer_ship', k.id, b.id, 'inbound', p_quantity, v_id, p_key);
    PERFORM ledger.emit('transfer_ship', sa, k.code, a.code, jsonb_build_object('transfer', v_id));
    PERFORM ledger.emit('transfer_ship', sb, k.code, b.code, jsonb_build_object('transfer', v_id));
    RETURN ledger.remember(p_key, 'transfer_ship', v_req,
                           jsonb_build_object('transfer', v_id, 'sku', k.code, 'from', a.code, 'to', b.code,
                                              'quantity', p_quantity, 'status', 'in_transit'));
END
$$;

CREATE FUNCTION api.transfer_receive(p_transfer bigint, p_quantity bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('transfer', p_transfer, 'quantity', p_quantity);
    v_done jsonb := ledger.replay(p_key, 'transfer_receive', v_req);
    t ledger.transfer;
    s ledger.stock_level;
    v_qty bigint;
    v_fill bigint;
    v_left bigint;
    v_take bigint;
    r record;
    v_sku text;
    v_loc text;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    SELECT * INTO t FROM ledger.transfer WHERE id = p_transfer FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown transfer %', p_transfer USING ERRCODE = 'SR003';
    END IF;
    IF t.status = 'received' THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'transfer % has already been received in full', p_transfer USING ERRCODE = 'SR005';
    END IF;
    v_qty := coalesce(p_quantity, t.shipped - t.received);
    PERFORM ledger.require_positive('quantity', v_qty);
    IF v_qty > t.shipped - t.received THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'transfer % has only % left in transit, not %', p_transfer, t.shipped - t.received, v_qty
            USING ERRCODE = 'SR001';
    END IF;
    SELECT * INTO s FROM ledger.stock_level WHERE sku_id = t.sku_id AND location_id = t.to_location_id
       FOR NO KEY UPDATE;
    v_fill := least(s.backordered, v_qty);
    UPDATE ledger.stock_level SET on_hand = on_hand + v_qty, inbound = inbound - v_qty,
           backordered = backordered - v_fill, reserved = reserved + v_fill, version = version + 1, updated_at = now()
     WHERE sku_id = t.sku_id AND location_id = t.to_location_id RETURNING * INTO s;
    UPDATE ledger.transfer SET received = received + v_qty,
           status = CASE WHEN received + v_qty = shipped THEN 'received' ELSE 'in_transit' END,
           received_at = CASE WHEN received + v_qty = shipped THEN now() END
     WHERE id = p_transfer RETURNING * INTO t;
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, transfer_id, idempotency_key)
    VALUES ('transfer_receive', t.sku_id, t.to_location_id, 'inbound', -v_qty, p_transfer, p_key),
           ('transfer_receive', t.sku_id, t.to_location_id, 'on_hand', v_qty, p_transfer, p_key);
    -- Backordered reservations, oldest first, now hold stock that is on hand.
    v_left := v_fill;
    FOR r IN SELECT rl.reservation_id, rl.backordered FROM ledger.reservation_line rl
               JOIN ledger.reservation re ON re.id = rl.reservation_id AND re.status = 'active'
              WHERE rl.sku_id = t.sku_id AND rl.location_id = t.to_location_id AND rl.backordered > 0
              ORDER BY rl.reservation_id FOR UPDATE OF rl
    LOOP
        EXIT WHEN v_left = 0;
        v_take := least(v_left, r.backordered);
        UPDATE ledger.reservation_line SET backordered = backordered - v_take
         WHERE reservation_id = r.reservation_id AND sku_id = t.sku_id AND location_id = t.to_location_id;
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reservation_id, transfer_id,
                                     idempotency_key)
        VALUES ('backorder_fill', t.sku_id, t.to_location_id, 'backordered', -v_take, r.reservation_id, p_transfer, p_key),
               ('backorder_fill', t.sku_id, t.to_location_id, 'reserved', v_take, r.reservation_id, p_transfer, p_key);
        v_left := v_left - v_take;
    END LOOP;
    SELECT code INTO v_sku FROM ledger.sku WHERE id = t.sku_id;
    SELECT code INTO v_loc FROM ledger.location WHERE id = t.to_location_id;
    PERFORM ledger.emit('transfer_receive', s, v_sku, v_loc,
                        jsonb_build_object('transfer', p_transfer, 'backorders_filled', v_fill));
    RETURN ledger.remember(p_key, 'transfer_receive', v_req,
                           jsonb_build_object('transfer', p_transfer, 'sku', v_sku, 'to', v_loc, 'received', v_qty,
                                              'outstanding', t.shipped - t.received, 'status', t.status,
                                              'backorders_filled', v_fill));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Reservations

CREATE FUNCTION ledger.channel_of(p_channel text) RETURNS ledger.channel
LANGUAGE plpgsql STABLE AS $$
DECLARE
    c ledger.channel;
BEGIN
    SELECT * INTO c FROM ledger.channel WHERE code = p_channel;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown channel "%"', p_channel USING ERRCODE = 'SR003';
    END IF;
    RETURN c;
END
$$;

CREATE FUNCTION ledger.require_ttl(p_ttl integer) RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_ttl IS NULL OR p_ttl NOT BETWEEN 1 AND 2592000 THEN
        RAISE EXCEPTION 'a reservation TTL is 1 to 2592000 seconds, not %', coalesce(p_ttl::text, 'empty')
            USING ERRCODE = 'SR004';
    END IF;
END
$$;

-- Holds p_quantity of one row for a reservation, from available stock and, where the channel allows
-- backorders, from inbound stock not yet promised. Returns the part held against inbound.
CREATE FUNCTION ledger.hold(r ledger.reservation, c ledger.channel, p_sku integer, p_sku_code text,
                            p_location integer, p_location_code text, p_quantity bigint, p_key text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    s ledger.stock_level;
    v_free bigint;
    v_back bigint := 0;
BEGIN
    IF NOT c.backorder_allowed THEN
        -- The line and the movement first (a refusal rolls them back with everything else): the stock row,
        -- which other calls may be waiting for, is then locked only for its update, its event and the commit.
        INSERT INTO ledger.reservation_line (reservation_id, sku_id, location_id, quantity, backordered)
        VALUES (r.id, p_sku, p_location, p_quantity, 0);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference, reservation_id,
                                     idempotency_key)
        VALUES ('reserve', p_sku, p_location, 'reserved', p_quantity, r.order_ref, r.id, p_key);
        UPDATE ledger.stock_level SET reserved = reserved + p_quantity, version = version + 1, updated_at = now()
         WHERE sku_id = p_sku AND location_id = p_location
           AND on_hand - reserved - CASE WHEN c.respects_safety_stock THEN safety_stock ELSE 0 END >= p_quantity
        RETURNING * INTO s;
        IF NOT FOUND THEN
            PERFORM ledger.insufficient(p_sku_code, p_location_code, p_quantity, 'to reserve', p_key);
        END IF;
        PERFORM ledger.emit('reserve', s, p_sku_code, p_location_code, jsonb_build_object('reservation', r.id));
        RETURN 0;
    END IF;
    -- With backorders, how much is held against inbound stock depends on the locked row.
    SELECT * INTO s FROM ledger.stock_level WHERE sku_id = p_sku AND location_id = p_location
       FOR NO KEY UPDATE;
    v_free := greatest(s.on_hand - s.reserved - CASE WHEN c.respects_safety_stock THEN s.safety_stock ELSE 0 END, 0);
    v_back := greatest(p_quantity - v_free, 0);
    IF s IS NULL OR v_back > s.inbound - s.backordered THEN
        PERFORM ledger.insufficient(p_sku_code, p_location_code, p_quantity, 'to reserve or backorder', p_key);
    END IF;
    UPDATE ledger.stock_level SET reserved = reserved + (p_quantity - v_back), backordered = backordered + v_back,
           version = version + 1, updated_at = now()
     WHERE sku_id = p_sku AND location_id = p_location RETURNING * INTO s;
    INSERT INTO ledger.reservation_line (reservation_id, sku_id, location_id, quantity, backordered)
    VALUES (r.id, p_sku, p_location, p_quantity, v_back);
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reference, reservation_id, idempotency_key)
    SELECT 'reserve', p_sku, p_location, b.bucket, b.q, r.order_ref, r.id, p_key
      FROM (VALUES ('reserved', p_quantity - v_back), ('backordered', v_back)) b (bucket, q)
     WHERE b.q <> 0;
    PERFORM ledger.emit('reserve', s, p_sku_code, p_location_code, jsonb_build_object('reservation', r.id));
    RETURN v_back;
END
$$;

CREATE FUNCTION api.reserve(p_sku text, p_location text, p_quantity bigint, p_ttl_seconds integer,
                            p_channel text, p_order_ref text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'quantity', p_quantity,
                                      'ttl', p_ttl_seconds, 'channel', p_channel, 'order', p_order_ref);
    v_done jsonb := ledger.replay(p_key, 'reserve', v_req);
    k record;
    l record;
    c ledger.channel;
    r ledger.reservation;
    v_back bigint := 0;
    v_result jsonb;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    PERFORM ledger.require_positive('quantity', p_quantity);
    PERFORM ledger.require_ttl(p_ttl_seconds);
    c := ledger.channel_of(p_channel);
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    INSERT INTO ledger.reservation (order_ref, channel, expires_at)
    VALUES (p_order_ref, c.code, now() + make_interval(secs => p_ttl_seconds)) RETURNING * INTO r;
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
        -- Without backorders nothing depends on the stock row but whether it has enough, so the result is
        -- stored first and the row, which other calls may be waiting for, is locked last, for the shortest
        -- time. A refusal rolls the stored result back with everything else.
        v_back := ledger.hold(r, c, k.id, k.code, l.id, l.code, p_quantity, p_key);
    END IF;
    RETURN v_result;
END
$$;

-- A whole order, all lines or none. p_lines is a JSON array of {"sku", "location", "quantity"}; the rows
-- are locked in (sku_id, location_id) order whatever order the lines come in.
CREATE FUNCTION api.reserve_order(p_order_ref text, p_lines jsonb, p_ttl_seconds integer, p_channel text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('order', p_order_ref, 'lines', p_lines, 'ttl', p_ttl_seconds,
                                      'channel', p_channel);
    v_done jsonb := ledger.replay(p_key, 'reserve_order', v_req);
    c ledger.channel;
    r ledger.reservation;
    ln record;
    v_lines jsonb := '[]';
    v_back bigint;
    v_total_back bigint := 0;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF jsonb_typeof(p_lines) IS DISTINCT FROM 'array' OR jsonb_array_length(p_lines) = 0 THEN
        RAISE EXCEPTION 'an order needs at least one line' USING ERRCODE = 'SR004';
    END IF;
    PERFORM ledger.require_ttl(p_ttl_seconds);
    c := ledger.channel_of(p_channel);
    INSERT INTO ledger.reservation (order_ref, channel, expires_at)
    VALUES (p_order_ref, c.code, now() + make_interval(secs => p_ttl_seconds)) RETURNING * INTO r;
    FOR ln IN
        WITH raw AS (
            SELECT x.ordinality AS n, coalesce(x.value ->> 'sku', '') AS sku,
                   coalesce(x.value ->> 'location', '') AS location, x.value ->> 'quantity' AS quantity
              FROM jsonb_array_elements(p_lines) WITH ORDINALITY x
        )
        SELECT min(raw.n) AS n, k.id AS sku_id, k.code AS sku, lo.id AS location_id, lo.code AS location,
               sum(CASE WHEN raw.quantity ~ '^[0-9]{1,15}$' THEN raw.quantity::bigint END)::bigint AS quantity,
               bool_or(raw.quantity IS NULL OR raw.quantity !~ '^[0-9]{1,15}$') AS bad
          FROM raw, LATERAL ledger.sku_of(raw.sku) k, LATERAL ledger.location_of(raw.location) lo
         GROUP BY k.id, k.code, lo.id, lo.code
         ORDER BY k.id, lo.id
    LOOP
        IF ln.bad OR ln.quantity <= 0 THEN
            RAISE EXCEPTION 'order line % (% at %): quantity must be a positive whole number', ln.n, ln.sku,
                ln.location USING ERRCODE = 'SR004';
        END IF;
        v_back := ledger.hold(r, c, ln.sku_id, ln.sku, ln.location_id, ln.location, ln.quantity, p_key);
        v_total_back := v_total_back + v_back;
        v_lines := v_lines || jsonb_build_object('sku', ln.sku, 'location', ln.location, 'quantity', ln.quantity,
                                                 'backordered', v_back);
    END LOOP;
    RETURN ledger.remember(p_key, 'reserve_order', v_req,
                           jsonb_build_object('reservation', r.id, 'order', r.order_ref, 'channel', c.code,
                                              'expires_at', r.expires_at, 'backordered', v_total_back,
                                              'lines', v_lines));
END
$$;

CREATE FUNCTION ledger.resolve(p_reservation bigint, p_status text, p_key text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_op text := CASE p_status WHEN 'committed' THEN 'commit' ELSE 'release' END;
    v_req jsonb := jsonb_build_object('reservation', p_reservation);
    v_done jsonb := ledger.replay(p_key, v_op, v_req);
    r ledger.reservation;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    SELECT * INTO r FROM ledger.reservation WHERE id = p_reservation FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown reservation %', p_reservation USING ERRCODE = 'SR003';
    END IF;
    IF r.status <> 'active' THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'reservation % is already %', p_reservation, r.status USING ERRCODE = 'SR005';
    END IF;
    IF p_status = 'committed' AND r.expires_at <= now() THEN
        RAISE EXCEPTION 'reservation % expired at %', p_reservation, r.expires_at USING ERRCODE = 'SR005';
    END IF;
    -- Lock the reservation's stock rows (in the one fixed order) before its lines are read: a transfer receipt
    -- that is filling their backorders right now holds them, and the lines must be read after it is done, or
    -- a release would return filled units to the backordered bucket (tests/services/tst_concurrency).
    -- Only lines with a backorder can be filled, and a line's backorder only ever shrinks, so a reservation
    -- with none has nothing to wait for: its stock rows are then locked one by one as they are updated, at
    -- the end, and a hot row stays locked only for its update, its event and the commit.
    IF EXISTS (SELECT 1 FROM ledger.reservation_line WHERE reservation_id = p_reservation AND backordered > 0) THEN
        PERFORM 1 FROM ledger.stock_level s
         WHERE (s.sku_id, s.location_id) IN (SELECT sku_id, location_id FROM ledger.reservation_line
                                              WHERE reservation_id = p_reservation)
         ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    END IF;
    RETURN ledger.end_reservation(p_reservation, p_status, p_key, v_req);
END
$$;

-- PL/pgSQL, like every api function, so that the call's plan is kept for the session.
CREATE FUNCTION api.commit(p_reservation bigint, p_key text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    RETURN ledger.resolve(p_reservation, 'committed', p_key);
END
$$;

CREATE FUNCTION api.release(p_reservation bigint, p_key text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    RETURN ledger.resolve(p_reservation, 'released', p_key);
END
$$;

-- Expires reservations whose TTL has passed. Only one sweeper works at a time (an advisory lock); the
-- others return at once with "skipped". Stock rows are locked in (sku_id, location_id) order up front.
CREATE FUNCTION api.sweep(p_limit integer DEFAULT 1000) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_ids bigint[];
    v_id bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('stockroom.sweep')) THEN
        RETURN jsonb_build_object('expired', 0, 'skipped', true);
    END IF;
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (
        SELECT id FROM ledger.reservation WHERE status = 'active' AND expires_at <= now()
         ORDER BY expires_at LIMIT greatest(p_limit, 1) FOR NO KEY UPDATE SKIP LOCKED) due;
    IF v_ids IS NULL THEN
        RETURN jsonb_build_object('expired', 0, 'skipped', false);
    END IF;
    PERFORM 1 FROM ledger.stock_level s
     WHERE (s.sku_id, s.location_id) IN (SELECT sku_id, location_id FROM ledger.reservation_line
                                          WHERE reservation_id = ANY (v_ids))
     ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    FOREACH v_id IN ARRAY v_ids LOOP
        PERFORM ledger.end_reservation(v_id, 'expired', NULL);
    END LOOP;
    RETURN jsonb_build_object('expired', cardinality(v_ids), 'skipped', false);
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Checks and reads

-- Every difference between a balance and the sum of its movements, and between the reserved and
-- backordered buckets and the active reservations that hold them. No rows: the ledger is consistent.
CREATE FUNCTION api.verify()
RETURNS TABLE (sku text, location text, bucket text, balance bigint, expected bigint, source text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    WITH balances AS (
        SELECT s.sku_id, s.location_id, b.bucket, b.q
          FROM ledger.stock_level s
         CROSS JOIN LATERAL (VALUES ('on_hand', s.on_hand), ('reserved', s.reserved), ('inbound', s.inbound),
                                    ('damaged', s.damaged), ('safety_stock', s.safety_stock),
                                    ('backordered', s.backordered)) b (bucket, q)
    ), sums AS (
        SELECT m.sku_id, m.location_id, m.bucket, sum(m.quantity)::bigint AS q
          FROM ledger.movement m GROUP BY 1, 2, 3
    ), holds AS (
        SELECT rl.sku_id, rl.location_id, h.bucket, sum(h.q)::bigint AS q
          FROM ledger.reservation_line rl JOIN ledger.reservation r ON r.id = rl.reservation_id
         CROSS JOIN LATERAL (VALUES ('reserved', rl.quantity - rl.backordered), ('backordered', rl.backordered)) h (bucket, q)
         WHERE r.status = 'active' GROUP BY 1, 2, 3
    ), transit AS (
        SELECT t.sku_id, t.to_location_id AS location_id, 'inbound'::text AS bucket, sum(t.shipped - t.received)::bigint AS q
          FROM ledger.transfer t WHERE t.status = 'in_transit' GROUP BY 1, 2
    ), diffs AS (
        SELECT coalesce(b.sku_id, m.sku_id) AS sku_id, coalesce(b.location_id, m.location_id) AS location_id,
               coalesce(b.bucket, m.bucket) AS bucket, coalesce(b.q, 0) AS balance, coalesce(m.q, 0) AS expected,
               'ledger' AS source
          FROM balances b FULL JOIN sums m USING (sku_id, location_id, bucket)
         WHERE coalesce(b.q, 0) <> coalesce(m.q, 0)
        UNION ALL
        SELECT b.sku_id, b.location_id, b.bucket, b.q, coalesce(h.q, 0), 'reservations'
          FROM balances b LEFT JOIN holds h USING (sku_id, location_id, bucket)
         WHERE b.bucket IN ('reserved', 'backordered') AND b.q <> coalesce(h.q, 0)
        UNION ALL
        SELECT b.sku_id, b.location_id, b.bucket, b.q, coalesce(t.q, 0), 'transfers'
          FROM balances b LEFT JOIN transit t USING (sku_id, location_id, bucket)
         WHERE b.bucket = 'inbound' AND b.q <> coalesce(t.q, 0)
    )
    SELECT k.code, l.code, d.bucket, d.balance, d.expected, d.source
      FROM diffs d JOIN ledger.sku k ON k.id = d.sku_id JOIN ledger.location l ON l.id = d.location_id
     ORDER BY k.code, l.code, d.bucket, d.source
$$;

-- Events in an order that never skips one: only transactions older than every running transaction are
-- returned, ordered by (transaction, id), and each call starts after the event named by p_after.
CREATE FUNCTION api.events_after(p_after bigint DEFAULT 0, p_limit integer DEFAULT 1000)
RETURNS TABLE (id bigint, aggregate text, aggregate_version bigint, event_type text, payload jsonb,
               created_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    WITH cursor AS (
        SELECT coalesce((SELECT o.tx FROM ledger.outbox o WHERE o.id = p_after), '0'::xid8) AS tx,
               coalesce(p_after, 0) AS id
    )
    SELECT o.id, o.aggregate, o.aggregate_version, o.event_type, o.payload, o.created_at
      FROM ledger.outbox o, cursor c
     WHERE (o.tx, o.id) > (c.tx, c.id) AND o.tx < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY o.tx, o.id
     LIMIT greatest(p_limit, 1)
$$;

CREATE VIEW api.locations AS
    SELECT code, name, kind, region, latitude, longitude FROM ledger.location;

CREATE VIEW api.skus AS
    SELECT s.code, s.name, coalesce(array_agg(b.barcode ORDER BY b.barcode) FILTER (WHERE b.barcode IS NOT NULL),
                                    '{}') AS barcodes
      FROM ledger.sku s LEFT JOIN ledger.barcode b ON b.sku_id = s.id GROUP BY s.id;

CREATE VIEW api.barcodes AS
    SELECT b.barcode, s.code AS sku FROM ledger.barcode b JOIN ledger.sku s ON s.id = b.sku_id;

CREATE VIEW api.channels AS
    SELECT code, name, respects_safety_stock, backorder_allowed FROM ledger.channel;

CREATE VIEW api.stock AS
    SELECT k.code AS sku, k.name AS sku_name, l.code AS location, l.name AS location_name, l.kind AS location_kind,
           l.region, s.on_hand, s.reserved, s.available, s.inbound, s.damaged, s.safety_stock, s.backordered,
           s.version, s.updated_at, s.sku_id, s.location_id
      FROM ledger.stock_level s JOIN ledger.sku k ON k.id = s.sku_id JOIN ledger.location l ON l.id = s.location_id;

CREATE VIEW api.ledger AS
    SELECT m.id, m.at, m.kind, k.code AS sku, l.code AS location, m.bucket, m.quantity, m.reason, m.reference,
           m.reservation_id, m.transfer_id, m.actor, m.idempotency_key, m.sku_id, m.location_id
      FROM ledger.movement m JOIN ledger.sku k ON k.id = m.sku_id JOIN ledger.location l ON l.id = m.location_id;

CREATE VIEW api.reservations AS
    SELECT r.id AS reservation, r.order_ref, r.channel, r.status, r.expires_at, r.created_at, r.resolved_at, r.actor,
           k.code AS sku, l.code AS location, rl.quantity, rl.backordered
      FROM ledger.reservation r JOIN ledger.reservation_line rl ON rl.reservation_id = r.id
      JOIN ledger.sku k ON k.id = rl.sku_id JOIN ledger.location l ON l.id = rl.location_id;

CREATE VIEW api.transfers AS
    SELECT t.id AS transfer, k.code AS sku, a.code AS from_location, b.code AS to_location, t.shipped, t.received,
           t.shipped - t.received AS in_transit, t.status, t.shipped_at, t.received_at, t.actor
      FROM ledger.transfer t JOIN ledger.sku k ON k.id = t.sku_id
      JOIN ledger.location a ON a.id = t.from_location_id JOIN ledger.location b ON b.id = t.to_location_id;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what. Functions are executable by PUBLIC unless revoked.

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger FROM PUBLIC;

GRANT SELECT ON api.locations, api.skus, api.barcodes, api.channels, api.stock
    TO stockroom_associate, stockroom_checkout;
GRANT SELECT ON api.ledger, api.reservations, api.transfers TO stockroom_associate;
GRANT EXECUTE ON FUNCTION api.events_after(bigint, integer) TO stockroom_associate, stockroom_checkout;

GRANT EXECUTE ON FUNCTION api.reserve(text, text, bigint, integer, text, text, text),
                          api.reserve_order(text, jsonb, integer, text, text),
                          api.commit(bigint, text), api.release(bigint, text)
    TO stockroom_associate, stockroom_checkout;

GRANT EXECUTE ON FUNCTION api.receive(text, text, bigint, text, text),
                          api.return_stock(text, text, bigint, boolean, text, text),
                          api.count(text, text, bigint, text)
    TO stockroom_associate;

GRANT EXECUTE ON FUNCTION api.adjust(text, text, bigint, text, text, text),
                          api.transfer_ship(text, text, text, bigint, text),
                          api.transfer_receive(bigint, bigint, text),
                          api.set_safety_stock(text, text, bigint, text)
    TO stockroom_manager;

GRANT EXECUTE ON FUNCTION api.verify(), api.sweep(integer) TO stockroom_supervisor;

GRANT EXECUTE ON FUNCTION api.add_location(text, text, text, text, double precision, double precision),
                          api.add_sku(text, text, text[])
    TO stockroom_admin;
