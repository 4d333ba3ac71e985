-- Version 6: orders as part of the ledger. An order (channel, external reference unique per channel, a
-- destination, lines) is allocated into fulfillments, one per shipping location, each holding one reservation
-- for its lines. Orders, fulfillments and returns each follow a state machine that is data (order_state,
-- order_transition): the API enforces it, the app draws it, the tests walk it.
--
-- Rules this version enforces, for every client:
--   - A transition names the event and, optionally, the state it expects (compare-and-set). An event not in the
--     table for the current state, a stale expected state, or a role the table does not list is refused
--     (SR005, SR005, 42501), with a message naming both states. The order row is locked first, so concurrent
--     transitions of one order serialize: exactly one of two wins, the other sees the new state.
--   - Every transition is recorded in order_history (from, event, to, who, when, why, key) and emits an outbox
--     event (aggregate "order:CHANNEL/REF", versioned per order). Keys replay their first result.
--   - Effects are exact: shipping commits the fulfillment's reservation; cancelling, a failed payment and
--     expiry end only reservations that are still active, so nothing is released or committed twice, and a
--     partly shipped order cancels only the rest.
--   - An order's reservations can only be ended through the order (api.commit, api.release and
--     api.release_many refuse or skip them), and only the order sweep expires them.
--   - Allocation applies a plan with compare-and-set on each stock row's version as the preview saw it; if
--     stock moved it refuses (SR005) and nothing is half-applied. The preview itself is in version 7.

SET LOCAL ROLE stockroom_owner;
SET LOCAL search_path = ledger, pg_catalog;

-- Which kinds of location may ship a channel's orders ("may stores ship online orders?").
ALTER TABLE ledger.channel
    ADD COLUMN ship_from text[] NOT NULL DEFAULT '{warehouse,store}'
        CONSTRAINT channel_ship_from_kinds CHECK (ship_from <@ '{warehouse,store}' AND cardinality(ship_from) > 0);
UPDATE ledger.channel SET ship_from = '{warehouse}' WHERE code = 'wholesale';
UPDATE ledger.channel SET ship_from = '{store}' WHERE code = 'store';

-- ---------------------------------------------------------------------------------------------------------
-- The state machines, as data

CREATE TABLE ledger.order_state (
    machine    text NOT NULL CHECK (machine IN ('order', 'fulfillment', 'return')),
    state      text NOT NULL CHECK (state ~ '^[a-z_]{1,40}$'),
    position   smallint NOT NULL,               -- order along the main path, for lists and drawings
    initial    boolean NOT NULL DEFAULT false,  -- where a new order, fulfillment or return starts
    terminal   boolean NOT NULL DEFAULT false,
    time_limit interval,                        -- longer than this in the state: stuck
    PRIMARY KEY (machine, state)
);
CREATE UNIQUE INDEX order_state_one_initial ON ledger.order_state (machine) WHERE initial;

-- roles: the personas (stockroom_<role>) that may fire the event; {system} means only the ledger fires it,
-- as the consequence of another transition or of the sweep. effect: what the ledger does to stock.
-- guard: a condition on the order (order_paid: its payment is authorized).
CREATE TABLE ledger.order_transition (
    machine     text NOT NULL,
    from_state  text NOT NULL,
    event       text NOT NULL CHECK (event ~ '^[a-z_]{1,40}$'),
    to_state    text NOT NULL,
    roles       text[] NOT NULL CHECK (roles <@ '{associate,manager,supervisor,checkout,admin,system}'
                                       AND cardinality(roles) > 0),
    effect      text CHECK (effect IN ('allocate', 'extend_hold', 'release', 'expire', 'commit', 'restock',
                                       'damaged')),
    guard       text CHECK (guard IN ('order_paid')),
    description text NOT NULL,
    PRIMARY KEY (machine, from_state, event),
    FOREIGN KEY (machine, from_state) REFERENCES ledger.order_state (machine, state),
    FOREIGN KEY (machine, to_state) REFERENCES ledger.order_state (machine, state)
);

INSERT INTO ledger.order_state (machine, state, position, initial, terminal, time_limit) VALUES
    ('order', 'created', 1, true, false, interval '15 minutes'),
    ('order', 'allocated', 2, false, false, interval '1 hour'),
    ('order', 'payment_authorized', 3, false, false, interval '2 hours'),
    ('order', 'fulfilling', 4, false, false, interval '24 hours'),
    ('order', 'partially_shipped', 5, false, false, interval '48 hours'),
    ('order', 'completed', 6, false, true, NULL),
    ('order', 'cancelled', 7, false, true, NULL),
    ('order', 'payment_failed', 8, false, true, NULL),
    ('order', 'expired', 9, false, true, NULL),
    ('fulfillment', 'reserved', 1, true, false, interval '4 hours'),
    ('fulfillment', 'picking', 2, false, false, interval '2 hours'),
    ('fulfillment', 'packed', 3, false, false, interval '12 hours'),
    ('fulfillment', 'shipped', 4, false, false, interval '7 days'),
    ('fulfillment', 'delivered', 5, false, true, NULL),
    ('fulfillment', 'cancelled', 6, false, true, NULL),
    ('return', 'return_requested', 1, true, false, interval '14 days'),
    ('return', 'returned', 2, false, true, NULL),
    ('return', 'rejected', 3, false, true, NULL);

INSERT INTO ledger.order_transition (machine, from_state, event, to_state, roles, effect, guard, description) VALUES
    ('order', 'created', 'allocate', 'allocated', '{checkout,manager}', 'allocate', NULL,
     'reserve the chosen allocation plan, one fulfillment per location'),
    ('order', 'created', 'cancel', 'cancelled', '{checkout,manager}', NULL, NULL, 'cancel before anything is held'),
    ('order', 'created', 'expire', 'expired', '{system}', NULL, NULL, 'the payment window passed'),
    ('order', 'allocated', 'authorize_payment', 'payment_authorized', '{checkout,manager}', 'extend_hold', NULL,
     'payment authorized: the holds last until the order ships'),
    ('order', 'allocated', 'fail_payment', 'payment_failed', '{checkout,manager}', 'release', NULL,
     'payment failed: release every hold'),
    ('order', 'allocated', 'cancel', 'cancelled', '{checkout,manager}', 'release', NULL, 'release every hold'),
    ('order', 'allocated', 'expire', 'expired', '{system}', 'expire', NULL,
     'the payment window passed: the holds expire'),
    ('order', 'payment_authorized', 'start_fulfillment', 'fulfilling', '{system}', NULL, NULL,
     'a fulfillment started picking'),
    ('order', 'payment_authorized', 'cancel', 'cancelled', '{manager}', 'release', NULL, 'release every hold'),
    ('order', 'fulfilling', 'ship_part', 'partially_shipped', '{system}', NULL, NULL,
     'a fulfillment shipped, others have not'),
    ('order', 'fulfilling', 'complete', 'completed', '{system}', NULL, NULL, 'every fulfillment shipped'),
    ('order', 'fulfilling', 'cancel', 'cancelled', '{manager}', 'release', NULL,
     'release what has not shipped'),
    ('order', 'partially_shipped', 'complete', 'completed', '{system}', NULL, NULL, 'every fulfillment shipped'),
    ('order', 'partially_shipped', 'cancel', 'cancelled', '{manager}', 'release', NULL,
     'release what has not shipped; shipped parts stay shipped'),
    ('fulfillment', 'reserved', 'pick', 'picking', '{associate}', NULL, 'order_paid', 'start picking'),
    ('fulfillment', 'reserved', 'cancel', 'cancelled', '{system}', 'release', NULL, 'the order was cancelled'),
    ('fulfillment', 'picking', 'pack', 'packed', '{associate}', NULL, NULL, 'picked and packed'),
    ('fulfillment', 'picking', 'cancel', 'cancelled', '{system}', 'release', NULL, 'the order was cancelled'),
    ('fulfillment', 'packed', 'ship', 'shipped', '{associate}', 'commit', 'order_paid',
     'handed to the carrier: the stock leaves on hand'),
    ('fulfillment', 'packed', 'cancel', 'cancelled', '{system}', 'release', NULL, 'the order was cancelled'),
    ('fulfillment', 'shipped', 'deliver', 'delivered', '{associate,checkout}', NULL, NULL, 'the carrier delivered'),
    ('return', 'return_requested', 'receive_restock', 'returned', '{associate}', 'restock', NULL,
     'received back into sellable stock'),
    ('return', 'return_requested', 'receive_damaged', 'returned', '{associate}', 'damaged', NULL,
     'received back as damaged'),
    ('return', 'return_requested', 'reject', 'rejected', '{manager}', NULL, NULL, 'the return is refused');

-- ---------------------------------------------------------------------------------------------------------
-- Orders, their lines, fulfillments and returns

-- "order" is a reserved word; customer_order is the table, api.orders the view.
CREATE TABLE ledger.customer_order (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel            text NOT NULL REFERENCES ledger.channel (code),
    ref                text NOT NULL CHECK (ref ~ '^[A-Za-z0-9][A-Za-z0-9._/#-]{0,63}$'),
    machine            text NOT NULL DEFAULT 'order' CHECK (machine = 'order'),
    state              text NOT NULL DEFAULT 'created',
    ship_latitude      double precision CHECK (ship_latitude BETWEEN -90 AND 90),
    ship_longitude     double precision CHECK (ship_longitude BETWEEN -180 AND 180),
    pickup_location_id integer REFERENCES ledger.location (id),
    expires_at         timestamptz NOT NULL,  -- the payment window: unpaid after it, the order expires
    created_at         timestamptz NOT NULL DEFAULT ledger.clock(),
    created_by         text NOT NULL DEFAULT session_user,
    state_since        timestamptz NOT NULL DEFAULT ledger.clock(),
    version            bigint NOT NULL DEFAULT 1,
    UNIQUE (channel, ref),
    FOREIGN KEY (machine, state) REFERENCES ledger.order_state (machine, state),
    CHECK ((ship_latitude IS NULL) = (ship_longitude IS NULL)),
    CONSTRAINT order_one_destination CHECK ((ship_latitude IS NULL) <> (pickup_location_id IS NULL))
);
CREATE INDEX customer_order_ref ON ledger.customer_order (ref);
CREATE INDEX customer_order_state ON ledger.customer_order (state, state_since);
CREATE INDEX customer_order_due ON ledger.customer_order (expires_at) WHERE state IN ('created', 'allocated');

CREATE TABLE ledger.order_line (
    order_id bigint NOT NULL REFERENCES ledger.customer_order (id),
    line_no  integer NOT NULL CHECK (line_no > 0),
    sku_id   integer NOT NULL REFERENCES ledger.sku (id),
    quantity bigint NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    PRIMARY KEY (order_id, line_no),
    UNIQUE (order_id, sku_id)
);

CREATE TABLE ledger.fulfillment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id       bigint NOT NULL REFERENCES ledger.customer_order (id),
    location_id    integer NOT NULL REFERENCES ledger.location (id),
    reservation_id bigint NOT NULL UNIQUE REFERENCES ledger.reservation (id),
    machine        text NOT NULL DEFAULT 'fulfillment' CHECK (machine = 'fulfillment'),
    state          text NOT NULL DEFAULT 'reserved',
    distance_km    double precision,
    created_at     timestamptz NOT NULL DEFAULT ledger.clock(),
    state_since    timestamptz NOT NULL DEFAULT ledger.clock(),
    FOREIGN KEY (machine, state) REFERENCES ledger.order_state (machine, state),
    UNIQUE (order_id, location_id)
);
CREATE INDEX fulfillment_state ON ledger.fulfillment (state, state_since);

CREATE TABLE ledger.order_return (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id       bigint NOT NULL REFERENCES ledger.customer_order (id),
    fulfillment_id bigint NOT NULL REFERENCES ledger.fulfillment (id),
    machine        text NOT NULL DEFAULT 'return' CHECK (machine = 'return'),
    state          text NOT NULL DEFAULT 'return_requested',
    reason         text CHECK (length(reason) <= 200),
    created_at     timestamptz NOT NULL DEFAULT ledger.clock(),
    created_by     text NOT NULL DEFAULT session_user,
    state_since    timestamptz NOT NULL DEFAULT ledger.clock(),
    FOREIGN KEY (machine, state) REFERENCES ledger.order_state (machine, state)
);
CREATE INDEX order_return_order ON ledger.order_return (order_id);

CREATE TABLE ledger.return_line (
    return_id bigint NOT NULL REFERENCES ledger.order_return (id),
    sku_id    integer NOT NULL REFERENCES ledger.sku (id),
    quantity  bigint NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (return_id, sku_id)
);

-- Every transition of an order, its fulfillments and its returns; from_state is NULL where one is created.
CREATE TABLE ledger.order_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        bigint NOT NULL REFERENCES ledger.customer_order (id),
    machine         text NOT NULL CHECK (machine IN ('order', 'fulfillment', 'return')),
    fulfillment_id  bigint,
    return_id       bigint,
    from_state      text,
    event           text NOT NULL,
    to_state        text NOT NULL,
    reason          text,
    actor           text NOT NULL DEFAULT session_user,
    idempotency_key text,
    at              timestamptz NOT NULL DEFAULT ledger.clock()
);
CREATE INDEX order_history_order ON ledger.order_history (order_id, id);

CREATE TRIGGER order_history_append_only BEFORE UPDATE OR DELETE ON ledger.order_history
    FOR EACH ROW EXECUTE FUNCTION ledger.refuse_rewrite();

-- ---------------------------------------------------------------------------------------------------------
-- Internal helpers

-- The order with this reference (in this channel, when given; a reference alone must name one order).
CREATE FUNCTION ledger.order_of(p_ref text, p_channel text) RETURNS ledger.customer_order
LANGUAGE plpgsql STABLE AS $$
DECLARE
    o ledger.customer_order;
    v_channels text;
BEGIN
    IF p_channel IS NOT NULL THEN
        SELECT * INTO o FROM ledger.customer_order WHERE ref = p_ref AND channel = p_channel;
    ELSE
        SELECT string_agg(channel, ', ' ORDER BY channel) INTO v_channels FROM ledger.customer_order
         WHERE ref = p_ref;
        IF v_channels LIKE '%,%' THEN
            RAISE EXCEPTION 'order "%" exists in channels %: name the channel', p_ref, v_channels
                USING ERRCODE = 'SR004';
        END IF;
        SELECT * INTO o FROM ledger.customer_order WHERE ref = p_ref;
    END IF;
    IF o.id IS NULL THEN
        RAISE EXCEPTION 'unknown order "%"%', p_ref, coalesce(' in channel ' || p_channel, '') USING ERRCODE = 'SR003';
    END IF;
    RETURN o;
END
$$;

-- Great-circle distance in kilometres (haversine, mean Earth radius 6371 km); NULL when a point is unknown.
CREATE FUNCTION ledger.distance_km(lat1 double precision, lon1 double precision, lat2 double precision,
                                   lon2 double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
    SELECT 2 * 6371 * pg_catalog.asin(pg_catalog.sqrt(
               pg_catalog.power(pg_catalog.sin(pg_catalog.radians(lat2 - lat1) / 2), 2)
               + pg_catalog.cos(pg_catalog.radians(lat1)) * pg_catalog.cos(pg_catalog.radians(lat2))
                 * pg_catalog.power(pg_catalog.sin(pg_catalog.radians(lon2 - lon1) / 2), 2)))
$$;

-- Where an order ships to: its coordinates, or its pickup location's.
CREATE FUNCTION ledger.order_destination(o ledger.customer_order, OUT latitude double precision,
                                         OUT longitude double precision, OUT pickup text)
LANGUAGE sql STABLE AS $$
    SELECT coalesce(o.ship_latitude, l.latitude), coalesce(o.ship_longitude, l.longitude), l.code
      FROM (SELECT 1) one LEFT JOIN ledger.location l ON l.id = o.pickup_location_id
$$;

-- Stuck: longer in its state than the state's time limit (by now(), as expiry is judged).
CREATE FUNCTION ledger.is_stuck(p_machine text, p_state text, p_since timestamptz) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(p_since + (SELECT s.time_limit FROM ledger.order_state s
                                WHERE s.machine = p_machine AND s.state = p_state) < pg_catalog.now(), false)
$$;

-- May the login fire a transition open to these personas? {system} transitions only the ledger fires.
CREATE FUNCTION ledger.may_fire(p_roles text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.unnest(p_roles) r
                    WHERE r <> 'system' AND pg_catalog.pg_has_role(session_user, 'stockroom_' || r, 'MEMBER'))
$$;

-- The transition of p_event from p_state, or a refusal naming what is allowed from there (SR005), or who may
-- fire it (42501). p_what names the order, fulfillment or return in messages.
CREATE FUNCTION ledger.transition_of(p_machine text, p_what text, p_state text, p_event text, p_system boolean)
RETURNS ledger.order_transition LANGUAGE plpgsql STABLE AS $$
DECLARE
    t ledger.order_transition;
    v_allowed text;
BEGIN
    SELECT * INTO t FROM ledger.order_transition WHERE machine = p_machine AND from_state = p_state AND event = p_event;
    IF NOT FOUND THEN
        IF NOT EXISTS (SELECT 1 FROM ledger.order_transition WHERE machine = p_machine AND event = p_event) THEN
            RAISE EXCEPTION 'unknown % event "%" (the machine: api.order_machine)', p_machine, p_event
                USING ERRCODE = 'SR004';
        END IF;
        SELECT string_agg(event, ', ' ORDER BY event) INTO v_allowed FROM ledger.order_transition
         WHERE machine = p_machine AND from_state = p_state AND NOT ('system' = ANY (roles));
        RAISE EXCEPTION '% is %: "%" is not allowed from there (allowed: %)', p_what, p_state, p_event,
            coalesce(v_allowed, 'nothing') USING ERRCODE = 'SR005';
    END IF;
    IF NOT p_system AND NOT ledger.may_fire(t.roles) THEN
        IF t.roles = '{system}' THEN
            RAISE EXCEPTION '"%" on % is fired by the ledger itself, not by a login', p_event, p_what
                USING ERRCODE = '42501';
        END IF;
        RAISE EXCEPTION '% may not fire "%" on %: it needs the role %', session_user, p_event, p_what,
            array_to_string(t.roles, ' or ') USING ERRCODE = '42501';
    END IF;
    RETURN t;
END
$$;

-- A stale transition: the caller expected another state than the one it found.
CREATE FUNCTION ledger.expect_state(p_what text, p_state text, p_expect text, p_key text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_expect IS NOT NULL AND p_expect IS DISTINCT FROM p_state THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION '% is %, not % as expected: it changed meanwhile; look again', p_what, p_state, p_expect
            USING ERRCODE = 'SR005';
    END IF;
END
$$;

-- Records one transition: the order's version goes up, the history gets a row, the outbox an event.
CREATE FUNCTION ledger.record_transition(p_order bigint, p_machine text, p_fulfillment bigint, p_return bigint,
                                         p_from text, p_event text, p_to text, p_reason text, p_key text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    o ledger.customer_order;
BEGIN
    UPDATE ledger.customer_order SET version = version + 1 WHERE id = p_order RETURNING * INTO o;
    INSERT INTO ledger.order_history (order_id, machine, fulfillment_id, return_id, from_state, event, to_state,
                                      reason, idempotency_key)
    VALUES (p_order, p_machine, p_fulfillment, p_return, p_from, p_event, p_to, p_reason, p_key);
    INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)
    VALUES ('order:' || o.channel || '/' || o.ref, o.version, 'order',
            jsonb_build_object('order', o.ref, 'channel', o.channel, 'state', o.state, 'machine', p_machine,
                               'fulfillment', p_fulfillment, 'return', p_return, 'from', p_from, 'event', p_event,
                               'to', p_to, 'actor', session_user));
END
$$;

-- Ends the active holds of these reservations (released or expired), stock rows locked in (sku, location) order.
-- A hold that is no longer active was already committed, released or expired: it is left alone, so nothing is
-- given back twice.
CREATE FUNCTION ledger.end_holds(p_reservations bigint[], p_status text, p_key text, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_active bigint[];
    v_id bigint;
BEGIN
    SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO v_active FROM (
        SELECT r.id FROM ledger.reservation r WHERE r.id = ANY (p_reservations) AND r.status = 'active'
         ORDER BY r.id FOR NO KEY UPDATE) held;
    PERFORM 1 FROM ledger.stock_level s
     WHERE (s.sku_id, s.location_id) IN (SELECT sku_id, location_id FROM ledger.reservation_line
                                          WHERE reservation_id = ANY (v_active))
     ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    FOREACH v_id IN ARRAY v_active LOOP
        PERFORM ledger.end_reservation(v_id, p_status, p_key, NULL, p_reason);
    END LOOP;
END
$$;

-- Fires an event on a locked order and applies its effect. p_system: fired by the ledger (sweep, follow-up).
CREATE FUNCTION ledger.fire_order(o ledger.customer_order, p_event text, p_reason text, p_key text,
                                  p_system boolean) RETURNS ledger.customer_order
LANGUAGE plpgsql AS $$
DECLARE
    t ledger.order_transition := ledger.transition_of('order', 'order ' || o.ref, o.state, p_event, p_system);
    f record;
    v_holds bigint[] := '{}';
    v_why text := coalesce(p_reason, 'order ' || o.ref || ': ' || p_event);
BEGIN
    IF t.effect = 'allocate' AND NOT p_system THEN
        RAISE EXCEPTION 'order %: allocate through a plan (api.allocation_preview, then api.order_allocate)', o.ref
            USING ERRCODE = 'SR004';
    END IF;
    IF t.effect = 'extend_hold' THEN
        IF o.expires_at <= ledger.clock() THEN
            RAISE EXCEPTION 'order %: its payment window closed at %; it can no longer be paid', o.ref, o.expires_at
                USING ERRCODE = 'SR005';
        END IF;
        FOR f IN SELECT fu.id, lo.code AS location, r.status FROM ledger.fulfillment fu
                   JOIN ledger.reservation r ON r.id = fu.reservation_id JOIN ledger.location lo ON lo.id = fu.location_id
                  WHERE fu.order_id = o.id AND fu.state <> 'cancelled' ORDER BY fu.id
        LOOP
            IF f.status <> 'active' THEN
                RAISE EXCEPTION 'order %: the hold of fulfillment % at % is %; it can no longer be paid', o.ref, f.id,
                    f.location, f.status USING ERRCODE = 'SR005';
            END IF;
        END LOOP;
        -- Paid: the holds last until the order ships or is cancelled; the order sweep never expires them.
        UPDATE ledger.reservation SET expires_at = ledger.clock() + interval '30 days'
         WHERE id IN (SELECT reservation_id FROM ledger.fulfillment WHERE order_id = o.id AND state <> 'cancelled');
    ELSIF t.effect IN ('release', 'expire') THEN
        -- What has not shipped is cancelled, and only its still active holds end.
        FOR f IN SELECT fu.id, fu.state, fu.reservation_id FROM ledger.fulfillment fu
                  WHERE fu.order_id = o.id AND fu.state IN ('reserved', 'picking', 'packed') ORDER BY fu.id
                    FOR NO KEY UPDATE
        LOOP
            PERFORM ledger.transition_of('fulfillment', 'fulfillment ' || f.id, f.state, 'cancel', true);
            UPDATE ledger.fulfillment SET state = 'cancelled', state_since = ledger.clock() WHERE id = f.id;
            PERFORM ledger.record_transition(o.id, 'fulfillment', f.id, NULL, f.state, 'cancel', 'cancelled', v_why,
                                             p_key);
            v_holds := v_holds || f.reservation_id;
        END LOOP;
        PERFORM ledger.end_holds(v_holds, CASE t.effect WHEN 'expire' THEN 'expired' ELSE 'released' END, p_key,
                                 v_why);
    END IF;
    UPDATE ledger.customer_order SET state = t.to_state, state_since = ledger.clock() WHERE id = o.id;
    PERFORM ledger.record_transition(o.id, 'order', NULL, NULL, o.state, p_event, t.to_state, p_reason, p_key);
    SELECT * INTO o FROM ledger.customer_order WHERE id = o.id;
    RETURN o;
END
$$;

-- Fires an event on a fulfillment of a locked order; the order follows (picking starts fulfilment, the last
-- shipment completes it).
CREATE FUNCTION ledger.fire_fulfillment(o ledger.customer_order, p_fulfillment bigint, p_event text, p_expect text,
                                        p_reason text, p_key text) RETURNS ledger.customer_order
LANGUAGE plpgsql AS $$
DECLARE
    f ledger.fulfillment;
    v_what text;
    t ledger.order_transition;
    r ledger.reservation;
    v_open bigint;
BEGIN
    SELECT * INTO f FROM ledger.fulfillment WHERE id = p_fulfillment AND order_id = o.id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % has no fulfillment %', o.ref, p_fulfillment USING ERRCODE = 'SR003';
    END IF;
    v_what := 'fulfillment ' || f.id || ' at ' || (SELECT code FROM ledger.location WHERE id = f.location_id);
    PERFORM ledger.expect_state(v_what, f.state, p_expect, p_key);
    t := ledger.transition_of('fulfillment', v_what, f.state, p_event, false);
    IF t.guard = 'order_paid' AND o.state NOT IN ('payment_authorized', 'fulfilling', 'partially_shipped') THEN
        RAISE EXCEPTION '% cannot %: order % is %, its payment is not authorized', v_what, p_event, o.ref, o.state
            USING ERRCODE = 'SR005';
    END IF;
    IF t.effect = 'commit' THEN
        SELECT * INTO r FROM ledger.reservation WHERE id = f.reservation_id FOR NO KEY UPDATE;
        IF r.status <> 'active' THEN
            RAISE EXCEPTION '% cannot ship: its hold (reservation %) is %', v_what, r.id, r.status
                USING ERRCODE = 'SR005';
        END IF;
        PERFORM ledger.end_reservation(r.id, 'committed', p_key, NULL, coalesce(p_reason, 'order ' || o.ref || ' shipped'));
    ELSIF t.effect IS NOT NULL THEN
        RAISE EXCEPTION 'internal: fulfillment effect % is fired through its order', t.effect;
    END IF;
    UPDATE ledger.fulfillment SET state = t.to_state, state_since = ledger.clock() WHERE id = f.id;
    PERFORM ledger.record_transition(o.id, 'fulfillment', f.id, NULL, f.state, p_event, t.to_state, p_reason, p_key);
    SELECT * INTO o FROM ledger.customer_order WHERE id = o.id;
    IF p_event = 'pick' AND o.state = 'payment_authorized' THEN
        o := ledger.fire_order(o, 'start_fulfillment', 'fulfillment ' || f.id || ' started picking', p_key, true);
    ELSIF t.effect = 'commit' THEN
        SELECT count(*) INTO v_open FROM ledger.fulfillment
         WHERE order_id = o.id AND state NOT IN ('shipped', 'delivered', 'cancelled');
        IF v_open = 0 THEN
            o := ledger.fire_order(o, 'complete', 'fulfillment ' || f.id || ' was the last to ship', p_key, true);
        ELSIF o.state = 'fulfilling' THEN
            o := ledger.fire_order(o, 'ship_part', 'fulfillment ' || f.id || ' shipped; ' || v_open || ' to go',
                                   p_key, true);
        END IF;
    END IF;
    RETURN o;
END
$$;

-- Locks an order for a transition: concurrent transitions of one order wait here, one after the other.
CREATE FUNCTION ledger.lock_order(p_ref text, p_channel text) RETURNS ledger.customer_order
LANGUAGE plpgsql AS $$
DECLARE
    o ledger.customer_order := ledger.order_of(p_ref, p_channel);
BEGIN
    SELECT * INTO o FROM ledger.customer_order WHERE id = o.id FOR NO KEY UPDATE;
    RETURN o;
END
$$;

-- Everything about one order: lines (with what is allocated and shipped), fulfillments with their lines and
-- holds, returns, and the history of all three machines.
CREATE FUNCTION ledger.order_json(p_id bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', o.id, 'ref', o.ref, 'channel', o.channel, 'state', o.state, 'state_since', o.state_since,
        'version', o.version, 'created_at', o.created_at, 'created_by', o.created_by, 'expires_at', o.expires_at,
        'stuck', ledger.is_stuck('order', o.state, o.state_since),
        'destination', (SELECT jsonb_build_object('latitude', d.latitude, 'longitude', d.longitude, 'pickup', d.pickup)
                          FROM ledger.order_destination(o) d),
        'lines', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                             'line', ol.line_no, 'sku', k.code, 'name', k.name, 'quantity', ol.quantity,
                             'allocated', (SELECT coalesce(sum(rl.quantity), 0) FROM ledger.fulfillment f
                                             JOIN ledger.reservation_line rl ON rl.reservation_id = f.reservation_id
                                            WHERE f.order_id = o.id AND f.state <> 'cancelled' AND rl.sku_id = ol.sku_id),
                             'shipped', (SELECT coalesce(sum(rl.quantity), 0) FROM ledger.fulfillment f
                                           JOIN ledger.reservation_line rl ON rl.reservation_id = f.reservation_id
                                          WHERE f.order_id = o.id AND f.state IN ('shipped', 'delivered')
                                            AND rl.sku_id = ol.sku_id)) ORDER BY ol.line_no), '[]')
                    FROM ledger.order_line ol JOIN ledger.sku k ON k.id = ol.sku_id WHERE ol.order_id = o.id),
        'fulfillments', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                             'id', f.id, 'location', l.code, 'location_name', l.name, 'state', f.state,
                             'state_since', f.state_since, 'stuck', ledger.is_stuck('fulfillment', f.state, f.state_since),
                             'reservation', f.reservation_id, 'hold', r.status, 'hold_expires_at', r.expires_at,
                             'distance_km', round(f.distance_km::numeric, 1),
                             'lines', (SELECT coalesce(jsonb_agg(jsonb_build_object('sku', k.code, 'quantity', rl.quantity)
                                                                 ORDER BY k.code), '[]')
                                         FROM ledger.reservation_line rl JOIN ledger.sku k ON k.id = rl.sku_id
                                        WHERE rl.reservation_id = f.reservation_id)) ORDER BY f.id), '[]')
                           FROM ledger.fulfillment f JOIN ledger.location l ON l.id = f.location_id
                           JOIN ledger.reservation r ON r.id = f.reservation_id WHERE f.order_id = o.id),
        'returns', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'id', rt.id, 'fulfillment', rt.fulfillment_id, 'state', rt.state, 'reason', rt.reason,
                        'state_since', rt.state_since,
                        'lines', (SELECT coalesce(jsonb_agg(jsonb_build_object('sku', k.code, 'quantity', rl.quantity)
                                                            ORDER BY k.code), '[]')
                                    FROM ledger.return_line rl JOIN ledger.sku k ON k.id = rl.sku_id
                                   WHERE rl.return_id = rt.id)) ORDER BY rt.id), '[]')
                      FROM ledger.order_return rt WHERE rt.order_id = o.id),
        'history', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'machine', h.machine, 'fulfillment', h.fulfillment_id, 'return', h.return_id, 'from', h.from_state,
                        'event', h.event, 'to', h.to_state, 'reason', h.reason, 'actor', h.actor, 'at', h.at)
                        ORDER BY h.id), '[]')
                      FROM ledger.order_history h WHERE h.order_id = o.id))
      FROM ledger.customer_order o WHERE o.id = p_id
$$;

-- The events the login could fire now on the order, its open fulfillments and its open returns, each with
-- allowed and, when not, why; via names the function that fires it (allocate goes through a plan).
CREATE FUNCTION ledger.next_events(o ledger.customer_order) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    WITH targets AS (
        SELECT 'order'::text AS machine, NULL::bigint AS target, o.state AS state
        UNION ALL
        SELECT 'fulfillment', f.id, f.state FROM ledger.fulfillment f WHERE f.order_id = o.id
        UNION ALL
        SELECT 'return', r.id, r.state FROM ledger.order_return r WHERE r.order_id = o.id
    )
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'machine', g.machine, 'target', g.target, 'event', t.event, 'from', t.from_state, 'to', t.to_state,
               'roles', to_jsonb(t.roles), 'effect', t.effect, 'description', t.description,
               'allowed', g.why IS NULL, 'why', g.why,
               'via', CASE WHEN t.effect = 'allocate' THEN 'api.order_allocate'
                           WHEN g.machine = 'return' THEN 'api.return_fire' ELSE 'api.order_fire' END)
               ORDER BY g.machine DESC, g.target, t.event), '[]')
      FROM targets x
      JOIN ledger.order_transition t ON t.machine = x.machine AND t.from_state = x.state
     CROSS JOIN LATERAL (
        SELECT x.machine, x.target,
               CASE WHEN NOT ledger.may_fire(t.roles)
                    THEN 'needs the role ' || array_to_string(t.roles, ' or ')
                    WHEN t.guard = 'order_paid' AND o.state NOT IN ('payment_authorized', 'fulfilling', 'partially_shipped')
                    THEN 'the order''s payment is not authorized yet'
               END AS why) g
     WHERE NOT ('system' = ANY (t.roles))
$$;

-- ---------------------------------------------------------------------------------------------------------
-- The API

-- A new order in state created. p_lines: [{"sku": code or barcode, "quantity": n}, ...]; a SKU named twice is
-- one line with the sum. The destination is coordinates or a pickup location, exactly one of them.
-- p_ttl_seconds: the payment window; unpaid after it, the order expires and its holds return.
CREATE FUNCTION api.order_create(p_channel text, p_ref text, p_lines jsonb, p_latitude double precision,
                                 p_longitude double precision, p_pickup text, p_ttl_seconds integer, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_req jsonb := jsonb_build_object('channel', p_channel, 'ref', p_ref, 'lines', p_lines, 'latitude', p_latitude,
                                      'longitude', p_longitude, 'pickup', p_pickup, 'ttl', p_ttl_seconds);
    v_done jsonb := ledger.replay(p_key, 'order_create', v_req);
    c ledger.channel;
    v_pickup integer;
    o ledger.customer_order;
    ln record;
    v_n integer := 0;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    c := ledger.channel_of(p_channel);
    IF p_ref IS NULL OR p_ref !~ '^[A-Za-z0-9][A-Za-z0-9._/#-]{0,63}$' THEN
        RAISE EXCEPTION 'order reference "%": 1 to 64 letters, digits, . _ / # -, starting with a letter or digit',
            coalesce(p_ref, '') USING ERRCODE = 'SR004';
    END IF;
    IF (p_latitude IS NULL) <> (p_longitude IS NULL)
       OR (p_latitude IS NULL) = (nullif(btrim(p_pickup), '') IS NULL) THEN
        RAISE EXCEPTION 'order %: ship to coordinates (latitude and longitude) or name a pickup location, one of them',
            p_ref USING ERRCODE = 'SR004';
    END IF;
    IF p_latitude NOT BETWEEN -90 AND 90 OR p_longitude NOT BETWEEN -180 AND 180 THEN
        RAISE EXCEPTION 'order %: % , % is not a place on Earth (latitude -90..90, longitude -180..180)', p_ref,
            p_latitude, p_longitude USING ERRCODE = 'SR004';
    END IF;
    IF nullif(btrim(p_pickup), '') IS NOT NULL THEN
        v_pickup := (ledger.location_of(btrim(p_pickup))).id;
    END IF;
    PERFORM ledger.require_ttl(p_ttl_seconds);
    IF jsonb_typeof(p_lines) IS DISTINCT FROM 'array' OR jsonb_array_length(p_lines) = 0 THEN
        RAISE EXCEPTION 'order %: an order needs at least one line', p_ref USING ERRCODE = 'SR004';
    END IF;
    IF jsonb_array_length(p_lines) > 500 THEN
        RAISE EXCEPTION 'order %: at most 500 lines, not %', p_ref, jsonb_array_length(p_lines) USING ERRCODE = 'SR004';
    END IF;
    SELECT * INTO o FROM ledger.customer_order WHERE channel = c.code AND ref = p_ref;
    IF FOUND THEN
        PERFORM ledger.unless_applied(p_key);
        RAISE EXCEPTION 'order % already exists in channel % (created by % at %)', p_ref, c.code, o.created_by,
            o.created_at USING ERRCODE = 'SR005';
    END IF;
    INSERT INTO ledger.customer_order (channel, ref, ship_latitude, ship_longitude, pickup_location_id, expires_at)
    VALUES (c.code, p_ref, p_latitude, p_longitude, v_pickup,
            ledger.clock() + make_interval(secs => p_ttl_seconds)) RETURNING * INTO o;
    FOR ln IN
        WITH raw AS (
            SELECT x.ordinality AS n, coalesce(x.value ->> 'sku', '') AS sku, x.value ->> 'quantity' AS quantity
              FROM jsonb_array_elements(p_lines) WITH ORDINALITY x
        )
        SELECT min(raw.n) AS n, k.id AS sku_id, k.code AS sku,
               sum(CASE WHEN raw.quantity ~ '^[0-9]{1,7}$' THEN raw.quantity::bigint END)::bigint AS quantity,
               bool_or(raw.quantity IS NULL OR raw.quantity !~ '^[0-9]{1,7}$') AS bad
          FROM raw, LATERAL ledger.sku_of(raw.sku) k
         GROUP BY k.id, k.code ORDER BY min(raw.n)
    LOOP
        IF ln.bad OR ln.quantity NOT BETWEEN 1 AND 1000000 THEN
            RAISE EXCEPTION 'order % line % (%): quantity must be a whole number from 1 to 1000000', p_ref, ln.n,
                ln.sku USING ERRCODE = 'SR004';
        END IF;
        v_n := v_n + 1;
        INSERT INTO ledger.order_line (order_id, line_no, sku_id, quantity) VALUES (o.id, v_n, ln.sku_id, ln.quantity);
    END LOOP;
    PERFORM ledger.record_transition(o.id, 'order', NULL, NULL, NULL, 'create', 'created', NULL, p_key);
    RETURN ledger.remember(p_key, 'order_create', v_req, ledger.order_json(o.id));
EXCEPTION WHEN unique_violation THEN
    -- Another call created the same order a moment ago.
    PERFORM ledger.unless_applied(p_key);
    RAISE EXCEPTION 'order % already exists in channel %', p_ref, p_channel USING ERRCODE = 'SR005';
END
$$;

-- One order as JSON (ledger.order_json) with the events this login may fire next.
CREATE FUNCTION api.order_show(p_ref text, p_channel text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    o ledger.customer_order := ledger.order_of(p_ref, p_channel);
BEGIN
    RETURN ledger.order_json(o.id) || jsonb_build_object('next_events', ledger.next_events(o));
END
$$;

-- One row of an allocation plan being applied.
CREATE TYPE ledger.plan_row AS (sku_id integer, sku text, location_id integer, location text, kind text,
                                distance_km double precision, quantity bigint, version bigint);

-- Applies an allocation plan (one element of api.allocation_preview's "plans": its "lines" carry sku, location,
-- quantity and the stock row's version the preview saw). Every location becomes one fulfillment holding one
-- reservation. Compare-and-set: a row whose version moved since the preview refuses the whole plan (SR005,
-- "stock moved"), and so does a row without the stock (SR001); nothing is half-applied.
CREATE FUNCTION api.order_allocate(p_ref text, p_plan jsonb, p_key text, p_channel text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_lines jsonb := CASE WHEN jsonb_typeof(p_plan -> 'lines') = 'array' THEN p_plan -> 'lines' END;
    v_req jsonb := jsonb_build_object('order', p_ref, 'channel', p_channel, 'strategy', p_plan ->> 'strategy',
                                      'lines', v_lines);
    v_done jsonb := ledger.replay(p_key, 'order_allocate', v_req);
    o ledger.customer_order;
    c ledger.channel;
    d record;
    ln record;
    v_bad text;
    v_res ledger.reservation;
    v_reservations jsonb := '{}';
    v_fulfillment bigint;
    v_plan ledger.plan_row[];
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    o := ledger.lock_order(p_ref, p_channel);
    PERFORM ledger.unless_applied(p_key);
    PERFORM ledger.transition_of('order', 'order ' || o.ref, o.state, 'allocate', false);
    IF o.expires_at <= ledger.clock() THEN
        RAISE EXCEPTION 'order %: its payment window closed at %; it can no longer be allocated', o.ref, o.expires_at
            USING ERRCODE = 'SR005';
    END IF;
    IF v_lines IS NULL OR jsonb_array_length(v_lines) = 0 THEN
        RAISE EXCEPTION 'order %: the plan has no lines', o.ref USING ERRCODE = 'SR004';
    END IF;
    c := ledger.channel_of(o.channel);
    SELECT * INTO d FROM ledger.order_destination(o);
    v_plan := ARRAY(
        SELECT ROW(k.id, k.code, l.id, l.code, l.kind,
                   ledger.distance_km(d.latitude, d.longitude, l.latitude, l.longitude),
                   sum(CASE WHEN x.value ->> 'quantity' ~ '^[0-9]{1,7}$' THEN (x.value ->> 'quantity')::bigint END),
                   max(CASE WHEN x.value ->> 'version' ~ '^[0-9]{1,18}$' THEN (x.value ->> 'version')::bigint END)
                  )::ledger.plan_row
          FROM jsonb_array_elements(v_lines) x,
               LATERAL ledger.sku_of(coalesce(x.value ->> 'sku', '')) k,
               LATERAL (SELECT lo.* FROM ledger.location lo
                         WHERE lo.id = (ledger.location_of(coalesce(x.value ->> 'location', ''))).id) l
         GROUP BY k.id, k.code, l.id, l.code, l.kind, l.latitude, l.longitude);
    SELECT string_agg(format('%s at %s', sku, location), ', ') INTO v_bad FROM unnest(v_plan)
     WHERE quantity IS NULL OR quantity <= 0;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'order %: plan quantities must be positive whole numbers (%)', o.ref, v_bad
            USING ERRCODE = 'SR004';
    END IF;
    SELECT string_agg(format('%s is a %s', location, kind), ', ') INTO v_bad
      FROM (SELECT DISTINCT location, kind FROM unnest(v_plan) WHERE kind <> ALL (c.ship_from)) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'order %: channel % ships only from % (%)', o.ref, c.code,
            array_to_string(c.ship_from, ' or '), v_bad USING ERRCODE = 'SR004';
    END IF;
    SELECT string_agg(format('%s: order %s, plan %s', coalesce(k.code, p.sku), coalesce(ol.quantity, 0),
                             coalesce(p.q, 0)), '; ') INTO v_bad
      FROM (SELECT sku_id, max(sku) AS sku, sum(quantity) AS q FROM unnest(v_plan) GROUP BY sku_id) p
      FULL JOIN (SELECT * FROM ledger.order_line WHERE order_id = o.id) ol ON ol.sku_id = p.sku_id
      LEFT JOIN ledger.sku k ON k.id = ol.sku_id
     WHERE p.q IS DISTINCT FROM ol.quantity;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'order %: the plan does not match the order''s lines (%)', o.ref, v_bad USING ERRCODE = 'SR004';
    END IF;
    -- One hold and one fulfillment per location.
    FOR ln IN SELECT location_id, location, min(distance_km) AS distance_km FROM unnest(v_plan)
               GROUP BY location_id, location ORDER BY location_id
    LOOP
        INSERT INTO ledger.reservation (order_ref, channel, expires_at) VALUES (o.ref, c.code, o.expires_at)
        RETURNING * INTO v_res;
        INSERT INTO ledger.fulfillment (order_id, location_id, reservation_id, distance_km)
        VALUES (o.id, ln.location_id, v_res.id, ln.distance_km) RETURNING id INTO v_fulfillment;
        v_reservations := v_reservations || jsonb_build_object(ln.location_id::text, to_jsonb(v_res));
        PERFORM ledger.record_transition(o.id, 'fulfillment', v_fulfillment, NULL, NULL, 'create', 'reserved',
                                         'ships from ' || ln.location, p_key);
    END LOOP;
    -- Compare-and-set on the rows as the preview saw them, locked in the one fixed order.
    PERFORM 1 FROM ledger.stock_level s
     WHERE (s.sku_id, s.location_id) IN (SELECT p.sku_id, p.location_id FROM unnest(v_plan) p)
     ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    FOR ln IN SELECT p.sku, p.location, p.version, s.version AS now_version
                FROM unnest(v_plan) p
                LEFT JOIN ledger.stock_level s ON s.sku_id = p.sku_id AND s.location_id = p.location_id
               ORDER BY p.sku_id, p.location_id
    LOOP
        IF ln.version IS NOT NULL AND ln.version IS DISTINCT FROM ln.now_version THEN
            RAISE EXCEPTION 'order %: stock moved since the preview: % at % was at version %, is at %; preview again',
                o.ref, ln.sku, ln.location, ln.version, coalesce(ln.now_version::text, 'gone') USING ERRCODE = 'SR005';
        END IF;
    END LOOP;
    FOR ln IN SELECT * FROM unnest(v_plan) ORDER BY sku_id, location_id LOOP
        v_res := jsonb_populate_record(NULL::ledger.reservation, v_reservations -> ln.location_id::text);
        PERFORM ledger.hold(v_res, c, ln.sku_id, ln.sku, ln.location_id, ln.location, ln.quantity, p_key);
    END LOOP;
    o := ledger.fire_order(o, 'allocate', coalesce(p_plan ->> 'strategy', 'plan') || ' plan', p_key, true);
    RETURN ledger.remember(p_key, 'order_allocate', v_req, ledger.order_json(o.id));
END
$$;

-- Fires an event on the order, or with p_fulfillment on one of its fulfillments. p_expect: the state the caller
-- saw (compare-and-set); NULL fires from whatever state the order is in, if the event is allowed there.
CREATE FUNCTION api.order_fire(p_ref text, p_event text, p_expect text, p_fulfillment bigint, p_reason text,
                               p_key text, p_channel text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_reason text := nullif(btrim(p_reason), '');
    v_req jsonb := jsonb_build_object('order', p_ref, 'channel', p_channel, 'event', p_event, 'expect', p_expect,
                                      'fulfillment', p_fulfillment, 'reason', v_reason);
    v_done jsonb := ledger.replay(p_key, 'order_fire', v_req);
    o ledger.customer_order;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF length(v_reason) > 200 THEN
        RAISE EXCEPTION 'a reason is at most 200 characters' USING ERRCODE = 'SR004';
    END IF;
    o := ledger.lock_order(p_ref, p_channel);
    IF p_fulfillment IS NULL THEN
        PERFORM ledger.expect_state('order ' || o.ref, o.state, p_expect, p_key);
        PERFORM ledger.unless_applied(p_key);
        o := ledger.fire_order(o, p_event, v_reason, p_key, false);
    ELSE
        o := ledger.fire_fulfillment(o, p_fulfillment, p_event, p_expect, v_reason, p_key);
    END IF;
    RETURN ledger.remember(p_key, 'order_fire', v_req, ledger.order_json(o.id));
END
$$;

CREATE FUNCTION api.order_cancel(p_ref text, p_reason text, p_key text, p_channel text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
BEGIN
    RETURN api.order_fire(p_ref, 'cancel', NULL, NULL, p_reason, p_key, p_channel);
END
$$;

-- A return of shipped stock from one fulfillment. p_lines: [{"sku", "quantity"}], or NULL for everything it
-- shipped that is not already being returned. No more comes back than was shipped.
CREATE FUNCTION api.order_return_request(p_ref text, p_fulfillment bigint, p_lines jsonb, p_reason text, p_key text,
                                         p_channel text DEFAULT NULL)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_reason text := nullif(btrim(p_reason), '');
    v_req jsonb := jsonb_build_object('order', p_ref, 'channel', p_channel, 'fulfillment', p_fulfillment,
                                      'lines', p_lines, 'reason', v_reason);
    v_done jsonb := ledger.replay(p_key, 'order_return_request', v_req);
    o ledger.customer_order;
    f ledger.fulfillment;
    v_return bigint;
    ln record;
    v_count integer := 0;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF length(v_reason) > 200 THEN
        RAISE EXCEPTION 'a reason is at most 200 characters' USING ERRCODE = 'SR004';
    END IF;
    o := ledger.lock_order(p_ref, p_channel);
    PERFORM ledger.unless_applied(p_key);
    SELECT * INTO f FROM ledger.fulfillment WHERE id = p_fulfillment AND order_id = o.id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % has no fulfillment %', o.ref, p_fulfillment USING ERRCODE = 'SR003';
    END IF;
    IF f.state NOT IN ('shipped', 'delivered') THEN
        RAISE EXCEPTION 'fulfillment % of order % is %: only shipped stock can be returned', f.id, o.ref, f.state
            USING ERRCODE = 'SR005';
    END IF;
    IF p_lines IS NOT NULL AND (jsonb_typeof(p_lines) <> 'array' OR jsonb_array_length(p_lines) = 0) THEN
        RAISE EXCEPTION 'a return needs at least one line, or none named to return everything' USING ERRCODE = 'SR004';
    END IF;
    INSERT INTO ledger.order_return (order_id, fulfillment_id, reason) VALUES (o.id, f.id, v_reason)
    RETURNING id INTO v_return;
    FOR ln IN
        WITH shipped AS (
            SELECT rl.sku_id, rl.quantity - coalesce((SELECT sum(x.quantity) FROM ledger.return_line x
                                                        JOIN ledger.order_return r ON r.id = x.return_id
                                                       WHERE r.fulfillment_id = f.id AND r.state <> 'rejected'
                                                         AND x.sku_id = rl.sku_id), 0) AS returnable
              FROM ledger.reservation_line rl WHERE rl.reservation_id = f.reservation_id
        ), wanted AS (
            SELECT k.id AS sku_id, k.code AS sku,
                   sum(CASE WHEN x.value ->> 'quantity' ~ '^[0-9]{1,7}$' THEN (x.value ->> 'quantity')::bigint END)
                       AS quantity
              FROM jsonb_array_elements(p_lines) x, LATERAL ledger.sku_of(coalesce(x.value ->> 'sku', '')) k
             GROUP BY k.id, k.code
        )
        SELECT coalesce(w.sku_id, s.sku_id) AS sku_id,
               coalesce(w.sku, (SELECT code FROM ledger.sku WHERE id = s.sku_id)) AS sku,
               CASE WHEN p_lines IS NULL THEN s.returnable ELSE w.quantity END AS quantity,
               coalesce(s.returnable, 0) AS returnable
          FROM shipped s FULL JOIN wanted w ON w.sku_id = s.sku_id
         WHERE p_lines IS NULL OR w.sku_id IS NOT NULL
         ORDER BY 1
    LOOP
        IF p_lines IS NULL AND ln.quantity <= 0 THEN
            CONTINUE;
        END IF;
        IF ln.quantity IS NULL OR ln.quantity <= 0 OR ln.quantity > ln.returnable THEN
            RAISE EXCEPTION 'fulfillment % of order %: % of % cannot come back, % can (shipped, less what is already being returned)',
                f.id, o.ref, coalesce(ln.quantity::text, 'an invalid quantity'), ln.sku, ln.returnable
                USING ERRCODE = 'SR004';
        END IF;
        INSERT INTO ledger.return_line (return_id, sku_id, quantity) VALUES (v_return, ln.sku_id, ln.quantity);
        v_count := v_count + 1;
    END LOOP;
    IF v_count = 0 THEN
        RAISE EXCEPTION 'fulfillment % of order %: everything it shipped is already being returned', f.id, o.ref
            USING ERRCODE = 'SR005';
    END IF;
    PERFORM ledger.record_transition(o.id, 'return', f.id, v_return, NULL, 'request_return', 'return_requested',
                                     v_reason, p_key);
    RETURN ledger.remember(p_key, 'order_return_request', v_req,
                           ledger.order_json(o.id) || jsonb_build_object('return_id', v_return));
END
$$;

-- Fires an event on a return: receiving it puts its stock back at the fulfillment's location, into on hand
-- (receive_restock) or damaged (receive_damaged), through return movements.
CREATE FUNCTION api.return_fire(p_return bigint, p_event text, p_expect text, p_reason text, p_key text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_reason text := nullif(btrim(p_reason), '');
    v_req jsonb := jsonb_build_object('return', p_return, 'event', p_event, 'expect', p_expect, 'reason', v_reason);
    v_done jsonb := ledger.replay(p_key, 'return_fire', v_req);
    o ledger.customer_order;
    rt ledger.order_return;
    t ledger.order_transition;
    v_what text := 'return ' || p_return;
    v_bucket text;
    ln record;
    s ledger.stock_level;
BEGIN
    IF v_done IS NOT NULL THEN RETURN v_done; END IF;
    IF length(v_reason) > 200 THEN
        RAISE EXCEPTION 'a reason is at most 200 characters' USING ERRCODE = 'SR004';
    END IF;
    SELECT * INTO o FROM ledger.customer_order WHERE id = (SELECT order_id FROM ledger.order_return WHERE id = p_return)
       FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown return %', p_return USING ERRCODE = 'SR003';
    END IF;
    SELECT * INTO rt FROM ledger.order_return WHERE id = p_return FOR NO KEY UPDATE;
    v_what := v_what || ' of order ' || o.ref;
    PERFORM ledger.expect_state(v_what, rt.state, p_expect, p_key);
    PERFORM ledger.unless_applied(p_key);
    t := ledger.transition_of('return', v_what, rt.state, p_event, false);
    IF t.effect IN ('restock', 'damaged') THEN
        v_bucket := CASE t.effect WHEN 'restock' THEN 'on_hand' ELSE 'damaged' END;
        FOR ln IN SELECT rl.sku_id, k.code AS sku, f.location_id, l.code AS location, rl.quantity
                    FROM ledger.return_line rl JOIN ledger.sku k ON k.id = rl.sku_id
                    JOIN ledger.fulfillment f ON f.id = rt.fulfillment_id JOIN ledger.location l ON l.id = f.location_id
                   WHERE rl.return_id = rt.id ORDER BY rl.sku_id
        LOOP
            s := ledger.change(ln.sku_id, ln.location_id, CASE WHEN t.effect = 'restock' THEN ln.quantity ELSE 0 END,
                               CASE WHEN t.effect = 'damaged' THEN ln.quantity ELSE 0 END, 0, 0);
            INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity, reason, reference, idempotency_key)
            VALUES ('return', ln.sku_id, ln.location_id, v_bucket, ln.quantity,
                    CASE t.effect WHEN 'restock' THEN 'restock' ELSE 'damaged' END,
                    'order ' || o.ref || ' return ' || rt.id, p_key);
            PERFORM ledger.emit('return', s, ln.sku, ln.location, jsonb_build_object('bucket', v_bucket, 'order', o.ref));
        END LOOP;
    END IF;
    UPDATE ledger.order_return SET state = t.to_state, state_since = ledger.clock() WHERE id = rt.id;
    PERFORM ledger.record_transition(o.id, 'return', rt.fulfillment_id, rt.id, rt.state, p_event, t.to_state, v_reason,
                                     p_key);
    RETURN ledger.remember(p_key, 'return_fire', v_req, ledger.order_json(o.id));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Holds that belong to orders end only through their orders

-- Changed: a reservation that holds a fulfillment is refused here (SR005): committing or releasing it directly
-- would leave the order's state behind its stock.
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
    IF EXISTS (SELECT 1 FROM ledger.fulfillment f WHERE f.reservation_id = p_reservation) THEN
        RAISE EXCEPTION 'reservation % holds stock for order %: ship or cancel the order instead', p_reservation,
            r.order_ref USING ERRCODE = 'SR005';
    END IF;
    IF p_status = 'committed' AND r.expires_at <= ledger.clock() THEN
        RAISE EXCEPTION 'reservation % expired at %', p_reservation, r.expires_at USING ERRCODE = 'SR005';
    END IF;
    -- See version 2: rows with a backorder are locked before the lines are read.
    IF EXISTS (SELECT 1 FROM ledger.reservation_line WHERE reservation_id = p_reservation AND backordered > 0) THEN
        PERFORM 1 FROM ledger.stock_level s
         WHERE (s.sku_id, s.location_id) IN (SELECT sku_id, location_id FROM ledger.reservation_line
                                              WHERE reservation_id = p_reservation)
         ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    END IF;
    RETURN ledger.end_reservation(p_reservation, p_status, p_key, v_req);
END
$$;

-- Changed: a hold of an order's fulfillment is skipped and reported with status "order" (cancel the order).
CREATE OR REPLACE FUNCTION api.release_many(p_reservations bigint[], p_reason text, p_key text)
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
    FOR r IN SELECT re.id, re.status, re.order_ref,
                    EXISTS (SELECT 1 FROM ledger.fulfillment f WHERE f.reservation_id = re.id) AS of_order
               FROM ledger.reservation re WHERE re.id = ANY (v_ids) ORDER BY re.id
               FOR NO KEY UPDATE OF re
    LOOP
        v_found := v_found || r.id;
        IF r.of_order AND r.status = 'active' THEN
            v_skipped := v_skipped || jsonb_build_object('reservation', r.id, 'status', 'order', 'order', r.order_ref);
        ELSIF r.status = 'active' THEN
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

-- Changed: orders whose payment window has passed expire first, through their machine (their holds expire with
-- them); the holds of orders are then left to the orders, and only other reservations expire by their TTL.
-- The result adds "orders_expired".
CREATE OR REPLACE FUNCTION api.sweep(p_limit integer DEFAULT 1000)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = ledger, pg_catalog, pg_temp AS $$
DECLARE
    v_ids bigint[];
    v_id bigint;
    o ledger.customer_order;
    v_orders integer := 0;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('stockroom.sweep')) THEN
        RETURN jsonb_build_object('expired', 0, 'orders_expired', 0, 'skipped', true);
    END IF;
    -- Locks in the order every other call takes them: the orders, then their holds by id, then all the stock
    -- rows behind those holds in (sku, location) order, before any one order is expired.
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (
        SELECT id FROM ledger.customer_order WHERE state IN ('created', 'allocated') AND expires_at <= now()
         ORDER BY expires_at LIMIT greatest(p_limit, 1) FOR NO KEY UPDATE SKIP LOCKED) due;
    IF v_ids IS NOT NULL THEN
        PERFORM 1 FROM ledger.reservation r
         WHERE r.id IN (SELECT f.reservation_id FROM ledger.fulfillment f WHERE f.order_id = ANY (v_ids))
           AND r.status = 'active'
         ORDER BY r.id FOR NO KEY UPDATE;
        PERFORM 1 FROM ledger.stock_level s
         WHERE (s.sku_id, s.location_id) IN (
                   SELECT rl.sku_id, rl.location_id FROM ledger.fulfillment f
                     JOIN ledger.reservation r ON r.id = f.reservation_id AND r.status = 'active'
                     JOIN ledger.reservation_line rl ON rl.reservation_id = r.id
                    WHERE f.order_id = ANY (v_ids))
         ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
        FOR o IN SELECT * FROM ledger.customer_order WHERE id = ANY (v_ids) ORDER BY id LOOP
            PERFORM ledger.fire_order(o, 'expire', 'the payment window closed at ' || o.expires_at, NULL, true);
            v_orders := v_orders + 1;
        END LOOP;
    END IF;
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (
        SELECT r.id FROM ledger.reservation r WHERE r.status = 'active' AND r.expires_at <= now()
           AND NOT EXISTS (SELECT 1 FROM ledger.fulfillment f WHERE f.reservation_id = r.id)
         ORDER BY r.expires_at LIMIT greatest(p_limit, 1) FOR NO KEY UPDATE SKIP LOCKED) due;
    IF v_ids IS NULL THEN
        RETURN jsonb_build_object('expired', 0, 'orders_expired', v_orders, 'skipped', false);
    END IF;
    PERFORM 1 FROM ledger.stock_level s
     WHERE (s.sku_id, s.location_id) IN (SELECT sku_id, location_id FROM ledger.reservation_line
                                          WHERE reservation_id = ANY (v_ids))
     ORDER BY s.sku_id, s.location_id FOR NO KEY UPDATE;
    FOREACH v_id IN ARRAY v_ids LOOP
        PERFORM ledger.end_reservation(v_id, 'expired', NULL);
    END LOOP;
    RETURN jsonb_build_object('expired', cardinality(v_ids), 'orders_expired', v_orders, 'skipped', false);
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Reads (a view runs the functions it calls with the reader's rights, and no client may call ledger.*, so the
-- views below spell out what ledger.is_stuck says)

CREATE VIEW api.order_machine AS
    SELECT t.machine, t.from_state, t.event, t.to_state, t.roles, t.effect, t.guard, t.description,
           'system' = ANY (t.roles) AS system_only
      FROM ledger.order_transition t;

CREATE VIEW api.order_states AS
    SELECT s.machine, s.state, s.position, s.initial, s.terminal,
           extract(epoch FROM s.time_limit)::bigint AS time_limit_seconds
      FROM ledger.order_state s;

CREATE VIEW api.orders AS
    SELECT o.id, o.ref, o.channel, o.state, o.created_at, o.created_by, o.state_since, o.expires_at,
           coalesce(o.state_since + st.time_limit < now(), false) AS stuck,
           (SELECT count(*) FROM ledger.order_line ol WHERE ol.order_id = o.id) AS lines,
           (SELECT coalesce(sum(ol.quantity), 0) FROM ledger.order_line ol WHERE ol.order_id = o.id)::bigint AS units,
           (SELECT count(*) FROM ledger.fulfillment f WHERE f.order_id = o.id AND f.state <> 'cancelled') AS fulfillments,
           (SELECT count(*) FROM ledger.fulfillment f WHERE f.order_id = o.id AND f.state IN ('shipped', 'delivered'))
               AS shipped,
           coalesce(pl.code, round(o.ship_latitude::numeric, 3) || ', ' || round(o.ship_longitude::numeric, 3))
               AS destination,
           o.pickup_location_id IS NOT NULL AS pickup
      FROM ledger.customer_order o JOIN ledger.order_state st ON st.machine = o.machine AND st.state = o.state
      LEFT JOIN ledger.location pl ON pl.id = o.pickup_location_id;

CREATE VIEW api.fulfillments AS
    SELECT f.id, o.ref AS order_ref, o.channel, f.state, l.code AS location, f.state_since,
           coalesce(f.state_since + st.time_limit < now(), false) AS stuck, f.reservation_id AS reservation,
           r.status AS hold, f.distance_km
      FROM ledger.fulfillment f JOIN ledger.customer_order o ON o.id = f.order_id
      JOIN ledger.order_state st ON st.machine = f.machine AND st.state = f.state
      JOIN ledger.location l ON l.id = f.location_id JOIN ledger.reservation r ON r.id = f.reservation_id;

CREATE VIEW api.order_history AS
    SELECT h.id, o.ref AS order_ref, o.channel, h.machine, h.fulfillment_id AS fulfillment, h.return_id AS return,
           h.from_state, h.event, h.to_state, h.reason, h.actor, h.at
      FROM ledger.order_history h JOIN ledger.customer_order o ON o.id = h.order_id;

-- Every state of every machine with how many orders (fulfillments, returns) are in it now, since when the
-- oldest, and how many are stuck.
CREATE VIEW api.order_board AS
    WITH current AS (
        SELECT 'order'::text AS machine, state, state_since FROM ledger.customer_order
        UNION ALL SELECT 'fulfillment', state, state_since FROM ledger.fulfillment
        UNION ALL SELECT 'return', state, state_since FROM ledger.order_return
    )
    SELECT s.machine, s.state, s.position, s.terminal, extract(epoch FROM s.time_limit)::bigint AS time_limit_seconds,
           count(c.state) AS count, min(c.state_since) AS oldest_since,
           coalesce(extract(epoch FROM now() - min(c.state_since)), 0)::bigint AS oldest_age_seconds,
           coalesce(extract(epoch FROM avg(now() - c.state_since)), 0)::bigint AS average_age_seconds,
           count(c.state) FILTER (WHERE c.state_since + s.time_limit < now()) AS stuck
      FROM ledger.order_state s LEFT JOIN current c ON c.machine = s.machine AND c.state = s.state
     GROUP BY s.machine, s.state, s.position, s.terminal, s.time_limit;

-- ---------------------------------------------------------------------------------------------------------
-- Who may do what: every login that may reserve may call these; the transition table says which persona may
-- fire which event, and the functions check it.

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA api FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger FROM PUBLIC;

GRANT SELECT ON api.order_machine, api.order_states, api.orders, api.fulfillments, api.order_history,
                api.order_board
    TO stockroom_associate, stockroom_checkout;

GRANT EXECUTE ON FUNCTION api.order_create(text, text, jsonb, double precision, double precision, text, integer, text),
                          api.order_show(text, text),
                          api.order_allocate(text, jsonb, text, text),
                          api.order_fire(text, text, text, bigint, text, text, text),
                          api.order_cancel(text, text, text, text),
                          api.order_return_request(text, bigint, jsonb, text, text, text),
                          api.return_fire(bigint, text, text, text, text)
    TO stockroom_associate, stockroom_checkout;
