-- Version 15: the reserve path in fewer statements and fewer rows (issue 12, part 1), and hot-SKU mode for a
-- flash sale's one hot stock row (part 2).
--
-- Part 1: the reserve path
--
-- Replaces
--   api.reserve             for a channel without backorders, whose result does not depend on the stock row (the
--                           store, wholesale, and any channel added like them): four statements instead of about
--                           twenty. Every other call (a backorder channel, a barcode for the SKU, an unknown code, a
--                           bad argument, a key used before) takes version 5's path, unchanged.
--   ledger.end_reservation  each stock row a commit, release or expiry ends a hold on: its update and its outbox
--                           event in one statement
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
--
-- Part 2: hot-SKU mode
--
-- A reserve changes its stock row under a row lock held until its commit is flushed, so calls on one row go in
-- single file, however many cores and clients there are: the single-row limit. Hot mode splits the row's free
-- units into N slot rows; a reserve takes its units from one slot, so N calls can hold N locks at once and their
-- commits share WAL flushes. Switched on per SKU x location by a manager (api.hot_sku_enable, stockroomctl hot-sku
-- enable, the stock view's "Hot SKU mode…"), off again with api.hot_sku_disable.
--
-- Adds
--   ledger.hot_sku            the SKU x location rows in hot mode and their slot count
--   ledger.hot_slot           their slots: units parked in each (CHECK units >= 0) and a version per slot
--   ledger.hot_take           takes a reserve's units from the slots (see below)
--   ledger.hot_park           (re)spreads a hot row's free units over its slots evenly
--   api.hot_sku_enable(key uuid, sku, location, slots), api.hot_sku_disable(key uuid, sku, location)
--   api.hot_sku               the rows in hot mode: slots, units parked, when and by whom
-- Also in api.reserve and ledger.end_reservation (one version of each, below): a hot row's reserve takes from a
-- slot; a released or expired hot hold goes back to a slot.
-- Replaces
--   api.verify, ledger.verify_rows   the reserved balance less the units parked in slots
--   ledger.balances           (every result's and event's buckets) the same, as the stock view shows them
--   the stock view            (ledger.unscoped_stock, which api.stock filters) shows one row per SKU x location,
--                             its reserved less the parked units, its available with them
--
-- The rule that keeps the ledger exact: a hot row's reserved bucket = its active holds + the units parked in its
-- slots. Parking moves units from the row's free stock into slots (reserved += parked, nothing moves in the
-- movement ledger, the row's version goes up and an outbox event says so); a reserve from a slot takes units from
-- the slot into a hold (reserved stays: parked - q, holds + q) and writes its reservation, line, movement and an
-- outbox event for the slot (aggregate "SKU@LOCATION#slot", the slot's own version), never touching the stock row.
-- api.verify therefore compares reserved - parked with the movements and with the holds, as before.
--
-- ledger.hot_take, for q units:
--   1. a slot with at least q units, not locked by another call (FOR UPDATE SKIP LOCKED), tried from a random slot
--      on: no waiting at all; when every such slot is held by another call, it waits for one of them (holding
--      nothing else; a slot drained by then is unlocked again, its UPDATE in a block of its own);
--   2. else, when the stock row has free units again (a receipt), it locks one free slot and then the row, and
--      moves a share of the free units (at least q) into the slot;
--   3. else the exact path: it locks every slot in slot order and then the row, and decides on all units: refuse
--      when the free units of the row and every slot are fewer than q (SR001, nothing sold twice), else take q and
--      spread what is left evenly over the slots again (the rebalance).
--   Lock order: slots in slot order, then the row. Step 2 holds at most one slot it did not wait for when it waits
--   for the row, and gives both up (its own block, rolled back) before step 3; what holds the row (a commit, a
--   receipt) waits for no slot. So there is no cycle.
--   Before taking the key's rows, a reserve reads the row and the slots without locks: with fewer free units than
--   it wants in all of them together it is refused at once, writing nothing, so a sold-out SKU refuses in parallel.
-- Releases and expiries of a hot hold put the units back into a free slot (SKIP LOCKED; the row when every slot is
-- busy); a commit takes them off the row as before (on hand and reserved, the parked units untouched). Order
-- allocations (ledger.hold) reserve from the row's unparked units: a multi-line order on a hot SKU finds only what
-- is not parked until hot mode is switched off. Parked units respect the safety stock of every channel.
--
-- Rules kept: the key taken first, append-only movements, the outbox in the same transaction, every CHECK, the
-- client limits, and the triggers other versions put on the ledger's tables (reservation, movement).

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

CREATE TABLE ledger.hot_sku (
    sku_id      integer NOT NULL,
    location_id integer NOT NULL,
    slots       integer NOT NULL CHECK (slots BETWEEN 2 AND 256),
    enabled_at  timestamptz NOT NULL DEFAULT now(),
    enabled_by  text NOT NULL DEFAULT session_user,
    PRIMARY KEY (sku_id, location_id),
    FOREIGN KEY (sku_id, location_id) REFERENCES ledger.stock_level (sku_id, location_id)
);

-- Updated by every hot reserve: room for HOT updates on every page.
CREATE TABLE ledger.hot_slot (
    sku_id      integer NOT NULL,
    location_id integer NOT NULL,
    slot        integer NOT NULL CHECK (slot >= 0),
    units       bigint NOT NULL DEFAULT 0 CHECK (units >= 0),
    version     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (sku_id, location_id, slot),
    FOREIGN KEY (sku_id, location_id) REFERENCES ledger.hot_sku (sku_id, location_id) ON DELETE CASCADE
) WITH (fillfactor = 20);

-- Spreads the row's free units (on hand - holds - safety stock) over its slots, all of which the caller has locked
-- with the row, after adding p_hold units of a new hold to the row's reserved. Returns the units parked.
CREATE FUNCTION ledger.hot_park(p_sku integer, p_location integer, p_event text, p_hold bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_parked bigint;
    v_slots integer;
    v_free bigint;
    s ledger.stock_level;
BEGIN
    SELECT coalesce(sum(units), 0), count(*) INTO v_parked, v_slots
      FROM ledger.hot_slot WHERE sku_id = p_sku AND location_id = p_location;
    SELECT * INTO s FROM ledger.stock_level WHERE sku_id = p_sku AND location_id = p_location;
    v_free := greatest(s.on_hand - (s.reserved - v_parked + p_hold) - s.safety_stock, 0);
    IF v_slots > 0 THEN
        UPDATE ledger.hot_slot SET units = v_free / v_slots + CASE WHEN slot < v_free % v_slots THEN 1 ELSE 0 END,
               version = version + 1
         WHERE sku_id = p_sku AND location_id = p_location;
    ELSE
        v_free := 0;
    END IF;
    IF v_free <> v_parked OR p_hold <> 0 THEN
        UPDATE ledger.stock_level SET reserved = reserved - v_parked + p_hold + v_free, version = version + 1,
               updated_at = ledger.clock()
         WHERE sku_id = p_sku AND location_id = p_location RETURNING * INTO s;
        PERFORM ledger.hot_row_event(s, p_event, v_free);
    END IF;
    RETURN v_free;
END
$$;

-- The stock row's event when parking changed it: the buckets as the stock view shows them (reserved without the
-- parked units, available with them), so a consumer keeping the newest version per row shows the same numbers.
CREATE FUNCTION ledger.hot_row_event(s ledger.stock_level, p_event text, p_parked bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_sku text := (SELECT k.code FROM ledger.sku k WHERE k.id = s.sku_id);
    v_location text := (SELECT l.code FROM ledger.location l WHERE l.id = s.location_id);
BEGIN
    INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
    VALUES (v_sku || '@' || v_location, s.version, p_event,
            jsonb_build_object('sku', v_sku, 'location', v_location, 'on_hand', s.on_hand,
                               'reserved', s.reserved - p_parked, 'available', s.available + p_parked,
                               'inbound', s.inbound, 'damaged', s.damaged, 'safety_stock', s.safety_stock,
                               'backordered', s.backordered, 'version', s.version, 'parked', p_parked));
END
$$;

-- Takes p_quantity for a reservation of a hot row. Returns the slot it came from, -1 when the exact path took it
-- (the row's reserved then counts the hold), or NULL when the row and its slots together have too few free units.
CREATE FUNCTION ledger.hot_take(p_sku integer, p_location integer, p_quantity bigint, p_slots integer,
                                p_safety boolean) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_start integer := floor(random() * p_slots)::integer;
    v_slot integer;
    v_units bigint;
    v_parked bigint;
    v_free bigint;
    v_move bigint;
    s ledger.stock_level;
BEGIN
    -- 1. A slot with enough that no other call holds. Locked first, then updated by a statement of its own: an
    -- UPDATE with the lock in a subquery would judge the slot by its snapshot, older than the version it locked
    -- (a rebalance may have refilled it since), and could pass it over yet keep it locked. A locking read, too,
    -- keeps the lock on a slot it locked and then found drained by a concurrent call: the block of its own gives
    -- such locks up when no slot was found, so that the paths below start holding no slot.
    BEGIN
        SELECT h.slot INTO v_slot FROM ledger.hot_slot h
         WHERE h.sku_id = p_sku AND h.location_id = p_location AND h.units >= p_quantity
         ORDER BY (h.slot - v_start + p_slots) % p_slots LIMIT 1 FOR UPDATE SKIP LOCKED;
        IF FOUND THEN
            UPDATE ledger.hot_slot SET units = units - p_quantity, version = version + 1
             WHERE sku_id = p_sku AND location_id = p_location AND slot = v_slot;
            RETURN v_slot;
        END IF;
        RAISE EXCEPTION 'no free slot with enough' USING ERRCODE = 'SR900';
    EXCEPTION WHEN SQLSTATE 'SR900' THEN
        NULL;
    END;
    -- 1b. Slots with enough that other calls hold right now: wait for one, chosen from a random slot on without a
    -- lock. An UPDATE that waited locks the slot's newest version even when that no longer has enough; the block of
    -- its own gives such a lock up again, so the exact path below starts holding no slot.
    v_slot := (SELECT h.slot FROM ledger.hot_slot h
                WHERE h.sku_id = p_sku AND h.location_id = p_location AND h.units >= p_quantity
                ORDER BY (h.slot - v_start + p_slots) % p_slots LIMIT 1);
    IF v_slot IS NOT NULL THEN
        BEGIN
            UPDATE ledger.hot_slot SET units = units - p_quantity, version = version + 1
             WHERE sku_id = p_sku AND location_id = p_location AND slot = v_slot AND units >= p_quantity;
            IF FOUND THEN
                RETURN v_slot;
            END IF;
            RAISE EXCEPTION 'drained meanwhile' USING ERRCODE = 'SR900';
        EXCEPTION WHEN SQLSTATE 'SR900' THEN
            NULL;
        END;
    END IF;
    -- 2. Free units on the row (stock received since the slots were filled): a share of them into a free slot. In a
    -- block of its own, so that when the share is not enough the slot and the row are unlocked again before the
    -- exact path locks every slot in order.
    IF EXISTS (SELECT 1 FROM ledger.stock_level st
                WHERE st.sku_id = p_sku AND st.location_id = p_location
                  AND st.on_hand - st.reserved - st.safety_stock > 0) THEN
        BEGIN
            SELECT h.slot, h.units INTO v_slot, v_units FROM ledger.hot_slot h
             WHERE h.sku_id = p_sku AND h.location_id = p_location
             ORDER BY (h.slot - v_start + p_slots) % p_slots LIMIT 1 FOR UPDATE SKIP LOCKED;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no free slot' USING ERRCODE = 'SR900';
            END IF;
            SELECT * INTO s FROM ledger.stock_level WHERE sku_id = p_sku AND location_id = p_location
               FOR NO KEY UPDATE;
            v_free := s.on_hand - s.reserved - s.safety_stock;
            IF v_free <= 0 OR v_units + v_free < p_quantity THEN
                RAISE EXCEPTION 'not enough to refill' USING ERRCODE = 'SR900';
            END IF;
            v_move := least(v_free, greatest(p_quantity - v_units, (v_free + p_slots - 1) / p_slots));
            UPDATE ledger.stock_level SET reserved = reserved + v_move, version = version + 1,
                   updated_at = ledger.clock()
             WHERE sku_id = p_sku AND location_id = p_location RETURNING * INTO s;
            SELECT coalesce(sum(units), 0) + v_move INTO v_parked FROM ledger.hot_slot
             WHERE sku_id = p_sku AND location_id = p_location;
            PERFORM ledger.hot_row_event(s, 'hot_refill', v_parked);
            UPDATE ledger.hot_slot SET units = units + v_move - p_quantity, version = version + 1
             WHERE sku_id = p_sku AND location_id = p_location AND slot = v_slot;
            RETURN v_slot;
        EXCEPTION WHEN SQLSTATE 'SR900' THEN
            NULL; -- the block's locks are released with it
        END;
    END IF;
    -- 3. Every slot and the row, in lock order; the decision on all units.
    PERFORM 1 FROM ledger.hot_slot h WHERE h.sku_id = p_sku AND h.location_id = p_location ORDER BY h.slot FOR UPDATE;
    SELECT * INTO s FROM ledger.stock_level WHERE sku_id = p_sku AND location_id = p_location FOR NO KEY UPDATE;
    SELECT coalesce(sum(units), 0) INTO v_parked FROM ledger.hot_slot
     WHERE sku_id = p_sku AND location_id = p_location;
    IF s.on_hand - (s.reserved - v_parked) - (CASE WHEN p_safety THEN s.safety_stock ELSE 0 END) < p_quantity THEN
        RETURN NULL;
    END IF;
    -- The hold counts in the row's reserved from now on; what is free after it is parked again, evenly.
    PERFORM ledger.hot_park(p_sku, p_location, 'reserve', p_quantity);
    RETURN -1;
END
$$;

-- The reserve of part 1 (see the head of this file), with the hot branch: a hot row's units come from its slots
-- (ledger.hot_take), and the early refusal counts the parked units with the row's free ones.
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
    v_slots integer;
    v_slot integer;
    k record;
    l record;
    c ledger.channel;
    r ledger.reservation;
    v_back bigint := 0;
BEGIN
    PERFORM ledger.limit_client();
    IF p_quantity > 0 AND p_ttl_seconds BETWEEN 1 AND 2592000 AND length(p_key) BETWEEN 1 AND 200 THEN
        SELECT sk.id, sk.code, lo.id, lo.code, ch.respects_safety_stock, ch.backorder_allowed, h.slots
          INTO v_sku, v_sku_code, v_location, v_location_code, v_safety, v_backorder, v_slots
          FROM ledger.sku sk CROSS JOIN ledger.location lo CROSS JOIN ledger.channel ch
          LEFT JOIN ledger.hot_sku h ON h.sku_id = sk.id AND h.location_id = lo.id
         WHERE sk.code = p_sku AND lo.code = p_location AND ch.code = p_channel;
        -- A hot row sells from its slots, in every channel: nothing is backordered while it is hot.
        IF v_slots IS NOT NULL THEN
            v_backorder := false;
        END IF;
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
                                      + CASE WHEN v_slots IS NULL THEN 0
                                             ELSE (SELECT coalesce(sum(h.units), 0) FROM ledger.hot_slot h
                                                    WHERE h.sku_id = v_sku AND h.location_id = v_location) END
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
            IF v_enough = 1 AND v_slots IS NOT NULL THEN
                v_slot := ledger.hot_take(v_sku, v_location, p_quantity, v_slots, v_safety);
                IF v_slot >= 0 THEN
                    INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
                    SELECT v_sku_code || '@' || v_location_code || '#' || h.slot, h.version, 'hot_reserve',
                           jsonb_build_object('hot_sku', v_sku_code, 'hot_location', v_location_code, 'slot', h.slot,
                                              'units', h.units, 'version', h.version, 'reservation', v_id)
                      FROM ledger.hot_slot h
                     WHERE h.sku_id = v_sku AND h.location_id = v_location AND h.slot = v_slot;
                END IF;
                IF v_slot IS NOT NULL THEN
                    RETURN v_result || '{"replayed": false}';
                END IF;
            ELSIF v_enough = 1 THEN
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

-- Version 5's ledger.end_reservation, each stock row's update and its outbox event now one statement instead of an
-- UPDATE and a call of ledger.emit, which built the event from three jsonb values; a released or expired hold of a
-- hot row goes back into a slot.
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
    v_slot integer;
    v_units bigint;
    v_version bigint;
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
        -- A hot row's released or expired hold goes back into a slot no other call holds, when there is one.
        IF NOT v_commit AND v_backordered[i] = 0 THEN
            UPDATE ledger.hot_slot SET units = units + v_quantity[i], version = version + 1
             WHERE sku_id = v_sku[i] AND location_id = v_location[i]
               AND slot = (SELECT h.slot FROM ledger.hot_slot h
                            WHERE h.sku_id = v_sku[i] AND h.location_id = v_location[i]
                            ORDER BY h.units LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING slot, units, version INTO v_slot, v_units, v_version;
            IF FOUND THEN
                INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
                VALUES (v_sku_code[i] || '@' || v_location_code[i] || '#' || v_slot, v_version, 'hot_' || v_kind,
                        jsonb_build_object('hot_sku', v_sku_code[i], 'hot_location', v_location_code[i],
                                           'slot', v_slot, 'units', v_units, 'version', v_version) || v_extra);
                CONTINUE;
            END IF;
        END IF;
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
                                  'reserved', s.reserved - p.parked, 'available', s.available + p.parked,
                                  'inbound', s.inbound,
                                  'damaged', s.damaged, 'safety_stock', s.safety_stock, 'backordered', s.backordered,
                                  'version', s.version) || v_extra
          FROM s CROSS JOIN LATERAL (SELECT coalesce(sum(h.units), 0)::bigint AS parked FROM ledger.hot_slot h
                                      WHERE h.sku_id = s.sku_id AND h.location_id = s.location_id) p;
    END LOOP;
    RETURN v_result;
END
$$;

-- Version 2's ledger.balances, which every function's result and outbox event takes a stock row's buckets from: a hot
-- row's reserved without its parked units and its available with them, as the stock view shows them.
CREATE OR REPLACE FUNCTION ledger.balances(s ledger.stock_level) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('on_hand', s.on_hand, 'reserved', s.reserved - p.parked,
                              'available', s.available + p.parked, 'inbound', s.inbound, 'damaged', s.damaged,
                              'safety_stock', s.safety_stock, 'backordered', s.backordered, 'version', s.version)
      FROM (SELECT coalesce(sum(h.units), 0)::bigint AS parked FROM ledger.hot_slot h
             WHERE h.sku_id = s.sku_id AND h.location_id = s.location_id) p
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Switching hot mode on and off

-- On (or a new slot count): the row's free units are parked in p_slots slots, evenly. Needs the manager role and the
-- location in the login's scope. Result: sku, location, slots, parked, hot.
CREATE FUNCTION api.hot_sku_enable(p_key uuid, p_sku text, p_location text, p_slots integer) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'slots', p_slots);
    v_done jsonb := ledger.replay(p_key::text, 'hot_sku_enable', v_req);
    k record;
    l record;
    v_old bigint;
    v_parked bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_slots IS NULL OR p_slots NOT BETWEEN 2 AND 256 THEN
        RAISE EXCEPTION 'slots: a hot SKU has 2 to 256 slots, not %', coalesce(p_slots::text, 'none')
            USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    PERFORM ledger.require_location(l.id);
    -- Lock order: the slots, then the row.
    SELECT coalesce(sum(units), 0) INTO v_old FROM (
        SELECT h.units FROM ledger.hot_slot h WHERE h.sku_id = k.id AND h.location_id = l.id
         ORDER BY h.slot FOR UPDATE) locked;
    PERFORM 1 FROM ledger.stock_level WHERE sku_id = k.id AND location_id = l.id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% has no stock at % yet: receive it first, then switch hot mode on', k.code, l.code
            USING ERRCODE = 'SR003';
    END IF;
    INSERT INTO ledger.hot_sku (sku_id, location_id, slots) VALUES (k.id, l.id, p_slots)
    ON CONFLICT (sku_id, location_id) DO UPDATE SET slots = EXCLUDED.slots;
    DELETE FROM ledger.hot_slot WHERE sku_id = k.id AND location_id = l.id;
    INSERT INTO ledger.hot_slot (sku_id, location_id, slot) SELECT k.id, l.id, g FROM generate_series(0, p_slots - 1) g;
    -- The units parked before are on the row's reserved still: hot_park takes them off as it parks again.
    v_parked := ledger.hot_park(k.id, l.id, 'hot_sku_enable', -v_old);
    RETURN ledger.remember(p_key::text, 'hot_sku_enable', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code, 'slots', p_slots,
                                              'parked', v_parked, 'hot', true));
END
$$;

-- Off: the parked units go back to the row's free stock, the slots are dropped.
CREATE FUNCTION api.hot_sku_disable(p_key uuid, p_sku text, p_location text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location);
    v_done jsonb := ledger.replay(p_key::text, 'hot_sku_disable', v_req);
    k record;
    l record;
    v_old bigint;
    v_slots integer;
    s ledger.stock_level;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    PERFORM ledger.require_location(l.id);
    SELECT coalesce(sum(units), 0), count(*) INTO v_old, v_slots FROM (
        SELECT h.units FROM ledger.hot_slot h WHERE h.sku_id = k.id AND h.location_id = l.id
         ORDER BY h.slot FOR UPDATE) locked;
    PERFORM 1 FROM ledger.stock_level WHERE sku_id = k.id AND location_id = l.id FOR NO KEY UPDATE;
    DELETE FROM ledger.hot_sku WHERE sku_id = k.id AND location_id = l.id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% at % is not in hot mode', k.code, l.code USING ERRCODE = 'SR005';
    END IF;
    UPDATE ledger.stock_level SET reserved = reserved - v_old, version = version + 1, updated_at = ledger.clock()
     WHERE sku_id = k.id AND location_id = l.id RETURNING * INTO s;
    PERFORM ledger.hot_row_event(s, 'hot_sku_disable', 0);
    RETURN ledger.remember(p_key::text, 'hot_sku_disable', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code, 'slots', v_slots,
                                              'returned', v_old, 'hot', false));
END
$$;

CREATE VIEW api.hot_sku AS
    SELECT k.code AS sku, l.code AS location, h.slots,
           (SELECT coalesce(sum(x.units), 0)::bigint FROM ledger.hot_slot x
             WHERE x.sku_id = h.sku_id AND x.location_id = h.location_id) AS parked,
           h.enabled_at, h.enabled_by
      FROM ledger.hot_sku h JOIN ledger.sku k ON k.id = h.sku_id JOIN ledger.location l ON l.id = h.location_id
     WHERE (SELECT ledger.scope_locations()) IS NULL OR h.location_id = ANY ((SELECT ledger.scope_locations())::integer[]);

-- ---------------------------------------------------------------------------------------------------------
-- Reads: one row per SKU x location, the parked units counted as available

CREATE OR REPLACE VIEW ledger.unscoped_stock AS
    SELECT k.code AS sku, k.name AS sku_name, l.code AS location, l.name AS location_name, l.kind AS location_kind,
           l.region, s.on_hand, s.reserved - p.parked AS reserved, s.available + p.parked AS available, s.inbound,
           s.damaged, s.safety_stock, s.backordered, s.version, s.updated_at, s.sku_id, s.location_id
      FROM ledger.stock_level s JOIN ledger.sku k ON k.id = s.sku_id JOIN ledger.location l ON l.id = s.location_id
     CROSS JOIN LATERAL (SELECT coalesce(sum(h.units), 0)::bigint AS parked FROM ledger.hot_slot h
                          WHERE h.sku_id = s.sku_id AND h.location_id = s.location_id) p;

-- ---------------------------------------------------------------------------------------------------------
-- Checks: reserved less the parked units equals the movements and the holds

CREATE OR REPLACE FUNCTION api.verify()
RETURNS TABLE (sku text, location text, bucket text, balance bigint, expected bigint, source text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
    WITH balances AS (
        SELECT s.sku_id, s.location_id, b.bucket, b.q
          FROM ledger.stock_level s
          LEFT JOIN (SELECT h.sku_id, h.location_id, sum(h.units)::bigint AS units FROM ledger.hot_slot h
                      GROUP BY 1, 2) p USING (sku_id, location_id)
         CROSS JOIN LATERAL (VALUES ('on_hand', s.on_hand), ('reserved', s.reserved - coalesce(p.units, 0)), ('inbound', s.inbound),
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
        SELECT t.sku_id, t.to_location_id AS location_id, 'inbound'::text AS bucket,
               sum(t.shipped - t.received - t.cancelled - t.written_off)::bigint AS q
          FROM ledger.transfer t WHERE t.status = 'in_transit' GROUP BY 1, 2
    ), transfer_moves AS (
        SELECT m.transfer_id, sum(m.quantity)::bigint AS q
          FROM ledger.movement m WHERE m.transfer_id IS NOT NULL AND m.bucket = 'inbound' GROUP BY 1
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
        UNION ALL
        SELECT t.sku_id, t.to_location_id, 'inbound', t.shipped - t.received - t.cancelled - t.written_off,
               coalesce(m.q, 0), 'transfer ' || t.id
          FROM ledger.transfer t LEFT JOIN transfer_moves m ON m.transfer_id = t.id
         WHERE t.shipped - t.received - t.cancelled - t.written_off <> coalesce(m.q, 0)
    )
    SELECT k.code, l.code, d.bucket, d.balance, d.expected, d.source
      FROM diffs d JOIN ledger.sku k ON k.id = d.sku_id JOIN ledger.location l ON l.id = d.location_id
     ORDER BY k.code, l.code, d.bucket, d.source
$$;

CREATE OR REPLACE FUNCTION ledger.verify_rows(p_sku integer[], p_location integer[])
RETURNS TABLE (sku_id integer, location_id integer, bucket text, balance bigint, expected bigint, source text)
LANGUAGE sql STABLE AS $$
    WITH rows AS (
        SELECT DISTINCT r.sku_id, r.location_id FROM unnest(p_sku, p_location) r (sku_id, location_id)
    ), balances AS (
        SELECT s.sku_id, s.location_id, b.bucket, b.q
          FROM rows r JOIN ledger.stock_level s USING (sku_id, location_id)
          LEFT JOIN (SELECT h.sku_id, h.location_id, sum(h.units)::bigint AS units FROM ledger.hot_slot h
                      GROUP BY 1, 2) p USING (sku_id, location_id)
         CROSS JOIN LATERAL (VALUES ('on_hand', s.on_hand), ('reserved', s.reserved - coalesce(p.units, 0)), ('inbound', s.inbound),
                                    ('damaged', s.damaged), ('safety_stock', s.safety_stock),
                                    ('backordered', s.backordered)) b (bucket, q)
    ), sums AS (
        SELECT m.sku_id, m.location_id, m.bucket, sum(m.quantity)::bigint AS q
          FROM rows r JOIN ledger.movement m USING (sku_id, location_id) GROUP BY 1, 2, 3
    ), holds AS (
        SELECT rl.sku_id, rl.location_id, h.bucket, sum(h.q)::bigint AS q
          FROM rows r JOIN ledger.reservation_line rl USING (sku_id, location_id)
          JOIN ledger.reservation rv ON rv.id = rl.reservation_id
         CROSS JOIN LATERAL (VALUES ('reserved', rl.quantity - rl.backordered), ('backordered', rl.backordered)) h (bucket, q)
         WHERE rv.status = 'active' GROUP BY 1, 2, 3
    ), transit AS (
        SELECT t.sku_id, t.to_location_id AS location_id, 'inbound'::text AS bucket,
               sum(t.shipped - t.received - t.cancelled - t.written_off)::bigint AS q
          FROM rows r JOIN ledger.transfer t ON t.sku_id = r.sku_id AND t.to_location_id = r.location_id
         WHERE t.status = 'in_transit' GROUP BY 1, 2
    )
    SELECT coalesce(b.sku_id, m.sku_id), coalesce(b.location_id, m.location_id), coalesce(b.bucket, m.bucket),
           coalesce(b.q, 0), coalesce(m.q, 0), 'ledger'
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
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what

REVOKE EXECUTE ON FUNCTION ledger.hot_park(integer, integer, text, bigint),
                           ledger.hot_row_event(ledger.stock_level, text, bigint),
                           ledger.hot_take(integer, integer, bigint, integer, boolean),
                           api.hot_sku_enable(uuid, text, text, integer), api.hot_sku_disable(uuid, text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.hot_sku_enable(uuid, text, text, integer), api.hot_sku_disable(uuid, text, text)
    TO stockroom_manager;
GRANT SELECT ON api.hot_sku TO stockroom_associate, stockroom_checkout;
