-- Version 5: a clock that only the seeder can set back, so that the demo data set's 90 days of history are
-- written through the write API like any other change (balances, reservations, transfers and the outbox agree,
-- and api.verify finds nothing), yet carry the days they describe.
--
-- ledger.clock() is the time the ledger stamps rows with: movements' at; reservations' created_at, resolved_at
-- and expires_at (clock + TTL); transfers' shipped_at, received_at and updated_at; stock rows' updated_at;
-- outbox events', idempotency records', SKUs' and locations' created_at. It is now(), unless the setting
-- stockroom.seed_at holds a time AND the login (session_user, which a SECURITY DEFINER function does not change)
-- is a superuser or a member of stockroom_owner. Such a login can already SET ROLE stockroom_owner and write
-- every ledger table, movements included, so the clock gives it no new power. Anyone may set a custom setting,
-- so every other login that sets stockroom.seed_at (a till, an associate, an admin) still gets now().
--
-- It costs next to nothing on the hot paths: a SQL function that the planner inlines into each statement, which
-- reads the setting first (NULL, or '' once a SET LOCAL of it has ended) and looks at roles only when the setting
-- is there. The seeder sets it with set_config('stockroom.seed_at', ..., true), local to its one transaction.
--
-- What the clock does not move:
--   - Expiry as seen from outside: the sweeper and api.open_reservations judge a hold by now(), so a hold seeded
--     in the past whose TTL has run out is expired and waits for a sweeper like any other. A commit is judged at
--     the time it is recorded at (ledger.resolve), so a seeded sale can commit the hold it made minutes before.
--   - The order of events: consumers read the outbox by (committing transaction, id), as before; created_at is
--     only a stamp.
--
-- Designs not taken: a function ledger.now() shadowing pg_catalog.now() through the api functions' search_path
-- would have changed no function body, but would silently change what now() means in every function, the TTL
-- checks included, and in every function written later. Rewriting the timestamps after seeding would need the
-- owner to update the append-only ledger and would double the seed's work.
--
-- Changes nothing else: every function below is the newest definition with now() replaced where it stamps a row
-- (and in ledger.resolve's commit check); requests and results stored under idempotency keys are unchanged.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- Every name qualified: an inlined SQL function is parsed in its caller's search_path.
CREATE FUNCTION ledger.clock() RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN nullif(pg_catalog.current_setting('stockroom.seed_at', true), '') IS NULL THEN pg_catalog.now()
                WHEN pg_catalog.pg_has_role(session_user, 'stockroom_owner', 'MEMBER')
                THEN pg_catalog.current_setting('stockroom.seed_at', true)::pg_catalog.timestamptz
                ELSE pg_catalog.now() END
$$;

-- Column defaults stamp what the functions insert. A changed default rewrites no row.
ALTER TABLE ledger.location ALTER COLUMN created_at SET DEFAULT ledger.clock();
ALTER TABLE ledger.sku ALTER COLUMN created_at SET DEFAULT ledger.clock();
ALTER TABLE ledger.stock_level ALTER COLUMN updated_at SET DEFAULT ledger.clock();
ALTER TABLE ledger.reservation ALTER COLUMN created_at SET DEFAULT ledger.clock();
ALTER TABLE ledger.transfer ALTER COLUMN shipped_at SET DEFAULT ledger.clock(),
                            ALTER COLUMN updated_at SET DEFAULT ledger.clock();
ALTER TABLE ledger.movement ALTER COLUMN at SET DEFAULT ledger.clock();
ALTER TABLE ledger.idempotency ALTER COLUMN created_at SET DEFAULT ledger.clock();
ALTER TABLE ledger.outbox ALTER COLUMN created_at SET DEFAULT ledger.clock();

-- ---------------------------------------------------------------------------------------------------------
-- Where the functions stamp rows themselves

-- Adds or takes stock in the buckets of one row, creating the row on first receipt. Returns NULL instead
-- of the row when a CHECK constraint would break; the caller names what it refuses.
-- Changed: the stock row's updated_at is stamped by ledger.clock().
CREATE OR REPLACE FUNCTION ledger.change(p_sku integer, p_location integer, p_on_hand bigint, p_damaged bigint,
                              p_inbound bigint, p_safety bigint) RETURNS ledger.stock_level
LANGUAGE plpgsql AS $$
DECLARE
    s ledger.stock_level;
BEGIN
    UPDATE ledger.stock_level
       SET on_hand = on_hand + p_on_hand, damaged = damaged + p_damaged, inbound = inbound + p_inbound,
           safety_stock = safety_stock + p_safety, version = version + 1, updated_at = ledger.clock()
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
           safety_stock = st.safety_stock + p_safety, version = st.version + 1, updated_at = ledger.clock()
    RETURNING * INTO s;
    RETURN s;
EXCEPTION WHEN check_violation THEN
    RETURN NULL;
END
$$;

-- Takes p_quantity out of the destination's inbound, unless backordered reservations are waiting for it:
-- SR001 then, saying what to do instead.
-- Changed: the stock row's updated_at is stamped by ledger.clock().
CREATE OR REPLACE FUNCTION ledger.take_inbound(t ledger.transfer, p_quantity bigint, p_what text, p_sku text,
                                    p_location text, p_key text) RETURNS ledger.stock_level
LANGUAGE plpgsql AS $$
DECLARE
    s ledger.stock_level;
BEGIN
    UPDATE ledger.stock_level SET inbound = inbound - p_quantity, version = version + 1,
           updated_at = ledger.clock()
     WHERE sku_id = t.sku_id AND location_id = t.to_location_id AND inbound - backordered >= p_quantity
    RETURNING * INTO s;
    IF NOT FOUND THEN
        PERFORM ledger.unless_applied(p_key);
        SELECT * INTO s FROM ledger.stock_level WHERE sku_id = t.sku_id AND location_id = t.to_location_id;
        RAISE EXCEPTION 'refused: % % of transfer % would leave % at % with % inbound for % backordered: release those reservations first',
            p_what, p_quantity, t.id, p_sku, p_location, s.inbound - p_quantity, s.backordered
            USING ERRCODE = 'SR001';
    END IF;
    RETURN s;
END
$$;

-- Holds p_quantity of one row for a reservation, from available stock and, where the channel allows
-- backorders, from inbound stock not yet promised. Returns the part held against inbound.
-- Changed: the stock row's updated_at is stamped by ledger.clock(); the row is still updated last.
CREATE OR REPLACE FUNCTION ledger.hold(r ledger.reservation, c ledger.channel, p_sku integer, p_sku_code text,
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
        UPDATE ledger.stock_level SET reserved = reserved + p_quantity, version = version + 1,
               updated_at = ledger.clock()
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
           version = version + 1, updated_at = ledger.clock()
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

-- Changed: expires_at is ledger.clock() + the TTL, so a hold made at a seeding time expires that TTL later.
CREATE OR REPLACE FUNCTION api.reserve(p_sku text, p_location text, p_quantity bigint, p_ttl_seconds integer,
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
-- Changed: expires_at is ledger.clock() + the TTL, as in api.reserve.
CREATE OR REPLACE FUNCTION api.reserve_order(p_order_ref text, p_lines jsonb, p_ttl_seconds integer, p_channel text, p_key text)
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
    VALUES (p_order_ref, c.code, ledger.clock() + make_interval(secs => p_ttl_seconds)) RETURNING * INTO r;
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

-- Changed: a commit is refused when the hold has expired by ledger.clock(), the time the commit is recorded at:
-- a seeded sale commits a hold it made minutes earlier on the same clock. For every other login that is now(),
-- as before; the sweeper and api.open_reservations still judge expiry by now().
CREATE OR REPLACE FUNCTION ledger.resolve(p_reservation bigint, p_status text, p_key text) RETURNS jsonb
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
    IF p_status = 'committed' AND r.expires_at <= ledger.clock() THEN
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

-- Changed: resolved_at and the stock rows' updated_at are stamped by ledger.clock().
CREATE OR REPLACE FUNCTION ledger.end_reservation(p_id bigint, p_status text, p_key text, p_request jsonb DEFAULT NULL,
                                       p_reason text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    l record;
    s ledger.stock_level;
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
        IF p_status = 'committed' THEN
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
        IF p_status = 'committed' THEN
            UPDATE ledger.stock_level SET on_hand = on_hand - v_quantity[i], reserved = reserved - v_quantity[i],
                   version = version + 1, updated_at = ledger.clock()
             WHERE sku_id = v_sku[i] AND location_id = v_location[i] RETURNING * INTO s;
        ELSE
            UPDATE ledger.stock_level SET reserved = reserved - (v_quantity[i] - v_backordered[i]),
                   backordered = backordered - v_backordered[i], version = version + 1,
                   updated_at = ledger.clock()
             WHERE sku_id = v_sku[i] AND location_id = v_location[i] RETURNING * INTO s;
        END IF;
        PERFORM ledger.emit(v_kind, s, v_sku_code[i], v_location_code[i], v_extra);
    END LOOP;
    RETURN v_result;
END
$$;

-- Changed: the source row's updated_at is stamped by ledger.clock() (the transfer's shipped_at and updated_at
-- and the destination row take it from their column defaults).
CREATE OR REPLACE FUNCTION api.transfer_ship(p_sku text, p_from text, p_to text, p_quantity bigint, p_key text)
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
    UPDATE ledger.stock_level SET on_hand = on_hand - p_quantity, version = version + 1,
           updated_at = ledger.clock()
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

-- Changed: received_at, updated_at and the stock row's updated_at are stamped by ledger.clock().
CREATE OR REPLACE FUNCTION api.transfer_receive(p_transfer bigint, p_quantity bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('transfer', p_transfer, 'quantity', p_quantity);
    v_done jsonb := ledger.replay(p_key, 'transfer_receive', v_req);
    t ledger.transfer;
    s ledger.stock_level;
    v_left bigint;
    v_qty bigint;
    v_fill bigint;
    v_to_fill bigint;
    v_take bigint;
    r record;
    v_sku text;
    v_loc text;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    t := ledger.open_transfer(p_transfer, p_key);
    v_left := t.shipped - t.received - t.cancelled - t.written_off;
    v_qty := coalesce(p_quantity, v_left);
    PERFORM ledger.require_positive('quantity', v_qty);
    IF v_qty > v_left THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'transfer % has only % left in transit, not %', p_transfer, v_left, v_qty
            USING ERRCODE = 'SR001';
    END IF;
    SELECT * INTO s FROM ledger.stock_level WHERE sku_id = t.sku_id AND location_id = t.to_location_id
       FOR NO KEY UPDATE;
    v_fill := least(s.backordered, v_qty);
    UPDATE ledger.stock_level SET on_hand = on_hand + v_qty, inbound = inbound - v_qty,
           backordered = backordered - v_fill, reserved = reserved + v_fill, version = version + 1,
           updated_at = ledger.clock()
     WHERE sku_id = t.sku_id AND location_id = t.to_location_id RETURNING * INTO s;
    UPDATE ledger.transfer SET received = received + v_qty,
           status = CASE WHEN v_qty < v_left THEN 'in_transit' WHEN written_off > 0 THEN 'written_off'
                         ELSE 'received' END,
           received_at = CASE WHEN v_qty = v_left THEN ledger.clock() END, updated_at = ledger.clock()
     WHERE id = p_transfer RETURNING * INTO t;
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, transfer_id, idempotency_key)
    VALUES ('transfer_receive', t.sku_id, t.to_location_id, 'inbound', -v_qty, p_transfer, p_key),
           ('transfer_receive', t.sku_id, t.to_location_id, 'on_hand', v_qty, p_transfer, p_key);
    -- Backordered reservations, oldest first, now hold stock that is on hand.
    v_to_fill := v_fill;
    FOR r IN SELECT rl.reservation_id, rl.backordered FROM ledger.reservation_line rl
               JOIN ledger.reservation re ON re.id = rl.reservation_id AND re.status = 'active'
              WHERE rl.sku_id = t.sku_id AND rl.location_id = t.to_location_id AND rl.backordered > 0
              ORDER BY rl.reservation_id FOR UPDATE OF rl
    LOOP
        EXIT WHEN v_to_fill = 0;
        v_take := least(v_to_fill, r.backordered);
        UPDATE ledger.reservation_line SET backordered = backordered - v_take
         WHERE reservation_id = r.reservation_id AND sku_id = t.sku_id AND location_id = t.to_location_id;
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reservation_id, transfer_id,
                                     idempotency_key)
        VALUES ('backorder_fill', t.sku_id, t.to_location_id, 'backordered', -v_take, r.reservation_id, p_transfer, p_key),
               ('backorder_fill', t.sku_id, t.to_location_id, 'reserved', v_take, r.reservation_id, p_transfer, p_key);
        v_to_fill := v_to_fill - v_take;
    END LOOP;
    SELECT code INTO v_sku FROM ledger.sku WHERE id = t.sku_id;
    SELECT code INTO v_loc FROM ledger.location WHERE id = t.to_location_id;
    PERFORM ledger.emit('transfer_receive', s, v_sku, v_loc,
                        jsonb_build_object('transfer', p_transfer, 'backorders_filled', v_fill));
    RETURN ledger.remember(p_key, 'transfer_receive', v_req,
                           jsonb_build_object('transfer', p_transfer, 'sku', v_sku, 'to', v_loc, 'received', v_qty,
                                              'outstanding', v_left - v_qty, 'status', t.status,
                                              'backorders_filled', v_fill));
END
$$;

-- Cancels a shipped transfer: what is still in transit goes back to the source's on hand and leaves the
-- destination's inbound. What was received or written off stays so.
-- Changed: the transfer's updated_at is stamped by ledger.clock().
CREATE OR REPLACE FUNCTION api.transfer_cancel(p_transfer bigint, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('transfer', p_transfer);
    v_done jsonb := ledger.replay(p_key, 'transfer_cancel', v_req);
    t ledger.transfer;
    sa ledger.stock_level;
    sb ledger.stock_level;
    v_qty bigint;
    v_sku text;
    v_from text;
    v_to text;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    t := ledger.open_transfer(p_transfer, p_key);
    v_qty := t.shipped - t.received - t.cancelled - t.written_off;
    SELECT code INTO v_sku FROM ledger.sku WHERE id = t.sku_id;
    SELECT code INTO v_from FROM ledger.location WHERE id = t.from_location_id;
    SELECT code INTO v_to FROM ledger.location WHERE id = t.to_location_id;
    -- Both stock rows in location order, as transfer_ship locks them.
    PERFORM 1 FROM ledger.stock_level
     WHERE sku_id = t.sku_id AND location_id IN (t.from_location_id, t.to_location_id)
     ORDER BY location_id FOR NO KEY UPDATE;
    sb := ledger.take_inbound(t, v_qty, 'cancelling', v_sku, v_to, p_key);
    sa := ledger.change(t.sku_id, t.from_location_id, v_qty, 0, 0, 0);
    UPDATE ledger.transfer SET cancelled = v_qty, status = 'cancelled', updated_at = ledger.clock()
     WHERE id = p_transfer RETURNING * INTO t;
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, transfer_id, idempotency_key)
    VALUES ('transfer_cancel', t.sku_id, t.from_location_id, 'on_hand', v_qty, p_transfer, p_key),
           ('transfer_cancel', t.sku_id, t.to_location_id, 'inbound', -v_qty, p_transfer, p_key);
    PERFORM ledger.emit('transfer_cancel', sa, v_sku, v_from, jsonb_build_object('transfer', p_transfer));
    PERFORM ledger.emit('transfer_cancel', sb, v_sku, v_to, jsonb_build_object('transfer', p_transfer));
    RETURN ledger.remember(p_key, 'transfer_cancel', v_req,
                           jsonb_build_object('transfer', p_transfer, 'sku', v_sku, 'from', v_from, 'to', v_to,
                                              'cancelled', v_qty, 'received', t.received,
                                              'written_off', t.written_off, 'status', t.status));
END
$$;

-- Writes off units lost in transit, with a reason that takes stock out (lost, theft, damaged, ...): they leave
-- the destination's inbound. When nothing is left in transit the transfer is closed.
-- Changed: the transfer's updated_at is stamped by ledger.clock().
CREATE OR REPLACE FUNCTION api.transfer_write_off(p_transfer bigint, p_quantity bigint, p_reason text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('transfer', p_transfer, 'quantity', p_quantity, 'reason', p_reason);
    v_done jsonb := ledger.replay(p_key, 'transfer_write_off', v_req);
    r ledger.adjust_reason;
    t ledger.transfer;
    s ledger.stock_level;
    v_left bigint;
    v_sku text;
    v_from text;
    v_to text;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    r := ledger.adjust_reason_of(p_reason);
    IF r.direction <> 'out' OR r.needs_note THEN
        RAISE EXCEPTION 'reason "%" cannot write off stock in transit (%)', r.code,
            (SELECT string_agg(a.code, ', ' ORDER BY a.sort_order, a.code) FROM ledger.adjust_reason a
              WHERE a.direction = 'out' AND NOT a.needs_note)
            USING ERRCODE = 'SR004';
    END IF;
    PERFORM ledger.require_positive('quantity', p_quantity);
    t := ledger.open_transfer(p_transfer, p_key);
    v_left := t.shipped - t.received - t.cancelled - t.written_off;
    IF p_quantity > v_left THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'transfer % has only % left in transit, not %', p_transfer, v_left, p_quantity
            USING ERRCODE = 'SR001';
    END IF;
    SELECT code INTO v_sku FROM ledger.sku WHERE id = t.sku_id;
    SELECT code INTO v_from FROM ledger.location WHERE id = t.from_location_id;
    SELECT code INTO v_to FROM ledger.location WHERE id = t.to_location_id;
    s := ledger.take_inbound(t, p_quantity, 'writing off', v_sku, v_to, p_key);
    UPDATE ledger.transfer SET written_off = written_off + p_quantity,
           status = CASE WHEN p_quantity < v_left THEN 'in_transit' ELSE 'written_off' END,
           updated_at = ledger.clock()
     WHERE id = p_transfer RETURNING * INTO t;
    INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, transfer_id, idempotency_key)
    VALUES ('transfer_write_off', t.sku_id, t.to_location_id, 'inbound', -p_quantity, r.code, p_transfer, p_key);
    PERFORM ledger.emit('transfer_write_off', s, v_sku, v_to,
                        jsonb_build_object('transfer', p_transfer, 'reason', r.code, 'written_off', p_quantity));
    RETURN ledger.remember(p_key, 'transfer_write_off', v_req,
                           jsonb_build_object('transfer', p_transfer, 'sku', v_sku, 'from', v_from, 'to', v_to,
                                              'written_off', p_quantity, 'reason', r.code,
                                              'outstanding', v_left - p_quantity, 'status', t.status));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what: CREATE OR REPLACE keeps every grant above; the clock is for the api functions only.

REVOKE EXECUTE ON FUNCTION ledger.clock() FROM PUBLIC;
