-- Version 4: what the workstation (issue 11) needs from the ledger.
--
-- Adds
--   ledger.adjust_reason, read as api.adjust_reasons: the adjustment reasons as data (what each means, whether
--     it takes stock in, out or either way, whether it needs a note, the order a form lists them in).
--   api.transfer_cancel and api.transfer_write_off: a transfer can end other than by being received in full.
--     ledger.transfer counts cancelled and written-off units and when it last changed; api.transfer_list is
--     the "open transfers" read.
--   api.open_reservations (the reservations console) and api.release_many (an audited bulk release).
--   ledger.sku.unit_cost, api.update_sku and api.update_location: managers edit reference data; reference
--     edits are outbox events (sku_update, location_update) like stock changes.
--
-- Rules it enforces
--   - An adjustment's reason is a row of ledger.adjust_reason; its direction decides the sign the quantity may
--     have, and a reason that needs a note is refused without one. api.adjust's SR004 messages start with the
--     field they are about ("reason", "note", "quantity"), so a form can show each beside its field.
--   - Every unit a transfer shipped is accounted for: shipped = received + cancelled + written_off + in
--     transit (a CHECK), the status says how it ended, and api.verify reconciles each transfer's in-transit
--     units with its inbound movements as well as each destination's inbound bucket with its transfers.
--   - Cancelling or writing off units in transit never strands a backorder: the destination keeps
--     backordered <= inbound, and a call that would break it is refused with SR001.
--   - A bulk release resolves each reservation at most once (resolved ones are skipped and reported), under one
--     idempotency key for the batch, with the reason on every release movement; it locks the reservations in id
--     order, then their stock rows in (sku, location) order, as every other multi-row call does.
--   - A barcode belongs to one SKU: an edit that would take another SKU's barcode is refused, naming both.
-- Every new function is a SECURITY DEFINER function in schema api, with the same idempotency, movements,
-- balances and outbox in one transaction as version 2's; the SQLSTATEs are version 2's (SR001-SR006).

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- ---------------------------------------------------------------------------------------------------------
-- Adjustment reasons

CREATE TABLE ledger.adjust_reason (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{0,31}$'),
    description text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
    direction   text NOT NULL CHECK (direction IN ('in', 'out', 'either')),
    needs_note  boolean NOT NULL DEFAULT false,
    sort_order  integer NOT NULL DEFAULT 0
);

-- The reasons api.adjust accepted until now. damaged and scrapped keep their effect on the damaged bucket
-- (see api.adjust); every other reason changes on hand.
INSERT INTO ledger.adjust_reason (code, description, direction, needs_note, sort_order) VALUES
    ('damaged', 'Damaged and no longer for sale: moves stock from on hand to the damaged bucket', 'out', false, 10),
    ('scrapped', 'Damaged stock thrown away: takes it out of the damaged bucket', 'out', false, 20),
    ('found', 'Found stock that the books did not have', 'in', false, 30),
    ('lost', 'Missing stock that cannot be accounted for', 'out', false, 40),
    ('theft', 'Stolen, or believed to be stolen', 'out', false, 50),
    ('expired', 'Past its sell-by or use-by date and taken off sale', 'out', false, 60),
    ('correction', 'Puts right an earlier mistake; the note says which', 'either', true, 70);

CREATE VIEW api.adjust_reasons AS
    SELECT code, description, direction, needs_note FROM ledger.adjust_reason ORDER BY sort_order, code;

-- The reason row for p_code, or SR004 listing the reasons there are.
CREATE FUNCTION ledger.adjust_reason_of(p_code text) RETURNS ledger.adjust_reason
LANGUAGE plpgsql STABLE AS $$
DECLARE
    r ledger.adjust_reason;
BEGIN
    SELECT * INTO r FROM ledger.adjust_reason WHERE code = p_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'reason %: %',
            CASE WHEN coalesce(p_code, '') = '' THEN 'required, one of the adjustment reasons'
                 ELSE format('"%s" is not one of the adjustment reasons', p_code) END,
            (SELECT string_agg(a.code, ', ' ORDER BY a.sort_order, a.code) FROM ledger.adjust_reason a)
            USING ERRCODE = 'SR004';
    END IF;
    RETURN r;
END
$$;

-- Changed: the reasons are the rows of ledger.adjust_reason instead of a list written into this function; the
-- sign of the quantity follows the reason's direction; a reason that needs a note refuses an empty reference;
-- every SR004 message starts with the field it is about. The request stored under the key is unchanged, so a
-- key used before this version still replays its result.
CREATE OR REPLACE FUNCTION api.adjust(p_sku text, p_location text, p_delta bigint, p_reason text,
                                      p_reference text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('sku', p_sku, 'location', p_location, 'delta', p_delta, 'reason', p_reason,
                                      'reference', p_reference);
    v_done jsonb := ledger.replay(p_key, 'adjust', v_req);
    r ledger.adjust_reason;
    k record;
    l record;
    s ledger.stock_level;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_delta IS NULL OR p_delta = 0 THEN
        RAISE EXCEPTION 'quantity of an adjustment must not be zero' USING ERRCODE = 'SR004';
    END IF;
    r := ledger.adjust_reason_of(p_reason);
    IF r.direction = 'in' AND p_delta < 0 OR r.direction = 'out' AND p_delta > 0 THEN
        RAISE EXCEPTION 'quantity % does not go with reason "%", which takes stock %', p_delta, r.code,
            CASE r.direction WHEN 'in' THEN 'in (a positive quantity)' ELSE 'out (a negative quantity)' END
            USING ERRCODE = 'SR004';
    END IF;
    IF r.needs_note AND coalesce(btrim(p_reference), '') = '' THEN
        RAISE EXCEPTION 'note required: reason "%" needs a note that says why', r.code USING ERRCODE = 'SR004';
    END IF;
    k := ledger.sku_of(p_sku);
    l := ledger.location_of(p_location);
    IF r.code = 'damaged' THEN
        s := ledger.change(k.id, l.id, p_delta, -p_delta, 0, 0);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        VALUES ('adjust', k.id, l.id, 'on_hand', p_delta, r.code, p_reference, p_key),
               ('adjust', k.id, l.id, 'damaged', -p_delta, r.code, p_reference, p_key);
    ELSIF r.code = 'scrapped' THEN
        s := ledger.change(k.id, l.id, 0, p_delta, 0, 0);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        VALUES ('adjust', k.id, l.id, 'damaged', p_delta, r.code, p_reference, p_key);
    ELSE
        s := ledger.change(k.id, l.id, p_delta, 0, 0, 0);
        INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
        VALUES ('adjust', k.id, l.id, 'on_hand', p_delta, r.code, p_reference, p_key);
    END IF;
    IF s IS NULL THEN
        PERFORM ledger.refuse_change(k.code, l.code, CASE WHEN r.code = 'scrapped' THEN 'less than zero damaged'
                                                          ELSE 'less on hand than is reserved' END);
    END IF;
    PERFORM ledger.emit('adjust', s, k.code, l.code, jsonb_build_object('reason', r.code));
    RETURN ledger.remember(p_key, 'adjust', v_req,
                           jsonb_build_object('sku', k.code, 'location', l.code) || ledger.balances(s));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Transfers that end otherwise than received in full

-- Every movement kind there was, and the two new ones. Every existing row passed the narrower check it was
-- written under, and no row is ever updated, so the check is not validated again: that would scan the whole
-- ledger while the migration holds it locked.
ALTER TABLE ledger.movement DROP CONSTRAINT movement_kind_check,
    ADD CONSTRAINT movement_kind_check
        CHECK (kind IN ('receive', 'adjust', 'count', 'transfer_ship', 'transfer_receive', 'transfer_cancel',
                        'transfer_write_off', 'return', 'reserve', 'commit', 'release', 'expire', 'backorder_fill',
                        'policy')) NOT VALID;

-- cancelled: units a cancel put back on the source's on hand; written_off: units lost on the way.
-- status: in_transit while any unit is on the way; then received (all of them), cancelled (the rest went back
-- to the source) or written_off (the rest were received or written off, some written off).
ALTER TABLE ledger.transfer
    ADD COLUMN cancelled bigint NOT NULL DEFAULT 0,
    ADD COLUMN written_off bigint NOT NULL DEFAULT 0,
    ADD COLUMN updated_at timestamptz,
    DROP CONSTRAINT transfer_check,
    DROP CONSTRAINT transfer_status_check,
    DROP CONSTRAINT transfer_check2;

-- When each transfer last changed: its last movement (a receipt), else when it was shipped.
UPDATE ledger.transfer t SET updated_at = greatest(t.shipped_at, t.received_at, m.at)
  FROM (SELECT transfer_id, max(at) AS at FROM ledger.movement WHERE transfer_id IS NOT NULL GROUP BY 1) m
 WHERE m.transfer_id = t.id;
UPDATE ledger.transfer SET updated_at = coalesce(received_at, shipped_at) WHERE updated_at IS NULL;

ALTER TABLE ledger.transfer
    ALTER COLUMN updated_at SET DEFAULT now(),
    ALTER COLUMN updated_at SET NOT NULL,
    ADD CONSTRAINT transfer_status CHECK (status IN ('in_transit', 'received', 'cancelled', 'written_off')),
    ADD CONSTRAINT transfer_units_accounted
        CHECK (received >= 0 AND cancelled >= 0 AND written_off >= 0 AND received + cancelled + written_off <= shipped),
    ADD CONSTRAINT transfer_status_matches_units CHECK (CASE status
        WHEN 'in_transit' THEN received + cancelled + written_off < shipped
        WHEN 'received' THEN received = shipped
        WHEN 'cancelled' THEN cancelled > 0 AND received + cancelled + written_off = shipped
        WHEN 'written_off' THEN written_off > 0 AND cancelled = 0 AND received + written_off = shipped
    END);
CREATE INDEX transfer_open_from ON ledger.transfer (from_location_id) WHERE status = 'in_transit';

-- Locks a transfer that still has units in transit; SR003 when there is no such transfer, SR005 when nothing
-- is left in transit.
CREATE FUNCTION ledger.open_transfer(p_transfer bigint, p_key text) RETURNS ledger.transfer
LANGUAGE plpgsql AS $$
DECLARE
    t ledger.transfer;
BEGIN
    SELECT * INTO t FROM ledger.transfer WHERE id = p_transfer FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown transfer %', p_transfer USING ERRCODE = 'SR003';
    END IF;
    IF t.status <> 'in_transit' THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'transfer % %: nothing is left in transit', p_transfer,
            CASE t.status WHEN 'received' THEN 'has already been received in full'
                          WHEN 'cancelled' THEN 'was cancelled'
                          ELSE 'is closed, its last units written off' END
            USING ERRCODE = 'SR005';
    END IF;
    RETURN t;
END
$$;

-- Takes p_quantity out of the destination's inbound, unless backordered reservations are waiting for it:
-- SR001 then, saying what to do instead.
CREATE FUNCTION ledger.take_inbound(t ledger.transfer, p_quantity bigint, p_what text, p_sku text,
                                    p_location text, p_key text) RETURNS ledger.stock_level
LANGUAGE plpgsql AS $$
DECLARE
    s ledger.stock_level;
BEGIN
    UPDATE ledger.stock_level SET inbound = inbound - p_quantity, version = version + 1, updated_at = now()
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

-- Changed: a transfer can now also be cancelled or partly written off, so what is left to receive is what is
-- still in transit (not shipped - received), and a transfer that is no longer in transit is refused whichever
-- way it ended. Its stored request and result are unchanged, so earlier keys replay.
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
           backordered = backordered - v_fill, reserved = reserved + v_fill, version = version + 1, updated_at = now()
     WHERE sku_id = t.sku_id AND location_id = t.to_location_id RETURNING * INTO s;
    UPDATE ledger.transfer SET received = received + v_qty,
           status = CASE WHEN v_qty < v_left THEN 'in_transit' WHEN written_off > 0 THEN 'written_off'
                         ELSE 'received' END,
           received_at = CASE WHEN v_qty = v_left THEN now() END, updated_at = now()
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
CREATE FUNCTION api.transfer_cancel(p_transfer bigint, p_key text)
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
    UPDATE ledger.transfer SET cancelled = v_qty, status = 'cancelled', updated_at = now()
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
CREATE FUNCTION api.transfer_write_off(p_transfer bigint, p_quantity bigint, p_reason text, p_key text)
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
           status = CASE WHEN p_quantity < v_left THEN 'in_transit' ELSE 'written_off' END, updated_at = now()
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

-- Changed: what a transfer still has in transit is shipped - received - cancelled - written_off, and each
-- transfer's in-transit units must equal the sum of the inbound movements that name it (source "transfer N").
CREATE OR REPLACE FUNCTION api.verify()
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

-- Changed: in_transit leaves out cancelled and written-off units; those two counts and the time of the last
-- change are added at the end.
CREATE OR REPLACE VIEW api.transfers AS
    SELECT t.id AS transfer, k.code AS sku, a.code AS from_location, b.code AS to_location, t.shipped, t.received,
           t.shipped - t.received - t.cancelled - t.written_off AS in_transit, t.status, t.shipped_at, t.received_at,
           t.actor, t.cancelled, t.written_off, t.updated_at
      FROM ledger.transfer t JOIN ledger.sku k ON k.id = t.sku_id
      JOIN ledger.location a ON a.id = t.from_location_id JOIN ledger.location b ON b.id = t.to_location_id;

-- The "open transfers" screen: filter on from_location or to_location (either end), state = 'in_transit' for
-- the open ones.
CREATE VIEW api.transfer_list AS
    SELECT t.id, k.code AS sku, k.name AS sku_name, a.code AS from_location, b.code AS to_location, t.shipped,
           t.received, t.written_off, t.shipped - t.received - t.cancelled - t.written_off AS in_transit,
           t.status AS state, t.shipped_at, t.updated_at AS last_change_at, t.actor AS shipped_by, t.cancelled
      FROM ledger.transfer t JOIN ledger.sku k ON k.id = t.sku_id
      JOIN ledger.location a ON a.id = t.from_location_id JOIN ledger.location b ON b.id = t.to_location_id;

-- ---------------------------------------------------------------------------------------------------------
-- Reservations console

-- Changed: dropped and created again (an argument is added, which CREATE OR REPLACE cannot do) so that a
-- release can carry its reason onto its movements and events. Callers that pass three or four arguments call
-- it as before.
DROP FUNCTION ledger.end_reservation(bigint, text, text, jsonb);
CREATE FUNCTION ledger.end_reservation(p_id bigint, p_status text, p_key text, p_request jsonb DEFAULT NULL,
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
                   version = version + 1, updated_at = now()
             WHERE sku_id = v_sku[i] AND location_id = v_location[i] RETURNING * INTO s;
        ELSE
            UPDATE ledger.stock_level SET reserved = reserved - (v_quantity[i] - v_backordered[i]),
                   backordered = backordered - v_backordered[i], version = version + 1, updated_at = now()
             WHERE sku_id = v_sku[i] AND location_id = v_location[i] RETURNING * INTO s;
        END IF;
        PERFORM ledger.emit(v_kind, s, v_sku_code[i], v_location_code[i], v_extra);
    END LOOP;
    RETURN v_result;
END
$$;

-- Releases several reservations at once, for a reason recorded on every release movement. One key covers the
-- batch. A reservation that is already committed, released or expired is skipped and reported, not an error;
-- an id that names no reservation is (SR003). Reservations are locked in id order, then their stock rows in
-- (sku, location) order, before any line is read (see ledger.resolve).
CREATE FUNCTION api.release_many(p_reservations bigint[], p_reason text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_ids bigint[] := ARRAY(SELECT DISTINCT x FROM unnest(p_reservations) x WHERE x IS NOT NULL ORDER BY x);
    v_reason text := btrim(p_reason);
    v_req jsonb := jsonb_build_object('reservations', to_jsonb(v_ids), 'reason', v_reason);
    v_done jsonb := ledger.replay(p_key, 'release_many', v_req);
    r record;
    v_found bigint[] := '{}';
    v_active bigint[] := '{}';
    v_released jsonb := '[]';
    v_skipped jsonb := '[]';
    v_id bigint;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF cardinality(v_ids) = 0 THEN
        RAISE EXCEPTION 'reservations: name at least one reservation to release' USING ERRCODE = 'SR004';
    END IF;
    IF cardinality(v_ids) > 1000 THEN
        RAISE EXCEPTION 'reservations: at most 1000 in one release, not %', cardinality(v_ids) USING ERRCODE = 'SR004';
    END IF;
    IF coalesce(v_reason, '') = '' OR length(v_reason) > 200 THEN
        RAISE EXCEPTION 'reason required: say in 1 to 200 characters why these reservations are released'
            USING ERRCODE = 'SR004';
    END IF;
    FOR r IN SELECT re.id, re.status FROM ledger.reservation re WHERE re.id = ANY (v_ids) ORDER BY re.id
               FOR NO KEY UPDATE
    LOOP
        v_found := v_found || r.id;
        IF r.status = 'active' THEN
            v_active := v_active || r.id;
        ELSE
            v_skipped := v_skipped || jsonb_build_object('reservation', r.id, 'status', r.status);
        END IF;
    END LOOP;
    IF cardinality(v_found) < cardinality(v_ids) THEN
        RAISE EXCEPTION 'unknown reservation %',
            array_to_string(ARRAY(SELECT x FROM unnest(v_ids) x WHERE x <> ALL (v_found) ORDER BY x), ', ')
            USING ERRCODE = 'SR003';
    END IF;
    PERFORM 1 FROM ledger.stock_level s
     WHERE (s.sku_id, s.location_id) IN (SELECT sku_id, location_id FROM ledger.reservation_line
                                          WHERE reservation_id = ANY (v_active))
     ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    FOREACH v_id IN ARRAY v_active LOOP
        v_released := v_released || ledger.end_reservation(v_id, 'released', p_key, NULL, v_reason);
    END LOOP;
    RETURN ledger.remember(p_key, 'release_many', v_req,
                           jsonb_build_object('released', v_released, 'skipped', v_skipped, 'reason', v_reason));
END
$$;

-- Active reservations, one row per line, oldest first by id. expired: its TTL has passed (on the database
-- clock, by the rule commit and the sweeper use), but no sweeper has expired it yet.
CREATE VIEW api.open_reservations AS
    SELECT r.id, k.code AS sku, k.name AS sku_name, l.code AS location, r.order_ref, r.channel, rl.quantity,
           r.created_at, r.expires_at, r.actor AS created_by, r.expires_at <= now() AS expired, rl.backordered
      FROM ledger.reservation r JOIN ledger.reservation_line rl ON rl.reservation_id = r.id
      JOIN ledger.sku k ON k.id = rl.sku_id JOIN ledger.location l ON l.id = rl.location_id
     WHERE r.status = 'active';

-- ---------------------------------------------------------------------------------------------------------
-- Reference data: unit costs, and edits by managers

-- version orders a SKU's or a location's own events (aggregate "sku:CODE" or "location:CODE").
ALTER TABLE ledger.sku
    ADD COLUMN unit_cost numeric(12, 2) CONSTRAINT sku_unit_cost_not_negative CHECK (unit_cost >= 0),
    ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE ledger.location ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- Changed: the unit cost is added at the end.
CREATE OR REPLACE VIEW api.skus AS
    SELECT s.code, s.name, coalesce(array_agg(b.barcode ORDER BY b.barcode) FILTER (WHERE b.barcode IS NOT NULL),
                                    '{}') AS barcodes, s.unit_cost
      FROM ledger.sku s LEFT JOIN ledger.barcode b ON b.sku_id = s.id GROUP BY s.id;

CREATE FUNCTION ledger.sku_details(p_id integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('sku', s.code, 'name', s.name, 'unit_cost', s.unit_cost,
                              'barcodes', (SELECT coalesce(jsonb_agg(b.barcode ORDER BY b.barcode), '[]')
                                             FROM ledger.barcode b WHERE b.sku_id = s.id))
      FROM ledger.sku s WHERE s.id = p_id
$$;

CREATE FUNCTION ledger.location_details(p_id integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('location', l.code, 'name', l.name, 'kind', l.kind, 'region', l.region,
                              'latitude', l.latitude, 'longitude', l.longitude)
      FROM ledger.location l WHERE l.id = p_id
$$;

CREATE FUNCTION ledger.require_unit_cost(p_unit_cost numeric) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_unit_cost < 0 OR p_unit_cost >= 10000000000 OR p_unit_cost <> round(p_unit_cost, 2) THEN
        RAISE EXCEPTION 'unit cost must be zero or more, in whole cents below 10000000000, not %', p_unit_cost
            USING ERRCODE = 'SR004';
    END IF;
END
$$;

-- Edits a SKU. A NULL argument leaves that detail as it is; p_barcodes replaces the SKU's barcodes (an empty
-- array removes them all). A barcode that belongs to another SKU is refused (SR005), naming both.
CREATE FUNCTION api.update_sku(p_code text, p_name text, p_barcodes text[], p_unit_cost numeric, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_barcodes text[] := CASE WHEN p_barcodes IS NOT NULL
                              THEN ARRAY(SELECT DISTINCT b FROM unnest(p_barcodes) b ORDER BY b) END;
    v_req jsonb := jsonb_build_object('sku', p_code, 'name', p_name, 'barcodes', to_jsonb(v_barcodes),
                                      'unit_cost', p_unit_cost);
    v_done jsonb := ledger.replay(p_key, 'update_sku', v_req);
    v ledger.sku;
    v_before jsonb;
    v_after jsonb;
    v_bad text;
    v_owner text;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_name IS NOT NULL AND length(p_name) NOT BETWEEN 1 AND 300 THEN
        RAISE EXCEPTION 'name must be 1 to 300 characters' USING ERRCODE = 'SR004';
    END IF;
    PERFORM ledger.require_unit_cost(p_unit_cost);
    SELECT b INTO v_bad FROM unnest(v_barcodes) b WHERE b IS NULL OR b !~ '^[0-9A-Za-z-]{1,64}$' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'barcode "%" is not valid: 1 to 64 letters, digits or -', coalesce(v_bad, '')
            USING ERRCODE = 'SR004';
    END IF;
    SELECT * INTO v FROM ledger.sku WHERE code = p_code FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown SKU "%"', p_code USING ERRCODE = 'SR003';
    END IF;
    v_before := ledger.sku_details(v.id);
    IF v_barcodes IS NOT NULL THEN
        DELETE FROM ledger.barcode WHERE sku_id = v.id AND barcode <> ALL (v_barcodes);
        INSERT INTO ledger.barcode (barcode, sku_id) SELECT b, v.id FROM unnest(v_barcodes) b
        ON CONFLICT (barcode) DO NOTHING;
        -- After the insert, which waited for any concurrent one: a barcode another SKU holds is refused.
        SELECT b.barcode, s.code INTO v_bad, v_owner FROM ledger.barcode b JOIN ledger.sku s ON s.id = b.sku_id
         WHERE b.barcode = ANY (v_barcodes) AND b.sku_id <> v.id ORDER BY b.barcode LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'barcode % already belongs to SKU "%", not to "%"', v_bad, v_owner, v.code
                USING ERRCODE = 'SR005';
        END IF;
    END IF;
    UPDATE ledger.sku SET name = coalesce(p_name, name), unit_cost = coalesce(p_unit_cost, unit_cost)
     WHERE id = v.id;
    v_after := ledger.sku_details(v.id);
    IF v_after <> v_before THEN
        UPDATE ledger.sku SET version = version + 1 WHERE id = v.id RETURNING * INTO v;
        INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
        VALUES ('sku:' || v.code, v.version, 'sku_update', v_after);
    END IF;
    RETURN ledger.remember(p_key, 'update_sku', v_req, v_after || jsonb_build_object('changed', v_after <> v_before));
END
$$;

-- Edits a location's name, region and position (its code and kind stay). A NULL argument leaves that detail
-- as it is; an empty region removes it; latitude and longitude go together.
CREATE FUNCTION api.update_location(p_code text, p_name text, p_region text, p_lat double precision,
                                    p_lon double precision, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('location', p_code, 'name', p_name, 'region', p_region, 'latitude', p_lat,
                                      'longitude', p_lon);
    v_done jsonb := ledger.replay(p_key, 'update_location', v_req);
    v ledger.location;
    v_before jsonb;
    v_after jsonb;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF p_name IS NOT NULL AND length(p_name) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'name must be 1 to 200 characters' USING ERRCODE = 'SR004';
    END IF;
    IF (p_lat IS NULL) <> (p_lon IS NULL) THEN
        RAISE EXCEPTION 'latitude and longitude go together: give both or neither' USING ERRCODE = 'SR004';
    END IF;
    IF NOT p_lat BETWEEN -90 AND 90 OR NOT p_lon BETWEEN -180 AND 180 THEN
        RAISE EXCEPTION 'latitude is -90 to 90 and longitude -180 to 180 degrees, not %, %', p_lat, p_lon
            USING ERRCODE = 'SR004';
    END IF;
    SELECT * INTO v FROM ledger.location WHERE code = p_code FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown location "%"', p_code USING ERRCODE = 'SR003';
    END IF;
    v_before := ledger.location_details(v.id);
    UPDATE ledger.location
       SET name = coalesce(p_name, name),
           region = CASE WHEN p_region IS NULL THEN region ELSE nullif(btrim(p_region), '') END,
           latitude = coalesce(p_lat, latitude), longitude = coalesce(p_lon, longitude)
     WHERE id = v.id;
    v_after := ledger.location_details(v.id);
    IF v_after <> v_before THEN
        UPDATE ledger.location SET version = version + 1 WHERE id = v.id RETURNING * INTO v;
        INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
        VALUES ('location:' || v.code, v.version, 'location_update', v_after);
    END IF;
    RETURN ledger.remember(p_key, 'update_location', v_req,
                           v_after || jsonb_build_object('changed', v_after <> v_before));
END
$$;

-- add_sku with a unit cost. Like add_sku, it creates the SKU or confirms it: an existing SKU without a cost
-- gets this one, one with another cost is refused (SR005).
CREATE FUNCTION api.add_sku(p_code text, p_name text, p_barcodes text[], p_unit_cost numeric)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_result jsonb;
    v ledger.sku;
BEGIN
    PERFORM ledger.require_unit_cost(p_unit_cost);
    v_result := api.add_sku(p_code, p_name, p_barcodes);
    SELECT * INTO v FROM ledger.sku WHERE code = p_code FOR NO KEY UPDATE;
    IF p_unit_cost IS NOT NULL AND v.unit_cost IS NULL THEN
        UPDATE ledger.sku SET unit_cost = p_unit_cost WHERE id = v.id RETURNING * INTO v;
    ELSIF p_unit_cost <> v.unit_cost THEN
        RAISE EXCEPTION 'SKU "%" already exists with unit cost %', p_code, v.unit_cost USING ERRCODE = 'SR005';
    END IF;
    RETURN v_result || jsonb_build_object('unit_cost', v.unit_cost);
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger FROM PUBLIC;

GRANT SELECT ON api.adjust_reasons TO stockroom_associate, stockroom_checkout;
GRANT SELECT ON api.transfer_list, api.open_reservations TO stockroom_associate;

GRANT EXECUTE ON FUNCTION api.transfer_cancel(bigint, text),
                          api.transfer_write_off(bigint, bigint, text, text),
                          api.release_many(bigint[], text, text)
    TO stockroom_manager;

GRANT EXECUTE ON FUNCTION api.update_sku(text, text, text[], numeric, text),
                          api.update_location(text, text, text, double precision, double precision, text)
    TO stockroom_manager, stockroom_admin;

GRANT EXECUTE ON FUNCTION api.add_sku(text, text, text[], numeric) TO stockroom_admin;
